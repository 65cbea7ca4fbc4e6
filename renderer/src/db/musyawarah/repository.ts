import { Refusal } from '@shared/domain/core/refusal';
import type { Meeting, MeetingDecision } from '@shared/domain/core/entities';
import { decisionWords } from '@shared/domain/musyawarah/decision-words';
import {
  DECISION_LABELS,
  decisionInputSchema,
  decisionsHash,
  finaliseProblems,
  LOCKED_MESSAGE,
  meetingInputSchema,
} from '@shared/domain/musyawarah/meeting';
import type { MeetingFields } from '@shared/domain/musyawarah/meeting';
import { sptjmSignerProblem } from '@shared/domain/core/signer';
import { snapshotOf } from '@shared/domain/musyawarah/candidates';
import { newId } from '@shared/domain/core/ids';
import { appendAudit, assertMayWrite } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { candidateTables, collectCandidates } from './candidates-read';
import type { CandidateCollection } from './candidates-read';
import { announceMeetingChange } from './signal';
import {
  addRegisterEntry,
  ownSigner,
  prepareRegisterNumber,
  registerActor,
} from './register-repository';
import { currentActor, getIdentity } from '../pengaturan/repository';
import { officeNumberingOf } from '../sinkron/nomor-kantor';
import { assertDrivesMeeting, kemudiRequired, releaseKemudi } from '../sinkron/kemudi';

export class MeetingLockedError extends Refusal {
  constructor() {
    super(LOCKED_MESSAGE, { kind: 'musyawarah' });
    this.name = 'MeetingLockedError';
  }
}

/** A refusal worded for the clerk, with the form field it concerns; nothing was written. */
export class MeetingSignerError extends Refusal {
  override readonly field = 'chairOfficialId';
  constructor(message: string) {
    super(message, { kind: 'musyawarah' });
    this.name = 'MeetingSignerError';
  }
}

/**
 * An SPTJM is the Lurah's own statement: refused when its signer is anyone but the
 * Lurah or a Plt./Plh. Lurah (who would sign a.n., which the SPTJM does not allow).
 */
async function assertSptjmSigner(db: DtksDatabase, fields: MeetingFields): Promise<void> {
  if (fields.kind !== 'sptjm' || !fields.chairOfficialId) return;
  const problem = sptjmSignerProblem(await db.officials.get(fields.chairOfficialId));
  if (problem) throw new MeetingSignerError(problem);
}

export class FinaliseError extends Refusal {
  constructor(readonly problems: string[]) {
    super(`Musyawarah belum dapat dikunci: ${problems.join(' ')}`, { kind: 'musyawarah' });
    this.name = 'FinaliseError';
  }
}

/**
 * Every write to a meeting, its participants and its decisions starts here,
 * inside its transaction: a locked meeting refuses the write whatever screen
 * (or script) asked for it.
 */
export async function editableMeeting(db: DtksDatabase, meetingId: string): Promise<Meeting> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) throw new Error('Sesi musyawarah tidak ditemukan');
  if (meeting.status === 'terkunci') throw new MeetingLockedError();
  return meeting;
}

export async function listMeetings(db: DtksDatabase): Promise<Meeting[]> {
  const rows = await db.meetings.toArray();
  return rows.sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
}

export function getMeeting(db: DtksDatabase, id: string): Promise<Meeting | undefined> {
  return db.meetings.get(id);
}

export async function createMeeting(db: DtksDatabase, input: unknown): Promise<Meeting> {
  checkPermission(db, 'create', 'musyawarah');
  const fields = meetingInputSchema.parse(input);
  await assertSptjmSigner(db, fields);
  const now = new Date().toISOString();
  const meeting: Meeting = {
    id: newId(),
    ...fields,
    // Taken from the register when the meeting is locked (issue 14.9).
    number: '',
    status: 'persiapan',
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.meetings, db.settings, db.audit, async () => {
    await db.meetings.add(meeting);
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'create',
      entity: 'musyawarah',
      entityId: meeting.id,
      summary: `Sesi musyawarah dibuat: ${meeting.date}, ${meeting.place}`,
      after: meeting,
    });
  });
  return meeting;
}

export async function updateMeeting(
  db: DtksDatabase,
  meetingId: string,
  input: unknown,
): Promise<Meeting> {
  checkPermission(db, 'update', 'musyawarah');
  const fields = meetingInputSchema.parse(input);
  const saved = await db.transaction(
    'rw',
    db.meetings,
    db.officials,
    db.settings,
    db.audit,
    async () => {
      const before = await editableMeeting(db, meetingId);
      await assertSptjmSigner(db, fields);
      const after: Meeting = { ...before, ...fields, updatedAt: new Date().toISOString() };
      await db.meetings.put(after);
      await appendAudit(db, {
        actor: await currentActor(db),
        action: 'update',
        entity: 'musyawarah',
        entityId: meetingId,
        summary: `Data sesi musyawarah diubah: ${after.date}, ${after.place}`,
        before,
        after,
      });
      return after;
    },
  );
  announceMeetingChange(meetingId);
  return saved;
}

/** Only a meeting that was never locked can be deleted, with its participants and decisions. */
export async function deleteMeeting(db: DtksDatabase, meetingId: string): Promise<void> {
  checkPermission(db, 'delete', 'musyawarah');
  await db.transaction(
    'rw',
    [db.meetings, db.participants, db.decisions, db.settings, db.audit],
    async () => {
      const before = await editableMeeting(db, meetingId);
      const decisions = await db.decisions.where('meetingId').equals(meetingId).primaryKeys();
      const participants = await db.participants.where('meetingId').equals(meetingId).primaryKeys();
      await db.decisions.bulkDelete(decisions);
      await db.participants.bulkDelete(participants);
      await db.meetings.delete(meetingId);
      await appendAudit(db, {
        actor: await currentActor(db),
        action: 'delete',
        entity: 'musyawarah',
        entityId: meetingId,
        summary: `Sesi musyawarah dihapus (${decisions.length} keputusan, ${participants.length} peserta)`,
        before,
      });
    },
  );
}

export function listDecisions(db: DtksDatabase, meetingId: string): Promise<MeetingDecision[]> {
  return db.decisions.where('meetingId').equals(meetingId).toArray();
}

export type MeetingCandidates = CandidateCollection & { decisions: MeetingDecision[] };

export async function loadMeetingCandidates(
  db: DtksDatabase,
  meetingId: string,
): Promise<MeetingCandidates | null> {
  return db.transaction('r', [db.meetings, db.decisions, ...candidateTables(db)], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) return null;
    const decisions = await listDecisions(db, meetingId);
    const collected = await collectCandidates(db, meeting, decisions);
    return { ...collected, decisions };
  });
}

async function personName(db: DtksDatabase, proposalId: string): Promise<string> {
  const proposal = await db.proposals.get(proposalId);
  const person = proposal ? await db.people.get(proposal.personId) : undefined;
  return person?.nama ?? proposalId;
}

export type DecisionInput = {
  meetingId: string;
  proposalId: string;
  decision: string;
  reason: string;
  /** The window that decided (its console's id), so its "Urungkan" takes back only its own. */
  windowId?: string;
};

/** Saves one decision the moment it is made (upsert on meeting + proposal). */
export async function recordDecision(
  db: DtksDatabase,
  input: DecisionInput,
): Promise<MeetingDecision> {
  checkPermission(db, 'create', 'keputusan musyawarah');
  const { decision, reason } = decisionInputSchema.parse(input);
  const required = await kemudiRequired(db);
  const saved = await db.transaction(
    'rw',
    [db.meetings, db.decisions, db.proposals, db.people, db.settings, db.audit],
    async () => {
      const meeting = await editableMeeting(db, input.meetingId);
      await assertDrivesMeeting(db, meeting.id, required);
      const proposal = await db.proposals.get(input.proposalId);
      if (!proposal) throw new Error('Usulan tidak ditemukan');
      const existing = await db.decisions
        .where('[meetingId+proposalId]')
        .equals([meeting.id, proposal.id])
        .first();
      const eligible =
        (proposal.status === 'siap_musyawarah' || proposal.source === 'prelist') &&
        proposal.status !== 'diputuskan' &&
        proposal.status !== 'dikirim';
      if (!existing && !eligible)
        throw new Error('Usulan ini tidak termasuk daftar calon musyawarah');
      const actor = await currentActor(db);
      const row: MeetingDecision = {
        id: existing?.id ?? newId(),
        meetingId: meeting.id,
        proposalId: proposal.id,
        decision,
        reason,
        decidedAt: new Date().toISOString(),
        decidedBy: actor,
        ...(input.windowId ? { decidedIn: input.windowId } : {}),
        ...(existing
          ? {
              previous: {
                decision: existing.decision,
                reason: existing.reason,
                decidedAt: existing.decidedAt,
                decidedBy: existing.decidedBy,
                ...(existing.decidedIn ? { decidedIn: existing.decidedIn } : {}),
              },
            }
          : {}),
      };
      await db.decisions.put(row);
      if (meeting.status === 'persiapan') {
        await db.meetings.put({ ...meeting, status: 'berlangsung', updatedAt: row.decidedAt });
      }
      const nama = await personName(db, proposal.id);
      await appendAudit(db, {
        actor,
        action: existing ? 'update' : 'create',
        entity: 'keputusan musyawarah',
        entityId: proposal.id,
        summary: `Keputusan musyawarah: ${nama}, ${decisionWords(proposal, decision)}${reason ? ` (${reason})` : ''}`,
        before: existing,
        after: row,
      });
      return row;
    },
  );
  announceMeetingChange(input.meetingId);
  return saved;
}

/**
 * Takes back the most recent decision this window made in the meeting:
 * restores the one it overwrote, or removes it. Another window's decisions
 * are never touched, not even when they are newer (two consoles on one
 * meeting, issue 21); a decision another window has since overwritten is no
 * longer this window's to undo. Returns the proposal id it touched, or null.
 */
export async function undoLastDecision(
  db: DtksDatabase,
  meetingId: string,
  windowId: string,
): Promise<string | null> {
  checkPermission(db, 'update', 'keputusan musyawarah');
  const required = await kemudiRequired(db);
  const touched = await db.transaction(
    'rw',
    [db.meetings, db.decisions, db.proposals, db.people, db.settings, db.audit],
    async () => {
      await editableMeeting(db, meetingId);
      await assertDrivesMeeting(db, meetingId, required);
      const rows = await listDecisions(db, meetingId);
      const last = rows.reduce<MeetingDecision | undefined>(
        (latest, row) =>
          row.decidedIn === windowId && (!latest || row.decidedAt > latest.decidedAt)
            ? row
            : latest,
        undefined,
      );
      if (!last) return null;
      const { previous, decidedIn: _mine, ...rest } = last;
      const restored: MeetingDecision | undefined = previous ? { ...rest, ...previous } : undefined;
      if (restored) await db.decisions.put(restored);
      else await db.decisions.delete(last.id);
      const nama = await personName(db, last.proposalId);
      const proposal = await db.proposals.get(last.proposalId);
      const words = proposal
        ? decisionWords(proposal, last.decision)
        : DECISION_LABELS[last.decision];
      await appendAudit(db, {
        actor: await currentActor(db),
        action: restored ? 'update' : 'delete',
        entity: 'keputusan musyawarah',
        entityId: last.proposalId,
        summary: `Keputusan musyawarah dibatalkan (urungkan): ${nama}, ${words}`,
        before: last,
        after: restored,
      });
      return last.proposalId;
    },
  );
  if (touched) announceMeetingChange(meetingId);
  return touched;
}

/** Whether this window has a decision of its own it could still undo. */
export function hasOwnDecision(decisions: readonly MeetingDecision[], windowId: string): boolean {
  return decisions.some((row) => row.decidedIn === windowId);
}

/** Removes the decision on one candidate, e.g. one meanwhile decided by another meeting. */
export async function clearDecision(
  db: DtksDatabase,
  meetingId: string,
  proposalId: string,
): Promise<void> {
  checkPermission(db, 'delete', 'keputusan musyawarah');
  const required = await kemudiRequired(db);
  await db.transaction(
    'rw',
    [db.meetings, db.decisions, db.proposals, db.people, db.settings, db.audit],
    async () => {
      await editableMeeting(db, meetingId);
      await assertDrivesMeeting(db, meetingId, required);
      const row = await db.decisions
        .where('[meetingId+proposalId]')
        .equals([meetingId, proposalId])
        .first();
      if (!row) return;
      await db.decisions.delete(row.id);
      await appendAudit(db, {
        actor: await currentActor(db),
        action: 'delete',
        entity: 'keputusan musyawarah',
        entityId: proposalId,
        summary: `Keputusan musyawarah dihapus: ${await personName(db, proposalId)}`,
        before: row,
      });
    },
  );
  announceMeetingChange(meetingId);
}

function finaliseTables(db: DtksDatabase) {
  return [
    db.meetings,
    db.participants,
    db.decisions,
    db.officials,
    db.settings,
    db.audit,
    db.letters,
    db.letterCounters,
    ...candidateTables(db),
  ];
}

/** What stands in the way of locking, for the finalise dialog. */
export async function checkFinalise(db: DtksDatabase, meetingId: string): Promise<string[]> {
  return db.transaction('r', finaliseTables(db), async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) return ['Sesi musyawarah tidak ditemukan.'];
    return (await gatherForFinalise(db, meeting)).problems;
  });
}

async function gatherForFinalise(db: DtksDatabase, meeting: Meeting) {
  const decisions = await listDecisions(db, meeting.id);
  const participants = await db.participants.where('meetingId').equals(meeting.id).toArray();
  const { candidates, decidedElsewhere } = await collectCandidates(db, meeting, decisions);
  const chair = meeting.chairOfficialId
    ? await db.officials.get(meeting.chairOfficialId)
    : undefined;
  const problems = finaliseProblems({
    meeting,
    chairExists: chair !== undefined,
    ...(chair && { chairJabatan: chair.jabatan }),
    participants,
    candidates,
    decisions,
    decidedElsewhere,
  });
  // The number is taken from the register at the lock; its format names the office.
  if (!(await getIdentity(db))) {
    problems.push(
      'Identitas kelurahan belum diisi di Pengaturan: nomor Berita Acara/SPTJM dari buku agenda memakai kode suratnya.',
    );
  }
  return { decisions, candidates, problems };
}

/**
 * Locks the meeting in one transaction: checks it is complete, stores the
 * content hash, freezes what the minutes print, and moves every proposal to
 * 'diputuskan' with its decision. Nothing in the meeting changes afterwards.
 */
export async function finaliseMeeting(db: DtksDatabase, meetingId: string): Promise<Meeting> {
  // At the door: a role that may not lock hears so before anything is gathered.
  assertMayWrite(db, {
    actor: '',
    action: 'update',
    entity: 'musyawarah',
    entityId: meetingId,
    summary: '',
    after: { status: 'terkunci' },
  });
  // With office numbering this PC must hold a Berita Acara/SPTJM number before the lock.
  if (officeNumberingOf(db)) {
    const kind = (await db.meetings.get(meetingId))?.kind;
    if (kind) await prepareRegisterNumber(db, kind, new Date());
  }
  const done = await db.transaction('rw', finaliseTables(db), async () => {
    const meeting = await editableMeeting(db, meetingId);
    const { decisions, candidates, problems } = await gatherForFinalise(db, meeting);
    if (problems.length > 0) throw new FinaliseError(problems);

    const byProposal = new Map(decisions.map((row) => [row.proposalId, row]));
    const decided = candidates.flatMap((candidate) => {
      const row = byProposal.get(candidate.proposalId);
      return row ? [{ candidate, row }] : [];
    });
    const now = new Date();
    const at = now.toISOString();
    const actor = await currentActor(db);
    // Issue 14.9: the number comes from the register, in this same transaction, never typed.
    // A meeting still carrying a typed number (made before) gets its register number too:
    // nothing was printed under the typed one, since documents print only after locking.
    const numbered = await numberFromRegister(db, meeting, await registerActor(db), now);
    // The hash covers the number, so it is computed with the register's number.
    const contentHash = decisionsHash(
      { ...meeting, ...numbered },
      decided.map(({ row }) => row),
    );
    for (const { candidate, row } of decided) {
      await db.decisions.put({ ...row, snapshot: snapshotOf(candidate) });
      const before = await db.proposals.get(row.proposalId);
      if (!before) continue;
      const after = {
        ...before,
        status: 'diputuskan' as const,
        decision: { value: row.decision, reason: row.reason, meetingId, at },
        history: [
          ...before.history,
          {
            from: before.status,
            to: 'diputuskan' as const,
            at,
            by: actor,
            reason: `Musyawarah ${numbered.number}: ${decisionWords(candidate, row.decision)}${row.reason ? `, ${row.reason}` : ''}`,
          },
        ],
        updatedAt: at,
      };
      await db.proposals.put(after);
      await appendAudit(db, {
        actor,
        action: 'update',
        entity: 'usulan',
        entityId: row.proposalId,
        summary: `Usulan diputuskan musyawarah ${numbered.number}: ${candidate.nama}, ${decisionWords(candidate, row.decision)}`,
        before: { status: before.status },
        after: { status: after.status, decision: after.decision },
      });
    }
    const locked: Meeting = {
      ...meeting,
      ...numbered,
      status: 'terkunci',
      contentHash,
      lockedAt: at,
      lockedBy: actor,
      updatedAt: at,
    };
    await db.meetings.put(locked);
    await appendAudit(db, {
      actor,
      action: 'update',
      entity: 'musyawarah',
      entityId: meetingId,
      summary: `Musyawarah ${numbered.number} dikunci: ${decided.length} keputusan, hash ${contentHash}`,
      before: { status: meeting.status, number: meeting.number },
      after: { status: 'terkunci', contentHash, number: numbered.number },
    });
    return locked;
  });
  announceMeetingChange(meetingId);
  // A locked meeting has nobody at the wheel: the lease goes back (when the server answers).
  await releaseKemudi(db, meetingId).catch(() => {});
  return done;
}

/** Takes the Berita Acara or SPTJM number from the register; inside the lock's transaction. */
async function numberFromRegister(
  db: DtksDatabase,
  meeting: Meeting,
  actor: string,
  now: Date,
): Promise<Pick<Meeting, 'number' | 'numberLetterId'>> {
  const [identity, chair] = await Promise.all([
    getIdentity(db),
    db.officials.get(meeting.chairOfficialId),
  ]);
  if (!identity) throw new Error('Identitas kelurahan belum diisi di Pengaturan');
  if (!chair) throw new Error('Pimpinan musyawarah tidak ditemukan di daftar pejabat');
  const isMinutes = meeting.kind === 'berita_acara';
  const letter = await addRegisterEntry(
    db,
    {
      type: meeting.kind,
      meetingId: meeting.id,
      perihal: `${isMinutes ? 'Berita Acara Musyawarah Kelurahan' : 'SPTJM Lurah'} periode ${meeting.period}`,
      tujuan: 'Arsip kelurahan dan Dinas Sosial',
      details: { kind: meeting.kind },
      // Signed by the chair in person: the Berita Acara by its chair, the SPTJM by the Lurah.
      signer: ownSigner(chair),
    },
    actor,
    now,
  );
  return { number: letter.number, numberLetterId: letter.id };
}

/** Printing the minutes takes personal data out of the app: the log must say so (UU PDP). */
export async function logMeetingExport(
  db: DtksDatabase,
  meetingId: string,
  summary: string,
): Promise<void> {
  checkPermission(db, 'export', 'musyawarah');
  await db.transaction('rw', db.settings, db.audit, async () => {
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'export',
      entity: 'musyawarah',
      entityId: meetingId,
      summary,
    });
  });
}
