import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reasonsFor } from '@shared/domain/musyawarah/decision-words';
import { ReasonDialog } from './ReasonDialog';

afterEach(cleanup);

const REASONS = reasonsFor('usulan', 'tidak_layak');

function open(onConfirm: (reason: string) => void) {
  render(
    <MantineProvider>
      <button type="button">Konsol</button>
      <ReasonDialog
        vocabulary="usulan"
        decision="tidak_layak"
        nama="Budi Santoso"
        onClose={() => undefined}
        onConfirm={onConfirm}
      />
    </MantineProvider>,
  );
}

describe('ReasonDialog', () => {
  it('takes a number key at once, before focus has moved into the dialog', () => {
    const onConfirm = vi.fn();
    open(onConfirm);
    // The key lands where focus still is: the console behind the dialog.
    fireEvent.keyDown(screen.getByRole('button', { name: 'Konsol', hidden: true }), { key: '2' });
    expect(onConfirm).toHaveBeenCalledExactlyOnceWith(REASONS[1]);
  });

  it('leaves digits typed into "Alasan lain" and keys with Ctrl alone', () => {
    const onConfirm = vi.fn();
    open(onConfirm);
    fireEvent.keyDown(screen.getByLabelText('Alasan lain'), { key: '1' });
    fireEvent.keyDown(document.body, { key: '1', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: String(REASONS.length + 1) });
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
