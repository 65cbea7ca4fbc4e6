import { describe, expect, it } from 'vitest';
import {
  accountEditSchema,
  accountInputSchema,
  constantTimeEqual,
  idleLockSchema,
  newAccountFormSchema,
  passwordResetSchema,
  PBKDF2_ITERATIONS,
} from './accounts';
import type { NewAccountForm } from './accounts';

/** Each field's first message, as the form shows them. */
function messages(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[String(issue.path[0])] ??= issue.message;
  return out;
}

describe('accounts', () => {
  it('uses at least 600,000 PBKDF2 iterations', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('normalises the user name and checks the password', () => {
    const ok = accountInputSchema.safeParse({
      username: ' Siti.R ',
      nama: 'Siti Rahmawati',
      role: 'operator',
      password: 'Rahasia-Kelurahan-2026',
    });
    expect(ok.success && ok.data.username).toBe('siti.r');
    const short = accountInputSchema.safeParse({
      username: 'siti',
      nama: 'S',
      role: 'operator',
      password: 'pendek',
    });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toBe('Kata sandi minimal 10 karakter');
    const same = accountInputSchema.safeParse({
      username: 'operator01',
      nama: 'S',
      role: 'operator',
      password: 'OPERATOR01',
    });
    expect(same.error?.issues[0]?.message).toContain('tidak boleh sama');
    expect(
      accountInputSchema.safeParse({
        username: 'a b',
        nama: 'S',
        role: 'x',
        password: 'x'.repeat(12),
      }).success,
    ).toBe(false);
  });

  it('compares bytes without early exit, including different lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });

  it('bounds the idle lock between 1 and 120 minutes', () => {
    expect(idleLockSchema.safeParse({ minutes: 10 }).success).toBe(true);
    expect(idleLockSchema.safeParse({ minutes: 0 }).success).toBe(false);
    expect(idleLockSchema.safeParse({ minutes: 121 }).success).toBe(false);
  });

  it('asks for the new password twice, and says so beside every wrong field at once', () => {
    const form: NewAccountForm = {
      nama: 'Budi Santoso',
      username: 'budi',
      role: 'operator',
      password: 'Operator-Kelurahan-1',
      confirm: 'Operator-Kelurahan-1',
    };
    expect(newAccountFormSchema.safeParse(form).success).toBe(true);
    expect(messages(newAccountFormSchema.safeParse({ ...form, confirm: 'lain' }))).toEqual({
      confirm: 'Kedua kata sandi tidak sama',
    });
    expect(
      messages(
        newAccountFormSchema.safeParse({
          ...form,
          nama: ' ',
          username: 'B',
          password: 'pendek',
          confirm: 'pendek!',
        }),
      ),
    ).toEqual({
      nama: 'Nama lengkap wajib diisi',
      username: 'Nama pengguna minimal 3 karakter',
      password: 'Kata sandi minimal 10 karakter',
      confirm: 'Kedua kata sandi tidak sama',
    });
    expect(
      messages(newAccountFormSchema.safeParse({ ...form, password: 'BUDI', confirm: 'BUDI' }))
        .password,
    ).toBe('Kata sandi minimal 10 karakter');
    expect(
      messages(
        newAccountFormSchema.safeParse({
          ...form,
          username: 'budi.santoso',
          password: 'Budi.Santoso',
          confirm: 'Budi.Santoso',
        }),
      ),
    ).toEqual({ password: 'Kata sandi tidak boleh sama dengan nama pengguna' });
  });

  it('checks an edited name and a reset password with the same rules as a new account', () => {
    expect(
      messages(accountEditSchema.safeParse({ nama: '', role: 'lurah', active: true })),
    ).toEqual({ nama: 'Nama lengkap wajib diisi' });
    expect(
      messages(accountEditSchema.safeParse({ nama: 'x'.repeat(121), role: 'lurah', active: true })),
    ).toEqual({ nama: 'Nama lengkap maksimal 120 karakter' });
    expect(
      messages(passwordResetSchema.safeParse({ username: 'operator01', password: 'Operator01' })),
    ).toEqual({ password: 'Kata sandi tidak boleh sama dengan nama pengguna' });
    expect(
      passwordResetSchema.safeParse({ username: 'budi', password: 'Sandi-Baru-Budi-7' }).success,
    ).toBe(true);
  });
});
