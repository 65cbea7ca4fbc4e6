import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import type { DtksDatabase } from '../core/database';
import { freshDatabase } from '../testing/helpers';
import { generateDemoData } from '@shared/demo/demo-data';
import { replaceWithDemoData } from '../pengaturan/demo-load';
import {
  deferFamilyListFacts,
  familyListFacts,
  familyListFactsDifferences,
  refillFamilyListFacts,
} from './family-list-facts';

/**
 * The head's name and member count kept on each family by the middleware must equal the
 * ones counted from scratch after any sequence of writes: single and bulk, update() and
 * modify(), members moving between families, heads changing, deletes, clears, families
 * saved again with stale figures, and transactions that roll back. Small pools make the
 * writes collide as often as possible.
 */

const NAMES = ['Siti Aminah', 'Budi', 'Ani', ''];

const familyRow = (id: string, alamat: number, stale?: number) => ({
  id,
  noKk: `KK-${id}`,
  alamat: `Jl. Uji ${alamat}`,
  rw: '001',
  rt: '002',
  kodeWilayah: '6271011001',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  // A row carrying another PC's (or an old read's) figures.
  ...(stale === undefined ? {} : { headName: 'Lama', memberCount: stale }),
});

const personRow = (id: string, familyId: string, name: number, shdk: number) => ({
  id,
  familyId,
  nik: `NIK-${id}`,
  nama: NAMES[name % NAMES.length] ?? '',
  shdk: 1 + (shdk % 4),
  tanggalLahir: '1990-01-01',
  statusKeberadaan: 'ada',
  searchTokens: [],
  dupNameKey: '',
  dupMotherKey: '',
});

const small = fc.nat({ max: 7 });
const op = fc.oneof(
  fc.record({ t: fc.constant('putFamily'), f: small, alamat: small, stale: fc.option(small) }),
  fc.record({ t: fc.constant('updateFamily'), f: small, alamat: small }),
  fc.record({ t: fc.constant('deleteFamily'), f: small }),
  fc.record({ t: fc.constant('putPerson'), p: small, f: small, name: small, shdk: small }),
  fc.record({
    t: fc.constant('bulkPeople'),
    ps: fc.uniqueArray(small, { maxLength: 4 }),
    f: small,
    shdk: small,
  }),
  fc.record({ t: fc.constant('movePerson'), p: small, f: small }),
  fc.record({ t: fc.constant('renamePerson'), p: small, name: small, shdk: small }),
  fc.record({ t: fc.constant('deletePeople'), ps: fc.uniqueArray(small, { maxLength: 3 }) }),
  fc.record({ t: fc.constant('modifyMembers'), f: small, name: small }),
  fc.record({ t: fc.constant('deleteWhere'), f: small }),
  fc.record({ t: fc.constant('headAndFamily'), p: small, f: small, alamat: small }),
  fc.record({ t: fc.constant('rolledBack'), p: small, f: small }),
  fc.record({ t: fc.constant('clearPeople') }),
  fc.record({ t: fc.constant('clearFamilies') }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
type Pools = { families: string[]; people: string[] };

async function apply(db: DtksDatabase, pools: Pools, step: Op): Promise<void> {
  const fid = (n: number) => pools.families[n % pools.families.length] ?? '';
  const pid = (n: number) => pools.people[n % pools.people.length] ?? '';
  switch (step.t) {
    case 'putFamily':
      await db.families.put(familyRow(fid(step.f), step.alamat, step.stale ?? undefined) as never);
      return;
    case 'updateFamily':
      await db.families.update(fid(step.f), { alamat: `Jl. Baru ${step.alamat}` });
      return;
    case 'deleteFamily':
      await db.families.delete(fid(step.f));
      return;
    case 'putPerson':
      await db.people.put(personRow(pid(step.p), fid(step.f), step.name, step.shdk) as never);
      return;
    case 'bulkPeople':
      await db.people.bulkPut(
        step.ps.map((p) => personRow(pid(p), fid(step.f), p, step.shdk + p)) as never[],
      );
      return;
    case 'movePerson':
      await db.people.update(pid(step.p), { familyId: fid(step.f) });
      return;
    case 'renamePerson':
      await db.people.update(pid(step.p), {
        nama: NAMES[step.name % NAMES.length] ?? '',
        shdk: 1 + (step.shdk % 4),
      } as never);
      return;
    case 'deletePeople':
      await db.people.bulkDelete(step.ps.map(pid));
      return;
    case 'modifyMembers':
      await db.people
        .where('familyId')
        .equals(fid(step.f))
        .modify({ nama: NAMES[step.name % NAMES.length] ?? '' });
      return;
    case 'deleteWhere':
      await db.people.where('familyId').equals(fid(step.f)).delete();
      return;
    case 'headAndFamily':
      // As a member action writes: the person and the family in one transaction.
      await db.transaction('rw', db.people, db.families, async () => {
        await db.people.put(personRow(pid(step.p), fid(step.f), step.p, 0) as never);
        const family = await db.families.get(fid(step.f));
        if (family) await db.families.put({ ...family, alamat: `Jl. Pindah ${step.alamat}` });
      });
      return;
    case 'rolledBack':
      await db
        .transaction('rw', db.people, db.families, async () => {
          await db.people.put(personRow(pid(step.p), fid(step.f), 1, 0) as never);
          await db.families.delete(fid(step.f));
          throw new Error('batal');
        })
        .catch(() => undefined);
      return;
    case 'clearPeople':
      await db.people.clear();
      return;
    case 'clearFamilies':
      await db.families.clear();
      return;
  }
}

const differences = (db: DtksDatabase) =>
  db.transaction('r', db.families, db.people, (tx) => familyListFactsDifferences(tx));

describe('familyListFacts', () => {
  it('counts the members and names the first head in index order; an empty family has none', () => {
    expect(familyListFacts([])).toEqual({});
    expect(familyListFacts([{ shdk: 3, nama: 'Ani' }])).toEqual({ memberCount: 1 });
    expect(
      familyListFacts([
        { shdk: 4, nama: 'Anak' },
        { shdk: 1, nama: 'Budi' },
        { shdk: 1, nama: 'Kedua' },
      ]),
    ).toEqual({ memberCount: 3, headName: 'Budi' });
  });
});

describe('the family facts kept by the middleware', () => {
  it('equal the facts counted from scratch after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (steps) => {
        const db = freshDatabase();
        await db.open();
        const pools: Pools = {
          families: Array.from({ length: 4 }, () => newId()),
          people: Array.from({ length: 6 }, () => newId()),
        };
        try {
          for (const step of steps) await apply(db, pools, step);
          expect(await differences(db)).toEqual([]);
        } finally {
          db.close();
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('a deferred transaction leaves them to one refill, which repairs what is wrong', async () => {
    const db = freshDatabase();
    await db.open();
    const familyId = newId();
    await db.families.put(familyRow(familyId, 1) as never);
    await db.transaction('rw', db.people, db.families, async () => {
      deferFamilyListFacts();
      await db.people.bulkAdd([personRow(newId(), familyId, 0, 0)] as never[]);
      expect((await db.families.get(familyId))?.memberCount).toBeUndefined();
      expect(await refillFamilyListFacts()).toBe(1);
    });
    expect(await db.families.get(familyId)).toMatchObject({
      headName: 'Siti Aminah',
      memberCount: 1,
    });
    expect(await differences(db)).toEqual([]);
    db.close();
  });

  it('demo data is loaded with the facts the middleware would keep', async () => {
    const db = freshDatabase();
    const data = generateDemoData({ seed: 5, people: 400, kodeWilayah: '6271011001' });
    await replaceWithDemoData(
      db,
      { ...data, proposals: [], assessments: [], aid: [], contacts: [] } as never,
      { settings: [], officials: [] },
      { actor: 't', seed: 5 },
    );
    expect(await differences(db)).toEqual([]);
    const counted = (await db.families.toArray()).reduce((n, f) => n + (f.memberCount ?? 0), 0);
    expect(counted).toBe(400);
    db.close();
  });
});
