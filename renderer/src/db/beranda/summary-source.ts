import Dexie from 'dexie';
import { familyFacts, recomputeSummary } from '@shared/domain/beranda/summary';
import type { BerandaSummary } from '@shared/domain/beranda/summary';
import { recomputePeriods } from '@shared/domain/beranda/period-summary';
import type { PeriodMap } from '@shared/domain/beranda/period-summary';
import type { AidReceived } from '@shared/domain/core/entities';
import { idbRequest } from '../core/raw-idb';

export const SUMMARY_TABLE = 'berandaSummary';

type IndexEntries = { keys: IDBValidKey[]; primaryKeys: IDBValidKey[] };

/** Whether IndexedDB would index `value`: a row whose key path gives anything else is left out. */
function isValidKey(value: unknown): value is IDBValidKey {
  if (typeof value === 'string') return true;
  if (typeof value === 'number') return !Number.isNaN(value);
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) if (!isValidKey(value[i])) return false;
    return true;
  }
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

/** IndexedDB's order: strings by code unit (as `<` compares them), anything else by `cmp`. */
function compareKeys(a: IDBValidKey, b: IDBValidKey): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return indexedDB.cmp(a, b);
}

/** Collects what one index of a store would hold, from the rows themselves. */
class IndexFromRows {
  private readonly pairs: [IDBValidKey, IDBValidKey][] = [];
  constructor(private readonly keyOf: (row: Record<string, unknown>) => unknown) {}

  add(row: Record<string, unknown>, primaryKey: IDBValidKey): void {
    const key = this.keyOf(row);
    if (isValidKey(key)) this.pairs.push([key, primaryKey]);
  }

  /** In the index's order (key, then primary key), as a key cursor walks it. */
  entries(sorted: boolean): IndexEntries {
    if (sorted) this.pairs.sort(([ka, pa], [kb, pb]) => compareKeys(ka, kb) || compareKeys(pa, pb));
    return { keys: this.pairs.map(([key]) => key), primaryKeys: this.pairs.map(([, id]) => id) };
  }
}

/** Rows read per request: pages keep the memory of a 200,000-person registry bounded. */
const PAGE_ROWS = 5_000;

/**
 * Every row of `store`, a page at a time in primary-key order, handed to `take` and then
 * dropped. One `getAll` per 5,000 rows: at 200,000 people, walking the four person indexes
 * with key cursors (one backend round trip per entry) took about a minute here, reading
 * the rows and taking their keys 3–4 s (BENCHMARKS.md, stop 29).
 */
export function eachRow(
  trans: IDBTransaction,
  store: string,
  take: (row: Record<string, unknown>, primaryKey: IDBValidKey) => void,
): Promise<void> {
  const source = trans.objectStore(store);
  const keyPath = source.keyPath;
  if (typeof keyPath !== 'string') throw new Error(`Tabel ${store} tanpa kunci sebaris`);
  const page = (after: IDBValidKey | undefined): Promise<void> =>
    idbRequest(
      source.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), PAGE_ROWS),
    ).then((rows) => {
      let last: IDBValidKey | undefined;
      for (const value of rows) {
        const row = value as Record<string, unknown>;
        last = row[keyPath] as IDBValidKey;
        take(row, last);
      }
      return rows.length < PAGE_ROWS || last === undefined ? undefined : page(last);
    });
  return page(undefined);
}

const field = (name: string) => (row: Record<string, unknown>) => row[name];

/**
 * The period figures alone, read inside `trans` (proposals, assessments and families):
 * every proposal and assessment row and the families they name, not the registry. Fills a
 * summary stored before the period figures were kept.
 */
export function periodsIn(trans: IDBTransaction): Promise<PeriodMap> {
  const reads = Promise.all([
    idbRequest(trans.objectStore('proposals').getAll()),
    idbRequest(trans.objectStore('assessments').getAll()),
  ]).then(([proposals, assessments]) => {
    const familyIds = [
      ...new Set(proposals.map((row) => (row as { familyId?: unknown }).familyId)),
    ].filter((id): id is string => typeof id === 'string');
    const families = trans.objectStore('families');
    return Promise.all(familyIds.map((id) => idbRequest(families.get(id)))).then((rows) => {
      const places = new Map(familyIds.map((id, i) => [id, familyFacts(rows[i]).rtRw]));
      return recomputePeriods(proposals, assessments, (id) => places.get(id) ?? null);
    });
  });
  return Dexie.Promise.resolve(reads) as unknown as Promise<PeriodMap>;
}

/**
 * The summary from scratch, read inside `trans` (which must cover families, people and aid):
 * the family and person rows read a page at a time, each index's keys taken from them.
 * Used by the schema upgrade, the repair button, the end of a first sync pull and the
 * writers that replace everything at once (demo data, restore).
 */
export function recomputeIn(trans: IDBTransaction): Promise<BerandaSummary> {
  const families = trans.objectStore('families');
  const people = trans.objectStore('people');
  // What the family and person indexes hold, taken from the rows in one pass each.
  const place = new IndexFromRows((row) => [row.rw, row.rt]);
  const desil = new IndexFromRows((row) => {
    const value = row.desil;
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>).value
      : undefined;
  });
  const familyIds = new IndexFromRows(field('familyId'));
  const dupName = new IndexFromRows(field('dupNameKey'));
  const dupMother = new IndexFromRows(field('dupMotherKey'));
  // Schema v10 brought `nikKey`: an upgrade from before it (v9 made the summary) has none.
  const withNikKey = people.indexNames.contains('nikKey');
  const nikKeys = new IndexFromRows(field('nikKey'));
  const reads = Promise.all([
    idbRequest(families.count()),
    eachRow(trans, 'families', (row, id) => {
      place.add(row, id);
      desil.add(row, id);
    }),
    idbRequest(people.count()),
    idbRequest(people.index('awayStatus').count()),
    eachRow(trans, 'people', (row, id) => {
      familyIds.add(row, id);
      dupName.add(row, id);
      dupMother.add(row, id);
      if (withNikKey) nikKeys.add(row, id);
    }),
    idbRequest(trans.objectStore('aid').getAll()),
    idbRequest(trans.objectStore('proposals').getAll()),
    idbRequest(trans.objectStore('assessments').getAll()),
  ] as const);
  // A Dexie promise: a caller inside a Dexie transaction keeps its zone across the await.
  return Dexie.Promise.resolve(reads).then(
    ([familyCount, , peopleCount, awayCount, , aid, proposals, assessments]) =>
      recomputeSummary({
        familyCount,
        familiesByPlace: place.entries(false),
        desilKeys: desil.entries(false).keys,
        peopleCount,
        awayCount,
        personFamilyIds: familyIds.entries(false).keys,
        dupName: dupName.entries(true),
        dupMother: dupMother.entries(true),
        nikKeys: nikKeys.entries(true),
        aid: aid as AidReceived[],
        proposals,
        assessments,
      }),
  ) as unknown as Promise<BerandaSummary>;
}
