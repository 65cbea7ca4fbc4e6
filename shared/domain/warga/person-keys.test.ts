import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dupKey,
  normalizeName,
  phoneticKey,
  searchTokensFor,
  toPersonRow,
  withAwayStatus,
} from './person-keys';

describe('normalizeName', () => {
  it.each([
    ['  SITI   Rahmawati ', 'siti rahmawati'],
    ['Hj. Siti Rahmawati, S.Pd.', 'siti rahmawati'],
    ['Drs. H. Achmad Djunaidi', 'ahmad junaidi'],
    ['Soekarno', 'sukarno'],
    ['Muhammad', 'muhamad'],
    ["Ma'ruf", 'maruf'],
    ['Tjahjo', 'cahjo'],
    ['Qh', ''],
  ])('%s → %s', (input, expected) => expect(normalizeName(input)).toBe(expected));

  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const once = normalizeName(value);
        expect(normalizeName(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('phoneticKey', () => {
  it('gives the same key to common misspellings', () => {
    expect(phoneticKey('rahmawati')).toBe(phoneticKey('rahmawti'));
    expect(phoneticKey(normalizeName('Muhammad'))).toBe(phoneticKey(normalizeName('Muhamad')));
    expect(phoneticKey('siti')).toBe(phoneticKey('sity'));
    expect(normalizeName('Akhmad')).toBe(normalizeName('Achmad'));
    expect(phoneticKey('budi')).not.toBe(phoneticKey('bayu'));
  });
});

describe('person rows', () => {
  it('derive search tokens and dedup keys', () => {
    expect(searchTokensFor('Siti Rahmawati')).toEqual(['siti', 'rahmawati']);
    expect(dupKey('', '2000-01-01')).toBe('');
    const row = toPersonRow({
      id: 'p',
      familyId: 'f',
      nik: '6271014501900001',
      nama: 'Hj. Siti Rahmawati',
      tempatLahir: 'Palangka Raya',
      tanggalLahir: '1990-01-05',
      jenisKelamin: 'P',
      shdk: 1,
      statusKawin: 'kawin',
      agama: 'Islam',
      pendidikan: 'SD/Sederajat',
      pekerjaan: 'Pedagang',
      namaIbuKandung: 'Aminah',
      statusKeberadaan: 'ada',
      createdAt: '',
      updatedAt: '',
    });
    expect(row.dupNameKey).toBe('siti rahmawati|1990-01-05');
    expect(row.dupMotherKey).toBe('aminah|1990-01-05');
    expect(row.searchTokens).toEqual(['siti', 'rahmawati']);
  });

  it('carry the same keys as the one-field helpers, for any name', () => {
    const base = toPersonRow({
      id: 'p',
      familyId: 'f',
      nik: '6271014501900001',
      nama: '',
      tempatLahir: '',
      tanggalLahir: '1990-01-05',
      jenisKelamin: 'P',
      shdk: 1,
      statusKawin: 'kawin',
      agama: 'Islam',
      pendidikan: 'SD/Sederajat',
      pekerjaan: '',
      namaIbuKandung: '',
      statusKeberadaan: 'ada',
      createdAt: '',
      updatedAt: '',
    });
    fc.assert(
      fc.property(fc.string(), fc.string(), (nama, ibu) => {
        const row = toPersonRow({ ...base, nama, namaIbuKandung: ibu });
        expect(row.searchTokens).toEqual(searchTokensFor(nama));
        expect(row.dupNameKey).toBe(dupKey(nama, '1990-01-05'));
        expect(row.dupMotherKey).toBe(dupKey(ibu, '1990-01-05'));
      }),
    );
  });
});

describe('withAwayStatus', () => {
  it('copies a status other than "ada" and drops the value for "ada"', () => {
    expect(withAwayStatus({ statusKeberadaan: 'pindah' })).toEqual({
      statusKeberadaan: 'pindah',
      awayStatus: 'pindah',
    });
    expect(withAwayStatus({ statusKeberadaan: 'ada', awayStatus: 'pindah' })).toEqual({
      statusKeberadaan: 'ada',
    });
    expect(withAwayStatus({ statusKeberadaan: 'ada', awayStatus: undefined })).not.toHaveProperty(
      'awayStatus',
    );
  });

  it('returns the same object when nothing changes, and leaves non-rows alone', () => {
    const present = { statusKeberadaan: 'ada' };
    const away = { statusKeberadaan: 'meninggal', awayStatus: 'meninggal' };
    expect(withAwayStatus(present)).toBe(present);
    expect(withAwayStatus(away)).toBe(away);
    expect(withAwayStatus(null)).toBeNull();
    expect(withAwayStatus('teks')).toBe('teks');
  });
});
