import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { ConfirmModal } from './ConfirmModal';
import type { ConfirmOptions } from './ConfirmModal';

type Request = { options: ConfirmOptions; resolve: (answer: boolean) => void; open: boolean };

/**
 * `await confirm({...})` in place of the browser's own window.confirm: the same
 * one-line call, but a Mantine dialog in the app's style that names what will be
 * lost. Render `dialog` once in the component.
 */
export function useConfirm(): {
  confirm: (options: ConfirmOptions) => Promise<boolean>;
  dialog: ReactNode;
} {
  // Kept after the answer (open: false) so the text stays while the modal fades out.
  const [request, setRequest] = useState<Request | null>(null);
  const confirm = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        setRequest((previous) => {
          if (previous?.open) previous.resolve(false);
          return { options, resolve, open: true };
        });
      }),
    [],
  );
  const answer = (value: boolean) => {
    if (!request?.open) return;
    request.resolve(value);
    setRequest({ ...request, open: false });
  };
  const dialog = request ? (
    <ConfirmModal
      {...request.options}
      opened={request.open}
      onConfirm={() => answer(true)}
      onCancel={() => answer(false)}
    />
  ) : null;
  return { confirm, dialog };
}
