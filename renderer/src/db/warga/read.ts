import Dexie from 'dexie';
import type { AidReceived, Family, PersonRow } from '@shared/domain/core/entities';
import type { DtksDatabase } from '../core/database';

export type FamilyDetail = { family: Family; members: PersonRow[]; aid: AidReceived[] };

/** Members ordered as on the family card: head first, then by SHDK, then by age. */
export function sortMembers(members: PersonRow[]): PersonRow[] {
  return [...members].sort(
    (a, b) => a.shdk - b.shdk || a.tanggalLahir.localeCompare(b.tanggalLahir),
  );
}

export async function getFamilyDetail(
  db: DtksDatabase,
  familyId: string,
): Promise<FamilyDetail | null> {
  const family = await db.families.get(familyId);
  if (!family) return null;
  const [members, aid] = await Promise.all([
    db.people.where('familyId').equals(familyId).toArray(),
    db.aid.where('familyId').equals(familyId).toArray(),
  ]);
  aid.sort((a, b) => a.since.localeCompare(b.since));
  return { family, members: sortMembers(members), aid };
}

/** A line of the family list: the family row carries its head's name and its member count. */
export type FamilyListRow = {
  family: Family;
  headName: string | undefined;
  memberCount: number;
};

export type FamilyListFilter = { rw?: string; rt?: string };

/**
 * Ids of the families in list order (RW, then RT). Keys only: for 12,000
 * families this is a small array, and the visible window is read with
 * {@link getFamilyRows}. Cursor offsets would walk the index on every scroll.
 */
export async function listFamilyIds(
  db: DtksDatabase,
  filter: FamilyListFilter = {},
): Promise<string[]> {
  if (filter.rw && filter.rt) {
    return db.families.where('[rw+rt]').equals([filter.rw, filter.rt]).primaryKeys();
  }
  if (filter.rw) {
    return db.families
      .where('[rw+rt]')
      .between([filter.rw, Dexie.minKey], [filter.rw, Dexie.maxKey])
      .primaryKeys();
  }
  return filter.rt ? familyIdsWithRt(db, filter.rt) : db.families.orderBy('[rw+rt]').primaryKeys();
}

export async function countFamilies(
  db: DtksDatabase,
  filter: FamilyListFilter = {},
): Promise<number> {
  return (await listFamilyIds(db, filter)).length;
}

/**
 * RT alone is ambiguous across RWs, but a clerk who knows only the RT still
 * wants it: one index lookup per RW in use instead of a walk over every family.
 */
export async function familyIdsWithRt(db: DtksDatabase, rt: string): Promise<string[]> {
  const areas = await listAreas(db);
  const lists = await Promise.all(
    areas
      .filter((area) => area.rt === rt)
      .map((area) => db.families.where('[rw+rt]').equals([area.rw, rt]).primaryKeys()),
  );
  return lists.flat();
}

export async function membersOf(db: DtksDatabase, familyIds: string[]): Promise<PersonRow[][]> {
  // One equality query per family: `anyOf` over a non-unique index is far slower.
  return Promise.all(familyIds.map((id) => db.people.where('familyId').equals(id).toArray()));
}

/**
 * The rows of one window of the list, with the head's name and the member count.
 *
 * One raw IndexedDB transaction with a `get` per family, all sent at once and answered
 * when the transaction completes: since schema v11 the family row carries the head's
 * name and the member count (family-list-facts.ts), so no member is read. Through Dexie,
 * and inside a live query, each request of a window went through the middlewares, Dexie's
 * promises and the live query's observation: on 200,000 people that bookkeeping was most
 * of the script in the list's long frames (issue 17). Nothing is lost: reads pass no
 * middleware, and the list hears of writes from `watchRegistry` (registry-changes.ts).
 */
export async function getFamilyRows(db: DtksDatabase, ids: string[]): Promise<FamilyListRow[]> {
  if (ids.length === 0) return [];
  await db.open();
  const families = await new Promise<(Family | undefined)[]>((resolve, reject) => {
    const tx = db.backendDB().transaction('families', 'readonly');
    const familyStore = tx.objectStore('families');
    const found: (Family | undefined)[] = [];
    ids.forEach((id, index) => {
      const family = familyStore.get(id);
      family.onsuccess = () => {
        found[index] = family.result as Family | undefined;
      };
    });
    tx.oncomplete = () => resolve(found);
    tx.onabort = () => reject(tx.error ?? new Error('Daftar keluarga tidak terbaca'));
  });
  const rows: FamilyListRow[] = [];
  for (const family of families) {
    if (family)
      rows.push({ family, headName: family.headName, memberCount: family.memberCount ?? 0 });
  }
  return rows;
}

export async function listFamilies(
  db: DtksDatabase,
  options: FamilyListFilter & { offset: number; limit: number },
): Promise<FamilyListRow[]> {
  const ids = await listFamilyIds(db, options);
  return getFamilyRows(db, ids.slice(options.offset, options.offset + options.limit));
}

export type Area = { rw: string; rt: string };

/** The RW/RT pairs in use, from the index alone, for the list filters. */
export async function listAreas(db: DtksDatabase): Promise<Area[]> {
  const keys = await db.families.orderBy('[rw+rt]').uniqueKeys();
  const areas: Area[] = [];
  for (const key of keys) {
    if (Array.isArray(key) && typeof key[0] === 'string' && typeof key[1] === 'string') {
      areas.push({ rw: key[0], rt: key[1] });
    }
  }
  return areas;
}
