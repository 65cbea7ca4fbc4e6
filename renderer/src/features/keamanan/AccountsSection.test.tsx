import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { changeOwnPassword, createAccount } from '../../db/keamanan/account-repository';
import { setSessionAccount } from '../../db/core/session';
import { freshDatabase } from '../../db/testing/helpers';
import type { DtksDatabase } from '../../db/core/database';
import { SessionContext } from '../../kit/session/session-context';
import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import { IdleLockForm, OwnPasswordForm } from './AccountsSection';
import { errorOf, field, type } from '../../kit/forms/form-testing';

afterEach(cleanup);

const PASSWORD = 'Rahasia-Kelurahan-2026';

async function signedIn(): Promise<{ db: DtksDatabase; account: SessionAccount }> {
  const db = freshDatabase();
  const created = await createAccount(
    db,
    { username: 'admin', nama: 'Siti Rahmawati', role: 'admin', password: PASSWORD },
    { iterations: 1_000 },
  );
  const account: SessionAccount = {
    id: created.id,
    username: 'admin',
    nama: created.nama,
    role: 'admin',
  };
  setSessionAccount(db, account);
  return { db, account };
}

function show(db: DtksDatabase, account: SessionAccount, children: ReactNode) {
  render(
    <MantineProvider>
      <SessionContext.Provider
        value={{ account, accountsDb: db, idleMinutes: 10, lock: () => {}, signOut: () => {} }}
      >
        {children}
      </SessionContext.Provider>
    </MantineProvider>,
  );
}

// Changing a password hashes with the production 600,000 PBKDF2 iterations (about a
// second on a busy machine): waiting for it allows for that, it does not measure it.
const SLOW = 30_000;

describe('Kata sandi Anda', { timeout: 2 * SLOW }, () => {
  it('shows every wrong field beside it before asking the database', async () => {
    const { db, account } = await signedIn();
    show(db, account, <OwnPasswordForm />);
    type(/^Kata sandi baru/, 'admin');
    type(/^Ulangi kata sandi baru/, 'admin2');
    fireEvent.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));
    await waitFor(() =>
      expect(errorOf(field(/^Kata sandi sekarang/))).toBe('Isi kata sandi Anda sekarang'),
    );
    expect(errorOf(field(/^Kata sandi baru/))).toBe('Kata sandi minimal 10 karakter');
    expect(errorOf(field(/^Ulangi kata sandi baru/))).toBe('Kedua kata sandi tidak sama');
    expect(field(/^Kata sandi sekarang/).getAttribute('aria-invalid')).toBe('true');
  });

  it('puts a wrong current password beside its field and keeps what was typed', async () => {
    const { db, account } = await signedIn();
    show(db, account, <OwnPasswordForm />);
    type(/^Kata sandi sekarang/, 'bukan-sandinya-123');
    type(/^Kata sandi baru/, 'Sandi-Baru-Kantor-1');
    type(/^Ulangi kata sandi baru/, 'Sandi-Baru-Kantor-1');
    fireEvent.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));
    await waitFor(
      () => expect(errorOf(field(/^Kata sandi sekarang/))).toBe('Kata sandi lama salah.'),
      {
        timeout: SLOW,
      },
    );
    expect(field(/^Kata sandi baru/).value).toBe('Sandi-Baru-Kantor-1');
  });

  it('changes the password and empties the fields', async () => {
    const { db, account } = await signedIn();
    show(db, account, <OwnPasswordForm />);
    type(/^Kata sandi sekarang/, PASSWORD);
    type(/^Kata sandi baru/, 'Sandi-Baru-Kantor-1');
    type(/^Ulangi kata sandi baru/, 'Sandi-Baru-Kantor-1');
    fireEvent.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));
    await waitFor(() => expect(field(/^Kata sandi sekarang/).value).toBe(''), { timeout: SLOW });
    // The new password is the one that now works.
    await expect(
      changeOwnPassword(db, PASSWORD, 'Sandi-Lain-Kantor-2', { iterations: 1_000 }),
    ).rejects.toThrow('Kata sandi lama salah.');
    await changeOwnPassword(db, 'Sandi-Baru-Kantor-1', 'Sandi-Lain-Kantor-2', {
      iterations: 1_000,
    });
  });
});

describe('Kunci otomatis', () => {
  it('refuses an empty or out-of-range value beside the field and saves a good one', async () => {
    const { db, account } = await signedIn();
    show(db, account, <IdleLockForm />);
    const minutes = () => screen.getByRole<HTMLInputElement>('textbox', { name: /Kunci otomatis/ });
    fireEvent.change(minutes(), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(errorOf(minutes())).toBe('Isi jumlah menit'));

    fireEvent.change(minutes(), { target: { value: '500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(errorOf(minutes())).toBe('Maksimal 120 menit'));
    const before = await db.audit.count();

    fireEvent.change(minutes(), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(async () => expect(await db.audit.count()).toBe(before + 1));
    expect(errorOf(minutes())).toBe('');
  });
});
