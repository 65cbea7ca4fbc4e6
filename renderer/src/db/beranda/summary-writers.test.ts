import { describe, expect, it } from 'vitest';
import { SUMMARY_ID } from '@shared/domain/beranda/summary';
import { generateDemoData } from '@shared/demo/demo-data';
import { generateDemoWorkflow } from '@shared/demo/demo-workflow';
import { defaultProposalChoice } from '@shared/domain/impor/families';
import { createBackup, readBackup, restoreBackup } from '../cadangan/backup';
import { nodeBlobFactory, seedEverything, wipe } from '../testing/backup-fixtures';
import type { DtksDatabase } from '../core/database';
import { replaceWithDemoData } from '../pengaturan/demo-load';
import { commitImport } from '../impor/repository';
import { importRecords, seedSettings } from '../testing/import-fixtures';
import { undoImport } from '../impor/undo';
import { freshDatabase } from '../testing/helpers';
import { recomputeIn } from './summary-source';
import { getAllKeysEach, sweptHolders } from './summary-middleware';
import type { DupWanted } from './summary-middleware';

/** The app's own bulk writers leave the summary equal to a recount. */

/** A name of letters only for a number (names lose their digits when keyed). */
const lettered = (n: number) =>
  [...String(n)].map((digit) => 'abcdefghij'.charAt(Number(digit))).join('');

/** The first import's people are named "Warga <letters of i>", mothers "Ibu <letters of i>". */
const withLetteredNames = (records: ReturnType<typeof importRecords>, from = 0) =>
  records.map((record, i) => ({
    ...record,
    nama: `Warga ${lettered(from + i)}`,
    namaIbuKandung: `Ibu ${lettered(from + i)}`,
  }));

async function expectConsistent(db: DtksDatabase) {
  const { stored, fresh } = await db.transaction(
    'r',
    [db.people, db.families, db.aid, db.proposals, db.assessments, db.berandaSummary],
    async (tx) => ({
      stored: await db.berandaSummary.get(SUMMARY_ID),
      fresh: await recomputeIn(tx.idbtrans),
    }),
  );
  expect(stored).toEqual(fresh);
  return fresh;
}

describe('the summary after the bulk writers', () => {
  it('demo data: counted once at the end of the load', async () => {
    const db = freshDatabase();
    const data = generateDemoData({ seed: 5, people: 600, kodeWilayah: '6271011001' });
    const workflow = generateDemoWorkflow({
      seed: 5,
      ...data,
      period: 'November 2026',
      timestamp: '2026-11-27T00:00:00.000Z',
    });
    await replaceWithDemoData(
      db,
      { ...data, ...workflow },
      { settings: [], officials: [] },
      { actor: 'Siti', seed: 5 },
    );
    const fresh = await expectConsistent(db);
    expect(fresh.people).toBe(600);
    expect(fresh.families).toBe(data.families.length);
    db.close();
  });

  it('an import and its undo, through the middleware', async () => {
    const db = freshDatabase();
    await seedSettings(db);
    const first = await commitImport(db, {
      records: importRecords(10, 4),
      fileName: 'rt-01.xlsx',
      proposals: defaultProposalChoice('prelist'),
      now: new Date(2026, 10, 5, 9, 0),
    });
    const afterImport = await expectConsistent(db);
    expect(afterImport.people).toBe(10);
    await undoImport(db, first.importId, new Date(2026, 10, 6, 9, 0));
    const afterUndo = await expectConsistent(db);
    expect(afterUndo.people).toBe(0);
    db.close();
  });

  it('an import onto registered families, people and look-alikes (the summary applied at its end)', async () => {
    const db = freshDatabase();
    await seedSettings(db);
    const first = importRecords(10, 4);
    await commitImport(db, {
      records: first,
      fileName: 'rt-01.xlsx',
      proposals: defaultProposalChoice('prelist'),
      now: new Date(2026, 10, 5, 9, 0),
    });
    // Family 3 (rows 9 and 10 of the first file) comes back with a new ID DTKS, its two
    // people already registered, two new members named like people of families 1 and 2
    // (same birth date: duplicate groups with stored people), and a new family 4.
    const second = importRecords(8, 4, 3).map((record, i) => {
      const registered = first[8 + i];
      if (i < 2 && registered) return { ...record, nik: registered.nik, existing: true };
      const renamed = i < 4 ? { nama: `Warga ${i - 1}`, namaIbuKandung: `Ibu ${i - 1}` } : {};
      return { ...record, ...renamed, nik: `62710112039${String(9000 + i)}` };
    });
    const kept = second[0];
    if (kept) second[0] = { ...kept, idDtks: 'ID3-baru' };
    const result = await commitImport(db, {
      records: second,
      fileName: 'rt-01-susulan.xlsx',
      proposals: defaultProposalChoice('prelist'),
      now: new Date(2026, 10, 6, 9, 0),
    });
    expect(result).toMatchObject({ peopleCreated: 6, peopleSkipped: 2, familiesCreated: 1 });
    const fresh = await expectConsistent(db);
    expect(fresh.people).toBe(16);
    expect(Object.keys(fresh.dupGroups).length).toBeGreaterThan(0);
    db.close();
  });

  it('an import large for its registry: the name keys taken from the rows, not looked up one by one', async () => {
    const db = freshDatabase();
    await seedSettings(db);
    await commitImport(db, {
      records: withLetteredNames(importRecords(400, 4)),
      fileName: 'rt-01.xlsx',
      proposals: null,
      now: new Date(2026, 10, 5, 9, 0),
    });
    // 600 new people (1,200 name keys against 1,000 people after the write: read from the
    // rows). Every fifth is named like a registered person (same birth date: a group with a
    // stored person), every seventh shares a mother with a registered one, and the new
    // people pair up among themselves too.
    const second = withLetteredNames(importRecords(600, 4, 101), 1000).map((record, i) => ({
      ...record,
      nik: `627101120391${String(i + 1).padStart(4, '0')}`,
      ...(i % 5 === 0
        ? { nama: `Warga ${lettered(i % 400)}` }
        : i % 3 === 0
          ? { nama: `Warga ${lettered(1000 + i - 1)}` }
          : {}),
      ...(i % 7 === 0 ? { namaIbuKandung: `Ibu ${lettered((i + 2) % 400)}` } : {}),
    }));
    const result = await commitImport(db, {
      records: second,
      fileName: 'rt-02.xlsx',
      proposals: null,
      now: new Date(2026, 10, 6, 9, 0),
    });
    expect(result.peopleCreated).toBe(600);
    const fresh = await expectConsistent(db);
    expect(fresh.people).toBe(1000);
    const groups = Object.keys(fresh.dupGroups);
    expect(groups.filter((key) => key.startsWith('n:')).length).toBeGreaterThan(100);
    expect(groups.filter((key) => key.startsWith('m:')).length).toBeGreaterThan(50);
    db.close();
  });

  it('the rows read once give every name key the ids its index lists, in its order', async () => {
    const db = freshDatabase();
    await seedSettings(db);
    await commitImport(db, {
      records: importRecords(40, 4).map((record, i) => ({
        ...record,
        nama: `Warga ${i % 6}`,
        namaIbuKandung: i % 2 === 0 ? 'Ibu Sama' : `Ibu ${i}`,
      })),
      fileName: 'rt-01.xlsx',
      proposals: null,
    });
    // A row without keys, and one whose key is no string, as an old or damaged row may be.
    await db.transaction('rw', db.people, async (tx) => {
      const store = tx.idbtrans.objectStore('people');
      const [row] = await db.people.limit(1).toArray();
      if (!row) throw new Error('no row');
      store.put({
        ...row,
        id: 'tanpa-kunci',
        nikKey: 'x1',
        dupNameKey: undefined,
        dupMotherKey: 7,
      });
    });
    const people = await db.people.toArray();
    const wanted: DupWanted[] = [
      ...new Set(people.flatMap((row) => [`n\t${row.dupNameKey}`, `m\t${row.dupMotherKey}`])),
    ].map((entry) => {
      const [kind, key] = entry.split('\t') as ['n' | 'm', string];
      return { kind, key };
    });
    wanted.push(
      { kind: 'n', key: 'tidak ada|1990-01-01' },
      { kind: 'k', key: people[0]?.nik ?? '' },
    );
    const [looked, swept] = await db.transaction('r', db.people, (tx) =>
      Promise.all([
        getAllKeysEach(tx.idbtrans.objectStore('people'), wanted),
        sweptHolders(tx.idbtrans, wanted),
      ]),
    );
    expect(swept.slice(0, -1)).toEqual(looked.slice(0, -1));
    expect(swept.at(-1)).toBeNull();
    expect(looked.some((ids) => (ids?.length ?? 0) > 5)).toBe(true);
    db.close();
  });

  it('restore from a backup: counted again after the rows are in', async () => {
    const db = freshDatabase();
    await seedEverything(db, 60);
    const before = await expectConsistent(db);
    const { bytes } = await createBackup(
      db,
      { passphrase: 'kunci cadangan kelurahan pahandut', iterations: 1_000 },
      { kind: 'real', appVersion: '0.1.0-uji' },
    );
    await wipe(db);
    expect((await expectConsistent(db)).people).toBe(0);
    const parsed = await readBackup(bytes, 'kunci cadangan kelurahan pahandut', {
      minIterations: 1_000,
      makeBlob: await nodeBlobFactory(),
    });
    await restoreBackup(db, parsed, { kind: 'real' });
    expect(await expectConsistent(db)).toEqual(before);
    db.close();
  });
});
