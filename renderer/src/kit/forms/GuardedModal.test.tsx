import { MantineProvider, TextInput } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GuardedModal } from './GuardedModal';
import { UnsavedGuardHost } from './UnsavedGuardHost';
import { useUnsavedGuard } from './useUnsavedGuard';

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

afterEach(cleanup);

function ContactForm() {
  const [nama, setNama] = useState('');
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: nama !== '' });
  return (
    <form ref={attach}>
      <TextInput label="Nama" value={nama} onChange={(e) => setNama(e.currentTarget.value)} />
    </form>
  );
}

function mount() {
  const onClose = vi.fn();
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <UnsavedGuardHost>
            <GuardedModal
              opened
              onClose={onClose}
              title="Kontak baru"
              transitionProps={{ duration: 0 }}
            >
              <ContactForm />
            </GuardedModal>
          </UnsavedGuardHost>
        ),
      },
    ],
    { initialEntries: ['/pengaturan'] },
  );
  render(
    <MantineProvider>
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return { onClose };
}

const closeButton = () =>
  document.querySelector<HTMLButtonElement>('.mantine-Modal-close') as HTMLButtonElement;

describe('GuardedModal', () => {
  it('closes at once while nothing is typed', async () => {
    const { onClose } = mount();
    await screen.findByLabelText('Nama');
    fireEvent.click(closeButton());
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('asks before its × throws typed input away; "Batal" keeps the input', async () => {
    const { onClose } = mount();
    fireEvent.change(await screen.findByLabelText('Nama'), { target: { value: 'Rahmat' } });
    fireEvent.click(closeButton());
    await screen.findByText('Isian belum disimpan');
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByText('Isian belum disimpan')).toBeNull());
    expect(onClose).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Nama') as HTMLInputElement).value).toBe('Rahmat');

    fireEvent.click(closeButton());
    fireEvent.click(await screen.findByRole('button', { name: 'Tutup tanpa menyimpan' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });
});
