import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProposalChoice } from '@shared/domain/impor/families';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import { listAudit } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import {
  commitImport,
  findRememberedLayout,
  logReportExport,
  registrySnapshot,
  rememberLayout,
} from './repository';
import { importRecords, KODE_WILAYAH, seedSettings } from '../testing/import-fixtures';
import { freshDatabase } from '../testing/helpers';
import { familyListFactsDifferences } from '../warga/family-list-facts';

const NOW = new Date(2026, 10, 5, 9, 0);

async function counts(db: DtksDatabase) {
  const [families, people, proposals, audit] = await Promise.all([
    db.families.count(),
    db.people.count(),
    db.proposals.count(),
    db.audit
      .where('entity')
      .equals('impor data')
      .count()
      .catch(() => 0),
  ]);
  const imports = (await db.audit.toArray()).filter((entry) => entry.action === 'import').length;
  return { families, people, proposals, audit: Math.max(audit, imports) };
}

/** Each family's head name and member count (schema v11) as a count from scratch gives. */
async function expectListFacts(db: DtksDatabase) {
  const wrong = await db.transaction('r', db.families, db.people, (tx) =>
    familyListFactsDifferences(tx),
  );
  expect(wrong).toEqual([]);
  const counted = (await db.families.toArray()).reduce((n, f) => n + (f.memberCount ?? 0), 0);
  expect(counted).toBe(await db.people.count());
}

async function seeded(): Promise<DtksDatabase> {
  const db = freshDatabase();
  await seedSettings(db);
  return db;
}

describe('commitImport', () => {
  it('writes families, people, one proposal per family and one audit entry', async () => {
    const db = await seeded();
    const result = await commitImport(db, {
      records: importRecords(10, 4),
      fileName: 'prelist.xlsx',
      proposals: defaultProposalChoice('prelist'),
      now: NOW,
    });
    expect(result).toMatchObject({
      familiesCreated: 3,
      familiesReused: 0,
      peopleCreated: 10,
      peopleSkipped: 0,
      proposalsCreated: 3,
    });
    expect(await counts(db)).toEqual({ families: 3, people: 10, proposals: 3, audit: 1 });
    await expectListFacts(db);

    const family = await db.families.where('noKkKey').equals('6271010101100001').first();
    expect(family).toMatchObject({ kodeWilayah: KODE_WILAYAH, rt: '001', rw: '002' });
    const head = await db.people.where('nikKey').equals('6271011203900001').first();
    expect(head).toMatchObject({ familyId: family?.id, shdk: 1, dupNameKey: 'warga|1990-03-12' });
    expect(head?.fieldsToComplete).toEqual(['statusKawin', 'agama', 'pendidikan', 'pekerjaan']);
    expect(head?.agama).toBeUndefined();
    expect(head?.statusKawin).toBeUndefined();

    const [proposal] = await db.proposals
      .where('familyId')
      .equals(family?.id ?? '')
      .toArray();
    expect(proposal).toMatchObject({
      personId: head?.id,
      source: 'prelist',
      kind: 'perbaikan',
      status: 'verifikasi_lapangan',
      period: 'November 2026',
    });
    expect(proposal?.note).not.toContain('IDDTKS');
    // Issue 14.3: the ID DTKS is a field of the family, with the family as the prelist listed it.
    expect(family?.idDtks).toBe('ID1');
    expect(family?.prelistFingerprint).toMatch(/^[0-9a-f]{64}$/);

    const [entry] = await listAudit(db, 1);
    expect(entry).toMatchObject({ action: 'import', actor: 'Siti Operator' });
    expect(entry?.summary).toContain('prelist.xlsx');
    expect(entry?.summary).toContain('10 warga baru');
  });

  it('reuses a family by No. KK, skips people already in it, and does not repeat a proposal', async () => {
    const db = await seeded();
    const choice = defaultProposalChoice('rt_rw');
    await commitImport(db, {
      records: importRecords(4),
      fileName: 'a.csv',
      proposals: choice,
      now: NOW,
    });
    const again = importRecords(6).map((record) => ({ ...record, existing: record.row <= 5 }));
    const result = await commitImport(db, {
      records: again,
      fileName: 'b.csv',
      proposals: choice,
      now: NOW,
    });
    expect(result).toMatchObject({
      familiesCreated: 1,
      familiesReused: 1,
      peopleCreated: 2,
      peopleSkipped: 4,
      proposalsCreated: 1,
      proposalsSkipped: 1,
    });
    expect(await db.people.count()).toBe(6);
    expect(await db.proposals.where('status').equals('draf').count()).toBe(2);
  });

  it('ends as a full re-read would when people and a family were registered after the check', async () => {
    const db = await seeded();
    const choice = defaultProposalChoice('rt_rw');
    await commitImport(db, { records: importRecords(4), fileName: 'a.csv', proposals: choice });
    // Checked before a.csv was written: nobody registered, no family known.
    const result = await commitImport(db, {
      records: importRecords(6),
      fileName: 'b.csv',
      proposals: choice,
      registeredKks: new Set(),
    });
    expect(result).toMatchObject({
      familiesCreated: 1,
      familiesReused: 1,
      peopleCreated: 2,
      peopleSkipped: 4,
      proposalsCreated: 1,
      proposalsSkipped: 1,
    });
    expect(await counts(db)).toEqual({ families: 2, people: 6, proposals: 2, audit: 2 });
    await expectListFacts(db);
  });

  it('reads back only the families the check found when told which', async () => {
    const db = await seeded();
    await commitImport(db, { records: importRecords(4), fileName: 'a.csv', proposals: null });
    const again = importRecords(6).map((record) => ({ ...record, existing: record.row <= 5 }));
    const result = await commitImport(db, {
      records: again,
      fileName: 'b.csv',
      proposals: null,
      registeredKks: new Set(['6271010101100001']),
    });
    expect(result).toMatchObject({ familiesCreated: 1, familiesReused: 1, peopleCreated: 2 });
    expect(await db.people.count()).toBe(6);
    await expectListFacts(db);
  });

  it("keeps a registered family's head name and member count when the import adds members to it", async () => {
    const db = await seeded();
    await commitImport(db, { records: importRecords(2), fileName: 'a.csv', proposals: null });
    const family = await db.families.where('noKkKey').equals('6271010101100001').first();
    expect(family).toMatchObject({ headName: 'Warga 1', memberCount: 2 });
    const again = importRecords(5).map((record) => ({ ...record, existing: record.row <= 3 }));
    const result = await commitImport(db, {
      records: again,
      fileName: 'b.csv',
      proposals: null,
    });
    expect(result).toMatchObject({ familiesCreated: 1, familiesReused: 1, peopleCreated: 3 });
    expect(await db.families.get(family?.id ?? '')).toMatchObject({
      headName: 'Warga 1',
      memberCount: 4,
    });
    await expectListFacts(db);
  });

  it('writes no proposals when the user chose none', async () => {
    const db = await seeded();
    await commitImport(db, { records: importRecords(3), fileName: 'x.xlsx', proposals: null });
    expect(await db.proposals.count()).toBe(0);
    expect(await db.people.count()).toBe(3);
  });

  it('aborts everything when a NIK moved to another family since the check', async () => {
    const db = await seeded();
    await commitImport(db, { records: importRecords(2), fileName: 'a.xlsx', proposals: null });
    const before = await counts(db);
    const moved = importRecords(4, 2, 50).map((record, index) =>
      index === 3 ? { ...record, nik: '6271011203900002' } : record,
    );
    await expect(
      commitImport(db, { records: moved, fileName: 'b.xlsx', proposals: null }),
    ).rejects.toThrow('sudah terdaftar di keluarga lain');
    expect(await counts(db)).toEqual(before);
  });

  it('leaves nothing written when the last chunk fails on a constraint', async () => {
    const db = await seeded();
    const records = importRecords(25, 5);
    // Two rows with one NIK get past the in-transaction lookup (neither is registered)
    // and only the unique index catches them, in the last chunk of people.
    records[24] = { ...records[24]!, nik: records[0]!.nik };
    const progress: number[] = [];
    await expect(
      commitImport(
        db,
        {
          records,
          fileName: 'rusak.xlsx',
          proposals: defaultProposalChoice('prelist'),
          chunkSize: 4,
        },
        (done) => progress.push(done),
      ),
    ).rejects.toMatchObject({ name: expect.stringMatching(/ConstraintError|BulkError/) });
    expect(progress.length).toBeGreaterThan(3);
    expect(await counts(db)).toEqual({ families: 0, people: 0, proposals: 0, audit: 0 });
  });

  it('leaves nothing written when an early chunk fails while later ones are queued', async () => {
    const db = await seeded();
    const records = importRecords(40, 4);
    // The first chunk of people fails; the chunks written after it were already sent.
    records[1] = { ...records[1]!, nik: records[0]!.nik };
    await expect(
      commitImport(db, { records, fileName: 'awal.xlsx', proposals: null, chunkSize: 3 }),
    ).rejects.toMatchObject({ name: expect.stringMatching(/ConstraintError|BulkError/) });
    expect(await counts(db)).toEqual({ families: 0, people: 0, proposals: 0, audit: 0 });
  });

  it('reports progress per kind of row, each total fixed from the start', async () => {
    const db = await seeded();
    const records = importRecords(23, 4);
    const progress: [number, number, string][] = [];
    const result = await commitImport(
      db,
      { records, fileName: 'c.xlsx', proposals: defaultProposalChoice('prelist'), chunkSize: 5 },
      (done, total, unit) => progress.push([done, total, unit]),
    );
    // In the clerk's units, one stage after the other, each total fixed from the start.
    const units = [...new Set(progress.map(([, , unit]) => unit))];
    expect(units).toEqual(['keluarga', 'warga', 'usulan']);
    const expected: Record<string, number> = {
      keluarga: result.familiesCreated,
      warga: result.peopleCreated,
      usulan: result.proposalsCreated,
    };
    for (const unit of units) {
      const steps = progress.filter(([, , u]) => u === unit);
      expect(new Set(steps.map(([, total]) => total))).toEqual(new Set([expected[unit]]));
      const done = steps.map(([value]) => value);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(done.at(-1)).toBe(expected[unit]);
    }
    expect(progress.filter(([, , unit]) => unit === 'warga').length).toBeGreaterThan(3);
    expect(await db.people.count()).toBe(23);
  });

  it('never writes part of an import (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 5 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (count, size, spoil) => {
          const db = await seeded();
          await db.people.add(
            toPersonRow({
              id: 'lama',
              familyId: 'lain',
              nik: '6271014101010001',
              nama: 'Warga Lama',
              tempatLahir: '',
              tanggalLahir: '2001-01-01',
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
            }),
          );
          const records = importRecords(count, size);
          if (spoil !== undefined) {
            const at = spoil % count;
            records[at] = {
              ...records[at]!,
              nik: spoil % 2 ? '6271014101010001' : records[0]!.nik,
            };
          }
          const before = await counts(db);
          const outcome = await commitImport(db, {
            records,
            fileName: 'acak.xlsx',
            proposals: defaultProposalChoice('rt_rw'),
            chunkSize: 3,
          }).then(
            () => 'written',
            () => 'refused',
          );
          const after = await counts(db);
          if (outcome === 'refused') expect(after).toEqual(before);
          else {
            expect(after.people - before.people).toBe(count);
            expect(after.audit - before.audit).toBe(1);
          }
          db.close();
        },
      ),
      { numRuns: 25 },
    );
    // A refused write is tried twice (the trusted re-read, then the full one): more work
    // per spoiled run than vitest's default 5 s allows on a loaded machine.
  }, 30_000);
});

describe('registrySnapshot', () => {
  it('tells which family holds a NIK and whether a KK has its head', async () => {
    const db = await seeded();
    await commitImport(db, { records: importRecords(3), fileName: 'a.xlsx', proposals: null });
    const snapshot = await registrySnapshot(db, {
      niks: ['6271011203900002', '6271011203909999'],
      kks: ['6271010101100001', '6271010101109999'],
    });
    expect([...snapshot.familyKkByNik]).toEqual([['6271011203900002', '6271010101100001']]);
    expect([...snapshot.familyHasHead]).toEqual([['6271010101100001', true]]);
  });

  it('reports the lookup moving, in NIK and No. KK, for a long file', async () => {
    const db = await seeded();
    const niks = Array.from(
      { length: 4_500 },
      (_, i) => `627101120390${String(i).padStart(4, '0')}`,
    );
    const steps: [number, number][] = [];
    await registrySnapshot(db, { niks, kks: ['6271010101100001'] }, (done, total) =>
      steps.push([done, total]),
    );
    expect(steps.map(([done]) => done)).toEqual([0, 2_000, 4_000, 4_500, 4_501]);
    expect(new Set(steps.map(([, total]) => total))).toEqual(new Set([4_501]));
  });
});

describe('layouts and report export', () => {
  it('remembers a mapping per signature and overwrites it in place', async () => {
    const db = await seeded();
    const first = await rememberLayout(db, {
      signature: 'a|b',
      name: 'Usulan RW 03',
      mapping: { nik: 'a' },
    });
    const second = await rememberLayout(db, {
      signature: 'a|b',
      name: 'Usulan RW 03',
      mapping: { nik: 'b' },
    });
    expect(second.id).toBe(first.id);
    expect((await findRememberedLayout(db, 'a|b'))?.mapping).toEqual({ nik: 'b' });
    expect(await db.importLayouts.count()).toBe(1);
    const [entry] = await listAudit(db, 1);
    expect(entry).toMatchObject({ action: 'settings', entity: 'tata letak impor' });
  });

  it('logs saving the report as an export', async () => {
    const db = await seeded();
    await logReportExport(db, { fileName: 'a.xlsx', reportName: 'laporan.xlsx', badRows: 4 });
    const [entry] = await listAudit(db, 1);
    expect(entry).toMatchObject({ action: 'export', entity: 'laporan impor' });
  });
});

describe('commitImport: desil from the list', () => {
  it('stores the decile on the family with its source and date, and replaces it from a newer list', async () => {
    const db = await seeded();
    const first = importRecords(8, 4).map((record) => ({
      ...record,
      ...(record.noKk.endsWith('0001') && { desil: 2 }),
    }));
    const result = await commitImport(db, {
      records: first,
      fileName: 'prelist-okt.xlsx',
      proposals: defaultProposalChoice('prelist'),
      now: NOW,
    });
    expect(result.desilSet).toBe(1);
    const ranked = await db.families.where('noKkKey').equals('6271010101100001').first();
    expect(ranked?.desil).toMatchObject({ value: 2, date: '2026-11-05' });
    expect(ranked?.desil?.source).toMatch(/^prelist prelist-okt\.xlsx, periode /);
    const unranked = await db.families.where('noKkKey').equals('6271010101100002').first();
    expect(unranked).not.toHaveProperty('desil');
    expect(await db.families.where('desil.value').equals(2).count()).toBe(1);
    const [entry] = await listAudit(db, 1);
    expect(entry?.summary).toContain('desil 1 keluarga diisi dari berkas');

    // Next month's list ranks both families; people already registered stay as they are.
    const later = new Date(2026, 11, 3, 9, 0);
    const second = importRecords(8, 4).map((record) => ({
      ...record,
      desil: record.noKk.endsWith('0001') ? 3 : 1,
    }));
    const again = await commitImport(db, {
      records: second,
      fileName: 'prelist-des.xlsx',
      proposals: null,
      now: later,
    });
    expect(again).toMatchObject({ desilSet: 2, peopleCreated: 0, familiesCreated: 0 });
    const moved = await db.families.where('noKkKey').equals('6271010101100001').first();
    expect(moved?.desil).toMatchObject({ value: 3, date: '2026-12-03' });
    expect(moved?.desil?.source).toMatch(/^impor prelist-des\.xlsx/);
    expect(await db.families.where('desil.value').equals(2).count()).toBe(0);
    expect(await db.families.orderBy('desil.value').keys()).toEqual([1, 3]);
  });
});
