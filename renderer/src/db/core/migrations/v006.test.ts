import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { upgradeFrom } from '../../testing/helpers';

const family = (id: string, noKk: string) => ({
  id,
  noKk,
  alamat: 'Jl. Murjani',
  rt: '001',
  rw: '002',
  kodeWilayah: '6271011001',
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-01T00:00:00.000Z',
});

const person = (id: string, familyId: string, nik: string, desil?: number) => ({
  id,
  familyId,
  nik,
  nama: `Warga ${nik.slice(-4)}`,
  tempatLahir: 'Palangka Raya',
  tanggalLahir: '1990-07-05',
  jenisKelamin: 'P',
  shdk: 1,
  pekerjaan: 'Pedagang',
  namaIbuKandung: 'Ibu',
  statusKeberadaan: 'ada',
  searchTokens: ['warga'],
  dupNameKey: '',
  dupMotherKey: '',
  ...(desil !== undefined && {
    desil: { value: desil, source: 'Data demo', date: '2026-10-01' },
  }),
});

describe('version 6: the decile moves to the family, indexed; signed scans get a table', () => {
  it('moves each person-held decile to their family and counts families per decile by index', async () => {
    const [ranked, unranked, keeps] = [newId(), newId(), newId()];
    const [head, child, other, own] = [newId(), newId(), newId(), newId()];
    const db = await upgradeFrom(4, async (old) => {
      await old
        .table('families')
        .bulkAdd([
          family(ranked, '6271010101100001'),
          family(unranked, '6271010101100002'),
          { ...family(keeps, '6271010101100003'), desil: { value: 4, source: 'x', date: 'y' } },
        ]);
      await old.table('people').bulkAdd([
        person(head, ranked, '6271014507900001', 2),
        person(child, ranked, '6271014507900002', 2),
        person(other, unranked, '6271014507900003'),
        // A family that already had its own decile keeps it.
        person(own, keeps, '6271014507900004', 9),
      ]);
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);

    expect((await db.families.get(ranked))?.desil).toEqual({
      value: 2,
      source: 'Data demo',
      date: '2026-10-01',
    });
    expect(await db.families.get(unranked)).not.toHaveProperty('desil');
    expect((await db.families.get(keeps))?.desil?.value).toBe(4);
    for (const id of [head, child, other, own]) {
      expect(await db.people.get(id)).not.toHaveProperty('desil');
    }
    expect((await db.people.get(head))?.nama).toBe('Warga 0001');
    // The sparse index lists ranked families only.
    expect(await db.families.where('desil.value').equals(2).primaryKeys()).toEqual([ranked]);
    expect(await db.families.orderBy('desil.value').keys()).toEqual([2, 4]);
    expect(await db.families.count()).toBe(3);
    db.close();
  });

  it('opens with an empty signed-scan table indexed by meeting', async () => {
    const db = await upgradeFrom(4, async () => {});
    expect(await db.signedScans.count()).toBe(0);
    expect(db.signedScans.schema.indexes.map((index) => index.name)).toEqual(['meetingId']);
    db.close();
  });
});
