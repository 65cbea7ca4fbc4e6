/**
 * Bench page functions for issue 18's office sync (bench/cases/sinkron.mjs): the wire
 * documents of the seeded office, the floor (`_bulk_docs` alone), a new PC's first pull
 * through the app's engine, and two PCs running the app's background sync.
 * Spread into window.dtksBench by bench-entry.ts.
 */
import Dexie, { liveQuery } from 'dexie';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import { SYNCED_TABLES, docIdOfRow, toWire } from '@shared/domain/sinkron/documents';
import { DATABASE_NAMES, DtksDatabase } from '../db/core/database';
import { idbDone, idbRequest } from '../db/core/raw-idb';
import { withoutIndexedFields } from './raw-rows';
import { SyncEngine, describeError, mirrorNameOf, startTracking } from '../db/sinkron/engine';
import { loadBrowserPouch } from '../db/sinkron/pouch-browser';
import type { PouchDatabase, PouchFactory } from '../db/sinkron/pouch-types';
import { SyncRunner } from '../db/sinkron/runner';
import { updateFamily } from '../db/warga/repository';

/** Documents per `_bulk_docs` request of the floor: the engine's replication batch. */
export const FLOOR_CHUNK = 500;

type WireDoc = { _id: string; t: string; d: unknown };
let wireDocs: WireDoc[] = [];

const pcName = (id: string) => `dtks-bench-pc-${id}`;

function endpointOf(url: string, database: string): CouchEndpoint {
  return { url, database, username: '', password: '' };
}

/** Time spent inside the mirror's calls, to tell HTTP + mirror writes from the Dexie apply. */
type Phases = {
  replicateFrom: number;
  replicateTo: number;
  /** The first pull's feed requests, each from its call to its answer (they overlap the writes). */
  firstPullFeed: number;
};

/**
 * The browser's PouchDB with one mirror per bench PC (two PCs share this origin, as the
 * unit tests' memory PCs share a process), timing what the engine asks of the mirror.
 */
async function pcPouch(id: string, phases?: Phases): Promise<PouchFactory> {
  const pouch = await loadBrowserPouch();
  const timedMirror = (mirror: PouchDatabase): PouchDatabase => {
    if (!phases) return mirror;
    const clock =
      <A extends unknown[], R>(key: keyof Phases, call: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        const start = performance.now();
        try {
          return await call(...args);
        } finally {
          phases[key] += performance.now() - start;
        }
      };
    const from = mirror.replicate.from.bind(mirror.replicate);
    const to = mirror.replicate.to.bind(mirror.replicate);
    mirror.replicate.from = clock('replicateFrom', from);
    mirror.replicate.to = clock('replicateTo', to);
    return mirror;
  };
  return {
    mirror: (name) => timedMirror(pouch.mirror(`${id}-${name}`)),
    remote: (endpoint) => {
      const remote = pouch.remote(endpoint);
      if (!phases) return remote;
      const changes = remote.changes.bind(remote);
      remote.changes = (options) => {
        // The first pull's own feed asks for conflicts; the replicator's does not.
        if (!options.conflicts) return changes(options);
        const start = performance.now();
        const answer = changes(options);
        // PouchDB's answer is a thenable event emitter (no `finally`).
        const done = () => {
          phases.firstPullFeed += performance.now() - start;
        };
        answer.then(done, done);
        return answer;
      };
      return remote;
    },
  };
}

const runners = new Map<string, { runner: SyncRunner; db: DtksDatabase }>();
let watched: Promise<number> | undefined;

export const sinkronCases = {
  /** The seeded office as the engine puts it on the wire: one document per replicated row. */
  async syncWireDocs() {
    const db = new DtksDatabase(DATABASE_NAMES.real);
    const docs: WireDoc[] = [];
    const perTable: Record<string, number> = {};
    for (const table of SYNCED_TABLES) {
      const rows = (await db.table(table).toArray()) as { id: string }[];
      perTable[table] = rows.length;
      for (const row of rows)
        docs.push({ _id: docIdOfRow(table, row), t: table, d: toWire(table, row) });
    }
    db.close();
    wireDocs = docs;
    const bytes = docs.reduce((sum, doc) => sum + JSON.stringify(doc).length, 0);
    return { docs: docs.length, perTable, bytes };
  },

  /**
   * The floor: the same documents POSTed to `/{database}/_bulk_docs` of an empty database,
   * {@link FLOOR_CHUNK} per request, one request after another, the server assigning the
   * revisions (what a seeded PC's push amounts to on the wire, and nothing else).
   */
  async syncFloor(url: string, database: string) {
    if (wireDocs.length === 0) throw new Error('syncWireDocs first');
    const start = performance.now();
    for (let i = 0; i < wireDocs.length; i += FLOOR_CHUNK) {
      const response = await fetch(`${url}/${database}/_bulk_docs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ docs: wireDocs.slice(i, i + FLOOR_CHUNK) }),
      });
      if (!response.ok) throw new Error(`_bulk_docs: ${response.status}`);
      const results = (await response.json()) as { ok?: boolean }[];
      if (results.some((result) => !result.ok)) throw new Error('_bulk_docs refused a document');
    }
    return { ms: performance.now() - start, docs: wireDocs.length };
  },

  /**
   * Peer for the first pull: the same office pulled by PouchDB's own replicator into a new,
   * empty PouchDB in this browser (its IndexedDB adapter), 500 documents a batch with four
   * batches in flight, as the engine asks its mirror; the documents only, not the app's
   * rows. The well-kept library doing a new PC's pull.
   */
  async syncPouchPeer(url: string, database: string) {
    const pouch = await loadBrowserPouch();
    const name = 'bench-pouch-peer';
    await pouch.mirror(name).destroy();
    const local = pouch.mirror(name);
    try {
      const start = performance.now();
      await local.replicate.from(pouch.remote(endpointOf(url, database)), {
        batch_size: 500,
        batches_limit: 4,
      });
      const ms = performance.now() - start;
      return { ms, docs: (await local.info()).doc_count };
    } finally {
      await local.destroy();
    }
  },

  /**
   * What a new PC's first pull reads, alone: the server's changes feed with the documents,
   * 2,000 per request (the engine's first-pull batch), fetched and parsed, nothing stored.
   */
  async syncReadFeed(url: string, database: string) {
    const start = performance.now();
    let since: string | number = 0;
    let docs = 0;
    for (;;) {
      const response = await fetch(
        `${url}/${database}/_changes?include_docs=true&conflicts=true&limit=2000&since=${encodeURIComponent(String(since))}`,
      );
      if (!response.ok) throw new Error(`_changes: ${response.status}`);
      const feed = (await response.json()) as { results: unknown[]; last_seq: string | number };
      if (feed.results.length === 0) break;
      docs += feed.results.length;
      since = feed.last_seq;
    }
    return { ms: performance.now() - start, docs };
  },

  /**
   * A new PC: an empty app database, sync set up (tracking on, as saving the settings does),
   * then the app's engine runs its first cycle until it reports done. Timed from the engine's
   * creation (PouchDB already loaded) to the end of the cycle; the PC is kept for sync_steady.
   */
  async syncPull(id: string, url: string, database: string) {
    const endpoint = endpointOf(url, database);
    await Dexie.delete(pcName(id));
    const phases: Phases = { replicateFrom: 0, replicateTo: 0, firstPullFeed: 0 };
    const pouch = await pcPouch(id, phases);
    await pouch.mirror(mirrorNameOf(endpoint)).destroy();
    const db = new DtksDatabase(pcName(id));
    await db.open();
    await startTracking(db);
    const start = performance.now();
    const engine = new SyncEngine(db, endpoint, pouch);
    const report = await engine.sync().catch((error: unknown) => {
      throw new Error(`sync: ${describeError(error)} ${JSON.stringify(error)}`);
    });
    const ms = performance.now() - start;
    await engine.close();
    const [people, families, outbox] = await Promise.all([
      db.people.count(),
      db.families.count(),
      db.sinkronOutbox.count(),
    ]);
    db.close();
    return { ms, report, people, families, outbox, phases };
  },

  /**
   * The first pull's ceiling: every row a pulled PC holds in the replicated tables, with its
   * revision, added again with raw IndexedDB into an empty database of the app's schema, in
   * transactions of 2,000 documents (the first pull's batch), in the server's order; no HTTP,
   * no parsing, no rules, no Dexie. No pull storing these rows can go under it.
   */
  async syncStoreOnly(id: string, options: { primaryKeyOnly?: boolean } = {}) {
    const source = new DtksDatabase(pcName(id));
    const batches: { table: string; row: unknown }[] = [];
    for (const table of SYNCED_TABLES)
      for (const row of await source.table(table).toArray()) batches.push({ table, row });
    const revs: unknown[] = await source.sinkronRevs.toArray();
    source.close();
    const name = `${pcName(id)}-store-only`;
    await Dexie.delete(name);
    const schema = new DtksDatabase(name);
    await schema.open();
    schema.close();
    const db = await idbRequest(indexedDB.open(name));
    const tables = [...SYNCED_TABLES, 'sinkronRevs'];
    if (options.primaryKeyOnly) {
      // The variant without index entries: each row without the fields its indexes read.
      const strip = new Map(tables.map((table) => [table, withoutIndexedFields(db, table)]));
      for (const entry of batches) entry.row = strip.get(entry.table)?.(entry.row) ?? entry.row;
      const stripRev = strip.get('sinkronRevs');
      if (stripRev) revs.forEach((rev, i) => (revs[i] = stripRev(rev)));
    }
    const start = performance.now();
    try {
      for (let i = 0; i < batches.length; i += 2_000) {
        const tx = db.transaction(tables, 'readwrite');
        for (const { table, row } of batches.slice(i, i + 2_000)) tx.objectStore(table).add(row);
        for (const rev of revs.slice(i, i + 2_000)) tx.objectStore('sinkronRevs').add(rev);
        await idbDone(tx);
      }
      return { ms: performance.now() - start, rows: batches.length, revs: revs.length };
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  },

  /** Removes a bench PC (its app database and its mirror). */
  async syncDrop(id: string, url: string, database: string) {
    const pouch = await pcPouch(id);
    await pouch.mirror(mirrorNameOf(endpointOf(url, database))).destroy();
    await Dexie.delete(pcName(id));
  },

  /** Starts the app's background sync (the runner, default interval) for a bench PC. */
  async syncRunStart(id: string, url: string, database: string) {
    const db = new DtksDatabase(pcName(id));
    await db.open();
    const runner = new SyncRunner(db, () => pcPouch(id));
    await runner.start(endpointOf(url, database));
    // Settled: the first cycle has run (nothing waiting from the pull).
    await runner.syncNow();
    runners.set(id, { runner, db });
    return { outbox: await db.sinkronOutbox.count() };
  },

  async syncRunStop(id: string) {
    const entry = runners.get(id);
    runners.delete(id);
    await entry?.runner.stop();
    entry?.db.close();
  },

  /** Families to edit: ids of the first `count` families of a bench PC. */
  async syncFamilyIds(id: string, count: number) {
    const entry = runners.get(id);
    if (!entry) throw new Error(`PC ${id} is not running`);
    return (await entry.db.families.limit(count).primaryKeys()).map(String);
  },

  /**
   * Watches a family on a running PC, as the screens do (a live query): resolves with the
   * wall-clock time at which its address first reads `alamat`.
   */
  syncWatch(id: string, familyId: string, alamat: string) {
    const entry = runners.get(id);
    if (!entry) throw new Error(`PC ${id} is not running`);
    const { db } = entry;
    watched = new Promise<number>((resolve, reject) => {
      const subscription = liveQuery(() => db.families.get(familyId)).subscribe({
        next: (family) => {
          if (family?.alamat !== alamat) return;
          const at = performance.timeOrigin + performance.now();
          subscription.unsubscribe();
          resolve(at);
        },
        error: reject,
      });
    });
  },

  async syncSeen(timeoutMs: number) {
    if (!watched) throw new Error('syncWatch first');
    const seen = watched;
    watched = undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(-1), timeoutMs);
    });
    const at = await Promise.race([seen, timeout]);
    clearTimeout(timer);
    return at;
  },

  /**
   * A clerk edits a family's address on a running PC with the app's own write
   * (`updateFamily`); returns the wall-clock time at which the save started.
   */
  async syncEdit(id: string, familyId: string, alamat: string) {
    const entry = runners.get(id);
    if (!entry) throw new Error(`PC ${id} is not running`);
    const family = await entry.db.families.get(familyId);
    if (!family) throw new Error(`Keluarga ${familyId} tidak ada`);
    const at = performance.timeOrigin + performance.now();
    await updateFamily(entry.db, familyId, {
      noKk: family.noKk,
      alamat,
      rt: family.rt,
      rw: family.rw,
    });
    return { at, savedMs: performance.timeOrigin + performance.now() - at };
  },
};
