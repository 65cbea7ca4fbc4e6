import { showFailure } from '../../kit/run-action';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useDesktopApi } from '../../platform';

/*
 * A .dtksbak double-clicked in the file manager opens the desktop app (file association
 * set by the installer). The main process keeps the file until asked; this module asks
 * when a screen that can restore is showing, and when the window regains focus (the
 * app was already open), and holds the bytes until the restore screen takes them.
 */

export type PendingRestoreFile = { name: string; bytes: Uint8Array };

let pending: PendingRestoreFile | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export function setPendingRestoreFile(file: PendingRestoreFile | null): void {
  pending = file;
  emit();
}

/** Takes the waiting file: the restore screen loads it once. */
export function takePendingRestoreFile(): PendingRestoreFile | null {
  const file = pending;
  if (file) {
    pending = null;
    emit();
  }
  return file;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The waiting file, for screens that react when one arrives. */
export function usePendingRestoreFile(): PendingRestoreFile | null {
  return useSyncExternalStore(subscribe, () => pending);
}

/**
 * While `active`, asks the desktop app for an opened backup now and whenever the window
 * gets focus, and calls onArrive after storing it. The browser build never has one.
 */
export function useOpenedBackupWatcher(active: boolean, onArrive: () => void): void {
  const api = useDesktopApi();
  const arrive = useRef(onArrive);
  useEffect(() => {
    arrive.current = onArrive;
  });
  useEffect(() => {
    if (!active || api.runtime !== 'electron') return;
    let stopped = false;
    const ask = async () => {
      const result = await api.takeOpenedBackup();
      if (stopped) return;
      if (!result.ok) {
        showFailure({ title: 'Berkas cadangan', message: result.message });
        return;
      }
      if (!result.file) return;
      setPendingRestoreFile(result.file);
      arrive.current();
    };
    void ask();
    const onFocus = () => void ask();
    window.addEventListener('focus', onFocus);
    return () => {
      stopped = true;
      window.removeEventListener('focus', onFocus);
    };
  }, [active, api]);
}
