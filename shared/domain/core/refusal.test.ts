import { describe, expect, it } from 'vitest';
import { PermissionError } from '../keamanan/permissions';
import { isRefusal, Refusal } from './refusal';

describe('Refusal', () => {
  it('carries an Indonesian message, a kind and an optional field', () => {
    const refusal = new Refusal('NIK wajib diisi.', { kind: 'warga', field: 'nik' });
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal.message).toBe('NIK wajib diisi.');
    expect(refusal.kind).toBe('warga');
    expect(refusal.field).toBe('nik');
    expect(new Refusal('Tidak boleh.').field).toBeUndefined();
  });

  it('is the base of the permission refusal, which keeps its own name', () => {
    const error = new PermissionError('Tidak diizinkan.');
    expect(error).toBeInstanceOf(PermissionError);
    expect(isRefusal(error)).toBe(true);
    expect(error.name).toBe('PermissionError');
    expect(error.kind).toBe('izin');
    expect(isRefusal(new Error('disk'))).toBe(false);
  });
});
