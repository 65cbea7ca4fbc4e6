import { Modal } from '@mantine/core';
import type { ModalProps } from '@mantine/core';
import { useContext, useRef } from 'react';
import { useConfirm } from '../confirm/useConfirm';
import { UnsavedRegistryContext } from './unsaved-context';

/**
 * A dialog that asks before Esc, a click beside it or its × throws away a form's
 * unsaved input (issue 15.2: a route change already asks; a dialog closed by habit did
 * not). Without unsaved input inside, it closes at once, like Mantine's Modal. An
 * explicit "Batal" button in the dialog still closes it directly: that is a choice.
 */
export function GuardedModal({ onClose, children, ...props }: ModalProps) {
  const registry = useContext(UnsavedRegistryContext);
  const body = useRef<HTMLDivElement | null>(null);
  const { confirm, dialog } = useConfirm();
  const asking = useRef(false);

  const guardedClose = async () => {
    const root = body.current;
    if (registry && root && registry.dirtyWithin(root)) {
      if (asking.current) return;
      asking.current = true;
      const discard = await confirm({
        title: 'Isian belum disimpan',
        message: 'Formulir di jendela ini berisi isian yang belum disimpan.',
        lost: ['Isian yang sudah diketik di formulir ini'],
        confirmLabel: 'Tutup tanpa menyimpan',
      });
      asking.current = false;
      if (!discard) return;
    }
    onClose();
  };

  return (
    <>
      <Modal {...props} onClose={() => void guardedClose()}>
        <div ref={body}>{children}</div>
      </Modal>
      {dialog}
    </>
  );
}
