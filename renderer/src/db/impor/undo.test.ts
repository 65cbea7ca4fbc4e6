import { describe, expect, it } from 'vitest';
import { CRITERIA_SETS } from '@shared/domain/usulan/criteria';
import { defaultProposalChoice } from '@shared/domain/impor/families';
import type { ImportRecord } from '@shared/domain/impor/validate-rows';
import { newId } from '@shared/domain/core/ids';
import { saveAssessment } from '../usulan/assessment-repository';
import { listAudit } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import { listImportRuns } from './history';
import { commitImport } from './repository';
import { importRecords, seedSettings } from '../testing/import-fixtures';
import { ImportUndoError, planImportUndo, undoImport } from './undo';
import { freshDatabase } from '../testing/helpers';

const NOW = new Date(2026, 10, 5, 9, 0);
const LATER = new Date(2026, 10, 6, 9, 0);

async function seeded(): Promise<DtksDatabase> {
  const db = freshDatabase();
  await seedSettings(db);
  return db;
}

async function snapshot(db: DtksDatabase) {
  const [families, people, proposals, assessments] = await Promise.all([
    db.families.orderBy('id').primaryKeys(),
    db.people.orderBy('id').primaryKeys(),
    db.proposals.orderBy('id').primaryKeys(),
    db.assessments.count(),
  ]);
  return { families, people, proposals, assessments };
}

/** Same families, other people: NIK serials moved up by `shift`. */
function otherPeople(records: ImportRecord[], shift: number): ImportRecord[] {
  return records.map((record) => ({
    ...record,
    nik: `${record.nik.slice(0, 12)}${String(Number(record.nik.slice(12)) + shift).padStart(4, '0')}`,
  }));
}

async function importFile(db: DtksDatabase, records: ImportRecord[], fileName: string) {
  return commitImport(db, {
    records,
    fileName,
    proposals: defaultProposalChoice('prelist'),
    now: NOW,
  });
}

describe('undoImport', () => {
  it('removes everything the import created in one go, logs it and leaves the registry as before', async () => {
    const db = await seeded();
    await importFile(db, importRecords(8, 4), 'rt-01.xlsx');
    const before = await snapshot(db);

    const second = await importFile(db, otherPeople(importRecords(12, 4, 10), 200), 'rt-02.xlsx');
    expect(second.peopleCreated).toBe(12);
    const proposalId = (await db.proposals.where('importId').equals(second.importId).first())?.id;
    await saveAssessment(
      db,
      {
        proposalId: proposalId ?? '',
        criteriaSetId: CRITERIA_SETS[0]?.id ?? '',
        answers: {},
        officer: 'Rudi',
        date: '2026-11-05',
        note: '',
      },
      {},
      NOW,
    );

    const plan = await planImportUndo(db, second.importId);
    expect(plan).toMatchObject({
      families: 3,
      people: 12,
      proposals: 3,
      assessments: 1,
      blockers: [],
    });

    await undoImport(db, second.importId, LATER);
    expect(await snapshot(db)).toEqual(before);

    const [entry] = await listAudit(db);
    expect(entry).toMatchObject({
      action: 'delete',
      entity: 'impor data',
      entityId: second.importId,
    });
    expect(entry?.summary).toContain('rt-02.xlsx');
    expect(entry?.summary).toContain('12 warga, 3 keluarga dan 3 usulan');
    const runs = await listImportRuns(db);
    expect(runs.map((run) => run.fileName)).toEqual(['rt-02.xlsx', 'rt-01.xlsx']);
    expect(runs[0]?.undone).toMatchObject({ at: LATER.toISOString(), auditId: entry?.id });
    expect(runs[1]?.undone).toBeUndefined();

    await expect(undoImport(db, second.importId)).rejects.toThrow('sudah dibatalkan');
  });

  it('keeps the families an import only added people to', async () => {
    const db = await seeded();
    const first = await importFile(db, importRecords(8, 4), 'keluarga.xlsx');
    const before = await snapshot(db);
    // Same two families, four new members each: the families are reused, not created.
    const added = await importFile(db, otherPeople(importRecords(8, 4), 100), 'tambahan.xlsx');
    expect(added).toMatchObject({ familiesCreated: 0, familiesReused: 2, peopleCreated: 8 });
    await undoImport(db, added.importId, LATER);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.families.where('importId').equals(first.importId).count()).toBe(2);
  });

  it('puts back the ID DTKS, prelist fingerprint and desil it wrote onto registered families', async () => {
    const db = await seeded();
    // Family 1 registered with an ID and a decile; family 2 with neither (and no fingerprint).
    const registered = importRecords(8, 4).map((record) => ({
      ...record,
      idDtks: record.noKk.endsWith('0001') && record.shdk === 1 ? 'ID-LAMA' : '',
      ...(record.noKk.endsWith('0001') ? { desil: 3 } : {}),
    }));
    await commitImport(db, {
      records: registered,
      fileName: 'awal.xlsx',
      proposals: null,
      now: NOW,
    });
    const before = await db.families.orderBy('id').toArray();
    expect(before.map((family) => family.idDtks)).toContain('ID-LAMA');
    expect(before.every((family) => family.prelistFingerprint === undefined)).toBe(true);

    const relisted = importRecords(8, 4).map((record) => ({
      ...record,
      idDtks: record.shdk === 1 ? `ID-BARU-${record.noKk.slice(-1)}` : '',
      desil: record.noKk.endsWith('0001') ? 5 : 2,
    }));
    const prelist = await commitImport(db, {
      records: relisted,
      fileName: 'prelist.xlsx',
      proposals: defaultProposalChoice('prelist'),
      now: LATER,
    });
    const changed = await db.families.orderBy('id').toArray();
    expect(changed.map((family) => family.desil?.value).sort()).toEqual([2, 5]);
    expect(changed.every((family) => family.idDtks?.startsWith('ID-BARU'))).toBe(true);
    expect(changed.every((family) => family.prelistFingerprint !== undefined)).toBe(true);
    const run = (await listImportRuns(db)).find((r) => r.id === prelist.importId);
    expect(run?.listedFamilies?.map((change) => change.familyId).sort()).toEqual(
      before.map((family) => family.id).sort(),
    );
    expect(await planImportUndo(db, prelist.importId)).toMatchObject({ familiesRestored: 2 });

    await undoImport(db, prelist.importId, LATER);
    expect(await db.families.orderBy('id').toArray()).toEqual(before);
    const [entry] = await listAudit(db);
    expect(entry?.summary).toContain('ID DTKS/desil 2 keluarga yang sudah terdaftar dikembalikan');
  });

  it('keeps a listed field the office changed after the import when undoing it', async () => {
    const db = await seeded();
    await commitImport(db, {
      records: importRecords(4, 4),
      fileName: 'awal.xlsx',
      proposals: null,
      now: NOW,
    });
    const relisted = importRecords(4, 4).map((record) => ({
      ...record,
      idDtks: record.shdk === 1 ? 'ID-PRELIST' : '',
      desil: 4,
    }));
    const prelist = await commitImport(db, {
      records: relisted,
      fileName: 'prelist.xlsx',
      proposals: null,
      now: LATER,
    });
    const [family] = await db.families.toArray();
    await db.families.update(family?.id ?? '', { idDtks: 'ID-KETIK', updatedAt: 'x' });
    await undoImport(db, prelist.importId, LATER);
    const after = await db.families.get(family?.id ?? '');
    expect(after?.idDtks).toBe('ID-KETIK');
    expect(after?.desil).toBeUndefined();
    expect(after?.updatedAt).toBe(LATER.toISOString());
  });

  it('is refused once a locked meeting decided on it, and removes nothing', async () => {
    const db = await seeded();
    const run = await importFile(db, importRecords(8, 4), 'prelist.xlsx');
    const proposal = await db.proposals.where('importId').equals(run.importId).first();
    const meetingId = newId();
    await db.meetings.add({ id: meetingId, status: 'terkunci', number: 'BA/001/2026' } as never);
    await db.decisions.add({ id: newId(), meetingId, proposalId: proposal?.id ?? '' } as never);
    const before = await snapshot(db);

    const plan = await planImportUndo(db, run.importId);
    expect(plan?.blockers.join(' ')).toContain('musyawarah yang dikunci (BA/001/2026)');
    await expect(undoImport(db, run.importId)).rejects.toBeInstanceOf(ImportUndoError);
    expect(await snapshot(db)).toEqual(before);
    expect((await listImportRuns(db))[0]?.undone).toBeUndefined();
  });

  it('takes decisions of a meeting still open with it', async () => {
    const db = await seeded();
    const run = await importFile(db, importRecords(4, 4), 'prelist.xlsx');
    const proposal = await db.proposals.where('importId').equals(run.importId).first();
    const meetingId = newId();
    await db.meetings.add({ id: meetingId, status: 'berlangsung', number: 'BA/002/2026' } as never);
    await db.decisions.add({ id: newId(), meetingId, proposalId: proposal?.id ?? '' } as never);
    expect((await planImportUndo(db, run.importId))?.decisions).toBe(1);
    await undoImport(db, run.importId);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.meetings.count()).toBe(1);
  });

  it('is refused when a letter was issued to one of its people, or a member was added by hand', async () => {
    const db = await seeded();
    const run = await importFile(db, importRecords(8, 4), 'prelist.xlsx');
    const person = await db.people.where('importId').equals(run.importId).first();
    await db.letters.add({ id: newId(), personId: person?.id ?? '' } as never);
    const typed = { ...person, id: newId(), nik: '6271011203909999', importId: undefined };
    await db.people.add(typed as never);

    const blockers = (await planImportUndo(db, run.importId))?.blockers.join(' ') ?? '';
    expect(blockers).toContain('1 surat sudah terbit');
    expect(blockers).toContain('1 warga yang dicatat sesudah impor');
    await expect(undoImport(db, run.importId)).rejects.toThrow('surat sudah terbit');
    expect(await db.people.where('importId').equals(run.importId).count()).toBe(8);
  });
});
