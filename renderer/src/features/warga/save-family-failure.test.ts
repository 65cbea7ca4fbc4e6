import { describe, expect, it } from 'vitest';
import { RegistryError } from '../../db/warga/repository';
import { placeSaveFailure } from './save-family-failure';

describe('placeSaveFailure', () => {
  it('puts a family card refusal beside its field', () => {
    expect(placeSaveFailure(new RegistryError('No. KK sudah terdaftar.', 'noKk'))).toEqual({
      field: 'noKk',
      message: 'No. KK sudah terdaftar.',
    });
    expect(placeSaveFailure(new RegistryError('RT wajib diisi.', 'rt'))).toMatchObject({
      field: 'rt',
    });
  });

  it('names the member a member refusal is about, in the alert', () => {
    const refusal = new RegistryError('NIK sudah terdaftar.', 'nik', { memberIndex: 2 });
    expect(placeSaveFailure(refusal)).toEqual({ problem: 'Anggota ke-3: NIK sudah terdaftar.' });
    expect(placeSaveFailure(new RegistryError('Belum ada Kepala Keluarga.', 'members'))).toEqual({
      problem: 'Belum ada Kepala Keluarga.',
    });
  });

  it('explains any other failure in the alert, saying what was being done', () => {
    const failure = placeSaveFailure(new Error('disk'));
    expect(failure).toHaveProperty('problem');
    expect('problem' in failure && failure.problem).toMatch(/^Menyimpan keluarga gagal/);
  });
});
