import { Refusal } from '@shared/domain/core/refusal';
import type { Family, PersonRow, Proposal } from '@shared/domain/core/entities';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { getImportRun, markImportUndone } from './history';
import type { ImportRun } from './history';
import { currentActor } from '../pengaturan/repository';

/** Why an import cannot be undone (any more); Indonesian, shown as is. */
export class ImportUndoError extends Refusal {
  override name = 'ImportUndoError';
  constructor(message: string) {
    super(message, { kind: 'impor' });
  }
}

/** What undoing the import would remove, or why it cannot. */
export type ImportUndoPlan = {
  run: ImportRun;
  families: number;
  people: number;
  proposals: number;
  /** Made after the import on its proposals/people: removed with them. */
  assessments: number;
  photos: number;
  aid: number;
  /** Decisions already taken in a meeting not yet locked. */
  decisions: number;
  /** Families already registered whose ID DTKS, prelist fingerprint or desil it wrote: put back. */
  familiesRestored: number;
  /** Empty when the import can be undone. */
  blockers: string[];
};

type Found = {
  families: Family[];
  people: PersonRow[];
  proposals: Proposal[];
  assessmentIds: string[];
  photoIds: string[];
  aidIds: string[];
  decisionIds: string[];
  blockers: string[];
};

const number = new Intl.NumberFormat('id-ID');

async function gather(db: DtksDatabase, importId: string): Promise<Found> {
  const [families, people, proposals] = await Promise.all([
    db.families.where('importId').equals(importId).toArray(),
    db.people.where('importId').equals(importId).toArray(),
    db.proposals.where('importId').equals(importId).toArray(),
  ]);
  const familyIds = families.map((family) => family.id);
  const personIds = new Set(people.map((person) => person.id));
  const proposalIds = proposals.map((proposal) => proposal.id);
  const [assessmentIds, photoIds, decisions, letters, members, familyProposals, aid] =
    await Promise.all([
      db.assessments.where('proposalId').anyOf(proposalIds).primaryKeys(),
      db.photos.where('proposalId').anyOf(proposalIds).primaryKeys(),
      db.decisions.where('proposalId').anyOf(proposalIds).toArray(),
      db.letters
        .where('personId')
        .anyOf([...personIds])
        .toArray(),
      db.people.where('familyId').anyOf(familyIds).toArray(),
      db.proposals.where('familyId').anyOf(familyIds).toArray(),
      db.aid.where('familyId').anyOf(familyIds).toArray(),
    ]);
  const personAid = await db.aid
    .where('personId')
    .anyOf([...personIds])
    .toArray();

  const blockers: string[] = [];
  const meetings = await db.meetings.bulkGet([...new Set(decisions.map((d) => d.meetingId))]);
  const locked = meetings.filter((meeting) => meeting?.status === 'terkunci');
  const sent = proposals.filter((p) => p.status === 'diputuskan' || p.status === 'dikirim');
  if (locked.length > 0 || sent.length > 0) {
    const numbers = locked.map((meeting) => meeting?.number).filter(Boolean);
    blockers.push(
      `Sebagian usulan dari impor ini sudah diputuskan di musyawarah yang dikunci` +
        (numbers.length > 0 ? ` (${numbers.join(', ')})` : '') +
        '. Keputusan yang sudah dikunci tidak dapat dihapus.',
    );
  }
  if (letters.length > 0) {
    blockers.push(
      `${number.format(letters.length)} surat sudah terbit untuk warga dari impor ini; ` +
        'nomor surat tidak boleh kehilangan warganya.',
    );
  }
  const strangers = members.filter((person) => person.importId !== importId);
  if (strangers.length > 0) {
    blockers.push(
      `${number.format(strangers.length)} warga yang dicatat sesudah impor kini menjadi anggota ` +
        'keluarga dari impor ini. Pindahkan atau hapus mereka dulu.',
    );
  }
  const foreignProposals = [
    ...familyProposals,
    ...(await db.proposals
      .where('personId')
      .anyOf([...personIds])
      .toArray()),
  ].filter((proposal) => proposal.importId !== importId);
  if (foreignProposals.length > 0) {
    blockers.push(
      `${number.format(new Set(foreignProposals.map((p) => p.id)).size)} usulan yang dibuat ` +
        'sesudah impor menyangkut warga dari impor ini. Hapus usulan itu dulu.',
    );
  }
  const openDecisions = decisions.filter((d) =>
    meetings.some((m) => m?.id === d.meetingId && m.status !== 'terkunci'),
  );
  return {
    families,
    people,
    proposals,
    assessmentIds,
    photoIds,
    aidIds: [...new Set([...aid, ...personAid].map((row) => row.id))],
    decisionIds: openDecisions.map((d) => d.id),
    blockers,
  };
}

function toPlan(run: ImportRun, found: Found): ImportUndoPlan {
  const blockers = run.undone ? ['Impor ini sudah dibatalkan.'] : found.blockers;
  return {
    run,
    families: found.families.length,
    people: found.people.length,
    proposals: found.proposals.length,
    assessments: found.assessmentIds.length,
    photos: found.photoIds.length,
    aid: found.aidIds.length,
    decisions: found.decisionIds.length,
    familiesRestored: run.listedFamilies?.length ?? 0,
    blockers,
  };
}

/** For the confirmation: what would be removed, and whether it may be. Reads only. */
export async function planImportUndo(
  db: DtksDatabase,
  importId: string,
): Promise<ImportUndoPlan | null> {
  return db.transaction(
    'r',
    [
      db.settings,
      db.families,
      db.people,
      db.proposals,
      db.assessments,
      db.photos,
      db.decisions,
      db.meetings,
      db.letters,
      db.aid,
    ],
    async () => {
      const run = await getImportRun(db, importId);
      return run ? toPlan(run, await gather(db, importId)) : null;
    },
  );
}

const LISTED_KEYS = ['idDtks', 'prelistFingerprint', 'desil'] as const;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Puts back the ID DTKS, prelist fingerprint and desil the import wrote onto families
 * already registered (absent before: removed again). A field changed since by someone
 * else keeps that newer value; so does `updatedAt`, otherwise it returns to its own.
 */
async function restoreListedFamilies(db: DtksDatabase, run: ImportRun, now: Date): Promise<void> {
  const changes = run.listedFamilies ?? [];
  if (changes.length === 0) return;
  const current = await db.families.bulkGet(changes.map((change) => change.familyId));
  const restored: Family[] = [];
  changes.forEach((change, i) => {
    const family = current[i];
    if (!family) return;
    const next: Family = { ...family };
    let touched = false;
    for (const key of LISTED_KEYS) {
      if (!sameValue(family[key], change.after[key])) continue;
      if (sameValue(family[key], change.before[key])) continue;
      touched = true;
      if (change.before[key] === undefined) delete next[key];
      else Object.assign(next, { [key]: change.before[key] });
    }
    if (!touched) return;
    next.updatedAt =
      family.updatedAt === change.after.updatedAt ? change.before.updatedAt : now.toISOString();
    restored.push(next);
  });
  if (restored.length > 0) await db.families.bulkPut(restored);
}

/**
 * Removes everything one import created, and what was attached to it since
 * (field checks, photos, aid, decisions of a meeting still open), in ONE
 * transaction with its audit entry. Refused once a locked meeting decided on
 * any of it, or a letter was issued to any of its people: those are records
 * the office must keep.
 */
export async function undoImport(
  db: DtksDatabase,
  importId: string,
  now = new Date(),
): Promise<ImportUndoPlan> {
  checkPermission(db, 'delete', 'impor data');
  const tables = [
    db.settings,
    db.audit,
    db.families,
    db.people,
    db.proposals,
    db.assessments,
    db.photos,
    db.decisions,
    db.meetings,
    db.letters,
    db.aid,
  ];
  return db.transaction('rw', tables, async () => {
    const run = await getImportRun(db, importId);
    if (!run) throw new ImportUndoError('Impor ini tidak ditemukan di riwayat impor.');
    const found = await gather(db, importId);
    const plan = toPlan(run, found);
    if (plan.blockers.length > 0) throw new ImportUndoError(plan.blockers.join(' '));

    await db.decisions.bulkDelete(found.decisionIds);
    await db.assessments.bulkDelete(found.assessmentIds);
    await db.photos.bulkDelete(found.photoIds);
    await db.aid.bulkDelete(found.aidIds);
    await db.proposals.bulkDelete(found.proposals.map((row) => row.id));
    await db.people.bulkDelete(found.people.map((row) => row.id));
    await db.families.bulkDelete(found.families.map((row) => row.id));
    await restoreListedFamilies(db, run, now);

    const actor = await currentActor(db);
    const entry = await appendAudit(
      db,
      {
        actor,
        action: 'delete',
        entity: 'impor data',
        entityId: importId,
        summary:
          `Impor ${run.fileName} (${run.at.slice(0, 10)}) dibatalkan: ` +
          `${plan.people} warga, ${plan.families} keluarga dan ${plan.proposals} usulan ` +
          'yang dibuatnya dihapus' +
          (plan.familiesRestored > 0
            ? `; ID DTKS/desil ${plan.familiesRestored} keluarga yang sudah terdaftar dikembalikan`
            : ''),
        before: {
          importId,
          fileName: run.fileName,
          families: plan.families,
          people: plan.people,
          proposals: plan.proposals,
          assessments: plan.assessments,
          photos: plan.photos,
          aid: plan.aid,
          decisions: plan.decisions,
          familiesRestored: plan.familiesRestored,
        },
      },
      now,
    );
    await markImportUndone(db, importId, { at: now.toISOString(), actor, auditId: entry.id });
    return plan;
  });
}
