import { formatWaktu } from '../core/tanggal';

/**
 * "Kemudi" (issue 18): with office sync, a meeting is driven from one PC at a time. The
 * office's CouchDB holds one lease document per meeting ({@link kemudiDocId}); it changes
 * only by compare-and-swap (PUT with the `_rev` read; 409 → read again), like the letter
 * counters. The PC that holds it records the decisions; it renews the lease while its
 * console is open and releases it when the console closes or the meeting is locked.
 *
 * A lease not renewed for {@link KEMUDI_STALE_MS} belongs to a PC that is gone: any PC may
 * then take it over, explicitly. The admin or the Lurah may take it over at any time.
 * Without the server, a PC that holds the lease keeps deciding; one that does not cannot
 * take it.
 */

export const KEMUDI_KIND = 'kemudi-musyawarah';
export const KEMUDI_PREFIX = 'kemudi:';

/** How often the console renews its lease, and when an unrenewed lease counts as gone. */
export const KEMUDI_RENEW_MS = 30_000;
export const KEMUDI_STALE_MS = 3 * 60_000;

export const kemudiDocId = (meetingId: string) => `${KEMUDI_PREFIX}${meetingId}`;

export type KemudiDoc = {
  _id: string;
  _rev?: string;
  kind: typeof KEMUDI_KIND;
  meetingId: string;
  /** The PC that drives (perangkat.ts), its name as shown, and who is signed in there. */
  deviceId: string;
  deviceName: string;
  actor: string;
  /** When this PC took the lease, and when it last renewed it (ISO instants). */
  since: string;
  renewedAt: string;
  /** Set when the PC let go (console closed, meeting locked): the lease is free. */
  released?: boolean;
  /** Set with `released` by the lock: nobody drives this meeting again, on any PC. */
  locked?: boolean;
};

/** Who drives a meeting, as this PC sees it. */
export type KemudiState =
  | { kind: 'bebas' }
  | { kind: 'terkunci'; doc: KemudiDoc }
  | { kind: 'milik-sendiri'; doc: KemudiDoc }
  | { kind: 'dipegang'; doc: KemudiDoc }
  | { kind: 'basi'; doc: KemudiDoc };

export function kemudiState(
  doc: KemudiDoc | null | undefined,
  ownDeviceId: string,
  now: Date,
): KemudiState {
  if (doc?.locked) return { kind: 'terkunci', doc };
  if (!doc || doc.released) return { kind: 'bebas' };
  if (doc.deviceId === ownDeviceId) return { kind: 'milik-sendiri', doc };
  const age = now.getTime() - Date.parse(doc.renewedAt);
  if (!(age < KEMUDI_STALE_MS)) return { kind: 'basi', doc };
  return { kind: 'dipegang', doc };
}

/** "Musyawarah ini sedang dipimpin dari PC <nama> sejak <jam>". */
export function drivenElsewhereMessage(doc: KemudiDoc): string {
  const jam = formatWaktu(doc.since).split(' ').slice(-1)[0] ?? doc.since;
  return `Musyawarah ini sedang dipimpin dari PC ${doc.deviceName} sejak ${jam}${doc.actor ? ` (${doc.actor})` : ''}.`;
}

export const NOT_DRIVING_MESSAGE =
  'PC ini belum memegang kemudi musyawarah ini: keputusan hanya dicatat dari PC yang memegang kemudi. Buka Jalannya musyawarah saat server kantor terjangkau untuk mengambilnya.';

export const LOCKED_ELSEWHERE_MESSAGE =
  'Musyawarah ini sudah dikunci di PC lain: keputusannya final. Salinan di PC ini diperbarui pada sinkronisasi berikutnya.';

export const OFFLINE_NO_KEMUDI_MESSAGE =
  'Server kantor tidak dapat dihubungi. PC ini tidak memegang kemudi musyawarah ini dan tidak dapat mengambilnya tanpa server; keputusan dicatat dari PC yang memegang kemudi.';

export const OFFLINE_HOLDING_MESSAGE =
  'Server kantor tidak dapat dihubungi. PC ini tetap memegang kemudi, jadi keputusan tetap dapat dicatat; semuanya dikirim begitu server terjangkau lagi.';

/** The lease this PC takes (or renews): a new document, or the one read with its `_rev`. */
export function claimedDoc(
  current: KemudiDoc | null,
  meetingId: string,
  holder: { deviceId: string; deviceName: string; actor: string },
  now: Date,
): KemudiDoc {
  const at = now.toISOString();
  const keepSince = current && !current.released && current.deviceId === holder.deviceId;
  return {
    _id: kemudiDocId(meetingId),
    ...(current?._rev ? { _rev: current._rev } : {}),
    kind: KEMUDI_KIND,
    meetingId,
    deviceId: holder.deviceId,
    deviceName: holder.deviceName,
    actor: holder.actor,
    since: keepSince ? current.since : at,
    renewedAt: at,
  };
}
