import { MantineProvider, TextInput } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router-dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UnsavedGuardHost } from './UnsavedGuardHost';
import { useUnsavedGuard } from './useUnsavedGuard';

beforeAll(() => {
  HTMLFormElement.prototype.requestSubmit ??= function requestSubmit(this: HTMLFormElement) {
    this.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  };
});

afterEach(cleanup);

function FamilyForm({ onSaved }: { onSaved: (nama: string) => void }) {
  const [nama, setNama] = useState('');
  const [alamat, setAlamat] = useState('');
  const [errors, setErrors] = useState<{ nama?: string; alamat?: string }>({});
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: nama !== '' || alamat !== '' });
  return (
    <form
      ref={attach}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const next = { ...(alamat ? {} : { alamat: 'Alamat wajib diisi' }) };
        setErrors(next);
        if (Object.keys(next).length === 0) onSaved(nama);
      }}
    >
      <TextInput
        label="Nama"
        value={nama}
        error={errors.nama}
        onChange={(e) => setNama(e.currentTarget.value)}
      />
      <TextInput
        label="Alamat"
        value={alamat}
        error={errors.alamat}
        onChange={(e) => setAlamat(e.currentTarget.value)}
      />
      <button type="submit">Simpan</button>
    </form>
  );
}

function mount(onSaved = vi.fn()) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <UnsavedGuardHost>
            <Link to="/lain">Layar lain</Link>
            <FamilyForm onSaved={onSaved} />
          </UnsavedGuardHost>
        ),
      },
      { path: '/lain', element: <p>Layar lain terbuka</p> },
    ],
    { initialEntries: ['/warga/baru'] },
  );
  render(
    <MantineProvider>
      <RouterProvider router={router} />
    </MantineProvider>,
  );
  return { router, onSaved };
}

describe('unsaved-form guard', () => {
  it('puts the cursor in the first field when the form opens', async () => {
    mount();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Nama')));
  });

  it('leaves at once while nothing is typed', async () => {
    const { router } = mount();
    fireEvent.click(screen.getByRole('link', { name: 'Layar lain' }));
    await screen.findByText('Layar lain terbuka');
    expect(router.state.location.pathname).toBe('/lain');
  });

  it('asks before a change of screen loses typed input, and stays or leaves as chosen', async () => {
    const { router } = mount();
    fireEvent.change(screen.getByLabelText('Nama'), { target: { value: 'Siti' } });
    fireEvent.click(screen.getByRole('link', { name: 'Layar lain' }));
    await screen.findByText('Isian belum disimpan');
    expect(router.state.location.pathname).toBe('/warga/baru');

    fireEvent.click(screen.getByRole('button', { name: 'Tetap di sini' }));
    await waitFor(() => expect(screen.queryByText('Isian belum disimpan')).toBeNull());
    expect((screen.getByLabelText('Nama') as HTMLInputElement).value).toBe('Siti');

    fireEvent.click(screen.getByRole('link', { name: 'Layar lain' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tinggalkan tanpa menyimpan' }));
    await screen.findByText('Layar lain terbuka');
  });

  it('holds a window close or reload only while input is unsaved', () => {
    mount();
    const quiet = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(quiet);
    expect(quiet.defaultPrevented).toBe(false);
    fireEvent.change(screen.getByLabelText('Nama'), { target: { value: 'Siti' } });
    const held = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(held);
    expect(held.defaultPrevented).toBe(true);
  });

  it('saves the form in front on Ctrl+S and moves the cursor to the first invalid field', async () => {
    const { onSaved } = mount();
    fireEvent.change(screen.getByLabelText('Nama'), { target: { value: 'Siti' } });
    const key = fireEvent.keyDown(screen.getByLabelText('Nama'), { key: 's', ctrlKey: true });
    expect(key).toBe(false); // the browser's own "save page" is held back
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Alamat')));
    expect(onSaved).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Alamat'), { target: { value: 'Jl. Kenari 2' } });
    fireEvent.keyDown(screen.getByLabelText('Alamat'), { key: 's', ctrlKey: true });
    expect(onSaved).toHaveBeenCalledWith('Siti');
  });
});
