import Dexie, { type Table } from 'dexie';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import {
  REMOTE_KEY_PREFIX,
  SYNCED_TABLES,
  TABLE_LABELS,
  applyOrder,
  docIdOfRow,
  finalMeetingVersion,
  parseDocId,
  sameWire,
  toWire,
  type KeyRowLike,
  type SyncedTable,
} from '@shared/domain/sinkron/documents';
import type { DtksDatabase } from '../core/database';
import { DATABASE_NAMES } from '../core/database';
import { bulkKeysByIndex } from '../core/index-keys';
import { deferBerandaSummary, rebuildBerandaSummary } from '../beranda/summary-middleware';
import { deferFamilyListFacts, refillFamilyListFacts } from '../warga/family-list-facts';
import { pushOwnAuditEntries, storeIncomingAuditDocs } from './audit-perangkat';
import type { OutboxRow } from './outbox-middleware';
import { UNIQUE_KEYS, twinKey } from './unique-key-middleware';
import { STATE_KEYS, type SyncConflictRow } from './sync-tables';
import type { PouchDatabase, PouchDoc, PouchFactory } from './pouch-types';

type Doc = PouchDoc;

/** What one cycle did, for the header and the tests. */
export type SyncReport = {
  pulled: number;
  pushed: number;
  conflicts: number;
  refused: number;
};

const BATCH = 500;
/**
 * Documents per request and per Dexie transaction of a new PC's first pull: larger batches
 * mean fewer transactions (each reads what the rules need in bulk once).
 */
const FIRST_PULL_BATCH = 2000;

function childTable(table: SyncedTable): boolean {
  return table === 'decisions' || table === 'participants';
}

function rowLocked(row: unknown): boolean {
  return Boolean(row && typeof row === 'object' && (row as { lockedAt?: unknown }).lockedAt);
}

function randomRevHash(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The mirror's IndexedDB name: one per server database, never the training one's. */
export function mirrorNameOf(endpoint: CouchEndpoint): string {
  const base = `${endpoint.url.replace(/\/+$/, '')}/${endpoint.database}`;
  let hash = 0;
  for (let i = 0; i < base.length; i++) hash = (Math.imul(hash, 31) + base.charCodeAt(i)) | 0;
  return `dtks-sinkron-${(hash >>> 0).toString(36)}`;
}

/**
 * Replication of the office database through PouchDB: Dexie ⇄ a local PouchDB mirror ⇄ the
 * office's CouchDB. PouchDB's replicator speaks CouchDB's protocol (changes feed, `_local`
 * checkpoints, `_revs_diff`, `_bulk_docs`, `_bulk_get`) and keeps conflicts as CouchDB does.
 * The bridge between Dexie and the mirror is ours: the outbox (written by the middleware in
 * the same transaction as every change) goes to the mirror, and the mirror's changes come
 * back into Dexie, one Dexie transaction per batch with its checkpoint, so an interruption
 * anywhere resumes without losing or doubling anything.
 */
export class SyncEngine {
  private readonly mirror: PouchDatabase;
  private readonly remote: PouchDatabase;
  private running: Promise<SyncReport> | undefined;

  constructor(
    private readonly db: DtksDatabase,
    endpoint: CouchEndpoint,
    pouch: PouchFactory,
  ) {
    if (db.name === DATABASE_NAMES.training) {
      throw new Error('Data latihan tidak pernah disinkronkan');
    }
    this.mirror = pouch.mirror(mirrorNameOf(endpoint));
    this.remote = pouch.remote(endpoint);
  }

  private next: Promise<SyncReport> | undefined;
  /**
   * The mirror's sequence up to which everything is on the server (this session): at the
   * start of the last push that completed, or after a pull that followed it.
   */
  private pushedUpTo: number | string | undefined;

  /**
   * One full cycle: pull, apply, push. A call while a cycle runs gets the next one (which
   * sees everything written before the call); calls meanwhile share that next cycle.
   */
  sync(): Promise<SyncReport> {
    if (!this.running) {
      this.running = this.cycle().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.sync();
      });
    return this.next;
  }

  async close(): Promise<void> {
    await this.running?.catch(() => undefined);
    await this.mirror.close();
    await this.remote.close();
  }

  private async cycle(): Promise<SyncReport> {
    const report: SyncReport = { pulled: 0, pushed: 0, conflicts: 0, refused: 0 };
    try {
      await this.firstPull(report);
      const before = (await this.mirror.info()).update_seq;
      const fresh = before === 0;
      await this.mirror.replicate.from(this.remote, { batch_size: BATCH, batches_limit: 4 });
      // What came from the server needs not go back: with nothing of this PC's unsent
      // before, the push has nothing new until this PC writes to the mirror.
      if (before === this.pushedUpTo) this.pushedUpTo = (await this.mirror.info()).update_seq;
      // A new mirror holds only what the server sent: pushing starts after it. Otherwise the
      // first push walks every pulled document and asks the server about each (a new PC's
      // first pull of 50,000 people spent minutes being told the server had them).
      const pulledSeq = fresh ? (await this.mirror.info()).update_seq : undefined;
      await this.applyIncoming(report);
      await this.pushOutbox(report);
      // Each PC's audit chain travels whole, append-only (issue 18.3).
      await pushOwnAuditEntries(this.db, this.mirror);
      // Nothing written to the mirror since the last complete push: nothing to send (a PC
      // that only receives skips the push's round trips and checkpoint writes).
      const mirrorSeq = (await this.mirror.info()).update_seq;
      if (mirrorSeq !== this.pushedUpTo) {
        await this.mirror.replicate.to(this.remote, {
          batch_size: BATCH,
          batches_limit: 4,
          ...(pulledSeq ? { since: pulledSeq } : {}),
        });
        this.pushedUpTo = mirrorSeq;
      }
      // What the push's conflict handling wrote (a refusal, a resolved meeting) goes back in.
      await this.applyIncoming(report);
      await this.db.transaction('rw', this.db.sinkronState, async () => {
        await this.db.sinkronState.put({
          key: STATE_KEYS.lastSyncedAt,
          value: new Date().toISOString(),
        });
        await this.db.sinkronState.delete(STATE_KEYS.lastError);
      });
      return report;
    } catch (error) {
      await this.db.sinkronState.put({ key: STATE_KEYS.lastError, value: describeError(error) });
      throw error;
    }
  }

  // ---- server → Dexie, a new PC's first pull ----

  /**
   * A new PC (nothing applied yet, an empty mirror) takes the office straight from the
   * server's changes feed into the app database: one Dexie transaction per batch, with the
   * server's sequence reached, so an interruption resumes from there with nothing doubled.
   * The mirror gets no second copy of every document (pulling one through PouchDB's
   * replicator into its IndexedDB cost several times the whole transfer): it starts from the
   * sequence reached (PouchDB's checkpoint), and takes a document whole from the server when
   * this PC first changes it (in {@link pushBatch}). Documents in conflict, and those changed
   * here before the pull, go into the mirror whole and take the usual way (the rules read
   * their versions there); so does a later version of one of them. The Beranda's figures and
   * the families' list facts (head's name, member count) are counted once at the end.
   */
  private async firstPull(report: SyncReport): Promise<void> {
    const start = await this.firstPullStart();
    if (start === undefined) return;
    let { since } = start;
    const whole = new Set(start.whole);
    // Into a database holding none of the office's tables, a document this pull has not
    // stored yet is not here: the rules' reads of it are skipped (they cost more than the
    // writes). Known for this run only; a resumed pull reads everything.
    const stored = since === 0 && (await this.holdsNoRecords()) ? new Set<string>() : undefined;
    // The next batch is read from the server while this one is written into Dexie.
    const read = (from: number | string) => {
      const feed = this.remote.changes({
        since: from,
        limit: FIRST_PULL_BATCH,
        batch_size: FIRST_PULL_BATCH,
        include_docs: true,
        conflicts: true,
      });
      feed.catch(() => undefined); // awaited below; not unhandled if a write fails first
      return feed;
    };
    let next = read(since);
    for (;;) {
      const feed = await next;
      if (feed.results.length === 0) break;
      next = read(feed.last_seq);
      await this.applyFirstBatch(feed.results, feed.last_seq, whole, stored, report);
      since = feed.last_seq;
    }
    // The mirror's replication from the server starts where the pull ended (its checkpoint
    // is written there) and brings whatever came meanwhile.
    await this.mirror.replicate.from(this.remote, {
      batch_size: BATCH,
      batches_limit: 4,
      since,
    });
    const db = this.db;
    await db.transaction(
      'rw',
      [
        db.people,
        db.families,
        db.aid,
        db.proposals,
        db.assessments,
        db.berandaSummary,
        db.sinkronState,
      ],
      async () => {
        deferBerandaSummary();
        await refillFamilyListFacts();
        await rebuildBerandaSummary();
        if (!(await db.sinkronState.get(STATE_KEYS.appliedSeq)))
          await db.sinkronState.put({ key: STATE_KEYS.appliedSeq, value: 0 });
        await db.sinkronState.delete(STATE_KEYS.firstPull);
      },
    );
  }

  /** Where a first pull starts or resumes; `undefined` when this PC is past it. */
  private async firstPullStart(): Promise<FirstPullState | undefined> {
    const state = await this.db.sinkronState.get(STATE_KEYS.firstPull);
    if (state) {
      const value = state.value as { since: number | string; whole?: string[] };
      return { since: value.since, whole: value.whole ?? [] };
    }
    if (await this.db.sinkronState.get(STATE_KEYS.appliedSeq)) return undefined;
    if ((await this.mirror.info()).update_seq !== 0) return undefined;
    return { since: 0, whole: [] };
  }

  private async holdsNoRecords(): Promise<boolean> {
    for (const name of SYNCED_TABLES) if ((await this.db.table(name).count()) > 0) return false;
    return (await this.db.sinkronRevs.count()) === 0;
  }

  private async applyFirstBatch(
    results: { id: string; doc?: Doc }[],
    lastSeq: number | string,
    whole: Set<string>,
    stored: Set<string> | undefined,
    report: SyncReport,
  ): Promise<void> {
    const docs = results.map((change) => change.doc as Doc).filter(Boolean);
    await storeIncomingAuditDocs(this.db, docs);
    const rows = docs.flatMap((doc) => {
      const parsed = parseDocId(doc._id);
      return parsed ? [{ doc, ...parsed }] : [];
    });
    const absent = stored && ((docId: string) => !stored.has(docId));
    const here = rows.filter(({ doc }) => !absent?.(doc._id));
    const pendingRows = await this.db.sinkronOutbox.bulkGet(
      here.map(({ table, id }) => `${table}:${id}`),
    );
    const pending = new Set(here.filter((_, k) => pendingRows[k]).map(({ doc }) => doc._id));
    const toMirror: string[] = [];
    const plans: Plan[] = [];
    for (const { doc, table, id } of rows) {
      const conflicts = doc._conflicts ?? [];
      if (conflicts.length > 0 || pending.has(doc._id) || whole.has(doc._id)) {
        whole.add(doc._id);
        toMirror.push(doc._id);
        continue;
      }
      plans.push({
        docId: doc._id,
        table,
        id,
        rev: doc._rev,
        deleted: Boolean(doc._deleted),
        row: doc.d,
        conflictRevs: [],
      });
    }
    await this.copyWhole([...new Set(toMirror)]);
    plans.sort((a, b) => applyOrder(a.table) - applyOrder(b.table));
    const state: FirstPullState = { since: lastSeq, whole: [...whole] };
    await this.applyPlans(plans, { key: STATE_KEYS.firstPull, value: state }, report, true, absent);
    for (const plan of plans) stored?.add(plan.docId);
  }

  /**
   * Documents from the server into the mirror with every leaf of their revision trees (the
   * versions in conflict, and the deleted leaves that closed earlier ones).
   */
  private async copyWhole(ids: string[]): Promise<void> {
    for (const id of ids) {
      const leaves = await this.remote.get(id, { open_revs: 'all', revs: true });
      const docs = leaves.flatMap((leaf) => ('ok' in leaf ? [leaf.ok] : []));
      if (docs.length > 0) await this.mirror.bulkDocs(docs, { new_edits: false });
    }
  }

  /** The winning revisions from the server into the mirror, with their history. */
  private async copyToMirror(refs: { id: string; rev?: string }[]): Promise<void> {
    if (refs.length === 0) return;
    const found = await this.remote.bulkGet({ docs: refs, revs: true });
    const docs = found.results.flatMap((result) =>
      result.docs.flatMap((entry) => ('ok' in entry ? [entry.ok] : [])),
    );
    if (docs.length > 0) await this.mirror.bulkDocs(docs, { new_edits: false });
  }

  // ---- mirror → Dexie ----

  private async applyIncoming(report: SyncReport): Promise<void> {
    for (;;) {
      const since = (await this.db.sinkronState.get(STATE_KEYS.appliedSeq))?.value ?? 0;
      const feed = await this.mirror.changes({
        since: since as number | string,
        limit: BATCH,
        include_docs: true,
        conflicts: true,
      });
      if (feed.results.length === 0) return;
      const docs = feed.results.map((change) => change.doc as Doc).filter(Boolean);
      await storeIncomingAuditDocs(this.db, docs);
      const plans = await this.plan(docs);
      await this.applyPlans(
        plans,
        { key: STATE_KEYS.appliedSeq, value: feed.last_seq },
        report,
        false,
      );
    }
  }

  /** Reads what the rules need from the mirror before the Dexie transaction opens. */
  private async plan(docs: Doc[]): Promise<Plan[]> {
    const plans: Plan[] = [];
    for (const doc of docs) {
      const parsed = parseDocId(doc._id);
      if (!parsed) continue;
      let chosen: Doc = doc;
      let conflictRevs: string[] = doc._conflicts ?? [];
      let refused: string | undefined;
      if (conflictRevs.length > 0) {
        const leaves: Doc[] = [doc];
        for (const rev of conflictRevs)
          leaves.push((await this.mirror.get(doc._id, { rev })) as Doc);
        const versions = leaves.map((leaf) => ({ rev: leaf._rev, row: leaf.d as never, leaf }));
        const final = parsed.table === 'meetings' ? finalMeetingVersion(versions) : undefined;
        const identical = leaves.every((leaf) => sameWire(leaf.d, doc.d));
        if (final || identical) {
          chosen = final ? final.leaf : doc;
          const losers = leaves.filter((leaf) => leaf._rev !== chosen._rev);
          await this.mirror.bulkDocs(
            losers.map((leaf) => ({ _id: leaf._id, _rev: leaf._rev, _deleted: true }) as never),
          );
          if (final && losers.some((leaf) => !sameWire(leaf.d, chosen.d))) {
            refused = `Perubahan dari salinan lama ditolak: musyawarah ini sudah dikunci.`;
          }
          conflictRevs = [];
          chosen = { ...chosen, _rev: (await this.mirror.get(doc._id))._rev };
        }
      }
      plans.push({
        docId: doc._id,
        table: parsed.table,
        id: parsed.id,
        rev: chosen._rev,
        deleted: Boolean(chosen._deleted),
        row: chosen.d,
        conflictRevs: conflictRevs.length > 0 ? [chosen._rev, ...conflictRevs] : [],
        refused,
      });
    }
    return plans.sort((a, b) => applyOrder(a.table) - applyOrder(b.table));
  }

  /**
   * Stores a batch of incoming documents and `checkpoint` (how far the batch reached) in one
   * transaction. A first pull leaves the Beranda's figures to one recount at its end.
   */
  private async applyPlans(
    plans: Plan[],
    checkpoint: { key: string; value: unknown },
    report: SyncReport,
    firstPull: boolean,
    absent?: (docId: string) => boolean,
  ): Promise<void> {
    const db = this.db;
    const tables = SYNCED_TABLES.map((name) => db.table(name));
    await db.transaction(
      'rw',
      [...tables, db.sinkronState, db.sinkronRevs, db.sinkronOutbox, db.sinkronConflicts],
      async () => {
        if (firstPull) {
          deferBerandaSummary();
          // The families arrive with their list facts (head, member count) as their PC
          // counted them; the people of a family may come batches later. Checked once at
          // the end instead of a lookup of every family's members at each batch.
          deferFamilyListFacts();
        }
        const now = new Date().toISOString();
        // What the rules read, in a few bulk requests: one request per row and rule cost
        // about 6 ms a row in Chromium (a new PC's first pull of 50,000 people took minutes).
        // One after another: a native Promise.all here lost Dexie's transaction in Chromium.
        // A first pull into an empty database reads nothing of a document it has not stored.
        const known = plans.filter((plan) => !absent?.(plan.docId));
        const revsRead = await db.sinkronRevs.bulkGet(known.map((plan) => plan.docId));
        const pendingsRead = await db.sinkronOutbox.bulkGet(
          known.map((plan) => `${plan.table}:${plan.id}`),
        );
        const revs = new Map(known.map((plan, k) => [plan, revsRead[k]]));
        const pendings = new Map(known.map((plan, k) => [plan, pendingsRead[k]]));
        const locals = new Map<Plan, Record<string, unknown> | undefined>();
        for (const [table, indexes] of plansByTable(known)) {
          const rows = await db.table(table).bulkGet(indexes.map((i) => (known[i] as Plan).id));
          for (const [k, i] of indexes.entries())
            locals.set(known[i] as Plan, rows[k] as Record<string, unknown> | undefined);
        }
        const lockedKeys = await db.meetings
          .filter((meeting) => Boolean(meeting.lockedAt))
          .primaryKeys();
        const holders: Holders = new Map();
        for (const [table, counts] of uniqueCounts(plans)) {
          // Which record here holds each NIK / No. KK: the keys alone, every lookup at once
          // (an `anyOf` cursor stepped through 2,000 keys a batch and read each row it met).
          const values = [...counts.keys()];
          const ids = await bulkKeysByIndex(table, UNIQUE_KEYS[table].key, values);
          const held = new Map<string, string>();
          for (const [k, id] of ids.entries()) if (id !== undefined) held.set(values[k] ?? '', id);
          holders.set(table, { held, counts });
        }
        const lockedBefore = new Set(lockedKeys.map(String));
        // Rows to write, in the plans' order; written in bulk, a run of one table at a time.
        const queue: QueuedWrite[] = [];
        const revPuts: { key: string; rev: string }[] = [];
        const settled: string[] = [];
        // Notes are written together at the end. Only Dexie promises are awaited in here:
        // awaiting anything else loses Dexie's transaction (PrematureCommitError in Chromium).
        const notes: SyncConflictRow[] = [];
        const note = (
          plan: Plan,
          kind: SyncConflictRow['kind'],
          message: string,
          revsList?: string[],
        ) => {
          notes.push({
            key: `${kind}:${plan.docId}`,
            kind,
            table: plan.table,
            rowId: plan.id,
            message,
            at: now,
            ...(revsList ? { revs: revsList } : {}),
          });
        };
        const conflictNote = (plan: Plan) => {
          if (plan.conflictRevs.length === 0) {
            settled.push(`konflik:${plan.docId}`);
            return;
          }
          report.conflicts += 1;
          note(
            plan,
            'konflik',
            `${TABLE_LABELS[plan.table]} diubah di dua PC: kedua versi disimpan, pilih salah satu.`,
            plan.conflictRevs,
          );
        };
        const stored = (plan: Plan) => {
          revPuts.push({ key: plan.docId, rev: plan.rev });
          report.pulled += 1;
          conflictNote(plan);
          // An account refused here (its user name taken) and now stored: the clash was
          // resolved, here or on its PC ("Ganti nama akun"), and its notice goes.
          if (plan.table === 'accounts') settled.push(`ditolak:${plan.docId}`);
        };
        const refusedWrite = (plan: Plan, error: unknown) => {
          // A unique index (user name, decision per proposal) holds a different record here.
          report.refused += 1;
          note(plan, 'ditolak', refusalText(plan, error));
        };
        /** The queue in runs of one table and one kind of write, in order; empties it. */
        const takeRuns = () => {
          const runs: QueuedWrite[][] = [];
          for (const item of queue) {
            const last = runs.at(-1)?.[0];
            if (
              last &&
              last.plan.table === item.plan.table &&
              (last.row === undefined) === (item.row === undefined)
            )
              runs.at(-1)?.push(item);
            else runs.push([item]);
          }
          queue.length = 0;
          return runs;
        };
        /** One bulk write (a Dexie promise, so the transaction stays with the caller). */
        const writeRun = (run: QueuedWrite[]) => {
          const first = run[0] as QueuedWrite;
          const table = db.table(first.plan.table);
          const write =
            first.row === undefined
              ? table.bulkDelete(run.map(({ plan }) => plan.id))
              : table.bulkPut(run.map(({ row }) => row));
          return write
            .then(
              (): Record<number, unknown> => ({}),
              (error: unknown) => {
                if (!(error instanceof Dexie.BulkError)) throw error;
                return error.failuresByPos as Record<number, unknown>;
              },
            )
            .then((failures) => {
              for (const [i, { plan }] of run.entries()) {
                if (i in failures) refusedWrite(plan, failures[i]);
                else stored(plan);
              }
            });
        };
        for (const plan of plans) {
          const outboxKey = `${plan.table}:${plan.id}`;
          const pending = pendings.get(plan);
          const unique = this.uniqueValue(plan, holders);
          const oneByOne = (plan.table === 'keys' && !plan.deleted) || unique === null;
          let local = locals.get(plan);
          if (oneByOne) {
            // Rare rows whose rule reads what this batch writes: the batch so far goes first.
            for (const run of takeRuns()) await writeRun(run);
            local = (await this.localRow(plan)) as Record<string, unknown> | undefined;
          }
          if (plan.table === 'keys' && !plan.deleted) {
            const raw = (plan.row as KeyRowLike).publicKeyRaw;
            const known = await db.keys.filter((key) => key.publicKeyRaw === raw).first();
            if (known && known.id !== plan.id) {
              await db.sinkronRevs.put({ key: plan.docId, rev: plan.rev });
              continue;
            }
          }
          if (revs.get(plan)?.rev === plan.rev) {
            // Already here (this PC wrote it); a conflict with it is still listed.
            conflictNote(plan);
            continue;
          }

          if (plan.refused) {
            report.refused += 1;
            note(plan, 'ditolak', plan.refused);
          }
          // A locked meeting is final: a stale copy's change to its rows does not merge in.
          const meetingId = childTable(plan.table)
            ? String(
                (plan.row as { meetingId?: string } | undefined)?.meetingId ?? local?.meetingId,
              )
            : undefined;
          if (
            meetingId &&
            lockedBefore.has(meetingId) &&
            !sameWire(local, plan.deleted ? undefined : plan.row)
          ) {
            report.refused += 1;
            note(
              plan,
              'ditolak',
              `Perubahan ${TABLE_LABELS[plan.table].toLowerCase()} dari PC lain ditolak: musyawarahnya sudah dikunci.`,
            );
            // Ours goes back on top, so every PC ends with the locked version.
            revPuts.push({ key: plan.docId, rev: plan.rev });
            await db.sinkronOutbox.put({
              key: outboxKey,
              table: plan.table,
              id: plan.id,
              token: `tolak-${plan.rev}`,
            });
            continue;
          }
          if (pending) {
            const lockWins = plan.table === 'meetings' && rowLocked(plan.row) && !rowLocked(local);
            if (!lockWins) continue; // pushed next as a conflicting branch, never overwritten
            report.refused += 1;
            note(
              plan,
              'ditolak',
              'Perubahan musyawarah di PC ini ditolak: musyawarah sudah dikunci di PC lain.',
            );
            await db.sinkronOutbox.delete(outboxKey);
          }
          if (!oneByOne) {
            queue.push(
              plan.deleted ? { plan } : { plan, row: this.rowOfKnown(plan, local, unique) },
            );
            continue;
          }
          try {
            if (plan.deleted) await db.table(plan.table).delete(this.rowIdOf(plan));
            else await db.table(plan.table).put(await this.rowOf(plan, local));
          } catch (error) {
            refusedWrite(plan, error);
            continue;
          }
          stored(plan);
        }
        for (const run of takeRuns()) await writeRun(run);
        await db.sinkronRevs.bulkPut(revPuts);
        // A first pull settles nothing when no note was ever written here (a new PC).
        if (!firstPull || (await db.sinkronConflicts.count()) > 0)
          await db.sinkronConflicts.bulkDelete(settled);
        await db.sinkronConflicts.bulkPut(notes);
        await db.sinkronState.put(checkpoint);
      },
    );
  }

  /**
   * The unique key an incoming person or family gets when nothing else in the batch or
   * here claims its NIK / No. KK (`undefined` for other tables); `null` when something
   * does, and the row must go the one-by-one way that sees the batch's earlier writes.
   */
  private uniqueValue(plan: Plan, holders: Holders): string | undefined | null {
    if (plan.deleted || (plan.table !== 'people' && plan.table !== 'families')) return undefined;
    const value = (plan.row as Record<string, unknown>)[UNIQUE_KEYS[plan.table].field];
    if (typeof value !== 'string') return undefined;
    const known = holders.get(plan.table);
    const holder = known?.held.get(value);
    if ((known?.counts.get(value) ?? 0) > 1) return null;
    if (holder !== undefined && holder !== plan.id) return null;
    return value;
  }

  /** {@link rowOf} for a row whose unique key is already known (or not needed). */
  private rowOfKnown(
    plan: Plan,
    local: Record<string, unknown> | undefined,
    unique: string | undefined,
  ): unknown {
    if (plan.table === 'people' || plan.table === 'families') {
      if (unique === undefined) return plan.row;
      return { ...(plan.row as Record<string, unknown>), [UNIQUE_KEYS[plan.table].key]: unique };
    }
    if (plan.table !== 'keys') return plan.row;
    const key = plan.row as KeyRowLike;
    return {
      ...(local ?? {}),
      ...key,
      id: plan.id.startsWith(REMOTE_KEY_PREFIX) ? plan.id : key.id,
    };
  }

  private async localRow(plan: Plan): Promise<unknown> {
    return this.db.table(plan.table).get(this.rowIdOf(plan));
  }

  private rowIdOf(plan: Plan): string {
    return plan.id;
  }

  private async rowOf(plan: Plan, local: Record<string, unknown> | undefined): Promise<unknown> {
    if (plan.table === 'people' || plan.table === 'families') {
      // One NIK / No. KK entered on two PCs: both records stay, the second as a twin.
      const { field, key } = UNIQUE_KEYS[plan.table];
      const row = plan.row as Record<string, unknown>;
      const value = row[field];
      if (typeof value !== 'string') return row;
      const holder = (await this.db.table(plan.table).where(key).equals(value).first()) as
        { id: string } | undefined;
      const unique = holder && holder.id !== plan.id ? twinKey(value, plan.id) : value;
      return { ...row, [key]: unique };
    }
    if (plan.table !== 'keys') return plan.row;
    // Another PC's public key: verify-only, never in place of this PC's own key row.
    const key = plan.row as KeyRowLike;
    return {
      ...(local ?? {}),
      ...key,
      id: plan.id.startsWith(REMOTE_KEY_PREFIX) ? plan.id : key.id,
    };
  }

  // ---- Dexie → mirror ----

  private async pushOutbox(report: SyncReport): Promise<void> {
    const db = this.db;
    let after = '';
    for (;;) {
      const entries = await db.sinkronOutbox.where('key').above(after).limit(BATCH).toArray();
      if (entries.length === 0) return;
      after = entries[entries.length - 1]?.key ?? after;
      await this.pushBatch(entries, report);
    }
  }

  private async pushBatch(entries: OutboxRow[], report: SyncReport): Promise<void> {
    const db = this.db;
    const items: PushItem[] = [];
    for (const entry of entries) {
      if (!SYNCED_TABLES.includes(entry.table as SyncedTable)) continue;
      const table = entry.table as SyncedTable;
      const row = (await db.table(table).get(entry.id)) as { id: string } | undefined;
      if (table === 'keys' && (!row || entry.id.startsWith(REMOTE_KEY_PREFIX))) {
        items.push({ entry, docId: '', skip: true });
        continue;
      }
      const docId = row ? docIdOfRow(table, row) : `${table}:${entry.id}`;
      items.push({ entry, docId, table, row: row ? toWire(table, row) : undefined });
    }
    const live = items.filter((item) => !item.skip);
    const revs = await db.sinkronRevs.bulkGet(live.map((item) => item.docId));
    const mirrored = () =>
      this.mirror.allDocs({ keys: live.map((item) => item.docId), include_docs: true });
    let found = await mirrored();
    // Documents this PC took by its first pull (straight into the app database), changed
    // here for the first time: the mirror takes them whole from the server first, so the
    // change grows from the server's version (or stands beside it as a conflict).
    const missing = live.flatMap((item, i) =>
      !found.rows[i]?.value && revs[i] ? [{ id: item.docId }] : [],
    );
    if (missing.length > 0) {
      await this.copyToMirror(missing);
      found = await mirrored();
    }
    const lockedMeetings = new Set(
      (await db.meetings.filter((meeting) => Boolean(meeting.lockedAt)).primaryKeys()).map(String),
    );
    // A lock still waiting here was made here: its own rows go out with it.
    const lockedHere = new Set(
      (await db.sinkronOutbox.where('table').equals('meetings').toArray()).map((row) => row.id),
    );
    const plain: object[] = [];
    const branches: object[] = [];
    const restore: { item: PushItem; row: unknown }[] = [];
    for (const [i, item] of live.entries()) {
      const hit = found.rows[i] as
        | { value?: { rev: string; deleted?: boolean }; doc?: Doc | null; error?: string }
        | undefined;
      const current = hit?.value && !hit.value.deleted ? hit.value.rev : undefined;
      const currentRow = hit?.doc?.d;
      const base = revs[i]?.rev;
      const table = item.table as SyncedTable;
      if (!item.row && !current) continue; // created and deleted between two syncs
      if (current && item.row && sameWire(currentRow, item.row)) {
        item.rev = current;
        continue;
      }
      // A stale copy's change to a locked meeting's rows is refused here, before it leaves.
      const meetingId = childTable(table)
        ? (item.row as { meetingId?: string } | undefined)?.meetingId
        : undefined;
      if (meetingId && lockedMeetings.has(meetingId) && !lockedHere.has(meetingId)) {
        restore.push({ item, row: currentRow });
        continue;
      }
      const body = item.row
        ? { _id: item.docId, t: table, d: item.row }
        : { _id: item.docId, _deleted: true };
      if (!current || !base || base === current) {
        plain.push(current ? { ...body, _rev: current } : body);
        item.pending = plain.length - 1;
        continue;
      }
      // Changed here and elsewhere since the last sync: both versions stay, as a conflict.
      // The branch grows from the revision this PC last saw (its body may be compacted
      // away; its place in the history of the current version is all that is needed).
      const history = await this.historyFrom(item.docId, current, base);
      if (!history) {
        plain.push({ ...body, _rev: current });
        item.pending = plain.length - 1;
        continue;
      }
      const hash = randomRevHash();
      const start = history.start + 1;
      item.rev = `${start}-${hash}`;
      branches.push({
        ...body,
        _rev: item.rev,
        _revisions: { start, ids: [hash, ...history.ids] },
      });
    }
    const written = plain.length > 0 ? await this.mirror.bulkDocs(plain as never) : [];
    if (branches.length > 0) await this.mirror.bulkDocs(branches as never, { new_edits: false });
    for (const item of live) {
      if (item.pending === undefined) continue;
      const result = written[item.pending] as { ok?: boolean; rev?: string } | undefined;
      if (result?.ok && result.rev) item.rev = result.rev;
      else item.failed = true;
    }
    await db.transaction(
      'rw',
      [
        ...SYNCED_TABLES.map((name) => db.table(name)),
        db.sinkronState,
        db.sinkronRevs,
        db.sinkronOutbox,
        db.sinkronConflicts,
      ],
      async () => {
        for (const { item, row } of restore) {
          if (row) await db.table(item.entry.table).put(row);
          else await db.table(item.entry.table).delete(item.entry.id);
          await db.sinkronConflicts.put({
            key: `ditolak:${item.docId}`,
            kind: 'ditolak',
            table: item.entry.table,
            rowId: item.entry.id,
            message: `Perubahan ${TABLE_LABELS[item.table as SyncedTable].toLowerCase()} di PC ini ditolak: musyawarahnya sudah dikunci di PC lain.`,
            at: new Date().toISOString(),
          });
          await db.sinkronOutbox.delete(item.entry.key);
          report.refused += 1;
        }
        for (const item of items) {
          if (item.failed) continue;
          const still = await db.sinkronOutbox.get(item.entry.key);
          if (still?.token === item.entry.token) await db.sinkronOutbox.delete(item.entry.key);
          if (item.rev) {
            await db.sinkronRevs.put({ key: item.docId, rev: item.rev });
            report.pushed += 1;
          }
        }
      },
    );
  }

  private async historyFrom(
    docId: string,
    current: string,
    base: string,
  ): Promise<{ start: number; ids: string[] } | undefined> {
    const doc = (await this.mirror.get(docId, { rev: current, revs: true })) as Doc & {
      _revisions?: { start: number; ids: string[] };
    };
    const revisions = doc._revisions;
    if (!revisions) return undefined;
    const [generation, hash] = base.split('-');
    const at = revisions.start - Number(generation);
    if (at < 0 || revisions.ids[at] !== hash) return undefined;
    return { start: Number(generation), ids: revisions.ids.slice(at) };
  }

  // ---- conflicts ----

  /** The versions of a record in conflict, newest choice first. */
  async versionsOf(docId: string): Promise<{ rev: string; row: unknown }[]> {
    const doc = (await this.mirror.get(docId, { conflicts: true })) as Doc;
    const out = [{ rev: doc._rev, row: doc.d }];
    for (const rev of doc._conflicts ?? []) {
      const leaf = (await this.mirror.get(docId, { rev })) as Doc;
      out.push({ rev, row: leaf.d });
    }
    return out;
  }

  /** Keeps one version of a record in conflict; the others are closed on every PC. */
  async resolve(docId: string, keepRev: string): Promise<void> {
    const doc = (await this.mirror.get(docId, { conflicts: true })) as Doc;
    const keep = (await this.mirror.get(docId, { rev: keepRev })) as Doc;
    const leaves = [doc._rev, ...(doc._conflicts ?? [])];
    const writes: object[] = leaves
      .filter((rev) => rev !== doc._rev)
      .map((rev) => ({ _id: docId, _rev: rev, _deleted: true }));
    writes.push({ _id: docId, _rev: doc._rev, t: keep.t, d: keep.d });
    await this.mirror.bulkDocs(writes as never);
    // Written outside a cycle (maybe while one pulls): the next cycle pushes, whatever it pulls.
    this.pushedUpTo = undefined;
    await this.sync();
  }
}

/** A first pull under way: the server's sequence reached, and documents kept in the mirror. */
type FirstPullState = { since: number | string; whole: string[] };

type Plan = {
  docId: string;
  table: SyncedTable;
  id: string;
  rev: string;
  deleted: boolean;
  row: unknown;
  conflictRevs: string[];
  refused?: string;
};

type QueuedWrite = { plan: Plan; row?: unknown };

/** Indexes of the plans per table, in order. */
function plansByTable(plans: Plan[]): Map<SyncedTable, number[]> {
  const byTable = new Map<SyncedTable, number[]>();
  for (const [i, plan] of plans.entries()) {
    const list = byTable.get(plan.table) ?? [];
    list.push(i);
    byTable.set(plan.table, list);
  }
  return byTable;
}

/** How often each incoming NIK / No. KK comes in a batch, per table. */
function uniqueCounts(plans: Plan[]): Map<'people' | 'families', Map<string, number>> {
  const out = new Map<'people' | 'families', Map<string, number>>();
  for (const plan of plans) {
    if (plan.deleted || (plan.table !== 'people' && plan.table !== 'families')) continue;
    const value = (plan.row as Record<string, unknown> | undefined)?.[
      UNIQUE_KEYS[plan.table].field
    ];
    if (typeof value !== 'string') continue;
    const counts = out.get(plan.table) ?? new Map<string, number>();
    counts.set(value, (counts.get(value) ?? 0) + 1);
    out.set(plan.table, counts);
  }
  return out;
}

type Holders = Map<
  'people' | 'families',
  { held: Map<string, string>; counts: Map<string, number> }
>;

type PushItem = {
  entry: OutboxRow;
  docId: string;
  table?: SyncedTable;
  row?: unknown;
  skip?: boolean;
  pending?: number;
  rev?: string;
  failed?: boolean;
};

/** What the admin reads when a record from another PC cannot be stored here. */
function refusalText(plan: Plan, error: unknown): string {
  const username = (plan.row as { username?: unknown } | undefined)?.username;
  if (plan.table === 'accounts' && typeof username === 'string') {
    // Two PCs each made an account with this user name (typically each its own "admin").
    return `Akun “${username}” dari PC lain tidak disimpan di PC ini: nama pengguna “${username}” sudah dipakai akun lain yang dibuat di PC ini. Kedua akun tetap utuh (yang dari PC lain tetap ada di server); PC ini tetap memakai akunnya sendiri.`;
  }
  return `${TABLE_LABELS[plan.table]} dari PC lain tidak dapat disimpan: ${describeError(error)}`;
}

export function describeError(error: unknown): string {
  if (error instanceof Dexie.DexieError) return error.message;
  if (error && typeof error === 'object') {
    const { status, message, reason } = error as {
      status?: number;
      message?: string;
      reason?: string;
    };
    if (status === 401) return 'Nama pengguna atau kata sandi ditolak server.';
    if (status === 403) return 'Pengguna ini tidak punya hak atas database kantor.';
    if (status === 404) return 'Database kantor tidak ditemukan di server.';
    if (reason || message) return String(reason ?? message);
  }
  return String(error);
}

/** Marks every existing row to be sent: the first set-up of sync on a PC with data. */
export async function startTracking(db: DtksDatabase): Promise<void> {
  if (db.sinkronSwitch.tracking) return;
  // On first, so nothing written while the existing rows are listed is missed.
  db.sinkronSwitch.tracking = true;
  await db.sinkronState.put({ key: STATE_KEYS.tracking, value: true });
  for (const name of SYNCED_TABLES) {
    const table: Table = db.table(name);
    const ids = (await table.toCollection().primaryKeys()).map(String);
    for (let i = 0; i < ids.length; i += 5000) {
      const slice = ids.slice(i, i + 5000);
      await db.sinkronOutbox.bulkPut(
        slice.map((id) => ({ key: `${name}:${id}`, table: name, id, token: 'awal' })),
      );
    }
  }
}
