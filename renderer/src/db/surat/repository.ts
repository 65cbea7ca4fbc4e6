import { localIsoDate } from '@shared/domain/core/tanggal';
import { Refusal } from '@shared/domain/core/refusal';
import { addDays } from 'date-fns';
import Dexie from 'dexie';
import type { z } from 'zod';
import { SHDK } from '@shared/domain/core/entities';
import type {
  ConfirmableField,
  Letter,
  LetterSigner,
  RegisterLetter,
  LetterType,
  PersonRow,
} from '@shared/domain/core/entities';
import { letterContentHash } from '@shared/domain/surat/content';
import { MARITAL_STATUS_LABELS, religionLabel } from '@shared/domain/core/labels';
import { lurahStanding } from '@shared/domain/core/signer';
import { formatLetterNumber } from '@shared/domain/surat/number';
import { issueLetterSchema } from '@shared/domain/surat/schema';
import type { IssueLetterInput } from '@shared/domain/surat/schema';
import { LETTER_TYPE_SHORT } from '@shared/domain/surat/types';
import { newId } from '@shared/domain/core/ids';
import { letterBlocker } from '@shared/domain/warga/person-fields';
import { signLetterPayload } from './signing';
import { appendAudit, assertMayWrite } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import { getLetterSettings } from './settings-repository';
import { getSessionAccount } from '../core/session';
import { currentActor, getIdentity } from '../pengaturan/repository';
import { checkPermission, permissionRefusal } from '../keamanan/permission-door';
import { numberSourceFor } from '../sinkron/nomor-kantor';
import { NumberTaken, numberTables } from '../sinkron/nomor-sumber';

/** The name written on the letter record: the signed-in account, as the audit log names it. */
async function actorName(db: DtksDatabase): Promise<string> {
  const account = getSessionAccount(db);
  return account ? `${account.nama} (${account.username})` : currentActor(db);
}

/**
 * A letter refused because the person's data the letter prints is not confirmed yet;
 * carries who and which fields, so the screen can link to the person's form.
 */
export class UnconfirmedFieldsError extends Refusal {
  readonly personId: string;
  readonly familyId: string;
  readonly fields: readonly ConfirmableField[];

  constructor(
    message: string,
    person: Pick<PersonRow, 'id' | 'familyId'>,
    fields: readonly ConfirmableField[],
  ) {
    super(message, { kind: 'surat' });
    this.name = 'UnconfirmedFieldsError';
    this.personId = person.id;
    this.familyId = person.familyId;
    this.fields = fields;
  }
}

/** A refusal worded for the clerk, with the form field it concerns; nothing was written. */
export class LetterError extends Refusal {
  constructor(message: string, field?: string) {
    super(message, { kind: 'surat', field });
    this.name = 'LetterError';
  }
}

const MAX_ATTEMPTS = 25;

export { localIsoDate };

function personSnapshot(person: PersonRow) {
  return {
    nik: person.nik,
    nama: person.nama,
    jenisKelamin: person.jenisKelamin,
    tempatLahir: person.tempatLahir,
    tanggalLahir: person.tanggalLahir,
  };
}

/**
 * Everything the letter says except its number, read and frozen before the
 * number is taken, so the write transaction only checks and stores.
 */
async function prepareLetter(db: DtksDatabase, input: z.output<typeof issueLetterSchema>) {
  const [identity, settings, person, official, actor] = await Promise.all([
    getIdentity(db),
    getLetterSettings(db, input.type),
    db.people.get(input.personId),
    db.officials.get(input.signerId),
    actorName(db),
  ]);
  if (!identity) throw new Error('Identitas kelurahan belum diisi');
  if (!person) throw new Error('Warga tidak ditemukan');
  // Before a number is taken: a letter never prints a value nobody confirmed (domain.md §5).
  const blocker = letterBlocker(person);
  if (blocker) throw new UnconfirmedFieldsError(blocker.message, person, blocker.fields);
  if (!official || !official.aktif) throw new Error('Pejabat penanda tangan tidak aktif');
  const family = await db.families.get(person.familyId);
  if (!family) throw new Error('Keluarga warga tidak ditemukan');
  const members = await db.people.where('familyId').equals(family.id).toArray();
  const dependants = input.dependantIds.map((id) => {
    const member = members.find((m) => m.id === id);
    if (!member || member.id === person.id) {
      throw new Error('Tanggungan harus anggota keluarga yang sama');
    }
    return { ...personSnapshot(member), shdk: SHDK[member.shdk] };
  });
  const ownName = lurahStanding(official.jabatan) !== undefined;
  if (ownName && input.delegation !== '') {
    throw new LetterError(
      `${official.jabatan} menandatangani atas namanya sendiri, tanpa a.n. atau u.b. Pilih "Ditandatangani sendiri" pada kedudukan tanda tangan.`,
      'delegation',
    );
  }
  if (!ownName && input.delegation === '') {
    throw new LetterError(
      `${official.nama} (${official.jabatan}) bukan Lurah, Plt. Lurah atau Plh. Lurah: surat ditandatangani a.n. Lurah (atau a.n. Lurah, u.b.). Pilih kedudukan tanda tangan itu.`,
      'delegation',
    );
  }
  const lurah = `Lurah ${identity.namaKelurahan}`;
  const signer: LetterSigner = {
    officialId: official.id,
    nama: official.nama,
    jabatan: official.jabatan,
    pangkatGolongan: official.pangkatGolongan,
    nip: official.nip,
    delegation: input.delegation,
    ...(input.delegation !== '' && { onBehalfOf: lurah }),
    ...(input.delegation === 'u.b.' && { via: input.via || settings.viaJabatan }),
  };
  const subject: Letter['subject'] = {
    ...personSnapshot(person),
    kewarganegaraan: input.kewarganegaraan,
    // Never unknown here: letterBlocker() refused above when either is.
    agama: religionLabel(person.agama ?? ''),
    statusKawin: person.statusKawin ? MARITAL_STATUS_LABELS[person.statusKawin] : '',
    pekerjaan: person.pekerjaan,
    alamat: `${family.alamat}, RT ${family.rt} RW ${family.rw}, Kelurahan ${identity.namaKelurahan}`,
    ...(settings.printNoKk && { noKk: family.noKk }),
  };
  return { identity, settings, person, actor, signer, subject, dependants };
}

/**
 * Issues a letter. The number is allocated in the same transaction that
 * stores the letter and its audit entry, so a number never exists without
 * its letter and is never reused or skipped.
 *
 * The QR signature covers the number, but WebCrypto is asynchronous and an
 * IndexedDB transaction commits as soon as it waits on anything else. So the
 * number is read first, the payload signed outside, and the transaction then
 * checks that the counter has not moved before writing. If another window
 * took that number meanwhile, the transaction aborts untouched and we sign
 * again with the next one.
 */
export async function issueLetter(
  db: DtksDatabase,
  raw: IssueLetterInput,
  now: Date = new Date(),
): Promise<Letter> {
  checkPermission(db, 'create', 'surat');
  const input = issueLetterSchema.parse(raw);
  // Refuse before a signing key is made or a number is looked at.
  assertMayWrite(db, { actor: '', action: 'create', entity: 'surat', entityId: '', summary: '' });
  const prepared = await prepareLetter(db, input);
  const { identity, settings, actor, signer, subject, dependants } = prepared;
  const date = localIsoDate(now);
  if (input.coverLetter.tanggal > date) {
    throw new Error('Tanggal surat pengantar tidak boleh sesudah hari ini');
  }
  const year = now.getFullYear();
  // The local counter, or this PC's reserve of the office's numbers (issue 18.3).
  const source = numberSourceFor(db);
  await source.prepare(input.type, year);

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const seq = await source.peek(input.type, year);
    const number = formatLetterNumber(settings.template, {
      seq,
      date: now,
      code: settings.kode,
      unitCode: identity.kodeSurat,
    });
    const qrPayload = await signLetterPayload(db, {
      number,
      date,
      name: subject.nama,
      nik: subject.nik,
      purpose: input.purpose,
      signer: signer.nama,
    });
    const letter: Letter = {
      id: newId(),
      type: input.type,
      year,
      seq,
      number,
      date,
      personId: input.personId,
      subject,
      dependants,
      purpose: input.purpose,
      ...(input.purposeKind && { purposeKind: input.purposeKind }),
      coverLetter: input.coverLetter,
      validUntil: localIsoDate(addDays(now, settings.validityDays)),
      signer,
      status: 'terbit',
      reprints: [],
      qrPayload,
      textVersion: 2,
      createdAt: now.toISOString(),
      createdBy: actor,
    };
    try {
      await db.transaction('rw', [...numberTables(db), db.letters, db.audit], async () => {
        await source.take(input.type, year, seq);
        await source.recordIssued({
          type: input.type,
          year,
          seq,
          number,
          letterId: letter.id,
          at: now,
        });
        await db.letters.add(letter);
        await appendAudit(
          db,
          {
            actor,
            action: 'create',
            entity: 'surat',
            entityId: letter.id,
            summary: `SKTM ${number} diterbitkan untuk ${subject.nama} (${input.purpose})`,
            after: {
              number,
              personId: letter.personId,
              purpose: letter.purpose,
              // The verify screen compares the letter row with this (log-check.ts).
              contentHash: letterContentHash(letter),
            },
          },
          now,
        );
      });
      void source.settle();
      return letter;
    } catch (error) {
      if (error instanceof NumberTaken) continue;
      if (error instanceof Dexie.ConstraintError || (error as Error).name === 'ConstraintError') {
        throw new Error(
          `Nomor ${number} sudah pernah dipakai surat lain. Periksa format nomor di Pengaturan surat: format harus memuat {nomor} dan {tahun}.`,
        );
      }
      throw error;
    }
  }
  throw new Error('Nomor surat sedang dipakai jendela lain terus-menerus. Coba lagi.');
}

/** What cancelling and reprinting change: the same fields on every type of letter. */
type CommonField = 'status' | 'cancelReason' | 'cancelledAt' | 'cancelledBy' | 'reprints';

async function changeLetter(
  db: DtksDatabase,
  id: string,
  change: (
    letter: RegisterLetter,
    actor: string,
  ) => { patch: Pick<Partial<RegisterLetter>, CommonField>; summary: string },
  action: 'update' | 'export',
  now: Date,
  afterChange?: (letter: RegisterLetter) => Promise<void>,
): Promise<RegisterLetter> {
  const actor = await actorName(db);
  return db.transaction('rw', [db.letters, db.audit, db.settings], async () => {
    const letter = await db.letters.get(id);
    if (!letter) throw new Error('Surat tidak ditemukan');
    const { patch, summary } = change(letter, actor);
    const next = { ...letter, ...patch } as RegisterLetter;
    await db.letters.put(next);
    await afterChange?.(next);
    await appendAudit(
      db,
      {
        actor,
        action,
        entity: 'surat',
        entityId: id,
        summary,
        before: letter.status,
        after: next.status,
      },
      now,
    );
    return next;
  });
}

/** A cancelled letter keeps its number; the reason is kept with it. */
export function cancelLetter(
  db: DtksDatabase,
  id: string,
  reason: string,
  now: Date = new Date(),
): Promise<RegisterLetter> {
  const refused = permissionRefusal(db, 'update', 'surat');
  if (refused) return refused;
  const why = reason.trim();
  if (why.length < 3) return Promise.reject(new Error('Alasan pembatalan wajib diisi'));
  // The office's claim of the number is marked cancelled too (issue 18.3).
  const source = numberSourceFor(db);
  const cancelled = changeLetter(
    db,
    id,
    (letter, actor) => {
      if (letter.status === 'batal') throw new Error(`Surat ${letter.number} sudah dibatalkan`);
      if (letter.type === 'berita_acara' || letter.type === 'sptjm') {
        // The number belongs to a locked meeting, its decisions and its batches.
        throw new Error(
          `Nomor ${LETTER_TYPE_SHORT[letter.type]} ${letter.number} milik musyawarah yang sudah dikunci dan tercetak di dokumennya: nomor ini tidak dapat dibatalkan.`,
        );
      }
      return {
        patch: {
          status: 'batal',
          cancelReason: why,
          cancelledAt: now.toISOString(),
          cancelledBy: actor,
        },
        summary: `${LETTER_TYPE_SHORT[letter.type]} ${letter.number} dibatalkan: ${why}`,
      };
    },
    'update',
    now,
    (letter) => source.recordCancelled(letter, why, now),
  );
  return cancelled.then((letter) => {
    void source.settle();
    return letter;
  });
}

/** A reprint is a copy of the same number, never a new letter. */
export function recordReprint(
  db: DtksDatabase,
  id: string,
  kind: 'cetak' | 'pdf' = 'cetak',
  now: Date = new Date(),
): Promise<RegisterLetter> {
  const refused = permissionRefusal(db, 'export', 'surat');
  if (refused) return refused;
  return changeLetter(
    db,
    id,
    (letter, actor) => ({
      patch: { reprints: [...letter.reprints, { at: now.toISOString(), by: actor, kind }] },
      summary: `${LETTER_TYPE_SHORT[letter.type]} ${letter.number} ${kind === 'pdf' ? 'disimpan ulang sebagai PDF' : 'dicetak ulang'} (salinan ke-${letter.reprints.length + 1})`,
    }),
    'export',
    now,
  );
}

/** The first print or PDF right after issuing: logged as an export, not a reprint. */
export async function recordFirstOutput(
  db: DtksDatabase,
  id: string,
  kind: 'cetak' | 'pdf',
  now: Date = new Date(),
): Promise<void> {
  checkPermission(db, 'export', 'surat');
  const actor = await actorName(db);
  await db.transaction('rw', db.letters, db.audit, async () => {
    const letter = await db.letters.get(id);
    if (!letter) throw new Error('Surat tidak ditemukan');
    await appendAudit(
      db,
      {
        actor,
        action: 'export',
        entity: 'surat',
        entityId: id,
        summary: `${LETTER_TYPE_SHORT[letter.type]} ${letter.number} ${kind === 'pdf' ? 'disimpan sebagai PDF' : 'dicetak'}`,
      },
      now,
    );
  });
}

export type LetterFilter = {
  /** YYYY-MM */
  month?: string;
  type?: LetterType;
  status?: Letter['status'];
};

/** The register, newest first. */
export async function listLetters(
  db: DtksDatabase,
  filter: LetterFilter = {},
): Promise<RegisterLetter[]> {
  const base = filter.month
    ? db.letters.where('date').between(`${filter.month}-01`, `${filter.month}-31`, true, true)
    : db.letters.toCollection();
  const rows = await base
    .filter(
      (letter) =>
        (!filter.type || letter.type === filter.type) &&
        (!filter.status || letter.status === filter.status),
    )
    .toArray();
  return rows.sort((a, b) => b.year - a.year || b.seq - a.seq);
}

export function getLetter(db: DtksDatabase, id: string): Promise<RegisterLetter | undefined> {
  return db.letters.get(id);
}

/** An SKTM only: the verify screen reads the QR of an SKTM. */
export async function getSktm(db: DtksDatabase, id: string): Promise<Letter | undefined> {
  const row = await db.letters.get(id);
  return row?.type === 'sktm' ? row : undefined;
}

export function findLetterByNumber(
  db: DtksDatabase,
  number: string,
): Promise<RegisterLetter | undefined> {
  return db.letters.where('number').equals(number).first();
}

/** Exports of the register leave the office: log them with what was in them. */
export async function logRegisterExport(
  db: DtksDatabase,
  filter: LetterFilter,
  count: number,
): Promise<void> {
  checkPermission(db, 'export', 'buku-agenda');
  const actor = await actorName(db);
  await db.transaction('rw', db.audit, async () => {
    await appendAudit(db, {
      actor,
      action: 'export',
      entity: 'buku-agenda',
      entityId: filter.month ?? 'semua',
      summary: `Buku agenda surat keluar diekspor ke XLSX (${count} surat)`,
      after: filter,
    });
  });
}
