import { describe, expect, it } from 'vitest';
import { SUMMARY_ID } from '@shared/domain/beranda/summary';
import { newId } from '@shared/domain/core/ids';
import { listAudit } from '../keamanan/audit-repository';
import { upgradeFrom, freshDatabase } from '../testing/helpers';
import { LATEST_SCHEMA_VERSION } from '../core/schema';
import { checkAndRepairSummary, readSummary } from './summary-repair';

const family = (id: string, rt: string) => ({
  id,
  noKk: `KK-${id}`,
  alamat: 'Jl. Uji',
  rw: '002',
  rt,
  kodeWilayah: '6271011001',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  desil: { value: 2, source: 'uji', date: '2026-01-01' },
});

const person = (id: string, familyId: string, status = 'ada') => ({
  id,
  familyId,
  nik: `NIK-${id}`,
  nama: 'Siti Aminah',
  namaIbuKandung: 'Ani',
  tanggalLahir: '1990-01-01',
  statusKeberadaan: status,
  searchTokens: ['siti'],
  dupNameKey: 'siti aminah|1990-01-01',
  dupMotherKey: `ibu ${id}|1990-01-01`,
});

describe('Periksa ulang angka', () => {
  it('says all is right, then repairs a summary that drifted and logs both checks', async () => {
    const db = freshDatabase();
    const f1 = newId();
    await db.families.add(family(f1, '001') as never);
    await db.people.bulkAdd([person(newId(), f1), person(newId(), f1, 'pindah')] as never[]);

    const right = await checkAndRepairSummary(db, 'Siti');
    expect(right.differences).toEqual([]);

    // A summary that drifted (a bug, an edit outside the app): the check puts it right.
    const stored = await db.berandaSummary.get(SUMMARY_ID);
    await db.berandaSummary.put({ ...stored!, people: 7, dupGroups: {} });
    expect((await readSummary(db)).people).toBe(7);
    const fixed = await checkAndRepairSummary(db, 'Siti');
    expect(fixed.differences).toContain('Warga terdaftar: tercatat 7, seharusnya 2');
    expect(fixed.differences).toContain('1 kelompok kemungkinan data ganda berbeda');
    expect(await readSummary(db)).toEqual(right.summary);

    const log = await listAudit(db);
    expect(log.map((entry) => entry.entity)).toEqual(['rekap beranda', 'rekap beranda']);
    expect(log[0]?.summary).toMatch(/diperbaiki: Warga terdaftar: tercatat 7, seharusnya 2/);
    expect(log[1]?.summary).toMatch(/semua benar \(1 keluarga, 2 warga\)/);
    db.close();
  });
});

describe('version 9: the Beranda summary', () => {
  it('is counted from the data already there when an older database opens', async () => {
    const f1 = newId();
    const f2 = newId();
    const db = await upgradeFrom(8, async (old) => {
      await old.table('families').bulkAdd([family(f1, '001'), family(f2, '003')]);
      await old
        .table('people')
        .bulkAdd([
          { ...person(newId(), f1), awayStatus: undefined },
          { ...person(newId(), f2, 'meninggal'), awayStatus: 'meninggal' },
          { ...person(newId(), f2) },
        ]);
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const summary = await db.berandaSummary.get(SUMMARY_ID);
    expect(summary).toMatchObject({
      families: 2,
      people: 3,
      away: 1,
      desil: { '2': 2 },
      rtRw: {
        '002/001': { rw: '002', rt: '001', families: 1, people: 1 },
        '002/003': { rw: '002', rt: '003', families: 1, people: 2 },
      },
    });
    expect(Object.values(summary?.dupGroups ?? {})).toHaveLength(1);
    db.close();
  });

  it('a new database starts without a summary and reads as empty', async () => {
    const db = freshDatabase();
    expect(await readSummary(db)).toMatchObject({ families: 0, people: 0, rtRw: {} });
    db.close();
  });
});
