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

/** The app's own bulk writers leave the summary equal to a recount. */

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
