import { describe, expect, it } from 'vitest';
import {
  accountInputSchema,
  constantTimeEqual,
  idleLockSchema,
  PBKDF2_ITERATIONS,
} from './accounts';

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
});
