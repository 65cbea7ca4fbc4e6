import Dexie from 'dexie';
import { z } from 'zod';
import { LETTER_TYPES } from '@shared/domain/core/entities';
import { Refusal } from '@shared/domain/core/refusal';
import type { LetterType } from '@shared/domain/core/entities';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import {
  CLAIM_KIND,
  RESERVE_EMPTY_MESSAGE,
  changeCounter,
  claimDocId,
  claimDocPrefix,
  counterDocId,
  emptyCounter,
  mergeClaim,
  officeRegister,
} from '@shared/domain/sinkron/nomor-surat';
import type { ClaimDoc, CounterDoc, RegisterLine } from '@shared/domain/sinkron/nomor-surat';
import { LETTER_TYPE_LABELS } from '@shared/domain/surat/types';
import type { DtksDatabase } from '../core/database';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import { currentActor } from '../pengaturan/repository';
import { counterKey } from '../surat/settings-repository';
import { ensureOwnDeviceIdStored, ownDeviceId } from './perangkat';
import { NumberTaken, localNumberSource } from './nomor-sumber';
import type { NumberSource } from './nomor-sumber';

/**
 * Letter numbers from the office server (issue 18.3), see shared/domain/sinkron/nomor-surat.ts
 * for the documents and the gap rules. This PC keeps, per type and year, a settings row
 * `nomor-cadangan:<type>:<year>` (local only, never replicated):
 *
 * - `free`: numbers reserved for this PC on the server and not used yet;
 * - `pending`: claims (used or cancelled numbers) not yet on the server;
 * - `reported`: numbers whose claim is on the server but which the counter still
 *   lists as held by this PC (cleared by the next swap);
 * - `returning`: numbers being given back (kept until a swap succeeded: a lost answer
 *   must never put them back into use here while another PC may take them).
 *
 * A letter takes its number from `free` inside its own IndexedDB transaction; only
 * `prepare` and `settle`, outside transactions, talk to the server.
 */

export type OfficeNumberingConfig = {
  endpoint: CouchEndpoint;
  /**
   * Numbers held in reserve for working offline (default 10). 0: no reserve, every
   * letter claims its number from the server at issue (a PC that is always connected).
   */
  reserve?: number;
  /** Refill when the reserve falls to this many (default: half the reserve). */
  refillAt?: number;
  /** For tests and the Electron main process; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Milliseconds before the server counts as unreachable (default 8000). */
  timeoutMs?: number;
};

const KEY_PREFIX = 'nomor-cadangan:';
const reserveKey = (type: LetterType, year: number) => `${KEY_PREFIX}${type}:${year}`;

const claimSchema = z.looseObject({
  _id: z.string(),
  kind: z.literal(CLAIM_KIND),
  seq: z.number(),
  letterId: z.string(),
  status: z.enum(['terbit', 'batal']),
});

const reserveSchema = z.object({
  server: z.string(),
  free: z.array(z.number()),
  pending: z.array(claimSchema),
  reported: z.array(z.number()),
  returning: z.array(z.number()),
  conflicts: z.array(z.string()).optional(),
  /** This PC's letters numbered before it joined office numbering are queued as claims. */
  joined: z.boolean().optional(),
});
type Reserve = Omit<z.infer<typeof reserveSchema>, 'pending'> & { pending: ClaimDoc[] };

const serverName = (endpoint: CouchEndpoint) =>
  `${endpoint.url.replace(/\/+$/, '')}/${endpoint.database}`;

const emptyReserve = (server: string): Reserve => ({
  server,
  free: [],
  pending: [],
  reported: [],
  returning: [],
});

async function readReserve(
  db: DtksDatabase,
  server: string,
  type: LetterType,
  year: number,
): Promise<Reserve> {
  const row = await db.settings.get(reserveKey(type, year));
  const parsed = reserveSchema.safeParse(row?.value);
  // A reserve made on another server is not this office's: it does not count here.
  if (!parsed.success || parsed.data.server !== server) return emptyReserve(server);
  return parsed.data as Reserve;
}

async function updateReserve(
  db: DtksDatabase,
  server: string,
  type: LetterType,
  year: number,
  change: (reserve: Reserve) => Reserve,
): Promise<Reserve> {
  const write = async () => {
    const next = change(await readReserve(db, server, type, year));
    await db.settings.put({ key: reserveKey(type, year), value: next });
    return next;
  };
  const tx = Dexie.currentTransaction;
  if (tx && tx.storeNames.includes('settings')) return write();
  return db.transaction('rw', db.settings, write);
}

const ascending = (a: number, b: number) => a - b;
const union = (a: readonly number[], b: readonly number[]) =>
  [...new Set([...a, ...b])].sort(ascending);
const without = (a: readonly number[], b: readonly number[]) => {
  const drop = new Set(b);
  return a.filter((value) => !drop.has(value));
};

/**
 * No number left in this PC's reserve and the server away: the letter is refused, in the
 * clerk's words (a refusal: runAction shows it as it is, nothing was written).
 */
export class ReserveEmpty extends Refusal {
  constructor() {
    super(
      `${RESERVE_EMPTY_MESSAGE}, lalu coba lagi. Surat belum diterbitkan, tidak ada yang diubah.`,
      {
        kind: 'nomor-kantor',
      },
    );
    this.name = 'ReserveEmpty';
  }
}

/** The server could not be reached (network, timeout, 5xx): the reserve is what there is. */
export class OfficeUnreachable extends Error {
  constructor(cause: unknown) {
    super(
      `Server kantor tidak dapat dihubungi: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'OfficeUnreachable';
  }
}

/** A refusal the server gave for a reason a retry does not fix (401, 403, 404 database). */
export class OfficeRefused extends Refusal {
  constructor(status: number, reason: string) {
    super(
      status === 401 || status === 403
        ? `Server kantor menolak pengguna atau sandi (${status}): periksa Pengaturan → Sinkronisasi kantor.`
        : `Server kantor menolak permintaan (${status}): ${reason}`,
      { kind: 'nomor-kantor' },
    );
    this.name = 'OfficeRefused';
  }
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The few calls of CouchDB 3's documented HTTP API this module needs. */
export function couchClient(config: OfficeNumberingConfig) {
  const { endpoint } = config;
  const doFetch = config.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = `${endpoint.url.replace(/\/+$/, '')}/${encodeURIComponent(endpoint.database)}`;
  const headers = {
    accept: 'application/json',
    'content-type': 'application/json',
    authorization: `Basic ${base64(`${endpoint.username}:${endpoint.password}`)}`,
  };
  async function call(method: string, path: string, body?: unknown) {
    let response: Response;
    try {
      response = await doFetch(`${base}/${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(config.timeoutMs ?? 8000),
      });
    } catch (error) {
      throw new OfficeUnreachable(error);
    }
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.status >= 500) throw new OfficeUnreachable(`HTTP ${response.status}`);
    return { status: response.status, json };
  }
  const refused = (status: number, json: Record<string, unknown>) =>
    new OfficeRefused(status, String(json.reason ?? json.error ?? ''));
  return {
    /** The document, or null when it does not exist. */
    async get<T>(id: string): Promise<T | null> {
      const { status, json } = await call('GET', encodeURIComponent(id));
      if (status === 404 && json.reason !== 'Database does not exist.') return null;
      if (status !== 200) throw refused(status, json);
      return json as T;
    },
    /** PUT with the `_rev` in the body: 'conflict' when someone changed it since it was read. */
    async put(doc: { _id: string; _rev?: string }): Promise<'ok' | 'conflict'> {
      const { status, json } = await call('PUT', encodeURIComponent(doc._id), doc);
      if (status === 201 || status === 202) return 'ok';
      if (status === 409) return 'conflict';
      throw refused(status, json);
    },
    async allDocs<T>(prefix: string): Promise<T[]> {
      const query = `_all_docs?include_docs=true&startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(`${prefix}\ufff0`))}`;
      const { status, json } = await call('GET', query);
      if (status !== 200) throw refused(status, json);
      const rows = (json.rows ?? []) as { doc?: T }[];
      return rows.flatMap((row) => (row.doc ? [row.doc] : []));
    },
  };
}
type CouchClient = ReturnType<typeof couchClient>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MAX_SWAPS = 12;

/**
 * Compare-and-swap on the counter: read it with its _rev, change it, write it with that
 * _rev; on 409 (another PC wrote first) wait a little longer each time and start again.
 */
async function swapCounter(
  client: CouchClient,
  type: LetterType,
  year: number,
  change: (counter: CounterDoc) => CounterDoc,
): Promise<CounterDoc> {
  for (let attempt = 0; attempt < MAX_SWAPS; attempt += 1) {
    const counter =
      (await client.get<CounterDoc>(counterDocId(type, year))) ?? emptyCounter(type, year);
    const next = change(counter);
    if ((await client.put(next)) === 'ok') return next;
    await sleep(Math.min(1000, 10 * 2 ** attempt) * (0.5 + Math.random()));
  }
  throw new OfficeUnreachable('penghitung nomor terus diubah PC lain; coba lagi');
}

/** Puts a claim on the server; a claim already there for the same letter is merged (cancellation wins). */
async function pushClaim(client: CouchClient, claim: ClaimDoc): Promise<'ok' | 'bentrok'> {
  for (let attempt = 0; attempt < MAX_SWAPS; attempt += 1) {
    const { _rev: _ignored, ...fresh } = claim;
    if ((await client.put(fresh)) === 'ok') return 'ok';
    const server = await client.get<ClaimDoc>(claim._id);
    if (!server) continue;
    const merged = mergeClaim(server, claim);
    if (!merged) return 'bentrok';
    if (merged === server) return 'ok';
    if ((await client.put(merged)) === 'ok') return 'ok';
    await sleep(10 * 2 ** attempt);
  }
  throw new OfficeUnreachable('klaim nomor terus diubah PC lain; coba lagi');
}

const chains = new Map<string, Promise<unknown>>();

/** One at a time per database, type and year, across this PC's windows where the browser allows. */
function exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, work) as Promise<T>;
  const previous = chains.get(name) ?? Promise.resolve();
  const run = previous.then(work, work);
  chains.set(
    name,
    run.catch(() => {}),
  );
  return run;
}

/**
 * One round with the server for a type and year: report pending claims, then (when
 * asked to take numbers, or there is something to tell the counter) one swap that
 * takes them, clears reported ones from this PC's holding, gives back `returning`
 * and adopts numbers held for this PC that it lost track of.
 */
async function syncRound(
  db: DtksDatabase,
  config: OfficeNumberingConfig,
  deviceId: string,
  type: LetterType,
  year: number,
  take: (reserve: Reserve) => number,
): Promise<Reserve> {
  const server = serverName(config.endpoint);
  const client = couchClient(config);
  const justJoined = await joinOffice(db, server, type, year);
  const before = await readReserve(db, server, type, year);
  // The local counter is past every number this PC ever used, locally or from the office.
  const floor = (await db.letterCounters.get(counterKey(type, year)))?.next ?? 1;
  const done: number[] = [];
  const clashes: string[] = [];
  for (const claim of before.pending) {
    const result = await pushClaim(client, claim);
    done.push(claim.seq);
    if (result === 'bentrok') {
      clashes.push(
        `Nomor ${claim.number} sudah tercatat di server untuk surat lain; surat ${claim.letterId} di PC ini memakai nomor yang sama.`,
      );
    }
  }
  let reserve =
    done.length === 0
      ? before
      : await updateReserve(db, server, type, year, (current) => ({
          ...current,
          pending: current.pending.filter((claim) => !done.includes(claim.seq)),
          reported: union(current.reported, done),
          conflicts: [...(current.conflicts ?? []), ...clashes],
        }));
  let count = take(reserve);
  if (
    count === 0 &&
    !justJoined &&
    reserve.reported.length === 0 &&
    reserve.returning.length === 0
  ) {
    // Nothing to change on the counter; still drop what a joining PC's old letters took.
    const counter = await client.get<CounterDoc>(counterDocId(type, year));
    const held = new Set(counter?.held[deviceId] ?? []);
    if (!reserve.free.some((seq) => !held.has(seq))) return reserve;
    reserve = await updateReserve(db, server, type, year, (current) => ({
      ...current,
      free: current.free.filter((seq) => held.has(seq)),
    }));
    count = take(reserve);
    if (count === 0) return reserve;
  }
  const snapshot = reserve;
  let outcome = { taken: [] as number[], adopted: [] as number[] };
  let stillHeld = new Set<number>();
  await swapCounter(client, type, year, (counter) => {
    const result = changeCounter(counter, deviceId, {
      take: count,
      reported: snapshot.reported,
      giveBack: snapshot.returning,
      known: [...snapshot.free, ...snapshot.pending.map((claim) => claim.seq)],
      floor,
    });
    outcome = result.change;
    stillHeld = new Set(result.counter.held[deviceId] ?? []);
    return result.counter;
  });
  reserve = await updateReserve(db, server, type, year, (current) => ({
    ...current,
    // A number another PC used before it joined (its claim came first) is not ours any more.
    free: union(
      current.free.filter((seq) => stillHeld.has(seq)),
      [...outcome.taken, ...outcome.adopted],
    ),
    reported: without(current.reported, snapshot.reported),
    returning: without(current.returning, snapshot.returning),
  }));
  return reserve;
}

/**
 * The first round for a type and year on an office server: every letter this PC
 * numbered itself that year (before office numbering) is queued as a claim, so the
 * office register lists it and the counter continues after it (the round's `floor`).
 * A number another PC already used shows as a clash. Returns whether it joined now.
 */
async function joinOffice(
  db: DtksDatabase,
  server: string,
  type: LetterType,
  year: number,
): Promise<boolean> {
  if ((await readReserve(db, server, type, year)).joined) return false;
  const deviceId = await ensureOwnDeviceIdStored(db);
  const letters = await db.letters.where('[type+year]').equals([type, year]).toArray();
  let joinedNow = false;
  await updateReserve(db, server, type, year, (reserve) => {
    if (reserve.joined) return reserve;
    joinedNow = true;
    const queued = new Set(reserve.pending.map((claim) => claim.seq));
    const claims: ClaimDoc[] = letters
      .filter((letter) => !queued.has(letter.seq))
      .map((letter) => ({
        _id: claimDocId(type, year, letter.seq),
        kind: CLAIM_KIND,
        letterType: type,
        year,
        seq: letter.seq,
        number: letter.number,
        letterId: letter.id,
        deviceId,
        status: letter.status === 'batal' ? 'batal' : 'terbit',
        issuedAt: letter.createdAt,
        ...(letter.status === 'batal' && letter.cancelledAt
          ? { cancelledAt: letter.cancelledAt, cancelReason: letter.cancelReason ?? '' }
          : {}),
      }));
    return { ...reserve, joined: true, pending: [...reserve.pending, ...claims] };
  });
  return joinedNow;
}

/** Years before this one that still hold a reserve on this PC. */
async function earlierYears(db: DtksDatabase, type: LetterType, year: number): Promise<number[]> {
  const rows = await db.settings.where('key').startsWith(`${KEY_PREFIX}${type}:`).toArray();
  return rows
    .map((row) => Number(row.key.slice(`${KEY_PREFIX}${type}:`.length)))
    .filter((value) => Number.isInteger(value) && value < year);
}

/** The office source of numbers for this PC; see the module comment. */
export function officeNumberSource(db: DtksDatabase, config: OfficeNumberingConfig): NumberSource {
  const server = serverName(config.endpoint);
  const reserveSize = Math.max(0, Math.trunc(config.reserve ?? 10));
  const refillAt = Math.min(
    reserveSize,
    Math.max(0, Math.trunc(config.refillAt ?? Math.ceil(reserveSize / 2))),
  );
  const lockName = (type: LetterType, year: number) => `nomor-surat:${db.name}:${type}:${year}`;
  const touched = new Set<string>();
  const wanted = (reserve: Reserve) => {
    if (reserveSize === 0) return reserve.free.length === 0 ? 1 : 0;
    return reserve.free.length <= refillAt ? reserveSize - reserve.free.length : 0;
  };

  const round = async (type: LetterType, year: number, take: (reserve: Reserve) => number) => {
    const deviceId = await ensureOwnDeviceIdStored(db);
    return exclusive(lockName(type, year), () => syncRound(db, config, deviceId, type, year, take));
  };

  return {
    mode: 'kantor',
    async prepare(type, year) {
      try {
        await round(type, year, wanted);
        // Last year's reserve cannot be used any more: give it back while online.
        for (const old of await earlierYears(db, type, year)) {
          await returnReserve(db, config, type, old).catch(() => {});
        }
      } catch (error) {
        // The reserve serves while the server is away (or refuses: the clerk hears why once it is spent).
        const reserve = await readReserve(db, server, type, year);
        if (reserve.free.length > 0) return;
        if (error instanceof OfficeRefused) throw error;
        throw new ReserveEmpty();
      }
    },
    async peek(type, year) {
      const first = (await readReserve(db, server, type, year)).free[0];
      if (first === undefined) throw new ReserveEmpty();
      return first;
    },
    async take(type, year, expected) {
      let seq: number | undefined;
      await updateReserve(db, server, type, year, (reserve) => {
        seq = reserve.free[0];
        if (seq === undefined) throw new ReserveEmpty();
        if (expected !== undefined && seq !== expected) {
          throw new NumberTaken();
        }
        return { ...reserve, free: reserve.free.slice(1) };
      });
      const taken = seq as number;
      // The local counter follows, so the preview and a later return to one PC continue from here.
      const key = counterKey(type, year);
      const local = (await db.letterCounters.get(key))?.next ?? 1;
      if (local <= taken) await db.letterCounters.put({ key, next: taken + 1 });
      touched.add(`${type}:${year}`);
      return taken;
    },
    async recordIssued(letter) {
      const deviceId = await ensureDeviceInTransaction(db);
      const claim: ClaimDoc = {
        _id: claimDocId(letter.type, letter.year, letter.seq),
        kind: CLAIM_KIND,
        letterType: letter.type,
        year: letter.year,
        seq: letter.seq,
        number: letter.number,
        letterId: letter.letterId,
        deviceId,
        status: 'terbit',
        issuedAt: letter.at.toISOString(),
      };
      await updateReserve(db, server, letter.type, letter.year, (reserve) => ({
        ...reserve,
        pending: [...reserve.pending.filter((row) => row.seq !== letter.seq), claim],
      }));
      touched.add(`${letter.type}:${letter.year}`);
    },
    async recordCancelled(letter, reason, at) {
      const deviceId = await ensureDeviceInTransaction(db);
      await updateReserve(db, server, letter.type, letter.year, (reserve) => {
        const queued = reserve.pending.find((row) => row.seq === letter.seq);
        const claim: ClaimDoc = {
          ...(queued ?? {
            _id: claimDocId(letter.type, letter.year, letter.seq),
            kind: CLAIM_KIND,
            letterType: letter.type,
            year: letter.year,
            seq: letter.seq,
            number: letter.number,
            letterId: letter.id,
            deviceId,
            issuedAt: letter.createdAt,
          }),
          status: 'batal',
          cancelledAt: at.toISOString(),
          cancelReason: reason,
        };
        return {
          ...reserve,
          pending: [...reserve.pending.filter((row) => row.seq !== letter.seq), claim],
        };
      });
      touched.add(`${letter.type}:${letter.year}`);
    },
    async settle(now = new Date()) {
      // A PC that numbered letters itself this year tells the office at once (not only at
      // its first office letter of that type), so no other PC is given those numbers.
      const year = now.getFullYear();
      for (const type of LETTER_TYPES) {
        if ((await readReserve(db, server, type, year)).joined) continue;
        if (!(await db.letterCounters.get(counterKey(type, year)))) continue;
        try {
          await round(type, year, () => 0);
        } catch {
          // Offline: the next settle tries again.
        }
      }
      // Claims left from an earlier session wait in their rows too.
      const rows = await db.settings.where('key').startsWith(KEY_PREFIX).toArray();
      for (const row of rows) {
        const parsed = reserveSchema.safeParse(row.value);
        if (parsed.success && parsed.data.server === server && parsed.data.pending.length > 0) {
          touched.add(row.key.slice(KEY_PREFIX.length));
        }
      }
      for (const item of [...touched]) {
        const [type, year] = item.split(':') as [LetterType, string];
        try {
          // Without a reserve a number is claimed only when a letter needs it (prepare).
          await round(type, Number(year), reserveSize === 0 ? () => 0 : wanted);
          touched.delete(item);
        } catch {
          // Offline: the claims wait in the reserve row and go with the next round.
        }
      }
    },
  };
}

/** Inside a transaction the id is already known (loaded when the database opened). */
async function ensureDeviceInTransaction(db: DtksDatabase): Promise<string> {
  await Promise.resolve();
  const id = ownDeviceId(db);
  if (!id) throw new Error('ID perangkat belum dimuat');
  return id;
}

/**
 * "Kembalikan nomor cadangan": this PC's unused numbers of a type and year go back to
 * the office (other PCs take them first). The numbers leave this PC's reserve at once
 * and for good; when the server cannot be reached they are given back with the next
 * round. Returns how many are on their way back.
 */
export async function returnReserve(
  db: DtksDatabase,
  config: OfficeNumberingConfig,
  type: LetterType,
  year: number,
): Promise<{ returned: number; waiting: boolean }> {
  const server = serverName(config.endpoint);
  const deviceId = await ensureOwnDeviceIdStored(db);
  return exclusive(`nomor-surat:${db.name}:${type}:${year}`, async () => {
    const reserve = await updateReserve(db, server, type, year, (current) => ({
      ...current,
      free: [],
      returning: union(current.returning, current.free),
    }));
    const count = reserve.returning.length;
    try {
      await syncRound(db, config, deviceId, type, year, () => 0);
      return { returned: count, waiting: false };
    } catch (error) {
      if (error instanceof OfficeRefused) throw error;
      return { returned: count, waiting: true };
    }
  });
}

/** What this PC holds for a type and year (for the settings page and the header). */
export async function reserveStatus(
  db: DtksDatabase,
  config: OfficeNumberingConfig,
  type: LetterType,
  year: number,
): Promise<{ free: number[]; waiting: number; returning: number[]; conflicts: string[] }> {
  const reserve = await readReserve(db, serverName(config.endpoint), type, year);
  return {
    free: reserve.free,
    waiting: reserve.pending.length,
    returning: reserve.returning,
    conflicts: reserve.conflicts ?? [],
  };
}

/** The office's register of numbers for a type and year, read from the server: every number once. */
export async function readOfficeRegister(
  config: OfficeNumberingConfig,
  type: LetterType,
  year: number,
  today = new Date(),
): Promise<RegisterLine[]> {
  const client = couchClient(config);
  const counter =
    (await client.get<CounterDoc>(counterDocId(type, year))) ?? emptyCounter(type, year);
  const claims = await client.allDocs<ClaimDoc>(claimDocPrefix(type, year));
  return officeRegister(counter, claims, year < today.getFullYear());
}

const configs = new WeakMap<DtksDatabase, OfficeNumberingConfig>();

/**
 * Connects letter numbering to the office sync settings: call with the config when
 * sync is switched on (and at start-up when it is on), with null when it is off.
 */
export function setOfficeNumbering(db: DtksDatabase, config: OfficeNumberingConfig | null): void {
  if (config) configs.set(db, config);
  else configs.delete(db);
}

/** The config set by {@link setOfficeNumbering}, if any. */
export function officeNumberingOf(db: DtksDatabase): OfficeNumberingConfig | undefined {
  return configs.get(db);
}

const sources = new WeakMap<
  DtksDatabase,
  { config: OfficeNumberingConfig; source: NumberSource }
>();

/** The source for a config: local (today's behaviour) without one, the office's with one. */
export function chooseNumberSource(
  db: DtksDatabase,
  config?: OfficeNumberingConfig | null,
): NumberSource {
  if (!config) return localNumberSource(db);
  const known = sources.get(db);
  if (known?.config === config) return known.source;
  const source = officeNumberSource(db, config);
  sources.set(db, { config, source });
  return source;
}

/** What the letter issuance uses: the office source when office numbering is set, else the local one. */
export function numberSourceFor(db: DtksDatabase): NumberSource {
  return chooseNumberSource(db, configs.get(db));
}

/** For the sync engine's background round: report what this PC used and refill its reserve. */
export async function settleOfficeNumbers(db: DtksDatabase, now = new Date()): Promise<void> {
  await numberSourceFor(db).settle(now);
}

/** Per letter type, what this PC holds of the office's numbers this year (Pengaturan → Sinkronisasi kantor). */
export type ReserveOverviewRow = {
  type: LetterType;
  free: number[];
  waiting: number;
  returning: number[];
  conflicts: string[];
};

/** Every letter type's reserve on this PC for a year; empty while office numbering is off. */
export async function reserveOverview(
  db: DtksDatabase,
  year: number,
): Promise<ReserveOverviewRow[]> {
  const config = officeNumberingOf(db);
  if (!config) return [];
  const rows: ReserveOverviewRow[] = [];
  for (const type of LETTER_TYPES) {
    rows.push({ type, ...(await reserveStatus(db, config, type, year)) });
  }
  return rows;
}

/**
 * Numbers the office reserved for a PC and nobody used before the year ended, per
 * type, read from the server: the office notes them in the Buku agenda.
 */
export async function unusedOfficeNumbers(
  db: DtksDatabase,
  year: number,
  today = new Date(),
): Promise<{ type: LetterType; lines: RegisterLine[] }[]> {
  const config = officeNumberingOf(db);
  if (!config) return [];
  const out: { type: LetterType; lines: RegisterLine[] }[] = [];
  for (const type of LETTER_TYPES) {
    const lines = (await readOfficeRegister(config, type, year, today)).filter(
      (line) => line.status === 'tidak-terpakai',
    );
    if (lines.length > 0) out.push({ type, lines });
  }
  return out;
}

/**
 * "Kembalikan nomor cadangan" (admin): this PC's unused numbers of a type and year go
 * back to the office; the change and its audit entry are one transaction, then the
 * server is told (now, or at the next round when it is away).
 */
export async function giveBackReserve(
  db: DtksDatabase,
  type: LetterType,
  year: number,
): Promise<{ returned: number; waiting: boolean }> {
  checkPermission(db, 'settings', 'nomor-surat-kantor');
  const config = officeNumberingOf(db);
  if (!config) {
    throw new Refusal(
      'Penomoran surat kantor belum aktif di PC ini: aktifkan sinkronisasi kantor dulu.',
      { kind: 'nomor-kantor' },
    );
  }
  const server = serverName(config.endpoint);
  const actor = await currentActor(db);
  await exclusive(`nomor-surat:${db.name}:${type}:${year}`, () =>
    db.transaction('rw', db.settings, db.audit, async () => {
      const before = await readReserve(db, server, type, year);
      if (before.free.length === 0) {
        throw new Refusal(
          `PC ini tidak memegang nomor cadangan ${LETTER_TYPE_LABELS[type]} ${year}.`,
          { kind: 'nomor-kantor' },
        );
      }
      await updateReserve(db, server, type, year, (current) => ({
        ...current,
        free: [],
        returning: union(current.returning, current.free),
      }));
      await appendAudit(db, {
        actor,
        action: 'settings',
        entity: 'nomor-surat-kantor',
        entityId: `${type}:${year}`,
        summary: `Nomor cadangan ${LETTER_TYPE_LABELS[type]} ${year} dikembalikan ke server kantor: nomor urut ${before.free.join(', ')}`,
      });
    }),
  );
  return returnReserve(db, config, type, year);
}
