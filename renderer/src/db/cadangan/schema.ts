import { z } from 'zod';
import { ROLES } from '@shared/domain/keamanan/accounts';
import {
  BATCH_STATES,
  MEETING_LETTER_TYPES,
  PRESENCE_STATUSES,
  PROPOSAL_KINDS,
  PROPOSAL_STATUSES,
} from '@shared/domain/core/entities';
import { AUDIT_ACTIONS } from '@shared/domain/keamanan/permissions';

/**
 * What a restored row must have before it may replace anything: its key and
 * every indexed field, with the type the index needs, plus the fields the
 * screens rely on. Other fields pass through unchanged (loose objects): the
 * file is authenticated, so these checks guard against files written by a
 * faulty or foreign program, not against an attacker.
 */
const id = z.string().min(1).max(200);
const text = z.string().max(100_000);
const optionalId = id.optional();

export const BACKUP_ROW_SCHEMAS = {
  settings: z.looseObject({ key: id, value: z.unknown() }),
  officials: z.looseObject({ id, nama: text, aktif: z.boolean() }),
  families: z.looseObject({ id, noKk: text, rt: text, rw: text, alamat: text, updatedAt: text }),
  people: z.looseObject({
    id,
    nik: text,
    familyId: id,
    nama: text,
    tanggalLahir: text,
    statusKeberadaan: z.enum(PRESENCE_STATUSES),
    searchTokens: z.array(text),
    dupNameKey: text,
    dupMotherKey: text,
    suspended: z.boolean().optional(),
  }),
  aid: z.looseObject({ id, familyId: id, personId: optionalId, programme: text, level: text }),
  proposals: z.looseObject({
    id,
    familyId: id,
    personId: id,
    status: z.enum(PROPOSAL_STATUSES),
    kind: z.enum(PROPOSAL_KINDS),
    period: text,
    createdAt: text,
    history: z.array(z.unknown()),
  }),
  assessments: z.looseObject({ id, proposalId: id, date: text }),
  photos: z.looseObject({
    id,
    proposalId: id,
    blob: z.custom<object>((v) => typeof v === 'object' && v !== null),
  }),
  duplicateDecisions: z.looseObject({ id, pairKey: text }),
  importLayouts: z.looseObject({ id, signature: text }),
  contacts: z.looseObject({ id, unsur: text, nama: text }),
  meetings: z.looseObject({
    id,
    status: z.enum(['persiapan', 'berlangsung', 'terkunci']),
    date: text,
  }),
  participants: z.looseObject({ id, meetingId: id }),
  decisions: z.looseObject({ id, meetingId: id, proposalId: id }),
  // The register holds SKTMs (about a resident) and the musyawarah's letters (issue 20).
  letters: z.union([
    z.looseObject({
      id,
      number: text,
      type: z.literal('sktm'),
      year: z.number().int(),
      date: text,
      status: z.enum(['terbit', 'batal']),
      personId: id,
      subject: z.looseObject({ nama: text, nik: text }),
    }),
    z.looseObject({
      id,
      number: text,
      type: z.enum(MEETING_LETTER_TYPES),
      year: z.number().int(),
      date: text,
      status: z.enum(['terbit', 'batal']),
      meetingId: id,
      perihal: text,
      tujuan: text,
    }),
  ]),
  letterCounters: z.looseObject({ key: id, next: z.number().int().min(1) }),
  batches: z.looseObject({
    id,
    state: z.enum(BATCH_STATES),
    meetingId: id,
    createdAt: text,
    number: z.number().int(),
  }),
  feedback: z.looseObject({ id, batchId: id, nik: text, proposalId: optionalId }),
  signedScans: z.looseObject({
    id,
    meetingId: id,
    sha256: text,
    bytes: z.custom<Uint8Array>((v) => Object.prototype.toString.call(v) === '[object Uint8Array]'),
  }),
  accounts: z.looseObject({
    id,
    username: text,
    nama: text,
    role: z.enum(ROLES),
    passwordHash: text,
    salt: text,
    iterations: z.number().int().min(1),
    active: z.boolean(),
  }),
  audit: z.looseObject({
    id,
    seq: z.number().int().min(1),
    at: text,
    actor: text,
    action: z.enum(AUDIT_ACTIONS),
    entity: text,
    entityId: text,
    summary: text,
  }),
} as const;

export type BackupTableName = keyof typeof BACKUP_ROW_SCHEMAS;

/**
 * Every table of the database except `keys`: the letter-signing private key is
 * deliberately not extractable, so it can never leave the browser profile. The
 * public keys travel in the backup's own `keys` section (keys.ts).
 */
export const BACKUP_TABLES = Object.keys(BACKUP_ROW_SCHEMAS) as BackupTableName[];
