import type { AppInfo, FileKind } from '@shared/ipc/contract';

export type SaveResult =
  | { status: 'saved'; where: string }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

/**
 * Everything the renderer asks of the operating system. Two implementations:
 * the Electron preload bridge and the plain browser. Components get it from
 * `useDesktopApi()`, never from `window` directly.
 */
export type DesktopApi = {
  readonly runtime: 'electron' | 'browser';
  saveFile(data: Uint8Array, suggestedName: string, kind: FileKind): Promise<SaveResult>;
  printPdf(data: Uint8Array, title: string): Promise<{ ok: true } | { ok: false; message: string }>;
  openExternal(url: string): Promise<{ ok: true } | { ok: false; message: string }>;
  appInfo(): Promise<AppInfo>;
};
