import { describe, expect, it } from 'vitest';
import { describeStorageError } from './storage-errors';

describe('describeStorageError', () => {
  it('explains a quota error, also when wrapped in an AbortError', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const wrapped = Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota });
    for (const error of [quota, wrapped]) {
      expect(describeStorageError(error, 'Impor')).toMatch(/^Impor gagal: ruang penyimpanan penuh/);
    }
  });

  it('explains a constraint error and anything else without losing the message', () => {
    const constraint = Object.assign(new Error('Key already exists'), { name: 'ConstraintError' });
    expect(describeStorageError(constraint, 'Menyimpan')).toContain('data yang sama sudah ada');
    expect(describeStorageError('aneh', 'Menyimpan')).toBe(
      'Menyimpan gagal: aneh. Tidak ada yang diubah.',
    );
  });

  it('never doubles the period of a refusal that is already a sentence', () => {
    const refusal = new Error('Tidak diizinkan: minta petugas yang berwenang.');
    expect(describeStorageError(refusal, 'Mengunci musyawarah')).toBe(
      'Mengunci musyawarah gagal: Tidak diizinkan: minta petugas yang berwenang. Tidak ada yang diubah.',
    );
  });
});
