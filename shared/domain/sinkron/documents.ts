/**
 * How rows of the local database become documents of the office's CouchDB database.
 * One document per row, `_id` = `<table>:<row id>`, the row itself under `d` (so no field
 * of ours can start with an underscore, which CouchDB reserves).
 */

import { SYNCED_TABLES, isSyncedTable } from './synced-tables';
import type { SyncedTable } from './synced-tables';

export { SYNCED_TABLES, isSyncedTable } from './synced-tables';
export type { SyncedTable } from './synced-tables';

/** Rows of a meeting that a lock makes final. */
export const MEETING_CHILD_TABLES = ['participants', 'decisions'] as const;

export type SyncDoc = {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  t: SyncedTable;
  d?: unknown;
};

export function docIdOf(table: SyncedTable, id: string): string {
  return `${table}:${id}`;
}

export function parseDocId(docId: string): { table: SyncedTable; id: string } | undefined {
  const at = docId.indexOf(':');
  if (at <= 0) return undefined;
  const table = docId.slice(0, at);
  if (!isSyncedTable(table)) return undefined;
  return { table, id: docId.slice(at + 1) };
}

/**
 * Signing keys: only the public half ever leaves the PC. The document is named after the
 * key's public bytes (every PC keeps its own key under the same row id), and arrives on the
 * other PCs as a verify-only row.
 */
export const REMOTE_KEY_PREFIX = 'kantor-';

export type KeyRowLike = {
  id: string;
  publicKeyRaw: string;
  createdAt: string;
  retiredAt?: string;
  privateKey?: unknown;
};

export function publicKeyRowOf(row: KeyRowLike): KeyRowLike {
  const id = row.id.startsWith(REMOTE_KEY_PREFIX)
    ? row.id
    : `${REMOTE_KEY_PREFIX}${row.publicKeyRaw}`;
  const out: KeyRowLike = { id, publicKeyRaw: row.publicKeyRaw, createdAt: row.createdAt };
  if (row.retiredAt) out.retiredAt = row.retiredAt;
  return out;
}

/** The document id of a row: keys are named by their public bytes, the rest by row id. */
export function docIdOfRow(table: SyncedTable, row: { id: string }): string {
  if (table === 'keys') return docIdOf('keys', publicKeyRowOf(row as KeyRowLike).id);
  return docIdOf(table, row.id);
}

/** What a row looks like on the wire: plain JSON, and never a private key. */
export function toWire(table: SyncedTable, row: unknown): unknown {
  const plain = table === 'keys' ? publicKeyRowOf(row as KeyRowLike) : row;
  const wire = JSON.parse(JSON.stringify(plain)) as Record<string, unknown>;
  // Each PC derives these itself: a twin here may be the first record of its NIK there.
  for (const local of LOCAL_FIELDS) delete wire[local];
  return wire;
}

/** Fields of a row that belong to one PC and never travel. */
export const LOCAL_FIELDS = ['nikKey', 'noKkKey'] as const;

/** Stable comparison of two wire rows (key order does not matter). */
export function sameWire(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Order in which a batch of incoming rows is applied: a meeting before its rows. */
export function applyOrder(table: SyncedTable): number {
  return SYNCED_TABLES.indexOf(table);
}

type Lockable = { lockedAt?: string };

/**
 * Of the versions of one meeting (the winner and its conflicts), the one every PC keeps:
 * a locked version is final, so it beats any unlocked one, whichever CouchDB picked.
 * Two locked versions (locked on two PCs while apart) stay a conflict for people to settle;
 * `undefined` then.
 */
export function finalMeetingVersion<T extends { rev: string; row: Lockable | undefined }>(
  versions: readonly T[],
): T | undefined {
  const locked = versions.filter((version) => version.row?.lockedAt);
  if (locked.length === 1) return locked[0];
  return undefined;
}

/** Labels of the replicated tables, for the conflict list. */
export const TABLE_LABELS: Record<SyncedTable, string> = {
  officials: 'Pejabat',
  accounts: 'Akun pengguna',
  keys: 'Kunci publik',
  contacts: 'Kontak musyawarah',
  importLayouts: 'Tata letak impor',
  families: 'Keluarga',
  people: 'Warga',
  aid: 'Bantuan',
  proposals: 'Usulan',
  assessments: 'Verifikasi lapangan',
  duplicateDecisions: 'Keputusan duplikat',
  meetings: 'Musyawarah',
  participants: 'Peserta musyawarah',
  decisions: 'Keputusan musyawarah',
};
