import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useBlocker } from 'react-router-dom';
import { createUnsavedRegistry, SAVE_ATTEMPT_EVENT } from './unsaved-registry';
import { UnsavedRegistryContext } from './unsaved-context';

/**
 * Asks before a half-filled form is lost: on a change of screen (inside the
 * app), on closing or reloading the window (`beforeunload`), and makes Ctrl+S
 * save the form in front. Needs a data router (createHashRouter) for
 * `useBlocker`. The lock screen keeps the screens mounted, so a lock loses nothing.
 */
export function UnsavedGuardHost({ children }: { children: ReactNode }) {
  const registry = useMemo(() => createUnsavedRegistry(), []);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      // A form may write its own query string (?familyId=): only another screen counts.
      registry.anyDirty() && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!registry.anyDirty()) return;
      event.preventDefault();
      // Older Chromium (and Electron's will-prevent-unload) still look at returnValue.
      event.returnValue = '';
    };
    const keydown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's')
        return;
      // Never the browser's "save page as": it would write the screen, data and all, to disk.
      event.preventDefault();
      const entry = registry.front();
      if (!entry) return;
      if (entry.save) {
        entry.element?.dispatchEvent(new Event(SAVE_ATTEMPT_EVENT));
        entry.save();
      } else {
        // The form's own save button (marked data-save), else its submit.
        const button = entry.element?.querySelector<HTMLButtonElement>('[data-save]');
        const form =
          entry.element instanceof HTMLFormElement
            ? entry.element
            : entry.element?.querySelector('form');
        if (button) {
          if (!button.disabled) button.click();
        } else form?.requestSubmit();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('keydown', keydown, { capture: true });
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('keydown', keydown, { capture: true });
    };
  }, [registry]);

  return (
    <UnsavedRegistryContext.Provider value={registry}>
      {children}
      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title="Isian belum disimpan"
        centered
      >
        <Text size="sm">
          Formulir di layar ini berisi isian yang belum disimpan. Jika Anda pindah layar, isian itu
          hilang.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
            Tetap di sini
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            Tinggalkan tanpa menyimpan
          </Button>
        </Group>
      </Modal>
    </UnsavedRegistryContext.Provider>
  );
}
