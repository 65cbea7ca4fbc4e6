import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useConfirm } from './useConfirm';

afterEach(cleanup);

const holder: { ask: ReturnType<typeof useConfirm>['confirm'] } = {
  ask: () => Promise.resolve(false),
};
const ask: ReturnType<typeof useConfirm>['confirm'] = (options) => holder.ask(options);

function Harness() {
  const { confirm, dialog } = useConfirm();
  useEffect(() => {
    holder.ask = confirm;
  }, [confirm]);
  return <>{dialog}</>;
}

function mount() {
  render(
    <MantineProvider>
      <Harness />
    </MantineProvider>,
  );
}

const options = {
  title: 'Hapus draf usulan?',
  message: 'Draf ini dihapus dari daftar usulan.',
  lost: ['2 penilaian verivali', '3 foto rumah'],
  confirmLabel: 'Hapus draf',
};

describe('useConfirm', () => {
  it('names what will be lost and answers true on the confirm button', async () => {
    mount();
    let answer: Promise<boolean> = Promise.resolve(false);
    act(() => {
      answer = ask(options);
    });
    const dialog = await screen.findByRole('dialog', { name: 'Hapus draf usulan?' });
    expect(dialog.textContent).toContain('2 penilaian verivali');
    expect(dialog.textContent).toContain('3 foto rumah');
    fireEvent.click(screen.getByRole('button', { name: 'Hapus draf' }));
    await expect(answer).resolves.toBe(true);
  });

  it('answers false on Batal and on closing the dialog', async () => {
    mount();
    let first: Promise<boolean> = Promise.resolve(true);
    act(() => {
      first = ask(options);
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Batal' }));
    await expect(first).resolves.toBe(false);

    let second: Promise<boolean> = Promise.resolve(true);
    act(() => {
      second = ask(options);
    });
    await screen.findByRole('dialog');
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await expect(second).resolves.toBe(false);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Hapus draf' })).toBeNull());
  });
});
