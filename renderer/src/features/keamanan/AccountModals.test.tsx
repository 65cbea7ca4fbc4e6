import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAccount, listAccounts } from '../../db/keamanan/account-repository';
import type { AccountSummary } from '../../db/keamanan/account-repository';
import { setSessionAccount } from '../../db/core/session';
import { freshDatabase } from '../../db/testing/helpers';
import type { DtksDatabase } from '../../db/core/database';
import { AccountModals } from './AccountModals';
import type { AccountModal } from './AccountModals';
import { errorOf, field, type } from '../../kit/forms/form-testing';

afterEach(cleanup);

const ADMIN_PASSWORD = 'Rahasia-Kelurahan-2026';

async function signedInAdmin(): Promise<{ db: DtksDatabase; admin: AccountSummary }> {
  const db = freshDatabase();
  const admin = await createAccount(
    db,
    { username: 'admin', nama: 'Siti Rahmawati', role: 'admin', password: ADMIN_PASSWORD },
    { iterations: 1_000 },
  );
  setSessionAccount(db, { id: admin.id, username: 'admin', nama: admin.nama, role: 'admin' });
  return { db, admin };
}

function open(db: DtksDatabase, modal: AccountModal) {
  const onClose = vi.fn();
  render(
    <MantineProvider>
      <AccountModals modal={modal} accountsDb={db} onClose={onClose} />
    </MantineProvider>,
  );
  return onClose;
}

/** Esc where the cursor is, as the keyboard sends it (Mantine listens on the window). */
function pressEscape() {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
}

// The dialogs hash with the production 600,000 PBKDF2 iterations (about a second on a
// busy machine): waiting for a save allows for that, it does not measure it.
const SLOW = 30_000;

describe('account dialogs', { timeout: 2 * SLOW }, () => {
  it('new account: shows each wrong field’s Indonesian message beside it and writes nothing', async () => {
    const { db } = await signedInAdmin();
    const onClose = open(db, { kind: 'create' });
    await screen.findByLabelText(/^Nama lengkap/);
    type(/^Kata sandi awal/, 'pendek');
    type(/^Ulangi kata sandi/, 'pendek!');
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));

    await waitFor(() => expect(errorOf(field(/^Nama lengkap/))).toBe('Nama lengkap wajib diisi'));
    expect(errorOf(field(/^Nama pengguna/))).toBe('Nama pengguna minimal 3 karakter');
    expect(errorOf(field(/^Kata sandi awal/))).toBe('Kata sandi minimal 10 karakter');
    expect(errorOf(field(/^Ulangi kata sandi/))).toBe('Kedua kata sandi tidak sama');
    // The cursor goes to the first wrong field.
    await waitFor(() => expect(document.activeElement).toBe(field(/^Nama lengkap/)));
    expect(onClose).not.toHaveBeenCalled();
    expect(await db.accounts.count()).toBe(1);
  });

  it('new account: a user name already taken is refused beside it, every input kept', async () => {
    const { db } = await signedInAdmin();
    const onClose = open(db, { kind: 'create' });
    await screen.findByLabelText(/^Nama lengkap/);
    type(/^Nama lengkap/, 'Budi Santoso');
    type(/^Nama pengguna/, 'Admin');
    type(/^Kata sandi awal/, 'Operator-Kelurahan-1');
    type(/^Ulangi kata sandi/, 'Operator-Kelurahan-1');
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));

    await waitFor(
      () => expect(errorOf(field(/^Nama pengguna/))).toBe('Nama pengguna "admin" sudah dipakai.'),
      { timeout: SLOW },
    );
    expect(field(/^Nama lengkap/).value).toBe('Budi Santoso');
    expect(field(/^Nama pengguna/).value).toBe('Admin');
    expect(field(/^Kata sandi awal/).value).toBe('Operator-Kelurahan-1');
    expect(field(/^Ulangi kata sandi/).value).toBe('Operator-Kelurahan-1');
    expect(onClose).not.toHaveBeenCalled();
    expect(await db.accounts.count()).toBe(1);

    // Corrected, the same dialog saves and closes.
    type(/^Nama pengguna/, 'budi');
    expect(errorOf(field(/^Nama pengguna/))).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: SLOW });
    const budi = (await listAccounts(db)).find((account) => account.username === 'budi');
    expect(budi).toMatchObject({ nama: 'Budi Santoso', role: 'operator', active: true });
  });

  it('edit: an empty name is shown beside it; a rule about the whole account inside the dialog', async () => {
    const { db, admin } = await signedInAdmin();
    const onClose = open(db, { kind: 'edit', account: admin });
    await screen.findByLabelText(/^Nama lengkap/);
    type(/^Nama lengkap/, '  ');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(errorOf(field(/^Nama lengkap/))).toBe('Nama lengkap wajib diisi'));

    type(/^Nama lengkap/, 'Siti Rahmawati, S.Sos');
    fireEvent.click(screen.getByLabelText(/^Akun aktif/));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(
      (
        await screen.findByText(
          'Anda tidak dapat menonaktifkan atau menurunkan peran akun sendiri.',
        )
      ).textContent,
    ).toBeTruthy();
    expect(field(/^Nama lengkap/).value).toBe('Siti Rahmawati, S.Sos');
    expect(onClose).not.toHaveBeenCalled();
    expect((await db.accounts.get(admin.id))?.nama).toBe('Siti Rahmawati');

    // Left active, the new name is saved.
    fireEvent.click(screen.getByLabelText(/^Akun aktif/));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await db.accounts.get(admin.id))?.nama).toBe('Siti Rahmawati, S.Sos');
  });

  it('reset: refuses a short password or the user name itself, then sets the new one', async () => {
    const { db } = await signedInAdmin();
    const budi = await createAccount(
      db,
      { username: 'budi.santoso', nama: 'Budi', role: 'operator', password: 'Operator-Lama-01' },
      { iterations: 1_000 },
    );
    const onClose = open(db, { kind: 'reset', account: budi });
    await screen.findByLabelText(/^Kata sandi baru/);
    await waitFor(() => expect(document.activeElement).toBe(field(/^Kata sandi baru/)));
    type(/^Kata sandi baru/, 'pendek');
    fireEvent.click(screen.getByRole('button', { name: 'Setel ulang' }));
    await waitFor(() =>
      expect(errorOf(field(/^Kata sandi baru/))).toBe('Kata sandi minimal 10 karakter'),
    );
    type(/^Kata sandi baru/, 'Budi.Santoso');
    fireEvent.click(screen.getByRole('button', { name: 'Setel ulang' }));
    await waitFor(() =>
      expect(errorOf(field(/^Kata sandi baru/))).toBe(
        'Kata sandi tidak boleh sama dengan nama pengguna',
      ),
    );
    const before = (await db.accounts.get(budi.id))?.passwordHash;
    type(/^Kata sandi baru/, 'Sandi-Baru-Budi-77');
    fireEvent.click(screen.getByRole('button', { name: 'Setel ulang' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: SLOW });
    expect((await db.accounts.get(budi.id))?.passwordHash).not.toBe(before);
  });

  it('asks before Esc throws typed input away: "Batal" goes back to the field, "Buang perubahan" closes', async () => {
    const { db } = await signedInAdmin();
    const onClose = open(db, { kind: 'create' });
    await waitFor(() => expect(document.activeElement).toBe(field(/^Nama lengkap/)));
    // Nothing typed: Esc closes at once.
    pressEscape();
    expect(onClose).toHaveBeenCalledTimes(1);

    type(/^Nama lengkap/, 'Rina Marlina');
    field(/^Nama pengguna/).focus();
    type(/^Nama pengguna/, 'rin');
    pressEscape();
    const question = await screen.findByRole('alertdialog', { name: 'Isian belum disimpan' });
    expect(question.textContent).toContain('Jika dialog ditutup, isian itu hilang.');
    expect(onClose).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Batal' })),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(field(/^Nama pengguna/)));
    expect(field(/^Nama lengkap/).value).toBe('Rina Marlina');
    expect(field(/^Nama pengguna/).value).toBe('rin');
    expect(onClose).toHaveBeenCalledTimes(1);

    // A second Esc while asking is a "Batal" too; then the answer that throws the input away.
    pressEscape();
    await screen.findByRole('alertdialog');
    pressEscape();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(onClose).toHaveBeenCalledTimes(1);
    pressEscape();
    fireEvent.click(await screen.findByRole('button', { name: 'Buang perubahan' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(await db.accounts.count()).toBe(1);
  });
});
