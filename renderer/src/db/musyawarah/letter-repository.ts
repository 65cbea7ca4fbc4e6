import { addDays } from 'date-fns';
import { z } from 'zod';
import { localIsoDate } from '@shared/domain/core/tanggal';
import type {
  Batch,
  MeetingLetter,
  MeetingParticipant,
  ProposalKind,
} from '@shared/domain/core/entities';
import { PROPOSAL_KINDS } from '@shared/domain/core/entities';
import { parseIsoDate } from '@shared/domain/core/id-common';
import { pengumumanSubject } from '@shared/reports/pengumuman';
import { defaultRecipient, pengantarPerihal } from '@shared/reports/pengantar-dinsos';
import { UNDANGAN_PERIHAL } from '@shared/reports/undangan';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { getLetterSettings } from '../surat/settings-repository';
import { announceMeetingChange } from './signal';
import {
  addRegisterEntry,
  prepareRegisterNumber,
  assertMayIssue,
  meetingLetterSigner,
  registerActor,
  registerTables,
} from './register-repository';
import { getIdentity, getRegimeChoices } from '../pengaturan/repository';

/**
 * Issuing the letters around the musyawarah (issue 20): each takes its number from
 * the register in the same transaction that stores it and whatever it changes.
 */

/** Who an invitation goes to: everyone on the list who came from the contacts or is marked invited. */
export function inviteesOf(participants: readonly MeetingParticipant[]): MeetingParticipant[] {
  return participants.filter((row) => row.contactId !== undefined || row.invited);
}

async function meetingAndSigner(db: DtksDatabase, meetingId: string) {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) throw new Error('Sesi musyawarah tidak ditemukan');
  const [identity, chair] = await Promise.all([
    getIdentity(db),
    db.officials.get(meeting.chairOfficialId),
  ]);
  if (!identity) throw new Error('Identitas kelurahan belum diisi di Pengaturan');
  if (!chair) throw new Error('Pimpinan musyawarah belum dipilih dari daftar pejabat');
  return { meeting, identity, signer: meetingLetterSigner(chair, identity) };
}

/**
 * Undangan (20.1): one number for the sending, the invitees frozen with it, and every
 * invitee marked as invited, all in one transaction.
 */
export async function issueInvitation(
  db: DtksDatabase,
  meetingId: string,
  now: Date = new Date(),
): Promise<MeetingLetter> {
  checkPermission(db, 'create', 'surat');
  assertMayIssue(db);
  const actor = await registerActor(db);
  const settings = await getLetterSettings(db, 'undangan');
  await prepareRegisterNumber(db, 'undangan', now);
  const letter = await db.transaction(
    'rw',
    [...registerTables(db), db.meetings, db.officials, db.participants],
    async () => {
      const { meeting, signer } = await meetingAndSigner(db, meetingId);
      if (meeting.status === 'terkunci') {
        throw new Error('Musyawarah sudah dikunci: undangan dikirim sebelum musyawarah.');
      }
      if (meeting.kind !== 'berita_acara') {
        throw new Error(
          'Pengesahan dengan SPTJM tidak memakai musyawarah, jadi tidak ada undangan.',
        );
      }
      const participants = await db.participants.where('meetingId').equals(meetingId).toArray();
      const invitees = inviteesOf(participants).sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
      if (invitees.length === 0) {
        throw new Error(
          'Belum ada peserta untuk diundang. Tambahkan dari kontak di tab Peserta & kehadiran.',
        );
      }
      const issued = await addRegisterEntry(
        db,
        {
          type: 'undangan',
          meetingId,
          perihal: `${UNDANGAN_PERIHAL} ${meeting.period}`,
          tujuan: `${invitees.length} peserta musyawarah${settings.invitationMode === 'daftar' ? ' (daftar terlampir)' : ''}`,
          details: {
            kind: 'undangan',
            mode: settings.invitationMode,
            invitees: invitees.map((row) => ({
              participantId: row.id,
              nama: row.nama,
              jabatan: row.jabatan,
              unsur: row.unsur,
            })),
          },
          signer,
        },
        actor,
        now,
      );
      const newlyInvited = invitees.filter((row) => !row.invited);
      await db.participants.bulkPut(invitees.map((row) => ({ ...row, invited: true })));
      await db.meetings.put({ ...meeting, invitedAt: now.toISOString() });
      await appendAudit(
        db,
        {
          actor,
          action: 'update',
          entity: 'peserta musyawarah',
          entityId: meetingId,
          summary: `Undangan ${issued.number} dikirim ke ${invitees.length} peserta${newlyInvited.length > 0 ? ` (${newlyInvited.length} baru ditandai diundang)` : ''}`,
        },
        now,
      );
      return issued;
    },
  );
  announceMeetingChange(meetingId);
  return letter;
}

export const noticeInputSchema = z.object({
  sanggahUntil: z
    .string()
    .trim()
    .refine((value) => parseIsoDate(value) !== undefined, 'Tanggal batas sanggahan tidak valid'),
  sanggahPlace: z
    .string()
    .trim()
    .min(3, 'Tempat menyerahkan sanggahan wajib diisi')
    .max(160, 'Tempat terlalu panjang'),
});
export type NoticeInput = z.input<typeof noticeInputSchema>;

/** Seven days to object is common practice; the clerk may change it. */
export function defaultSanggahUntil(now: Date): string {
  return localIsoDate(addDays(now, 7));
}

/** Pengumuman (20.2): only after the meeting is locked, since it announces its decisions. */
export async function issueNotice(
  db: DtksDatabase,
  meetingId: string,
  raw: NoticeInput,
  now: Date = new Date(),
): Promise<MeetingLetter> {
  checkPermission(db, 'create', 'surat');
  const input = noticeInputSchema.parse(raw);
  assertMayIssue(db);
  if (input.sanggahUntil < localIsoDate(now)) {
    throw new Error('Batas sanggahan tidak boleh sebelum hari ini');
  }
  const actor = await registerActor(db);
  const regimeChoices = await getRegimeChoices(db);
  await prepareRegisterNumber(db, 'pengumuman', now);
  return db.transaction('rw', [...registerTables(db), db.meetings, db.officials], async () => {
    const { meeting, signer } = await meetingAndSigner(db, meetingId);
    if (meeting.status !== 'terkunci') {
      throw new Error('Pengumuman hasil dicetak setelah musyawarah dikunci.');
    }
    return addRegisterEntry(
      db,
      {
        type: 'pengumuman',
        meetingId,
        perihal: pengumumanSubject(meeting, regimeChoices),
        tujuan: 'Papan pengumuman kelurahan',
        details: { kind: 'pengumuman', ...input },
        signer,
      },
      actor,
      now,
    );
  });
}

export const coverLetterInputSchema = z.object({
  batchId: z.string().min(1, 'Pilih batch usulan yang dikirim'),
  recipient: z
    .string()
    .trim()
    .min(3, 'Tujuan surat wajib diisi')
    .max(160, 'Tujuan terlalu panjang'),
});
export type CoverLetterInput = z.input<typeof coverLetterInputSchema>;

/** Rows per kind, in the order the forms list the kinds. */
export function batchCounts(batch: Pick<Batch, 'rows'>): { kind: ProposalKind; count: number }[] {
  return PROPOSAL_KINDS.map((kind) => ({
    kind,
    count: batch.rows.filter((row) => row.kind === kind).length,
  })).filter((row) => row.count > 0);
}

/** A batch that can be sent: saved as a package (so its hash exists) and not replaced. */
export function sendableBatch(batch: Batch): string | undefined {
  if (batch.supersededBy) return `Batch ${batch.number} sudah diganti versi yang lebih baru.`;
  if (!batch.packageSha256) {
    return `Batch ${batch.number} belum diekspor sebagai paket: ekspor dulu di menu Ekspor, supaya kode hash paketnya tercatat.`;
  }
  return undefined;
}

/** Surat pengantar (20.3): the cover letter for the Berita Acara/SPTJM and the batch's package. */
export async function issueCoverLetter(
  db: DtksDatabase,
  meetingId: string,
  raw: CoverLetterInput,
  now: Date = new Date(),
): Promise<MeetingLetter> {
  checkPermission(db, 'create', 'surat');
  const input = coverLetterInputSchema.parse(raw);
  assertMayIssue(db);
  const actor = await registerActor(db);
  const regimeChoices = await getRegimeChoices(db);
  await prepareRegisterNumber(db, 'pengantar_dinsos', now);
  return db.transaction(
    'rw',
    [...registerTables(db), db.meetings, db.officials, db.batches],
    async () => {
      const { meeting, signer } = await meetingAndSigner(db, meetingId);
      if (meeting.status !== 'terkunci') {
        throw new Error('Surat pengantar dibuat setelah musyawarah dikunci.');
      }
      const batch = await db.batches.get(input.batchId);
      if (!batch || batch.meetingId !== meetingId) {
        throw new Error('Batch usulan tidak ditemukan untuk musyawarah ini');
      }
      const problem = sendableBatch(batch);
      if (problem) throw new Error(problem);
      return addRegisterEntry(
        db,
        {
          type: 'pengantar_dinsos',
          meetingId,
          perihal: pengantarPerihal(meeting, regimeChoices),
          tujuan: input.recipient,
          details: {
            kind: 'pengantar_dinsos',
            batchId: batch.id,
            batchNumber: batch.number,
            batchVersion: batch.version,
            counts: batchCounts(batch),
            packageSha256: batch.packageSha256 ?? '',
            recipient: input.recipient,
          },
          signer,
        },
        actor,
        now,
      );
    },
  );
}

/** The invitee list leaves the office as a file for the group chat: logged with its letter. */
export async function logInvitationList(
  db: DtksDatabase,
  letter: Pick<MeetingLetter, 'id' | 'number' | 'details'>,
  kind: 'xlsx' | 'csv',
): Promise<void> {
  checkPermission(db, 'export', 'surat');
  const actor = await registerActor(db);
  const count = letter.details.kind === 'undangan' ? letter.details.invitees.length : 0;
  await db.transaction('rw', db.settings, db.audit, async () => {
    await appendAudit(db, {
      actor,
      action: 'export',
      entity: 'surat',
      entityId: letter.id,
      summary: `Daftar undangan ${letter.number} disimpan sebagai ${kind.toUpperCase()} (${count} nama)`,
    });
  });
}

/** What the letters panel offers by default. */
export async function letterDefaults(db: DtksDatabase, now: Date = new Date()) {
  const identity = await getIdentity(db);
  return {
    sanggahUntil: defaultSanggahUntil(now),
    sanggahPlace: identity ? `Kantor Kelurahan ${identity.namaKelurahan}` : 'Kantor Kelurahan',
    recipient: identity ? defaultRecipient(identity) : 'Kepala Dinas Sosial',
  };
}

/** Batches of a meeting, newest first, for the cover letter's choice. */
export async function meetingBatches(db: DtksDatabase, meetingId: string): Promise<Batch[]> {
  const rows = await db.batches.where('meetingId').equals(meetingId).toArray();
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
