import { Refusal } from '@shared/domain/core/refusal';
import { maskNik } from '@shared/domain/warga/nik';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';

/**
 * Requests of data subjects (UU 27/2022): correction is the ordinary edit of
 * the registry; here are suspension and deletion. Entries use the registry's
 * convention (entity "warga", entity id = family id) so they appear in the
 * family's history.
 */
export class SubjectRequestError extends Refusal {
  override name = 'SubjectRequestError';
  constructor(message: string) {
    super(message, { kind: 'keamanan' });
  }
}

const PERSON = 'warga';

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 5)
    throw new SubjectRequestError('Tuliskan alasan permintaan (minimal 5 huruf).');
  return trimmed.slice(0, 500);
}

/**
 * Suspends (or resumes) the processing of one person's data: a suspended
 * person is left out of meeting candidate lists and of exports, but kept.
 */
export async function setSuspended(
  db: DtksDatabase,
  personId: string,
  suspended: boolean,
  reason: string,
  now = new Date(),
): Promise<void> {
  checkPermission(db, 'update', 'warga');
  const why = requireReason(reason);
  await db.transaction('rw', db.people, db.audit, async () => {
    const person = await db.people.get(personId);
    if (!person) throw new SubjectRequestError('Warga tidak ditemukan.');
    if (Boolean(person.suspended) === suspended) return;
    const { suspended: _old, ...rest } = person;
    await db.people.put({
      ...rest,
      ...(suspended ? { suspended: true } : {}),
      updatedAt: now.toISOString(),
    });
    await appendAudit(
      db,
      {
        actor: 'sistem',
        action: 'update',
        entity: PERSON,
        entityId: person.familyId,
        summary: suspended
          ? `Pemrosesan data ${person.nama} ditangguhkan atas permintaan yang bersangkutan: ${why}`
          : `Penangguhan data ${person.nama} dicabut: ${why}`,
        before: { suspended: Boolean(person.suspended) },
        after: { suspended, alasan: why },
      },
      now,
    );
  });
}

export type SubjectStatus = {
  nama: string;
  familyId: string;
  suspended: boolean;
  proposals: number;
  letters: number;
  blocker: string | null;
};

/** What the request panel shows about one person; null when the person is gone. */
export async function getSubjectStatus(
  db: DtksDatabase,
  personId: string,
): Promise<SubjectStatus | null> {
  const person = await db.people.get(personId);
  if (!person) return null;
  return {
    nama: person.nama,
    familyId: person.familyId,
    suspended: Boolean(person.suspended),
    proposals: await db.proposals.where('personId').equals(personId).count(),
    letters: await db.letters.where('personId').equals(personId).count(),
    blocker: await deletionBlocker(db, personId),
  };
}

export type DeletionResult = {
  proposals: number;
  familyDeleted: boolean;
  /** Letters stay in the register with their frozen copy of the subject. */
  lettersKept: number;
};

/**
 * What stands in the way of deleting a person: decisions of a locked
 * musyawarah and batches sent to the national system are records the office
 * must keep (the Berita Acara and its attachment). Null when nothing does.
 */
export async function deletionBlocker(db: DtksDatabase, personId: string): Promise<string | null> {
  const proposals = await db.proposals.where('personId').equals(personId).toArray();
  const ids = new Set(proposals.map((proposal) => proposal.id));
  if (proposals.some((p) => p.status === 'diputuskan' || p.status === 'dikirim')) {
    return 'Warga ini sudah diputuskan dalam musyawarah atau dikirim ke pusat; Berita Acara dan lampirannya wajib disimpan. Gunakan penangguhan.';
  }
  for (const proposal of proposals) {
    const decisions = await db.decisions.where('proposalId').equals(proposal.id).toArray();
    for (const decision of decisions) {
      const meeting = await db.meetings.get(decision.meetingId);
      if (meeting?.status === 'terkunci') {
        return `Warga ini tercatat dalam musyawarah ${meeting.number} yang sudah dikunci; Berita Acara wajib disimpan. Gunakan penangguhan.`;
      }
    }
  }
  const inBatch = await db.batches
    .filter((batch) =>
      batch.rows.some((row) => row.personId === personId || ids.has(row.proposalId)),
    )
    .count();
  if (inBatch > 0) {
    return 'Warga ini termasuk paket yang sudah disiapkan untuk dikirim ke pusat. Gunakan penangguhan.';
  }
  return null;
}

/**
 * Deletes a person on their request, with the reason logged. Removed: the
 * person, their aid records, their proposals still in preparation (with
 * assessments, photos and undecided meeting entries) and dedup decisions;
 * the family too when nobody is left in it. Kept: the letter register, whose
 * rows hold a frozen copy the office must archive. The log keeps the name
 * and a masked NIK only.
 */
export async function deletePersonOnRequest(
  db: DtksDatabase,
  personId: string,
  reason: string,
  now = new Date(),
): Promise<DeletionResult> {
  checkPermission(db, 'delete', 'warga');
  const why = requireReason(reason);
  const tables = [
    db.people,
    db.families,
    db.aid,
    db.proposals,
    db.assessments,
    db.photos,
    db.decisions,
    db.meetings,
    db.batches,
    db.feedback,
    db.duplicateDecisions,
    db.letters,
    db.audit,
  ];
  return db.transaction('rw', tables, async () => {
    const person = await db.people.get(personId);
    if (!person) throw new SubjectRequestError('Warga tidak ditemukan.');
    const blocker = await deletionBlocker(db, personId);
    if (blocker) throw new SubjectRequestError(blocker);

    const proposals = await db.proposals.where('personId').equals(personId).primaryKeys();
    for (const proposalId of proposals) {
      await db.assessments.where('proposalId').equals(proposalId).delete();
      await db.photos.where('proposalId').equals(proposalId).delete();
      await db.decisions.where('proposalId').equals(proposalId).delete();
      await db.feedback.where('proposalId').equals(proposalId).delete();
    }
    await db.proposals.bulkDelete(proposals);
    await db.aid.where('personId').equals(personId).delete();
    await db.feedback.where('nik').equals(person.nik).delete();
    await db.duplicateDecisions.filter((row) => row.pairKey.split('|').includes(personId)).delete();
    await db.people.delete(personId);

    const remaining = await db.people.where('familyId').equals(person.familyId).count();
    let familyDeleted = false;
    if (remaining === 0) {
      const familyProposals = await db.proposals.where('familyId').equals(person.familyId).count();
      if (familyProposals === 0) {
        await db.aid.where('familyId').equals(person.familyId).delete();
        await db.families.delete(person.familyId);
        familyDeleted = true;
      }
    }
    const lettersKept = await db.letters.where('personId').equals(personId).count();
    await appendAudit(
      db,
      {
        actor: 'sistem',
        action: 'delete',
        entity: PERSON,
        entityId: person.familyId,
        summary: `Data ${person.nama} (NIK ${maskNik(person.nik)}) dihapus atas permintaan yang bersangkutan: ${why}`,
        before: { nama: person.nama, nik: maskNik(person.nik), familyId: person.familyId },
        after: {
          alasan: why,
          usulanDihapus: proposals.length,
          keluargaDihapus: familyDeleted,
          suratDisimpan: lettersKept,
        },
      },
      now,
    );
    return { proposals: proposals.length, familyDeleted, lettersKept };
  });
}
