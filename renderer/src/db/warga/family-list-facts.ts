import Dexie from 'dexie';
import { all, andThen as then, equal, transactionQueues, type P } from '../core/middleware-steps';
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import type { Family } from '@shared/domain/core/entities';

/**
 * What the Warga family list shows of a family's members, kept on the family row (schema
 * v11, issue 17): the head's name (`headName`) and the number of members (`memberCount`).
 * The list then reads one row per family instead of every member of every family in view
 * (at 200,000 people that was most of its long frames).
 *
 * A DBCore middleware keeps them right inside the transaction of every write, whichever
 * code writes (forms, member actions, the import and its undo, merges, the sync's apply,
 * a restore): a write of people refreshes the families it leaves and joins; a write of a
 * family recomputes them from the members stored, so a row that arrives carrying another
 * PC's figures, or a form that saves a family it read earlier, cannot bring stale ones.
 * It sits below every other middleware: its own family writes are not recorded for sync
 * (the other PC counts its own) and are not audited (they are derived, like the Beranda's
 * summary). Writers that replace everything call `deferFamilyListFacts()` and
 * `refillFamilyListFacts()` instead: one pass beats a lookup per family there.
 */

export type FamilyListFacts = { headName?: string; memberCount?: number };

type MemberLike = { shdk?: unknown; nama?: unknown };

/**
 * The facts of a family from its members, in the order the familyId index returns them
 * (by id): the first member with SHDK 1 is the head, as the family card shows. An empty
 * family carries neither field (absent means none, so a family saved before its members
 * is stored as written).
 */
export function familyListFacts(members: readonly MemberLike[]): FamilyListFacts {
  if (members.length === 0) return {};
  const head = members.find((member) => member.shdk === 1);
  const facts: FamilyListFacts = { memberCount: members.length };
  if (head && typeof head.nama === 'string') facts.headName = head.nama;
  return facts;
}

export function sameFacts(family: Partial<Family>, facts: FamilyListFacts): boolean {
  return family.headName === facts.headName && family.memberCount === facts.memberCount;
}

/** A copy of `family` carrying `facts` (and nothing stale of them). */
export function withFacts<T extends object>(family: T, facts: FamilyListFacts): T {
  const next = { ...family } as T & FamilyListFacts;
  delete next.headName;
  delete next.memberCount;
  if (facts.memberCount !== undefined) next.memberCount = facts.memberCount;
  if (facts.headName !== undefined) next.headName = facts.headName;
  return next;
}

const WATCHED = new Set(['families', 'people']);
const deferred = new WeakSet<object>();
/** Mutations of one transaction, one after another: each reads what the last one wrote. */
const serialized = transactionQueues();

function isMaintained(trans: DBCoreTransaction): boolean {
  const idb = trans as unknown as IDBTransaction;
  return idb.mode === 'readwrite' && !deferred.has(trans);
}

/** Inside a Dexie transaction: its writes leave the facts alone until `refillFamilyListFacts`. */
export function deferFamilyListFacts(): void {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('deferFamilyListFacts harus dipanggil di dalam transaksi');
  deferred.add(tx.idbtrans);
}

type PersonLike = MemberLike & { id?: unknown; familyId?: unknown };

/**
 * Every family's facts from a list of people in id order (families with members only).
 * Id order is the order the familyId index gives one family's members.
 */
export function factsByFamily(people: Iterable<PersonLike>): Map<string, FamilyListFacts> {
  const members = new Map<string, MemberLike[]>();
  for (const person of people) {
    if (typeof person.familyId !== 'string') continue;
    const list = members.get(person.familyId);
    const member = { shdk: person.shdk, nama: person.nama };
    if (list) list.push(member);
    else members.set(person.familyId, [member]);
  }
  const facts = new Map<string, FamilyListFacts>();
  for (const [id, list] of members) facts.set(id, familyListFacts(list));
  return facts;
}

/**
 * The families of a bulk write that also writes their people (demo data), carrying
 * their facts already: counted in memory, as the middleware would store them.
 */
export function familiesWithFacts<T extends { id: string }>(
  families: readonly T[],
  people: readonly PersonLike[],
): T[] {
  const byId = [...people].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  const facts = factsByFamily(byId);
  return families.map((family) => withFacts(family, facts.get(family.id) ?? {}));
}

const PAGE = 5_000;

/** Every family's facts counted from the people stored, read in pages of rows (getAll). */
export async function countFamilyListFacts(tx: Transaction): Promise<Map<string, FamilyListFacts>> {
  const people = tx.table('people');
  const all: PersonLike[] = [];
  let last: unknown = undefined;
  for (;;) {
    const page = (await (
      last === undefined ? people.toCollection() : people.where(':id').above(last)
    )
      .limit(PAGE)
      .toArray()) as PersonLike[];
    for (const person of page)
      all.push({ id: person.id, familyId: person.familyId, shdk: person.shdk, nama: person.nama });
    if (page.length < PAGE) break;
    last = page[page.length - 1]?.id;
  }
  return factsByFamily(all);
}

/**
 * Counts every family's facts from the people stored and writes the families whose
 * stored facts differ; returns how many were wrong. Used by the v11 upgrade, after a
 * deferred bulk write (demo data, restore) and by the consistency check.
 */
export async function refillFamilyListFacts(
  tx: Transaction | undefined = Dexie.currentTransaction ?? undefined,
): Promise<number> {
  if (!tx) throw new Error('refillFamilyListFacts harus dipanggil di dalam transaksi');
  const facts = await countFamilyListFacts(tx);
  // The refill's own writes need no maintenance: they carry the counted facts.
  deferred.add(tx.idbtrans);
  let fixed = 0;
  await tx
    .table('families')
    .toCollection()
    .modify((family: Family & FamilyListFacts, context: { value: unknown }) => {
      const right = facts.get(family.id) ?? {};
      if (sameFacts(family, right)) return false;
      fixed += 1;
      context.value = withFacts(family, right);
      return true;
    });
  return fixed;
}

/**
 * Inside a deferred transaction: the named families' facts counted from their members as
 * stored now, written where they differ (a bulk writer that knows which families it
 * touched: the import, for the registered families it adds members to). Dexie promises
 * throughout, so the caller's transaction zone is kept.
 */
export function refreshFamilyListFacts(
  tx: Transaction,
  familyIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(familyIds)];
  if (ids.length === 0) return Dexie.Promise.resolve() as unknown as Promise<void>;
  const families = tx.table('families');
  const people = tx.table('people');
  return Dexie.Promise.all([
    families.bulkGet(ids),
    Dexie.Promise.all(ids.map((id) => people.where('familyId').equals(id).toArray())),
  ]).then(([rows, members]) => {
    const changed: object[] = [];
    (rows as (Family | undefined)[]).forEach((family, i) => {
      if (!family) return;
      const facts = familyListFacts((members as MemberLike[][])[i] ?? []);
      if (!sameFacts(family, facts)) changed.push(withFacts(family, facts));
    });
    return changed.length > 0 ? families.bulkPut(changed).then(() => undefined) : undefined;
  }) as unknown as Promise<void>;
}

/** Ids of the families whose stored facts differ from the ones counted from scratch. */
export async function familyListFactsDifferences(tx: Transaction): Promise<string[]> {
  const facts = await countFamilyListFacts(tx);
  const wrong: string[] = [];
  await tx
    .table('families')
    .toCollection()
    .each((family: Family) => {
      if (!sameFacts(family, facts.get(family.id) ?? {})) wrong.push(family.id);
    });
  return wrong;
}

type Core = { families: DBCoreTable; people: DBCoreTable };

function membersOf(core: Core, trans: DBCoreTransaction, familyId: string): P<MemberLike[]> {
  const index = core.people.schema.getIndexByKeyPath('familyId');
  if (!index) return Promise.resolve([]);
  return then(
    core.people.query({ trans, values: true, query: { index, range: equal(familyId) } }),
    (found) => found.result as MemberLike[],
  );
}

/** The families named, read and written again where their facts changed. */
function refresh(core: Core, trans: DBCoreTransaction, familyIds: Iterable<string>): P<unknown> {
  const ids = [...new Set(familyIds)];
  if (ids.length === 0) return Promise.resolve();
  return then(
    all<unknown>([
      core.families.getMany({ trans, keys: ids }),
      all(ids.map((id) => membersOf(core, trans, id))),
    ]),
    ([families, members]) => {
      const changed: unknown[] = [];
      (families as (Family | undefined)[]).forEach((family, i) => {
        if (!family) return;
        const facts = familyListFacts((members as MemberLike[][])[i] ?? []);
        if (!sameFacts(family, facts)) changed.push(withFacts(family, facts));
      });
      if (changed.length === 0) return undefined;
      return core.families.mutate({ type: 'put', trans, values: changed });
    },
  );
}

const familyIdOf = (row: unknown): string | undefined => {
  const id = (row as { familyId?: unknown } | undefined)?.familyId;
  return typeof id === 'string' ? id : undefined;
};

function writePeople(
  core: Core,
  table: DBCoreTable,
  request: DBCoreMutateRequest,
): P<DBCoreMutateResponse> {
  const { trans } = request;
  const touched = new Set<string>();
  let before: P<unknown>;
  if (request.type === 'deleteRange') {
    before = then(
      table.query({
        trans,
        values: true,
        query: { index: table.schema.primaryKey, range: request.range },
      }),
      (found) => {
        for (const row of found.result) {
          const id = familyIdOf(row);
          if (id) touched.add(id);
        }
      },
    );
  } else {
    const keys =
      request.type === 'delete'
        ? [...request.keys]
        : request.type === 'add'
          ? []
          : (request.keys ?? request.values.map((v) => table.schema.primaryKey.extractKey?.(v)));
    before = keys.length
      ? then(table.getMany({ trans, keys }), (olds) => {
          for (const row of olds) {
            const id = familyIdOf(row);
            if (id) touched.add(id);
          }
        })
      : Promise.resolve();
    if (request.type !== 'delete') {
      for (const row of request.values) {
        const id = familyIdOf(row);
        if (id) touched.add(id);
      }
    }
  }
  return then(before, () =>
    then(table.mutate(request), (response) => then(refresh(core, trans, touched), () => response)),
  );
}

function writeFamilies(
  core: Core,
  table: DBCoreTable,
  request: DBCoreMutateRequest,
): P<DBCoreMutateResponse> {
  if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
  const { trans } = request;
  const extract = table.schema.primaryKey.extractKey;
  return then(
    all(
      request.values.map((value, i) => {
        const id = request.keys?.[i] ?? extract?.(value);
        return typeof id === 'string' ? membersOf(core, trans, id) : Promise.resolve([]);
      }),
    ),
    (members) => {
      const values = request.values.map((value, i) =>
        withFacts(value as object, familyListFacts(members[i] ?? [])),
      );
      return table.mutate({ ...request, values } as DBCoreMutateRequest);
    },
  );
}

export const familyListMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'familyListFacts',
  create(down) {
    const core = (): Core => ({ families: down.table('families'), people: down.table('people') });
    return {
      ...down,
      transaction(stores, mode, options) {
        // A person's write refreshes its family; a family's write counts its members.
        const widen = mode === 'readwrite' && stores.some((store) => WATCHED.has(store));
        const scope = widen ? [...new Set([...stores, ...WATCHED])] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (!WATCHED.has(name)) return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            if (!isMaintained(request.trans)) return table.mutate(request);
            return serialized(request.trans, () =>
              name === 'people'
                ? writePeople(core(), table, request)
                : writeFamilies(core(), table, request),
            );
          },
        };
      },
    };
  },
};
