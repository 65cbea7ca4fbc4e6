import { Refusal } from '@shared/domain/core/refusal';
import {
  KEMUDI_KIND,
  KEMUDI_STALE_MS,
  LOCKED_ELSEWHERE_MESSAGE,
  NOT_DRIVING_MESSAGE,
  OFFLINE_NO_KEMUDI_MESSAGE,
  claimedDoc,
  drivenElsewhereMessage,
  kemudiDocId,
  kemudiState,
} from '@shared/domain/sinkron/kemudi';
import type { KemudiDoc, KemudiState } from '@shared/domain/sinkron/kemudi';
import { formatWaktu } from '@shared/domain/core/tanggal';
import type { DtksDatabase } from '../core/database';
import { getSessionAccount } from '../core/session';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import { currentActor } from '../pengaturan/repository';
import { OfficeUnreachable, couchClient } from './nomor-kantor';
import type { OfficeNumberingConfig } from './nomor-kantor';
import { ensureOwnDeviceIdStored, ownDeviceName, peekOwnDeviceId } from './perangkat';
import { getSyncSettings } from './sync-settings';

/**
 * One PC drives a meeting at a time (issue 18); the rules and the document are in
 * shared/domain/sinkron/kemudi.ts. The server's document is the truth; this PC keeps the
 * last one it saw in its settings (`kemudi:<meetingId>`, never replicated), which is
 * what a decision checks inside its own transaction ({@link assertDrivesMeeting}): a PC
 * that held the lease when the server went away keeps deciding; one that did not cannot.
 */

/** The server the leases live on: the office's, set with the office sync (see useSync). */
export type KemudiServer = Pick<OfficeNumberingConfig, 'endpoint' | 'fetch' | 'timeoutMs'>;

const servers = new WeakMap<DtksDatabase, KemudiServer>();

/** Wires the lease to the office server while sync runs; null when it stops. */
export function setKemudiServer(db: DtksDatabase, server: KemudiServer | null): void {
  if (server) servers.set(db, server);
  else servers.delete(db);
}

export class KemudiRefusal extends Refusal {
  constructor(message: string) {
    super(message, { kind: 'kemudi' });
    this.name = 'KemudiRefusal';
  }
}

/** What the console shows: who drives, and whether the server answered. */
export type KemudiView = { state: KemudiState; online: boolean };

const localKey = (meetingId: string) => kemudiDocId(meetingId);

function isKemudiDoc(value: unknown): value is KemudiDoc {
  return Boolean(
    value &&
    typeof value === 'object' &&
    (value as { kind?: unknown }).kind === KEMUDI_KIND &&
    typeof (value as { deviceId?: unknown }).deviceId === 'string',
  );
}

async function seenLocally(db: DtksDatabase, meetingId: string): Promise<KemudiDoc | null> {
  const row = await db.settings.get(localKey(meetingId));
  return isKemudiDoc(row?.value) ? row.value : null;
}

async function remember(db: DtksDatabase, meetingId: string, doc: KemudiDoc | null) {
  if (doc) await db.settings.put({ key: localKey(meetingId), value: doc });
  else await db.settings.delete(localKey(meetingId));
}

/** Whether decisions need the lease: the office sync is set up on this (real) database. */
export async function kemudiRequired(db: DtksDatabase): Promise<boolean> {
  return Boolean((await getSyncSettings(db))?.enabled);
}

/**
 * The guard of every decision write, inside its transaction (which holds `settings`, where
 * this PC keeps the lease it last saw): with office sync set up (`required`, read before
 * the transaction: a transaction holding `sinkronState` is the sync's own and would not be
 * sent), only the PC holding the meeting's lease decides.
 */
export async function assertDrivesMeeting(
  db: DtksDatabase,
  meetingId: string,
  required: boolean,
): Promise<void> {
  if (!required) return;
  const own = peekOwnDeviceId(db);
  const doc = await seenLocally(db, meetingId);
  const state = kemudiState(doc, own ?? '', new Date());
  if (state.kind === 'milik-sendiri') return;
  if (state.kind === 'terkunci') throw new KemudiRefusal(LOCKED_ELSEWHERE_MESSAGE);
  if (state.kind === 'dipegang' || state.kind === 'basi') {
    throw new KemudiRefusal(
      `${drivenElsewhereMessage(state.doc)} Keputusan hanya dapat dicatat di PC itu.`,
    );
  }
  throw new KemudiRefusal(NOT_DRIVING_MESSAGE);
}

/**
 * The guard of every participant and attendance write (who was invited, who came), inside
 * its transaction, like {@link assertDrivesMeeting}: while another PC drives the meeting
 * (or its lease ran out there without being taken over, or the meeting was locked
 * elsewhere), this PC does not change its list. With no lease at all (the invitations
 * prepared days before, no console open anywhere) any PC may.
 */
export async function assertMayEditParticipants(
  db: DtksDatabase,
  meetingId: string,
  required: boolean,
): Promise<void> {
  if (!required) return;
  const own = peekOwnDeviceId(db);
  const state = kemudiState(await seenLocally(db, meetingId), own ?? '', new Date());
  if (state.kind === 'terkunci') throw new KemudiRefusal(LOCKED_ELSEWHERE_MESSAGE);
  if (state.kind === 'dipegang' || state.kind === 'basi') {
    throw new KemudiRefusal(
      `${drivenElsewhereMessage(state.doc)} Peserta dan kehadiran hanya dapat diubah di PC itu.`,
    );
  }
}

async function holder(db: DtksDatabase) {
  const deviceId = await ensureOwnDeviceIdStored(db);
  return { deviceId, deviceName: await ownDeviceName(db), actor: await currentActor(db) };
}

function clientOf(db: DtksDatabase) {
  const server = servers.get(db);
  if (!server) throw new OfficeUnreachable('sinkronisasi kantor belum tersambung');
  return couchClient(server);
}

async function meetingLocked(db: DtksDatabase, meetingId: string): Promise<boolean> {
  return (await db.meetings.get(meetingId))?.status === 'terkunci';
}

/** Reads the lease from the server (the last one seen, when the server is away). */
export async function readKemudi(
  db: DtksDatabase,
  meetingId: string,
  now = new Date(),
): Promise<KemudiView> {
  const own = await ensureOwnDeviceIdStored(db);
  try {
    const doc = await clientOf(db).get<KemudiDoc>(kemudiDocId(meetingId));
    await remember(db, meetingId, isKemudiDoc(doc) ? doc : null);
    return { state: kemudiState(isKemudiDoc(doc) ? doc : null, own, now), online: true };
  } catch (error) {
    if (!(error instanceof OfficeUnreachable)) throw error;
    return { state: kemudiState(await seenLocally(db, meetingId), own, now), online: false };
  }
}

const MAX_SWAPS = 8;

/**
 * Takes the lease when it is free, or renews it when this PC holds it (the console calls
 * it on opening and every {@link KEMUDI_RENEW_MS}). Another PC's lease is left alone and
 * reported. Without the server: this PC keeps what it held, and takes nothing.
 */
export async function claimKemudi(
  db: DtksDatabase,
  meetingId: string,
  now = new Date(),
): Promise<KemudiView> {
  checkPermission(db, 'update', 'keputusan musyawarah', { entityId: meetingId });
  if (await meetingLocked(db, meetingId)) {
    await remember(db, meetingId, null);
    return { state: { kind: 'bebas' }, online: true };
  }
  const me = await holder(db);
  try {
    const client = clientOf(db);
    for (let attempt = 0; attempt < MAX_SWAPS; attempt += 1) {
      const found = await client.get<KemudiDoc>(kemudiDocId(meetingId));
      const current = isKemudiDoc(found) ? found : null;
      const state = kemudiState(current, me.deviceId, now);
      if (state.kind === 'dipegang' || state.kind === 'basi' || state.kind === 'terkunci') {
        await remember(db, meetingId, state.doc);
        return { state, online: true };
      }
      const next = claimedDoc(current, meetingId, me, now);
      if ((await client.put(next)) === 'ok') {
        const stored = await client.get<KemudiDoc>(next._id);
        const doc = isKemudiDoc(stored) ? stored : next;
        await remember(db, meetingId, doc);
        return { state: { kind: 'milik-sendiri', doc }, online: true };
      }
    }
    throw new OfficeUnreachable('kemudi terus diubah PC lain; coba lagi');
  } catch (error) {
    if (!(error instanceof OfficeUnreachable)) throw error;
    return {
      state: kemudiState(await seenLocally(db, meetingId), me.deviceId, now),
      online: false,
    };
  }
}

/**
 * Lets go of the lease (the console closes, the meeting is locked). This PC stops deciding
 * at once; when the server is away, the lease there runs out by itself after a few minutes.
 */
export async function releaseKemudi(db: DtksDatabase, meetingId: string): Promise<void> {
  checkPermission(db, 'update', 'keputusan musyawarah', { entityId: meetingId });
  const own = peekOwnDeviceId(db);
  const local = await seenLocally(db, meetingId);
  if (local?.deviceId === own) await remember(db, meetingId, null);
  if (!servers.has(db)) return;
  // After the lock the lease closes for good, whoever held it: no stale copy takes it again.
  const locked = await meetingLocked(db, meetingId);
  const client = clientOf(db);
  for (let attempt = 0; attempt < MAX_SWAPS; attempt += 1) {
    const found = await client.get<KemudiDoc>(kemudiDocId(meetingId)).catch(() => null);
    const current = isKemudiDoc(found) ? found : null;
    if (current?.locked) return;
    if (!locked && (!current || current.released || current.deviceId !== own)) return;
    const at = new Date().toISOString();
    const next: KemudiDoc = current
      ? { ...current, released: true, renewedAt: at, ...(locked ? { locked: true } : {}) }
      : { ...claimedDoc(null, meetingId, await holder(db), new Date()), released: true, locked };
    const outcome = await client.put(next).catch(() => 'ok' as const);
    if (outcome === 'ok') return;
  }
}

/** Who may take over a lease another PC still renews: the admin and the Lurah. */
function mayOverride(db: DtksDatabase): boolean {
  const role = getSessionAccount(db)?.role;
  return role === undefined || role === 'admin' || role === 'lurah';
}

/**
 * "Ambil alih kemudi": takes the lease from another PC, when that PC is gone (the lease
 * not renewed for a few minutes) or, at any time, by the admin or the Lurah. Needs the
 * server; the audit log records who took it from which PC.
 */
export async function takeOverKemudi(
  db: DtksDatabase,
  meetingId: string,
  now = new Date(),
): Promise<KemudiView> {
  checkPermission(db, 'update', 'keputusan musyawarah', { entityId: meetingId });
  if (await meetingLocked(db, meetingId)) {
    throw new KemudiRefusal('Musyawarah sudah dikunci: tidak ada kemudi yang perlu diambil alih.');
  }
  const me = await holder(db);
  let client: ReturnType<typeof couchClient>;
  try {
    client = clientOf(db);
  } catch {
    throw new KemudiRefusal(OFFLINE_NO_KEMUDI_MESSAGE);
  }
  for (let attempt = 0; attempt < MAX_SWAPS; attempt += 1) {
    let found: KemudiDoc | null;
    try {
      found = await client.get<KemudiDoc>(kemudiDocId(meetingId));
    } catch (error) {
      if (error instanceof OfficeUnreachable) throw new KemudiRefusal(OFFLINE_NO_KEMUDI_MESSAGE);
      throw error;
    }
    const current = isKemudiDoc(found) ? found : null;
    const state = kemudiState(current, me.deviceId, now);
    if (state.kind === 'terkunci') throw new KemudiRefusal(LOCKED_ELSEWHERE_MESSAGE);
    if (state.kind === 'dipegang' && !mayOverride(db)) {
      const minutes = Math.round(KEMUDI_STALE_MS / 60_000);
      throw new KemudiRefusal(
        `${drivenElsewhereMessage(state.doc)} PC itu masih aktif (terakhir ${formatWaktu(state.doc.renewedAt)}). Kemudi dapat diambil alih bila PC itu tidak aktif lebih dari ${minutes} menit, atau oleh Admin atau Lurah.`,
      );
    }
    const previous = state.kind === 'dipegang' || state.kind === 'basi' ? state.doc : null;
    const next = { ...claimedDoc(current, meetingId, me, now), since: now.toISOString() };
    let outcome: 'ok' | 'conflict';
    try {
      outcome = await client.put(next);
    } catch (error) {
      if (error instanceof OfficeUnreachable) throw new KemudiRefusal(OFFLINE_NO_KEMUDI_MESSAGE);
      throw error;
    }
    if (outcome !== 'ok') continue;
    const stored = await client.get<KemudiDoc>(next._id).catch(() => null);
    const doc = isKemudiDoc(stored) ? stored : next;
    await db.transaction('rw', db.settings, db.audit, async () => {
      await remember(db, meetingId, doc);
      await appendAudit(db, {
        actor: me.actor,
        action: 'update',
        entity: 'keputusan musyawarah',
        entityId: meetingId,
        summary: previous
          ? `Kemudi musyawarah diambil alih dari PC ${previous.deviceName} (${previous.actor}, terakhir aktif ${formatWaktu(previous.renewedAt)}) oleh PC ${me.deviceName}`
          : `Kemudi musyawarah diambil oleh PC ${me.deviceName}`,
        before: previous ? { deviceId: previous.deviceId, deviceName: previous.deviceName } : null,
        after: { deviceId: me.deviceId, deviceName: me.deviceName },
      });
    });
    return { state: { kind: 'milik-sendiri', doc }, online: true };
  }
  throw new KemudiRefusal('Kemudi baru saja berubah di PC lain; coba lagi.');
}
