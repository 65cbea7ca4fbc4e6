import { describe, expect, it } from 'vitest';
import type { Person } from '../core/entities';
import { listedFamilyFields, newFamily, newPerson } from './families';
import type { ImportRecord } from './validate-rows';
import { prelistChanged, prelistFingerprint } from './prelist-change';

const NOW = '2026-06-01T00:00:00.000Z';
const LATER = '2026-06-10T00:00:00.000Z';

function record(overrides: Partial<ImportRecord>): ImportRecord {
  return {
    row: 2,
    noKk: '6271010101100001',
    nik: '6271011203900001',
    nama: 'Budi',
    tanggalLahir: '1990-03-12',
    jenisKelamin: 'L',
    shdk: 1,
    alamat: 'Jl. A',
    rt: '001',
    rw: '002',
    tempatLahir: 'Palangka Raya',
    namaIbuKandung: 'Siti',
    pekerjaan: '',
    idDtks: 'DTKS0000001',
    existing: false,
    ...overrides,
  };
}

const group = {
  noKk: '6271010101100001',
  records: [record({}), record({ row: 3, nik: '6271014507920002', nama: 'Ani', shdk: 3 })],
};

function asImported() {
  const family = {
    ...newFamily(group, { id: 'f1', kodeWilayah: '6271011001', now: NOW }),
    ...listedFamilyFields(group, { prelist: true, now: NOW }),
  };
  const members = group.records.map((r, i) =>
    newPerson(r, { id: `p${i}`, familyId: 'f1', now: NOW }),
  );
  return { family, members };
}

describe('prelist change (issue 14.3)', () => {
  it('keeps the ID DTKS as a family field, and the family as the prelist listed it', () => {
    const { family, members } = asImported();
    expect(family.idDtks).toBe('DTKS0000001');
    expect(family.prelistFingerprint).toBe(prelistFingerprint(family, members));
    expect(listedFamilyFields(group, { prelist: false, now: NOW })).toEqual({
      idDtks: 'DTKS0000001',
    });
    expect(
      listedFamilyFields(
        { ...group, records: group.records.map((r) => ({ ...r, idDtks: '' })) },
        { prelist: false, now: NOW },
      ),
    ).toEqual({});
  });

  it('sees no change when only what the prelist did not carry is filled in', () => {
    const { family, members } = asImported();
    const filled: Person[] = members.map((m) => ({
      ...m,
      pekerjaan: 'Petani',
      agama: 'Islam',
      updatedAt: LATER,
    }));
    expect(prelistChanged(family, filled, NOW)).toBe(false);
    // Spelling of case and spaces is no correction either.
    const spaced = members.map((m) => ({ ...m, nama: ` ${m.nama.toLowerCase()} ` }));
    expect(prelistChanged(family, spaced, NOW)).toBe(false);
  });

  it('sees a changed address, a birth, a death and a corrected name', () => {
    const { family, members } = asImported();
    expect(prelistChanged({ ...family, alamat: 'Jl. B' }, members, NOW)).toBe(true);
    const baby = newPerson(record({ nik: '6271015003260003', nama: 'Bayi', shdk: 4 }), {
      id: 'p9',
      familyId: 'f1',
      now: LATER,
    });
    expect(prelistChanged(family, [...members, baby], NOW)).toBe(true);
    const [head, wife] = members as [Person, Person];
    expect(prelistChanged(family, [{ ...head, statusKeberadaan: 'meninggal' }, wife], NOW)).toBe(
      true,
    );
    expect(prelistChanged(family, [head, { ...wife, nama: 'Ani Lestari' }], NOW)).toBe(true);
  });

  it('falls back to edit times for a family imported before the fingerprint existed', () => {
    const { family, members } = asImported();
    const { prelistFingerprint: _dropped, ...old } = family;
    expect(prelistChanged(old, members, NOW)).toBe(false);
    expect(prelistChanged({ ...old, updatedAt: LATER }, members, NOW)).toBe(true);
    const [head, wife] = members as [Person, Person];
    expect(prelistChanged(old, [head, { ...wife, updatedAt: LATER }], NOW)).toBe(true);
  });
});
