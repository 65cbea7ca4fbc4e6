import { sameWire } from '@shared/domain/sinkron/documents';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import type { DtksDatabase } from '../core/database';
import { couchClient, OfficeUnreachable, type OfficeNumberingConfig } from './nomor-kantor';
import { peekOwnDeviceId } from './perangkat';

/**
 * Which settings are the office's and which are this PC's (issue 18, "Gabung ke kantor").
 *
 * The office's, the same on every PC: the kelurahan's identity (letterhead, codes), the
 * update period and the data regime per period, each letter type's settings (number
 * format, signer, paper), the other offices' public keys trusted for verification, the
 * idle-lock minutes and the SIKS-NG portal address. The officials, accounts and the public
 * halves of the signing keys are rows of replicated tables and travel with them.
 *
 * This PC's own, never sent: its id and name (`perangkat-ini`), the operator name typed at
 * its first run, the letter numbers it holds in reserve, the meeting leases it last saw,
 * failed sign-ins, import history and feedback column mappings, the sync settings and
 * password (in `sinkronState` and the OS key store), and its private signing key.
 */
export function isOfficeSettingKey(key: string): boolean {
  return (
    key === 'kelurahan' ||
    key === 'periode' ||
    key === 'rezim-periode' ||
    key === 'kunci-otomatis' ||
    key === 'ekspor.portal' ||
    key.startsWith('surat.')
  );
}

/** Names for the notices, in the clerk's words. */
function labelOf(key: string): string {
  if (key === 'kelurahan') return 'Identitas kelurahan';
  if (key === 'periode') return 'Periode pemutakhiran';
  if (key === 'rezim-periode') return 'Rezim data per periode';
  if (key === 'kunci-otomatis') return 'Kunci layar otomatis';
  if (key === 'ekspor.portal') return 'Alamat portal SIKS-NG';
  if (key === 'surat.kunciTepercaya') return 'Kunci publik tepercaya';
  return `Pengaturan surat (${key.slice('surat.'.length)})`;
}

/**
 * On the server, one document per setting: `pengaturan-kantor:<key>`, changed only by
 * compare-and-swap like the letter counters. The sync engine ignores these ids (they are
 * not rows of a replicated table); they are read and written here, straight on the server.
 */
export const OFFICE_SETTING_PREFIX = 'pengaturan-kantor:';
export type OfficeSettingDoc = {
  _id: string;
  _rev?: string;
  key: string;
  value: unknown;
  /** The PC that wrote this version, and when. */
  deviceId: string;
  at: string;
};

/** What this PC and the server last agreed on, per key (`sinkronState`). */
const BOOK_KEY = 'pengaturanKantor';
type Book = Record<string, { rev: string; value: unknown }>;

async function readBook(db: DtksDatabase): Promise<Book> {
  const value = (await db.sinkronState.get(BOOK_KEY))?.value;
  return value && typeof value === 'object' ? (value as Book) : {};
}

type Server = Pick<OfficeNumberingConfig, 'endpoint' | 'fetch' | 'timeoutMs'>;

/** The office's settings as the server holds them. */
export async function readOfficeSettings(server: Server): Promise<OfficeSettingDoc[]> {
  const docs = await couchClient(server).allDocs<OfficeSettingDoc>(OFFICE_SETTING_PREFIX);
  return docs.filter((doc) => typeof doc.key === 'string' && isOfficeSettingKey(doc.key));
}

/**
 * Stores the office's settings on this PC as the server holds them and remembers the
 * agreement; used by the join, inside its own transaction (settings and sinkronState).
 */
export async function adoptOfficeSettings(
  db: DtksDatabase,
  docs: readonly OfficeSettingDoc[],
): Promise<void> {
  const book = await readBook(db);
  for (const doc of docs) {
    if (!doc._rev) continue;
    await db.settings.put({ key: doc.key, value: doc.value });
    book[doc.key] = { rev: doc._rev, value: doc.value };
  }
  await db.sinkronState.put({ key: BOOK_KEY, value: book });
}

export type OfficeSettingsReport = { received: string[]; sent: string[]; refused: string[] };

/**
 * One round after a sync: a setting changed on another PC comes here, one changed here
 * goes to the office. Changed on both while apart: the office's version stays (it was
 * there first) and the refusal is listed with the others, naming the setting; this PC's
 * change is still in its audit log (who, before, after). Never throws for an absent
 * server (the next round tries again).
 */
export async function settleOfficeSettings(
  db: DtksDatabase,
  endpoint: CouchEndpoint,
  options: { fetch?: typeof fetch } = {},
): Promise<OfficeSettingsReport> {
  const report: OfficeSettingsReport = { received: [], sent: [], refused: [] };
  const server: Server = { endpoint, ...(options.fetch ? { fetch: options.fetch } : {}) };
  const client = couchClient(server);
  let remote: OfficeSettingDoc[];
  try {
    remote = await readOfficeSettings(server);
  } catch (error) {
    if (error instanceof OfficeUnreachable) return report;
    throw error;
  }
  const byKey = new Map(remote.map((doc) => [doc.key, doc]));
  const book = await readBook(db);
  const localRows = (await db.settings.toArray()).filter((row) => isOfficeSettingKey(row.key));
  const local = new Map(localRows.map((row) => [row.key, row.value]));
  const keys = new Set([...byKey.keys(), ...local.keys()]);
  const apply: OfficeSettingDoc[] = [];
  const refused: OfficeSettingDoc[] = [];
  for (const key of keys) {
    const doc = byKey.get(key);
    const seen = book[key];
    const mine = local.get(key);
    if (doc && mine !== undefined && sameWire(doc.value, mine)) {
      if (doc._rev && seen?.rev !== doc._rev) book[key] = { rev: doc._rev, value: doc.value };
      continue;
    }
    const changedHere = mine !== undefined && (!seen || !sameWire(seen.value, mine));
    const changedThere = Boolean(doc && doc._rev !== seen?.rev);
    if (doc && changedThere) {
      apply.push(doc);
      if (changedHere) refused.push(doc);
      continue;
    }
    if (!changedHere) continue;
    const next: OfficeSettingDoc = {
      _id: `${OFFICE_SETTING_PREFIX}${key}`,
      ...(doc?._rev ? { _rev: doc._rev } : {}),
      key,
      value: mine,
      deviceId: peekOwnDeviceId(db) ?? '',
      at: new Date().toISOString(),
    };
    try {
      // 'conflict': another PC wrote first; the next round receives it.
      if ((await client.put(next)) !== 'ok') continue;
      const stored = await client.get<OfficeSettingDoc>(next._id);
      if (stored?._rev) book[key] = { rev: stored._rev, value: mine };
      report.sent.push(key);
    } catch (error) {
      if (error instanceof OfficeUnreachable) return report;
      throw error;
    }
  }
  await db.transaction('rw', db.settings, db.sinkronState, db.sinkronConflicts, async () => {
    for (const doc of apply) {
      // Changed here meanwhile (after the read above): the next round sees it.
      const current = (await db.settings.get(doc.key))?.value;
      if (!sameWire(current, local.get(doc.key))) continue;
      await db.settings.put({ key: doc.key, value: doc.value });
      if (doc._rev) book[doc.key] = { rev: doc._rev, value: doc.value };
      report.received.push(doc.key);
    }
    for (const doc of refused) {
      await db.sinkronConflicts.put({
        key: `ditolak:${doc._id}`,
        kind: 'ditolak',
        table: 'settings',
        rowId: doc.key,
        message: `${labelOf(doc.key)} diubah di PC ini dan di PC lain selagi terpisah: versi kantor (dari PC lain) yang dipakai. Perubahan di PC ini tetap tercatat di log audit; ubah lagi bila masih perlu.`,
        at: new Date().toISOString(),
      });
      report.refused.push(doc.key);
    }
    await db.sinkronState.put({ key: BOOK_KEY, value: book });
  });
  return report;
}

/** How often the background sync asks for the office's settings (they change rarely). */
export const OFFICE_SETTINGS_EVERY_MS = 10_000;
const lastRound = new WeakMap<DtksDatabase, number>();

/** {@link settleOfficeSettings} at most every {@link OFFICE_SETTINGS_EVERY_MS} (the runner's tick). */
export async function settleOfficeSettingsSometimes(
  db: DtksDatabase,
  endpoint: CouchEndpoint,
  now = Date.now(),
): Promise<void> {
  if (now - (lastRound.get(db) ?? 0) < OFFICE_SETTINGS_EVERY_MS) return;
  lastRound.set(db, now);
  await settleOfficeSettings(db, endpoint);
}
