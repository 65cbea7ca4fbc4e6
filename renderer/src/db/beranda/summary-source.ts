import Dexie from 'dexie';
import { familyFacts, recomputeSummary } from '@shared/domain/beranda/summary';
import type { BerandaSummary } from '@shared/domain/beranda/summary';
import { recomputePeriods } from '@shared/domain/beranda/period-summary';
import type { PeriodMap } from '@shared/domain/beranda/period-summary';
import type { AidReceived } from '@shared/domain/core/entities';

export const SUMMARY_TABLE = 'berandaSummary';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('Permintaan IndexedDB gagal'));
  });
}

/** Every [index key, primary key] pair of one index, with a raw key cursor on `trans`. */
function indexEntries(
  trans: IDBTransaction,
  store: string,
  index: string,
  withPrimaryKeys: boolean,
): Promise<{ keys: IDBValidKey[]; primaryKeys: IDBValidKey[] }> {
  return new Promise((resolve, reject) => {
    const cursorRequest = trans.objectStore(store).index(index).openKeyCursor();
    const keys: IDBValidKey[] = [];
    const primaryKeys: IDBValidKey[] = [];
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) {
        resolve({ keys, primaryKeys });
        return;
      }
      keys.push(cursor.key);
      if (withPrimaryKeys) primaryKeys.push(cursor.primaryKey);
      cursor.continue();
    };
    cursorRequest.onerror = () =>
      reject(cursorRequest.error ?? new Error(`Indeks ${index} tidak terbaca`));
  });
}

/**
 * The period figures alone, read inside `trans` (proposals, assessments and families):
 * every proposal and assessment row and the families they name, not the registry. Fills a
 * summary stored before the period figures were kept.
 */
export function periodsIn(trans: IDBTransaction): Promise<PeriodMap> {
  const reads = Promise.all([
    request(trans.objectStore('proposals').getAll()),
    request(trans.objectStore('assessments').getAll()),
  ]).then(([proposals, assessments]) => {
    const familyIds = [
      ...new Set(proposals.map((row) => (row as { familyId?: unknown }).familyId)),
    ].filter((id): id is string => typeof id === 'string');
    const families = trans.objectStore('families');
    return Promise.all(familyIds.map((id) => request(families.get(id)))).then((rows) => {
      const places = new Map(familyIds.map((id, i) => [id, familyFacts(rows[i]).rtRw]));
      return recomputePeriods(proposals, assessments, (id) => places.get(id) ?? null);
    });
  });
  return Dexie.Promise.resolve(reads) as unknown as Promise<PeriodMap>;
}

/**
 * The summary from scratch, read inside `trans` (which must cover families, people and aid):
 * index keys only, never the records. Used by the schema upgrade, the repair button and
 * the writers that replace everything at once (demo data, restore).
 */
export function recomputeIn(trans: IDBTransaction): Promise<BerandaSummary> {
  const families = trans.objectStore('families');
  const people = trans.objectStore('people');
  const reads = Promise.all([
    request(families.count()),
    indexEntries(trans, 'families', '[rw+rt]', true),
    indexEntries(trans, 'families', 'desil.value', false),
    request(people.count()),
    request(people.index('awayStatus').count()),
    indexEntries(trans, 'people', 'familyId', false),
    indexEntries(trans, 'people', 'dupNameKey', true),
    indexEntries(trans, 'people', 'dupMotherKey', true),
    // Schema v10 brought `nikKey`: an upgrade from before it (v9 made the summary) has none.
    people.indexNames.contains('nikKey')
      ? indexEntries(trans, 'people', 'nikKey', true)
      : { keys: [], primaryKeys: [] },
    request(trans.objectStore('aid').getAll()),
    request(trans.objectStore('proposals').getAll()),
    request(trans.objectStore('assessments').getAll()),
  ] as const);
  // A Dexie promise: a caller inside a Dexie transaction keeps its zone across the await.
  return Dexie.Promise.resolve(reads).then(
    ([
      familyCount,
      familiesByPlace,
      desil,
      peopleCount,
      awayCount,
      personFamilyIds,
      dupName,
      dupMother,
      nikKeys,
      aid,
      proposals,
      assessments,
    ]) =>
      recomputeSummary({
        familyCount,
        familiesByPlace,
        desilKeys: desil.keys,
        peopleCount,
        awayCount,
        personFamilyIds: personFamilyIds.keys,
        dupName,
        dupMother,
        nikKeys,
        aid: aid as AidReceived[],
        proposals,
        assessments,
      }),
  ) as unknown as Promise<BerandaSummary>;
}
