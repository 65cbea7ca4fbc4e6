import { describe, expect, it } from 'vitest';
import {
  defaultProposalChoice,
  groupByFamily,
  importProposal,
  newFamily,
  newPerson,
} from './families';
import type { ImportRecord } from './validate-rows';

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
    tempatLahir: '',
    namaIbuKandung: '',
    pekerjaan: '',
    idDtks: '',
    existing: false,
    ...overrides,
  };
}

const NOW = '2026-06-01T00:00:00.000Z';

describe('groupByFamily', () => {
  it('keeps families in order of first appearance and members in file order', () => {
    const groups = groupByFamily([
      record({ row: 2, noKk: 'A' }),
      record({ row: 3, noKk: 'B' }),
      record({ row: 4, noKk: 'A' }),
    ]);
    expect(groups.map((group) => [group.noKk, group.records.map((r) => r.row)])).toEqual([
      ['A', [2, 4]],
      ['B', [3]],
    ]);
  });
});

describe('newFamily', () => {
  it("takes the address from the head's row", () => {
    const [group] = groupByFamily([
      record({ row: 2, shdk: 4, alamat: 'Jl. Anak', rt: '009' }),
      record({ row: 3, shdk: 1, alamat: 'Jl. Kepala', rt: '001' }),
    ]);
    const family = newFamily(group!, { id: 'f1', kodeWilayah: '6271011001', now: NOW });
    expect(family).toMatchObject({ id: 'f1', alamat: 'Jl. Kepala', rt: '001', rw: '002' });
  });
});

describe('newPerson', () => {
  it('stores what the list did not carry as unknown and lists it, never a guess', () => {
    const head = record({});
    const person = newPerson(head, { id: 'p1', familyId: 'f1', now: NOW });
    expect(person.fieldsToComplete).toEqual(['statusKawin', 'agama', 'pendidikan', 'pekerjaan']);
    expect(person).not.toHaveProperty('statusKawin');
    expect(person).not.toHaveProperty('agama');
    expect(person).not.toHaveProperty('pendidikan');
    expect(person.pekerjaan).toBe('');
    expect(person.statusKeberadaan).toBe('ada');
  });

  it('uses what the list says and marks nothing', () => {
    const head = record({
      statusKawin: 'cerai_mati',
      agama: 'Hindu',
      pendidikan: 'S2',
      pekerjaan: 'Petani',
    });
    const person = newPerson(head, { id: 'p1', familyId: 'f1', now: NOW });
    expect(person).toMatchObject({
      statusKawin: 'cerai_mati',
      agama: 'Hindu',
      pendidikan: 'S2',
      pekerjaan: 'Petani',
    });
    expect(person.fieldsToComplete).toBeUndefined();
  });
});

describe('proposals', () => {
  it('defaults a prelist to a field re-check and an RT/RW list to new drafts', () => {
    expect(defaultProposalChoice('prelist')).toMatchObject({
      source: 'prelist',
      kind: 'perbaikan',
      status: 'verifikasi_lapangan',
    });
    expect(defaultProposalChoice(null)).toMatchObject({
      source: 'rt_rw',
      kind: 'baru',
      status: 'draf',
    });
  });

  it('starts the history with the import; the IDDTKS is no note but a field of the family', () => {
    const proposal = importProposal({
      id: 'u1',
      familyId: 'f1',
      personId: 'p1',
      choice: defaultProposalChoice('prelist'),
      period: 'Juni 2026',
      actor: 'Siti',
      now: NOW,
      fileName: 'prelist.xlsx',
    });
    expect(proposal.history).toEqual([
      { from: null, to: 'verifikasi_lapangan', at: NOW, by: 'Siti', reason: expect.any(String) },
    ]);
    expect(proposal.note).not.toContain('IDDTKS');
    expect(proposal.period).toBe('Juni 2026');
  });
});
