import Dexie from 'dexie';
import { all, andThen as then, equal, transactionQueues, type P } from '../core/middleware-steps';
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreKeyRange,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  applyFamily,
  applyPerson,
  familyFacts,
  personFacts,
  sameFamilyFacts,
  setDupGroup,
  SUMMARY_ID,
} from '@shared/domain/beranda/summary';
import type { BerandaSummary, DupKind, FamilyFacts } from '@shared/domain/beranda/summary';
import {
  applyAssessment,
  applyProposal,
  applyProposalPlace,
  assessmentSummaryFacts,
  proposalSummaryFacts,
} from '@shared/domain/beranda/period-summary';
import type { PeriodMap } from '@shared/domain/beranda/period-summary';
import type { AidReceived } from '@shared/domain/core/entities';
import { hasExistingOverlap } from '@shared/domain/warga/overlap';
import { withAwayStatus } from '@shared/domain/warga/person-keys';
import { numberKeyBounds } from '@shared/domain/warga/number-keys';
import { eachRow, periodsIn, recomputeIn, SUMMARY_TABLE } from './summary-source';
import { idbRequest } from '../core/raw-idb';

/**
 * Keeps the Beranda's summary (shared/domain/beranda/summary.ts) right on every write of a
 * family or a person, inside the transaction of that write, whichever code writes: forms,
 * imports and their undo, merges. A read-write transaction over families or people is
 * widened to both and to the summary table, so the figures commit or roll back with the rows.
 * Writers that replace everything (demo data, restore) call `deferBerandaSummary()` and
 * `rebuildBerandaSummary()` instead: one recount beats a lookup per row there.
 */

const WATCHED = new Set(['families', 'people', 'aid', 'proposals', 'assessments']);
const deferred = new WeakSet<object>();
/** Mutations of one transaction, one after another: each reads the summary the last wrote. */
const serialized = transactionQueues();

/** Inside a Dexie transaction: its writes leave the summary alone until `rebuildBerandaSummary`. */
export function deferBerandaSummary(): void {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('deferBerandaSummary harus dipanggil di dalam transaksi');
  deferred.add(tx.idbtrans);
}

/** Recounts the summary inside the current transaction and stores it. */
export function rebuildBerandaSummary(): Promise<BerandaSummary> {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('rebuildBerandaSummary harus dipanggil di dalam transaksi');
  return then(recomputeIn(tx.idbtrans), (fresh) =>
    then(tx.table(SUMMARY_TABLE).put(fresh), () => fresh),
  );
}

function isMaintained(trans: DBCoreTransaction): boolean {
  const idb = trans as unknown as IDBTransaction;
  return (
    idb.mode === 'readwrite' &&
    !deferred.has(trans) &&
    idb.objectStoreNames?.contains(SUMMARY_TABLE) === true
  );
}

type Core = {
  families: DBCoreTable;
  people: DBCoreTable;
  aid: DBCoreTable;
  proposals: DBCoreTable;
  assessments: DBCoreTable;
  summary: DBCoreTable;
};

function loadSummary(core: Core, trans: DBCoreTransaction): P<BerandaSummary | undefined> {
  return then(core.summary.get({ trans, key: SUMMARY_ID }), (row: BerandaSummary | undefined) =>
    row ? structuredClone(row) : undefined,
  );
}

const keysOf = (table: DBCoreTable, request: DBCoreMutateRequest): unknown[] => {
  if (request.type === 'delete') return [...request.keys];
  if (request.type === 'deleteRange') return [];
  const extract = table.schema.primaryKey.extractKey;
  return request.keys ? [...request.keys] : request.values.map((value) => extract?.(value));
};

function placesOf(core: Core, trans: DBCoreTransaction, familyIds: Iterable<string>) {
  const ids = [...new Set(familyIds)];
  const rows: P<unknown[]> = ids.length
    ? core.families.getMany({ trans, keys: ids })
    : Promise.resolve([]);
  return then(rows, (found) => {
    const places = new Map<string, FamilyFacts['rtRw']>();
    ids.forEach((id, index) =>
      places.set(id, found[index] ? familyFacts(found[index]).rtRw : null),
    );
    return places;
  });
}

export type DupWanted = { kind: DupKind; key: string };
/** The ids each duplicate key's index entry lists now, in the order asked. */
type DupLookup = (wanted: DupWanted[]) => P<(string[] | null)[]>;

/** A NIK's records: the one entered here and its sync twins (shared/domain/warga/number-keys.ts). */
function numberRange(nik: string): DBCoreKeyRange {
  const [lower, upper] = numberKeyBounds(nik);
  return { type: 2, lower, upper, lowerOpen: false, upperOpen: false };
}

/** Through Dexie's DBCore (the per-write path: a few keys per write). */
function coreDupLookup(core: Core, trans: DBCoreTransaction): DupLookup {
  const indexes = {
    n: core.people.schema.getIndexByKeyPath('dupNameKey'),
    m: core.people.schema.getIndexByKeyPath('dupMotherKey'),
    k: core.people.schema.getIndexByKeyPath('nikKey'),
  };
  return (wanted) =>
    all(
      wanted.map(({ kind, key }) => {
        const index = indexes[kind];
        if (!index) return Promise.resolve(null);
        const range = kind === 'k' ? numberRange(key) : equal(key);
        return then(core.people.query({ trans, values: false, query: { index, range } }), (found) =>
          found.result.map(String),
        );
      }),
    );
}

/**
 * Raw `IDBIndex.getAllKeys` per key, all sent at once: Dexie's query path costs several
 * times more per request (BENCHMARKS.md). The promise is Dexie's, so the transaction's zone
 * survives the wait.
 */
export function getAllKeysEach(
  store: IDBObjectStore,
  wanted: DupWanted[],
): Promise<(string[] | null)[]> {
  const names = store.indexNames;
  const indexes = {
    n: names.contains('dupNameKey') ? store.index('dupNameKey') : null,
    m: names.contains('dupMotherKey') ? store.index('dupMotherKey') : null,
    k: names.contains('nikKey') ? store.index('nikKey') : null,
  };
  const lookups = Promise.all(
    wanted.map(({ kind, key }) => {
      const index = indexes[kind];
      if (!index) return null;
      const range = kind === 'k' ? IDBKeyRange.bound(...numberKeyBounds(key)) : key;
      return idbRequest(index.getAllKeys(range)).then((ids) => ids.map(String));
    }),
  );
  return Dexie.Promise.resolve(lookups) as unknown as Promise<(string[] | null)[]>;
}

/** The row field each name-and-birth-date duplicate kind is indexed by. */
const SWEPT_FIELDS = { n: 'dupNameKey', m: 'dupMotherKey' } as const;
/**
 * A lookup is a backend request (about 0.12 ms each on the bench machine, stop 30); reading
 * the person rows a page at a time costs about a tenth of that per row. So when the name
 * keys wanted number more than one for every this many people, the rows are read once.
 */
const PEOPLE_PER_SWEPT_KEY = 8;
/** Below this many keys the lookups are cheap whatever the registry's size. */
const MIN_SWEPT_KEYS = 500;

/**
 * The ids holding each name key, taken from every person row (read a page at a time, in
 * primary-key order: the order an index lists one key's ids in). Only the name kinds are
 * swept: a NIK key is a range over its sync twins.
 */
export function sweptHolders(
  idb: IDBTransaction,
  wanted: DupWanted[],
): Promise<(string[] | null)[]> {
  const byKind = { n: new Map<string, string[]>(), m: new Map<string, string[]>() };
  for (const { kind, key } of wanted) if (kind !== 'k') byKind[kind].set(key, []);
  const swept = eachRow(idb, 'people', (row, id) => {
    for (const kind of ['n', 'm'] as const) {
      const value = row[SWEPT_FIELDS[kind]];
      if (typeof value === 'string') byKind[kind].get(value)?.push(String(id));
    }
  }).then(() =>
    wanted.map(({ kind, key }) => (kind === 'k' ? null : [...(byKind[kind].get(key) ?? [])])),
  );
  return Dexie.Promise.resolve(swept) as unknown as Promise<(string[] | null)[]>;
}

/**
 * For the import's tens of thousands of keys: raw lookups per key, or, when the keys are
 * many for the registry's size, one read of the person rows for the name keys (an import
 * of 20,000 into 50,000 people: 39,996 lookups took 4.7-5.3 s, the whole summary step with
 * the rows 1.5-1.9 s; BENCHMARKS.md, stop 30).
 */
function rawDupLookup(idb: IDBTransaction): DupLookup {
  const store = idb.objectStore('people');
  const names = store.indexNames;
  return (wanted) => {
    const nameKeys = wanted.filter(
      ({ kind }) => kind !== 'k' && names.contains(SWEPT_FIELDS[kind]),
    );
    if (nameKeys.length < MIN_SWEPT_KEYS)
      return getAllKeysEach(store, wanted) as P<(string[] | null)[]>;
    return then(
      Dexie.Promise.resolve(idbRequest(store.count())) as unknown as P<number>,
      (people): P<(string[] | null)[]> => {
        if (nameKeys.length * PEOPLE_PER_SWEPT_KEY < people)
          return getAllKeysEach(store, wanted) as P<(string[] | null)[]>;
        const numbers = wanted.filter(({ kind }) => kind === 'k');
        return then(
          all([sweptHolders(idb, wanted), getAllKeysEach(store, numbers)]) as P<
            [(string[] | null)[], (string[] | null)[]]
          >,
          ([fromRows, fromLookups]) => {
            let next = 0;
            return wanted.map(({ kind }, i) =>
              kind === 'k' ? (fromLookups[next++] ?? null) : (fromRows[i] ?? null),
            );
          },
        );
      },
    );
  };
}

function writePeople(
  core: Core,
  trans: DBCoreTransaction,
  summary: BerandaSummary,
  olds: readonly unknown[],
  news: readonly unknown[],
  lookUp: DupLookup = coreDupLookup(core, trans),
  /**
   * Whether a person added here may share a NIK with a record already stored. The import
   * says no (`'twins-only'`): it looks every NIK up across the record and its twins first
   * and adds none that is held, so only a twin or a NIK already in a group is looked up.
   */
  addedNiks: 'look-up' | 'twins-only' = 'look-up',
): P<unknown> {
  const before = olds.map((row) => (row === undefined ? null : personFacts(row)));
  const after = news.map((row) => (row === undefined ? null : personFacts(withAwayStatus(row))));
  const familyIds: string[] = [];
  for (const facts of [...before, ...after]) if (facts?.familyId) familyIds.push(facts.familyId);
  return then(placesOf(core, trans, familyIds), (places) => {
    const place = (id: string | null) => (id ? (places.get(id) ?? null) : null);
    const touched = new Map<string, { kind: DupKind; key: string }>();
    const touch = (kind: DupKind, key: string) =>
      key && touched.set(`${kind}:${key}`, { kind, key });
    const count = Math.max(before.length, after.length);
    for (let i = 0; i < count; i += 1) {
      const was = before[i] ?? null;
      const now = after[i] ?? null;
      if (was) applyPerson(summary, was, place(was.familyId), -1);
      if (now) applyPerson(summary, now, place(now.familyId), 1);
      if (was?.dupName !== now?.dupName) {
        touch('n', was?.dupName ?? '');
        touch('n', now?.dupName ?? '');
      }
      if (was?.dupMother !== now?.dupMother) {
        touch('m', was?.dupMother ?? '');
        touch('m', now?.dupMother ?? '');
      }
      if ((was?.nik ?? '') !== (now?.nik ?? '')) {
        // A record leaving a NIK changes a group only when it was one (or a twin); one
        // arriving may join a record stored under it (the sync's twins, issue 18.3).
        const grouped = (nik: string) => `k:${nik}` in summary.dupGroups;
        if (was?.nik && (was.twin || grouped(was.nik))) touch('k', was.nik);
        if (now?.nik && (addedNiks === 'look-up' || now.twin || grouped(now.nik)))
          touch('k', now.nik);
      }
    }
    const wanted = [...touched.values()];
    return then(lookUp(wanted), (groups) =>
      wanted.forEach(({ kind, key }, i) => {
        const ids = groups[i];
        if (ids) setDupGroup(summary, kind, key, ids);
      }),
    );
  });
}

const placeKey = (place: FamilyFacts['rtRw']) => (place ? `${place.rw}/${place.rt}` : '');

function writeFamilies(
  core: Core,
  trans: DBCoreTransaction,
  summary: BerandaSummary,
  ids: readonly unknown[],
  olds: readonly unknown[],
  news: readonly unknown[],
  periods: PeriodMap | null,
): P<unknown> {
  const byFamilyId = core.people.schema.getIndexByKeyPath('familyId');
  const proposalsByFamily = core.proposals.schema.getIndexByKeyPath('familyId');
  return all(
    ids.map((id, i) => {
      const was = olds[i] === undefined ? null : familyFacts(olds[i]);
      const now = news[i] === undefined ? null : familyFacts(news[i]);
      if (was && now && sameFamilyFacts(was, now)) return Promise.resolve();
      const moves = (was?.rtRw ?? null) !== null || (now?.rtRw ?? null) !== null;
      const members: P<number> =
        moves && byFamilyId
          ? core.people.count({ trans, query: { index: byFamilyId, range: equal(id) } })
          : Promise.resolve(0);
      // The family's proposals (every period) follow it to its new RT.
      const placeMoves =
        periods !== null && placeKey(was?.rtRw ?? null) !== placeKey(now?.rtRw ?? null);
      const proposals: P<unknown[]> =
        placeMoves && proposalsByFamily
          ? then(
              core.proposals.query({
                trans,
                values: true,
                query: { index: proposalsByFamily, range: equal(id) },
              }),
              (found) => found.result,
            )
          : Promise.resolve([]);
      return then(all<unknown>([members, proposals]), ([count, rows]) => {
        if (was) applyFamily(summary, was, count as number, -1);
        if (now) applyFamily(summary, now, count as number, 1);
        if (!periods) return;
        for (const row of rows as unknown[]) {
          const facts = proposalSummaryFacts(row);
          if (!facts) continue;
          applyProposalPlace(periods, facts, was?.rtRw ?? null, -1);
          applyProposalPlace(periods, facts, now?.rtRw ?? null, 1);
        }
      });
    }),
  );
}

/** Proposals written: their figures, and their assessments when they change period. */
function writeProposals(
  core: Core,
  trans: DBCoreTransaction,
  periods: PeriodMap,
  keys: readonly unknown[],
  olds: readonly unknown[],
  news: readonly unknown[],
): P<unknown> {
  const before = olds.map((row) => (row === undefined ? null : proposalSummaryFacts(row)));
  const after = news.map((row) => (row === undefined ? null : proposalSummaryFacts(row)));
  const familyIds: string[] = [];
  for (const facts of [...before, ...after]) if (facts?.familyId) familyIds.push(facts.familyId);
  const byProposal = core.assessments.schema.getIndexByKeyPath('proposalId');
  return then(placesOf(core, trans, familyIds), (places) => {
    const place = (id: string) => places.get(id) ?? null;
    const moved: { key: unknown; from: string | null; to: string | null }[] = [];
    before.forEach((was, i) => {
      const now = after[i] ?? null;
      if (was) applyProposal(periods, was, place(was.familyId), -1);
      if (now) applyProposal(periods, now, place(now.familyId), 1);
      const from = was?.period ?? null;
      const to = now?.period ?? null;
      if (from !== to) moved.push({ key: keys[i], from, to });
    });
    if (!byProposal || moved.length === 0) return undefined;
    return all(
      moved.map((move) =>
        then(
          core.assessments.query({
            trans,
            values: true,
            query: { index: byProposal, range: equal(move.key) },
          }),
          (found) => {
            for (const row of found.result) {
              const facts = assessmentSummaryFacts(row);
              if (!facts) continue;
              if (move.from !== null) applyAssessment(periods, move.from, facts, -1);
              if (move.to !== null) applyAssessment(periods, move.to, facts, 1);
            }
          },
        ),
      ),
    );
  });
}

/** Assessments written: counted in the period of the proposal they assess, if it exists. */
function writeAssessments(
  core: Core,
  trans: DBCoreTransaction,
  periods: PeriodMap,
  olds: readonly unknown[],
  news: readonly unknown[],
): P<unknown> {
  const before = olds.map((row) => (row === undefined ? null : assessmentSummaryFacts(row)));
  const after = news.map((row) => (row === undefined ? null : assessmentSummaryFacts(row)));
  const ids = [
    ...new Set([...before, ...after].flatMap((facts) => (facts ? [facts.proposalId] : []))),
  ];
  const rows: P<unknown[]> = ids.length
    ? core.proposals.getMany({ trans, keys: ids })
    : Promise.resolve([]);
  return then(rows, (found) => {
    const periodOf = new Map<string, string>();
    ids.forEach((id, i) => {
      const facts = found[i] === undefined ? null : proposalSummaryFacts(found[i]);
      if (facts) periodOf.set(id, facts.period);
    });
    before.forEach((was, i) => {
      const now = after[i] ?? null;
      const wasPeriod = was && periodOf.get(was.proposalId);
      const nowPeriod = now && periodOf.get(now.proposalId);
      if (was && wasPeriod !== undefined && wasPeriod !== null)
        applyAssessment(periods, wasPeriod, was, -1);
      if (now && nowPeriod !== undefined && nowPeriod !== null)
        applyAssessment(periods, nowPeriod, now, 1);
    });
  });
}

const putSummary = (core: Core, trans: DBCoreTransaction, summary: BerandaSummary) =>
  core.summary.mutate({ type: 'put', trans, values: [summary] });

function clearedRange(
  core: Core,
  table: DBCoreTable,
  request: DBCoreMutateRequest & { type: 'deleteRange' },
): P<DBCoreMutateResponse> {
  const { trans } = request;
  return then(table.mutate(request), (response) =>
    then(loadSummary(core, trans), (summary) => {
      const next: P<BerandaSummary> =
        summary && request.range.type === 3
          ? Promise.resolve(cleared(summary, table.name))
          : recomputeIn(trans as unknown as IDBTransaction);
      return then(next, (fresh) => then(putSummary(core, trans, fresh), () => response));
    }),
  );
}

/** A whole table cleared: no lookups needed. */
function cleared(summary: BerandaSummary, table: string): BerandaSummary {
  const periods = summary.periods;
  if (table === 'proposals') {
    summary.periods = {};
  } else if (table === 'assessments') {
    if (periods) for (const counts of Object.values(periods)) counts.criteria = {};
    dropEmptyPeriods(summary);
  } else if (table === 'aid') {
    summary.aidOverlapFamilies = 0;
  } else if (table === 'people') {
    summary.people = 0;
    summary.away = 0;
    summary.dupGroups = {};
    for (const row of Object.values(summary.rtRw)) row.people = 0;
  } else {
    summary.families = 0;
    summary.rtRw = {};
    summary.desil = {};
    // Proposals of families that no longer exist have no RT.
    if (periods) for (const counts of Object.values(periods)) counts.places = {};
    dropEmptyPeriods(summary);
  }
  return summary;
}

function dropEmptyPeriods(summary: BerandaSummary) {
  const periods = summary.periods;
  if (!periods) return;
  for (const [period, counts] of Object.entries(periods)) {
    const empty = (record: object) => Object.keys(record).length === 0;
    if (counts.proposals === 0 && empty(counts.criteria) && empty(counts.places))
      delete periods[period];
  }
}

/** The aid of the families a write touches, before and after it: the overlap count moves. */
function maintainAid(
  core: Core,
  table: DBCoreTable,
  request: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>,
): P<DBCoreMutateResponse> {
  const { trans } = request;
  const byFamily = table.schema.getIndexByKeyPath('familyId');
  const keys = keysOf(table, request);
  const olds: P<unknown[]> =
    request.type === 'add' || keys.length === 0
      ? Promise.resolve([])
      : table.getMany({ trans, keys });
  const overlapOf = (familyIds: string[]) =>
    all(
      familyIds.map((familyId) =>
        byFamily
          ? then(
              table.query({
                trans,
                values: true,
                query: { index: byFamily, range: equal(familyId) },
              }),
              (found) => (hasExistingOverlap(found.result as AidReceived[]) ? 1 : 0),
            )
          : Promise.resolve(0),
      ),
    );
  return then(olds, (previous) => {
    const familyIds = new Set<string>();
    for (const row of [...previous, ...(request.type === 'delete' ? [] : request.values)]) {
      const familyId = (row as { familyId?: unknown } | undefined)?.familyId;
      if (typeof familyId === 'string') familyIds.add(familyId);
    }
    const ids = [...familyIds];
    return then(overlapOf(ids), (before) =>
      then(table.mutate(request), (response) =>
        then(overlapOf(ids), (after) =>
          then(loadSummary(core, trans), (stored) => {
            const next: P<BerandaSummary> = stored
              ? Promise.resolve(stored)
              : recomputeIn(trans as unknown as IDBTransaction);
            return then(next, (summary) => {
              if (stored) {
                const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
                summary.aidOverlapFamilies =
                  (summary.aidOverlapFamilies ?? 0) + sum(after) - sum(before);
              }
              return then(putSummary(core, trans, summary), () => response);
            });
          }),
        ),
      ),
    );
  });
}

function maintain(
  core: Core,
  table: DBCoreTable,
  request: DBCoreMutateRequest,
): P<DBCoreMutateResponse> {
  if (request.type === 'deleteRange') return clearedRange(core, table, request);
  if (table.name === 'aid') return maintainAid(core, table, request);
  const { trans } = request;
  const keys = keysOf(table, request);
  const olds: P<unknown[]> =
    request.type === 'add' || keys.length === 0
      ? Promise.resolve([])
      : table.getMany({ trans, keys });
  return then(olds, (previous) =>
    then(table.mutate(request), (response) =>
      then(loadSummary(core, trans), (stored) => {
        if (!stored) {
          // No summary yet (a database created at this version): count what is there now.
          return then(recomputeIn(trans as unknown as IDBTransaction), (fresh) =>
            then(putSummary(core, trans, fresh), () => response),
          );
        }
        // One request may name a key twice (bulkPut): each write replaces the one before.
        const current = new Map<unknown, unknown>();
        keys.forEach((key, i) => {
          if (!current.has(key)) current.set(key, previous[i]);
        });
        const keptOld: unknown[] = [];
        const keptNew: unknown[] = [];
        keys.forEach((key, i) => {
          if (response.failures[i] !== undefined) {
            keptOld.push(undefined);
            keptNew.push(undefined);
            return;
          }
          const now = request.type === 'delete' ? undefined : request.values[i];
          keptOld.push(current.get(key));
          keptNew.push(now);
          current.set(key, now);
        });
        // A summary stored before the period figures were kept: count them once, after this
        // write, and apply nothing of this write to them.
        const filled: P<PeriodMap | null> = stored.periods
          ? Promise.resolve(stored.periods)
          : then(periodsIn(trans as unknown as IDBTransaction), (fresh) => {
              stored.periods = fresh;
              return null;
            });
        const written = then(filled, (periods) => {
          if (table.name === 'people') return writePeople(core, trans, stored, keptOld, keptNew);
          if (table.name === 'families')
            return writeFamilies(core, trans, stored, keys, keptOld, keptNew, periods);
          if (!periods) return undefined;
          if (table.name === 'proposals')
            return writeProposals(core, trans, periods, keys, keptOld, keptNew);
          return writeAssessments(core, trans, periods, keptOld, keptNew);
        });
        return then(written, () => then(putSummary(core, trans, stored), () => response));
      }),
    ),
  );
}

export const berandaSummaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'berandaSummary',
  create(down) {
    const present = down.schema.tables.some((table) => table.name === SUMMARY_TABLE);
    if (!present) return down;
    const core = (): Core => ({
      families: down.table('families'),
      people: down.table('people'),
      aid: down.table('aid'),
      proposals: down.table('proposals'),
      assessments: down.table('assessments'),
      summary: down.table(SUMMARY_TABLE),
    });
    return {
      transaction(stores, mode, options) {
        // A family's RT needs its members counted, a person's RT needs the family read:
        // a write to either covers both, and the summary.
        const widen = mode === 'readwrite' && stores.some((store) => WATCHED.has(store));
        const scope = widen ? [...new Set([...stores, ...WATCHED, SUMMARY_TABLE])] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (!WATCHED.has(name)) return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            if (!isMaintained(request.trans)) return table.mutate(request);
            return serialized(request.trans, () => maintain(core(), table, request));
          },
        };
      },
    };
  },
};

/** What one bulk writer added or replaced while the summary was deferred. */
export type DeferredWrites = {
  /** Families added by the transaction: none of their members was stored before them. */
  addedFamilies: readonly unknown[];
  /** Families replaced, written before any member the transaction added to them. */
  replacedFamilies: readonly { before: unknown; after: unknown }[];
  addedPeople: readonly unknown[];
  addedProposals: readonly unknown[];
};

/**
 * The import's way (issue 17, import into 200,000 people): its writes run with the summary
 * deferred (`deferBerandaSummary`), and this applies them once at the end of its
 * transaction, with the same steps the middleware takes per write: one read of the
 * families' places, one lookup per duplicate key the added people touch (all at once,
 * each after every row is stored, so each group is read once in its final state), and one
 * write of the summary, instead of a read, copy and write of the whole summary and a
 * round of lookups per chunk of 1,000 rows. The outcome is the one the per-write path
 * gives (summary-writers.test.ts compares both with the recount).
 */
export function applyDeferredWrites(writes: DeferredWrites): Promise<void> {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('applyDeferredWrites harus dipanggil di dalam transaksi');
  const trans = tx.idbtrans as unknown as DBCoreTransaction;
  const idb = tx.idbtrans;
  if (!idb.objectStoreNames.contains(SUMMARY_TABLE)) return Dexie.Promise.resolve() as never;
  const down = tx.db.core;
  const core: Core = {
    families: down.table('families'),
    people: down.table('people'),
    aid: down.table('aid'),
    proposals: down.table('proposals'),
    assessments: down.table('assessments'),
    summary: down.table(SUMMARY_TABLE),
  };
  const run = () =>
    then(loadSummary(core, trans), (stored): P<unknown> => {
      if (!stored) return then(recomputeIn(idb), (fresh) => putSummary(core, trans, fresh));
      // A summary stored before the period figures were kept: counted now, after every
      // write, so none of this transaction's proposals is applied on top.
      const filled: P<PeriodMap | null> = stored.periods
        ? Promise.resolve(stored.periods)
        : then(periodsIn(idb), (fresh) => {
            stored.periods = fresh;
            return null;
          });
      return then(filled, (periods) => {
        for (const family of writes.addedFamilies) applyFamily(stored, familyFacts(family), 0, 1);
        const replaced = writes.replacedFamilies;
        const families = writeFamilies(
          core,
          trans,
          stored,
          replaced.map(({ after }) => core.families.schema.primaryKey.extractKey?.(after)),
          replaced.map(({ before }) => before),
          replaced.map(({ after }) => after),
          periods,
        );
        return then(families, () =>
          then(
            writePeople(
              core,
              trans,
              stored,
              [],
              writes.addedPeople,
              rawDupLookup(idb),
              'twins-only',
            ),
            () => {
              const proposals = writes.addedProposals;
              const written: P<unknown> =
                periods && proposals.length > 0
                  ? writeProposals(
                      core,
                      trans,
                      periods,
                      proposals.map((row) => core.proposals.schema.primaryKey.extractKey?.(row)),
                      proposals.map(() => undefined),
                      proposals,
                    )
                  : Promise.resolve();
              return then(written, () => putSummary(core, trans, stored));
            },
          ),
        );
      });
    });
  return then(serialized(trans, run), () => undefined);
}
