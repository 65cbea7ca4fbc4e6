import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectLayout,
  guessMapping,
  KNOWN_LAYOUTS,
  layoutSignature,
  missingRequired,
  normalizeHeader,
  sanitizeMapping,
} from './fields';

const PRELIST = [
  'IDDTKS',
  'provinsi',
  'kabupaten_kota',
  'kecamatan',
  'desa_kelurahan',
  'alamat',
  'dusun',
  'rt',
  'rw',
  'nomor_kk',
  'nomor_nik',
  'nama',
  'tanggal_lahir',
  'tempat_lahir',
  'jenis_kelamin',
  'nama_ibu_kandung',
  'hubungan_keluarga',
];

describe('normalizeHeader', () => {
  it.each([
    ['No. KK', 'no_kk'],
    ['  NOMOR_KK ', 'nomor_kk'],
    ['Tgl. Lahir (dd/mm/yyyy)', 'tgl_lahir'],
    ['Jenis  Kelamin', 'jenis_kelamin'],
    ['L/P', 'l_p'],
    ['IDDTKS', 'iddtks'],
  ])('%s → %s', (input, expected) => expect(normalizeHeader(input)).toBe(expected));

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const once = normalizeHeader(value);
        expect(normalizeHeader(once)).toBe(once);
      }),
    );
  });
});

describe('layoutSignature', () => {
  it('ignores order, case and spacing', () => {
    expect(layoutSignature(['NIK', 'Nama', 'No KK'])).toBe(
      layoutSignature(['no_kk', ' nama ', 'nik']),
    );
  });
  it('differs when a column differs', () => {
    expect(layoutSignature(['nik', 'nama'])).not.toBe(layoutSignature(['nik', 'nama', 'rt']));
  });
});

describe('detectLayout', () => {
  it('recognises the prelist layout of domain.md §7', () => {
    const detected = detectLayout(PRELIST);
    expect(detected.known).toBe('prelist');
    expect(detected.complete).toBe(true);
    expect(detected.mapping.nik).toBe('nomor_nik');
    expect(detected.mapping.shdk).toBe('hubungan_keluarga');
  });

  it('recognises the RT/RW template in any order and case', () => {
    const headers = Object.values(KNOWN_LAYOUTS.rt_rw.columns)
      .reverse()
      .map((header) => header.toUpperCase().replace(/_/g, ' '));
    expect(detectLayout(headers).known).toBe('rt_rw');
  });

  it('maps an unknown layout by aliases and says what is missing', () => {
    const headers = ['No. KK', 'NIK', 'Nama Lengkap', 'Tgl Lahir', 'L/P', 'Hubungan', 'Alamat'];
    const detected = detectLayout(headers);
    expect(detected.known).toBeNull();
    expect(detected.mapping).toMatchObject({
      noKk: 'no_kk',
      nik: 'nik',
      nama: 'nama_lengkap',
      tanggalLahir: 'tgl_lahir',
      jenisKelamin: 'l_p',
      shdk: 'hubungan',
    });
    expect(detected.complete).toBe(false);
    expect(missingRequired(detected.mapping, headers)).toEqual(['rt', 'rw']);
  });

  it('never gives one column to two fields', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 30 }), (headers) => {
        const columns = Object.values(guessMapping(headers));
        expect(new Set(columns).size).toBe(columns.length);
      }),
    );
  });
});

describe('sanitizeMapping', () => {
  it('drops unknown fields and columns the sheet lacks', () => {
    expect(
      sanitizeMapping({ nik: 'nik', nama: 'tidak_ada', bogus: 'nik' }, ['NIK', 'Nama']),
    ).toEqual({ nik: 'nik' });
  });
});

describe('a prelist with a Desil column', () => {
  it('is still recognised as the prelist, and the decile is read', () => {
    const headers = [...Object.values(KNOWN_LAYOUTS.prelist.columns), 'DESIL'];
    const detected = detectLayout(headers);
    expect(detected.known).toBe('prelist');
    expect(detected.mapping.desil).toBe('desil');
    expect(
      detectLayout(Object.values(KNOWN_LAYOUTS.prelist.columns)).mapping.desil,
    ).toBeUndefined();
  });
});
