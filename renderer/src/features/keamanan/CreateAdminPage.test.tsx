import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import { createAccount } from '../../db/keamanan/account-repository';
import { freshDatabase } from '../../db/testing/helpers';
import type { DtksDatabase } from '../../db/core/database';
import { DatabaseContext } from '../../kit/database-context';
import { DesktopApiContext } from '../../platform';
import { createBrowserApi } from '../../platform/browser-api';
import { CreateAdminPage } from './CreateAdminPage';
import { errorOf, field, type } from '../../kit/forms/form-testing';

afterEach(cleanup);

// The page hashes with the production 600,000 PBKDF2 iterations (about a second on a busy
// machine): waiting for the save allows for that, it does not measure it.
const SLOW = 30_000;

async function firstRun(): Promise<DtksDatabase> {
  const db = freshDatabase();
  // The operator named with the kelurahan identity, the step before this page.
  await db.settings.put({ key: 'operator', value: { nama: 'Siti Rahmawati' } });
  return db;
}

function mount(db: DtksDatabase) {
  const onCreated = vi.fn<(account: SessionAccount) => void>();
  render(
    <MantineProvider>
      <DesktopApiContext.Provider value={createBrowserApi(document)}>
        <DatabaseContext.Provider value={{ db, kind: 'real' }}>
          <CreateAdminPage accountsDb={db} onCreated={onCreated} />
        </DatabaseContext.Provider>
      </DesktopApiContext.Provider>
    </MantineProvider>,
  );
  return onCreated;
}

describe('first-run admin account', { timeout: 2 * SLOW }, () => {
  it('starts in the name, filled with the operator, and shows every wrong field in Indonesian', async () => {
    const db = await firstRun();
    const onCreated = mount(db);
    await waitFor(() => expect(field(/^Nama lengkap/).value).toBe('Siti Rahmawati'));
    expect(document.activeElement).toBe(field(/^Nama lengkap/));
    expect(field(/^Nama pengguna/).value).toBe('admin');

    type(/^Nama lengkap/, '');
    type(/^Nama pengguna/, 'ad min');
    type(/^Kata sandi\s*\*?$/, 'pendek');
    type(/^Ulangi kata sandi/, 'pendek');
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun dan masuk' }));
    await waitFor(() => expect(errorOf(field(/^Nama lengkap/))).toBe('Nama lengkap wajib diisi'));
    expect(errorOf(field(/^Nama pengguna/))).toBe(
      'Nama pengguna hanya huruf kecil, angka, titik, garis bawah, tanda hubung',
    );
    expect(errorOf(field(/^Kata sandi\s*\*?$/))).toBe('Kata sandi minimal 10 karakter');
    expect(errorOf(field(/^Ulangi kata sandi/))).toBe('');

    type(/^Nama lengkap/, 'Siti Rahmawati');
    type(/^Nama pengguna/, 'admin');
    type(/^Kata sandi\s*\*?$/, 'Pahandut-Sejahtera-2026');
    type(/^Ulangi kata sandi/, 'Pahandut-Sejahtera-2062');
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun dan masuk' }));
    await waitFor(() =>
      expect(errorOf(field(/^Ulangi kata sandi/))).toBe('Kedua kata sandi tidak sama'),
    );
    await waitFor(() => expect(document.activeElement).toBe(field(/^Ulangi kata sandi/)));
    expect(onCreated).not.toHaveBeenCalled();
    expect(await db.accounts.count()).toBe(0);
  });

  it('keeps every input when the data layer refuses (an admin made meanwhile in another window)', async () => {
    const db = await firstRun();
    const onCreated = mount(db);
    await waitFor(() => expect(field(/^Nama lengkap/).value).toBe('Siti Rahmawati'));
    await createAccount(
      db,
      { username: 'lurah', nama: 'Ahmad', role: 'admin', password: 'Admin-Jendela-Lain-1' },
      { iterations: 1_000 },
    );
    type(/^Kata sandi\s*\*?$/, 'Pahandut-Sejahtera-2026');
    type(/^Ulangi kata sandi/, 'Pahandut-Sejahtera-2026');
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun dan masuk' }));
    expect((await screen.findByRole('alert', {}, { timeout: SLOW })).textContent).toBe(
      'Hanya admin yang boleh mengelola akun pengguna.',
    );
    expect(field(/^Nama lengkap/).value).toBe('Siti Rahmawati');
    expect(field(/^Nama pengguna/).value).toBe('admin');
    expect(field(/^Kata sandi\s*\*?$/).value).toBe('Pahandut-Sejahtera-2026');
    expect(field(/^Ulangi kata sandi/).value).toBe('Pahandut-Sejahtera-2026');
    expect(onCreated).not.toHaveBeenCalled();
    expect(await db.accounts.count()).toBe(1);
  });

  it('creates the admin and signs in with it', async () => {
    const db = await firstRun();
    const onCreated = mount(db);
    await waitFor(() => expect(field(/^Nama lengkap/).value).toBe('Siti Rahmawati'));
    type(/^Nama pengguna/, ' Siti.R ');
    type(/^Kata sandi\s*\*?$/, 'Pahandut-Sejahtera-2026');
    type(/^Ulangi kata sandi/, 'Pahandut-Sejahtera-2026');
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun dan masuk' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalled(), { timeout: SLOW });
    const [stored] = await db.accounts.toArray();
    expect(onCreated).toHaveBeenCalledWith({
      id: stored?.id,
      username: 'siti.r',
      nama: 'Siti Rahmawati',
      role: 'admin',
    });
    expect(stored).toMatchObject({ username: 'siti.r', role: 'admin', active: true });
  });
});
