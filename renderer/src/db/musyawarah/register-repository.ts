import type {
  LetterSigner,
  MeetingLetter,
  MeetingLetterDetails,
  MeetingLetterType,
} from '@shared/domain/core/entities';
import { newId } from '@shared/domain/core/ids';
import { formatLetterNumber } from '@shared/domain/surat/number';
import { LETTER_TYPE_LABELS, LETTER_TYPE_SHORT } from '@shared/domain/surat/types';
import type { KelurahanIdentity, Official } from '@shared/domain/core/settings';
import { lurahStanding } from '@shared/domain/core/signer';
import { appendAudit, assertMayWrite } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { localIsoDate } from '../surat/repository';
import { getLetterSettings } from '../surat/settings-repository';
import { getSessionAccount } from '../core/session';
import { currentActor, getIdentity } from '../pengaturan/repository';
import { numberSourceFor } from '../sinkron/nomor-kantor';
import { numberTables } from '../sinkron/nomor-sumber';

/**
 * The buku agenda for the letters of the musyawarah (issue 14.9 and 20): the Berita
 * Acara and SPTJM numbers, invitations, the public notice and the cover letter to
 * Dinas Sosial. Unlike the SKTM no QR is signed, so the number is read, formatted
 * and stored inside the one transaction that stores the letter: IndexedDB runs
 * overlapping read-write transactions one after the other, so two windows never
 * take the same number and none is skipped.
 */

/** Tables a transaction must hold to take a number. */
export function registerTables(db: DtksDatabase) {
  return [...numberTables(db), db.letters, db.audit];
}

/**
 * Before the transaction that takes a register number: with office numbering, makes
 * sure this PC holds a number of the type (refused in Indonesian when it cannot).
 */
export function prepareRegisterNumber(
  db: DtksDatabase,
  type: MeetingLetterType,
  now: Date,
): Promise<void> {
  return numberSourceFor(db).prepare(type, now.getFullYear());
}

export async function registerActor(db: DtksDatabase): Promise<string> {
  const account = getSessionAccount(db);
  return account ? `${account.nama} (${account.username})` : currentActor(db);
}

/**
 * Who signs a letter of the musyawarah: the Lurah (or a Plt./Plh. Lurah) in his or her
 * own name; anyone else a.n. Lurah (domain.md §5).
 */
export function meetingLetterSigner(official: Official, identity: KelurahanIdentity): LetterSigner {
  const own = lurahStanding(official.jabatan) !== undefined;
  return {
    officialId: official.id,
    nama: official.nama,
    jabatan: official.jabatan,
    pangkatGolongan: official.pangkatGolongan,
    nip: official.nip,
    delegation: own ? '' : 'a.n.',
    ...(!own && { onBehalfOf: `Lurah ${identity.namaKelurahan}` }),
  };
}

/** The official signing in his or her own name (the chair of the minutes, the Lurah of an SPTJM). */
export function ownSigner(official: Official): LetterSigner {
  return {
    officialId: official.id,
    nama: official.nama,
    jabatan: official.jabatan,
    pangkatGolongan: official.pangkatGolongan,
    nip: official.nip,
    delegation: '',
  };
}

export type RegisterEntryInput = {
  type: MeetingLetterType;
  meetingId: string;
  perihal: string;
  tujuan: string;
  details: MeetingLetterDetails;
  signer: LetterSigner;
};

/**
 * Takes the next number of the type and stores the register row with its audit entry.
 * Call it inside a transaction that holds {@link registerTables}.
 */
export async function addRegisterEntry(
  db: DtksDatabase,
  input: RegisterEntryInput,
  actor: string,
  now: Date,
): Promise<MeetingLetter> {
  checkPermission(db, 'create', 'surat');
  const [identity, settings] = await Promise.all([
    getIdentity(db),
    getLetterSettings(db, input.type),
  ]);
  if (!identity) throw new Error('Identitas kelurahan belum diisi di Pengaturan');
  const year = now.getFullYear();
  const source = numberSourceFor(db);
  const seq = await source.peek(input.type, year);
  const number = formatLetterNumber(settings.template, {
    seq,
    date: now,
    code: settings.kode,
    unitCode: identity.kodeSurat,
  });
  if ((await db.letters.where('number').equals(number).count()) > 0) {
    throw new Error(
      `Nomor ${number} sudah pernah dipakai surat lain. Periksa format nomor ${LETTER_TYPE_LABELS[input.type]} di Surat → Pengaturan surat: format harus memuat {nomor} dan {tahun} dan berbeda dari jenis surat lain.`,
    );
  }
  const letter: MeetingLetter = {
    id: newId(),
    type: input.type,
    year,
    seq,
    number,
    date: localIsoDate(now),
    meetingId: input.meetingId,
    perihal: input.perihal,
    tujuan: input.tujuan,
    details: input.details,
    signer: input.signer,
    status: 'terbit',
    reprints: [],
    createdAt: now.toISOString(),
    createdBy: actor,
  };
  await source.take(input.type, year, seq);
  await source.recordIssued({ type: input.type, year, seq, number, letterId: letter.id, at: now });
  await db.letters.add(letter);
  await appendAudit(
    db,
    {
      actor,
      action: 'create',
      entity: 'surat',
      entityId: letter.id,
      summary: `${LETTER_TYPE_SHORT[input.type]} ${number} diterbitkan: ${input.perihal}`,
      after: { number, type: input.type, meetingId: input.meetingId, tujuan: input.tujuan },
    },
    now,
  );
  return letter;
}

/** Refuses before anything is read when the role may not issue letters. */
export function assertMayIssue(db: DtksDatabase): void {
  assertMayWrite(db, { actor: '', action: 'create', entity: 'surat', entityId: '', summary: '' });
}

/** The letters of one meeting, newest first. */
export async function listMeetingLetters(
  db: DtksDatabase,
  meetingId: string,
): Promise<MeetingLetter[]> {
  const rows = await db.letters
    .filter((row) => row.type !== 'sktm' && row.meetingId === meetingId)
    .toArray();
  return (rows as MeetingLetter[]).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function getMeetingLetter(
  db: DtksDatabase,
  id: string,
): Promise<MeetingLetter | undefined> {
  const row = await db.letters.get(id);
  return row && row.type !== 'sktm' ? row : undefined;
}
