import type { LetterType } from '../core/entities';

/**
 * Letter numbers across the PCs of one office (issue 18.3): unique and without gaps.
 *
 * The office's CouchDB database holds, per letter type and year,
 *
 * - one counter document ({@link counterDocId}): the next number never handed out,
 *   the numbers given back ("dikembalikan") waiting to be handed out again first,
 *   and the numbers each PC holds in reserve ("cadangan") but has not reported used;
 *   it only changes by compare-and-swap (PUT with the `_rev` read, 409 → read again);
 * - one claim document per number used ({@link claimDocId}): which letter, which PC,
 *   and whether it was cancelled. A cancelled number stays cancelled: a claim is
 *   never turned back to "terbit".
 *
 * A PC takes numbers from its own reserve only (so a letter can be issued inside one
 * IndexedDB transaction, and offline); the reserve is filled from the counter while
 * the server is reachable. Every number below the counter's `next` is therefore, at
 * any time, exactly one of: used (claim), held by one PC, or given back.
 *
 * Gaps: a PC gives its unused reserve back with "Kembalikan nomor cadangan" (and a
 * PC gives back last year's reserve by itself once it is online in the new year);
 * given-back numbers are handed out again before new ones, so they do not become
 * gaps while the year runs. What remains unused when the year is over (given back
 * too late, or held by a PC that never came back) is not hidden: the office register
 * ({@link officeRegister}) lists it as "tidak terpakai", with the PC that held it.
 */

export const COUNTER_KIND = 'nomor-surat-penghitung';
export const CLAIM_KIND = 'nomor-surat-klaim';

export type CounterDoc = {
  _id: string;
  _rev?: string;
  kind: typeof COUNTER_KIND;
  letterType: LetterType;
  year: number;
  /** The lowest number never handed out. */
  next: number;
  /** Numbers given back by a PC, handed out again first (lowest first). */
  returned: number[];
  /** Per PC id: numbers it holds and has not yet reported as used. */
  held: Record<string, number[]>;
};

export type ClaimStatus = 'terbit' | 'batal';

export type ClaimDoc = {
  _id: string;
  _rev?: string;
  kind: typeof CLAIM_KIND;
  letterType: LetterType;
  year: number;
  seq: number;
  /** The number as printed, e.g. 400.9.2/007/KEL-PHD/XI/2026. */
  number: string;
  letterId: string;
  deviceId: string;
  status: ClaimStatus;
  issuedAt: string;
  cancelledAt?: string;
  cancelReason?: string;
};

/** Document ids in the office database; `nomor-surat:` keeps them apart from replicated rows. */
export const counterDocId = (type: LetterType, year: number) =>
  `nomor-surat:penghitung:${type}:${year}`;
export const claimDocPrefix = (type: LetterType, year: number) =>
  `nomor-surat:klaim:${type}:${year}:`;
export const claimDocId = (type: LetterType, year: number, seq: number) =>
  `${claimDocPrefix(type, year)}${String(seq).padStart(6, '0')}`;

export function emptyCounter(type: LetterType, year: number): CounterDoc {
  return {
    _id: counterDocId(type, year),
    kind: COUNTER_KIND,
    letterType: type,
    year,
    next: 1,
    returned: [],
    held: {},
  };
}

const ascending = (a: number, b: number) => a - b;
const unique = (values: Iterable<number>) => [...new Set(values)].sort(ascending);

export type CounterChange = {
  /** Numbers newly reserved for the PC. */
  taken: number[];
  /** Numbers the PC held on the server but did not know of (a reservation whose answer was lost): now its own again. */
  adopted: number[];
  /** Numbers actually given back by this change. */
  given: number[];
};

/**
 * One compare-and-swap step for one PC, computed on the counter as read:
 *
 * - `take` numbers are reserved for the PC: given-back ones first, then new ones;
 * - `reported` numbers (their claims are on the server now) leave the PC's holding;
 * - `giveBack` numbers, if the PC still holds them, go to the given-back pool;
 * - numbers held for the PC that it does not know (`known` is everything it holds
 *   locally, in use or pending) are adopted: it lost the answer of an earlier swap;
 * - `floor` (the PC's own local counter) lifts `next`: a PC that numbered letters on
 *   its own before joining office numbering reports them as claims in the same round,
 *   and the office continues after its highest number. A reported number another PC
 *   holds, or that waits given back, is used now: it leaves that holding (the other
 *   PC drops it from its reserve at its next round).
 */
export function changeCounter(
  counter: CounterDoc,
  deviceId: string,
  request: {
    take: number;
    reported: readonly number[];
    giveBack: readonly number[];
    known: readonly number[];
    floor?: number;
  },
): { counter: CounterDoc; change: CounterChange } {
  const reported = new Set(request.reported);
  const giveBack = new Set(request.giveBack);
  const known = new Set(request.known);
  const heldBefore = (counter.held[deviceId] ?? []).filter((seq) => !reported.has(seq));
  const given = heldBefore.filter((seq) => giveBack.has(seq));
  const kept = heldBefore.filter((seq) => !giveBack.has(seq));
  const adopted = kept.filter((seq) => !known.has(seq));
  let returned = unique([...counter.returned, ...given]).filter((seq) => !reported.has(seq));
  const taken: number[] = [];
  let next = Math.max(counter.next, request.floor ?? 1);
  while (taken.length < request.take) {
    const reuse = returned[0];
    if (reuse !== undefined) {
      taken.push(reuse);
      returned = returned.slice(1);
    } else {
      taken.push(next);
      next += 1;
    }
  }
  const held: Record<string, number[]> = {};
  for (const [device, numbers] of Object.entries(counter.held)) {
    if (device === deviceId) continue;
    const left = numbers.filter((seq) => !reported.has(seq));
    if (left.length > 0) held[device] = left;
  }
  const mine = unique([...kept, ...taken]);
  if (mine.length > 0) held[deviceId] = mine;
  else delete held[deviceId];
  return {
    counter: { ...counter, next, returned, held },
    change: { taken, adopted, given },
  };
}

export type RegisterStatus = 'terbit' | 'batal' | 'cadangan' | 'dikembalikan' | 'tidak-terpakai';

export type RegisterLine = {
  seq: number;
  status: RegisterStatus;
  /** The PC that used or holds the number (absent for a given-back number). */
  deviceId?: string;
  number?: string;
  letterId?: string;
};

export const REGISTER_STATUS_LABELS: Record<RegisterStatus, string> = {
  terbit: 'terbit',
  batal: 'batal (nomor tetap tercatat)',
  cadangan: 'cadangan PC, belum dipakai',
  dikembalikan: 'dikembalikan, menunggu dipakai',
  'tidak-terpakai': 'tidak terpakai',
};

/**
 * Every number the office handed out for a type and year, exactly once, from 1 to
 * the counter's `next − 1`. Once the year is over, numbers still held or given back
 * can no longer be used: they show as "tidak terpakai" (with the PC that held them).
 */
export function officeRegister(
  counter: CounterDoc,
  claims: readonly ClaimDoc[],
  yearOver: boolean,
): RegisterLine[] {
  const bySeq = new Map(claims.map((claim) => [claim.seq, claim]));
  const holder = new Map<number, string>();
  for (const [deviceId, numbers] of Object.entries(counter.held)) {
    for (const seq of numbers) holder.set(seq, deviceId);
  }
  const returned = new Set(counter.returned);
  const lines: RegisterLine[] = [];
  for (let seq = 1; seq < counter.next; seq += 1) {
    const claim = bySeq.get(seq);
    if (claim) {
      lines.push({
        seq,
        status: claim.status,
        deviceId: claim.deviceId,
        number: claim.number,
        letterId: claim.letterId,
      });
    } else if (holder.has(seq)) {
      lines.push({
        seq,
        status: yearOver ? 'tidak-terpakai' : 'cadangan',
        deviceId: holder.get(seq),
      });
    } else if (returned.has(seq)) {
      lines.push({ seq, status: yearOver ? 'tidak-terpakai' : 'dikembalikan' });
    } else {
      // Cannot happen through this module; shown rather than hidden.
      lines.push({ seq, status: 'tidak-terpakai' });
    }
  }
  return lines;
}

/** Which claim wins when the server already has one for the number: a cancellation is final. */
export function mergeClaim(server: ClaimDoc, mine: ClaimDoc): ClaimDoc | null {
  if (server.letterId !== mine.letterId) return null;
  if (server.status === 'batal' || mine.status !== 'batal') return server;
  return {
    ...server,
    status: 'batal',
    cancelledAt: mine.cancelledAt,
    cancelReason: mine.cancelReason,
  };
}

export const RESERVE_EMPTY_MESSAGE = 'Cadangan nomor surat habis: sambungkan ke server kantor';
