import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryDifferences, SUMMARY_ID } from '@shared/domain/beranda/summary';
import { newId } from '@shared/domain/core/ids';
import type { DtksDatabase } from '../core/database';
import { freshDatabase } from '../testing/helpers';
import { deferBerandaSummary, rebuildBerandaSummary } from './summary-middleware';
import { recomputeIn } from './summary-source';

/**
 * The summary kept write by write must equal the one counted from scratch, after any
 * sequence of writes: single and bulk, edits through update() and modify(), moves between
 * RTs, deletes, clears, transactions that roll back. Small pools of ids, places and
 * names make the writes collide (same family, same duplicate key) as often as possible.
 */

const RTS = [
  ['001', '001'],
  ['001', '002'],
  ['002', '001'],
] as const;
const NAMES = ['siti', 'budi', 'ani', ''];
const DATES = ['1980-01-01', '1990-05-05'];
const STATUSES = ['ada', 'ada', 'meninggal', 'pindah'];

type Pools = { families: string[]; people: string[]; aid: string[] };
const LEVELS = ['pusat', 'provinsi', 'kota', 'pusat'];

const familyRow = (id: string, place: number, desil: number | null) => {
  const [rw, rt] = RTS[place % RTS.length] ?? RTS[0];
  return {
    id,
    noKk: `KK-${id}`,
    alamat: 'Jl. Uji',
    rw,
    rt,
    kodeWilayah: '6271011001',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...(desil === null ? {} : { desil: { value: desil, source: 'uji', date: '2026-01-01' } }),
  };
};

const personRow = (
  id: string,
  familyId: string,
  name: number,
  mother: number,
  date: number,
  status: number,
) => {
  const nama = NAMES[name % NAMES.length] ?? '';
  const ibu = NAMES[mother % NAMES.length] ?? '';
  const tanggalLahir = DATES[date % DATES.length] ?? '';
  return {
    id,
    familyId,
    nik: `NIK-${id}`,
    nama,
    namaIbuKandung: ibu,
    tanggalLahir,
    statusKeberadaan: STATUSES[status % STATUSES.length],
    searchTokens: [],
    dupNameKey: nama ? `${nama}|${tanggalLahir}` : '',
    dupMotherKey: ibu ? `${ibu}|${tanggalLahir}` : '',
  };
};

const small = fc.nat({ max: 7 });
const op = fc.oneof(
  fc.record({
    t: fc.constant('putFamily'),
    f: small,
    place: small,
    desil: fc.option(fc.integer({ min: 1, max: 10 })),
  }),
  fc.record({ t: fc.constant('moveFamily'), f: small, place: small }),
  fc.record({ t: fc.constant('deleteFamily'), f: small }),
  fc.record({
    t: fc.constant('putPerson'),
    p: small,
    f: small,
    name: small,
    mother: small,
    date: small,
    status: small,
  }),
  fc.record({
    t: fc.constant('bulkPeople'),
    ps: fc.uniqueArray(small, { maxLength: 4 }),
    f: small,
    name: small,
  }),
  fc.record({ t: fc.constant('updatePerson'), p: small, f: small, status: small }),
  fc.record({ t: fc.constant('renamePerson'), p: small, name: small }),
  fc.record({ t: fc.constant('deletePeople'), ps: fc.uniqueArray(small, { maxLength: 3 }) }),
  fc.record({ t: fc.constant('modifyFamilyMembers'), f: small, status: small }),
  fc.record({ t: fc.constant('rolledBack'), p: small, f: small }),
  fc.record({ t: fc.constant('clearPeople') }),
  fc.record({ t: fc.constant('clearFamilies') }),
  fc.record({ t: fc.constant('deleteWhere'), f: small }),
  fc.record({ t: fc.constant('putAid'), a: small, f: small, level: small }),
  fc.record({ t: fc.constant('deleteAid'), a: small }),
  fc.record({ t: fc.constant('clearAid') }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

async function apply(db: DtksDatabase, pools: Pools, step: Op): Promise<void> {
  const fid = (n: number) => pools.families[n % pools.families.length] ?? '';
  const pid = (n: number) => pools.people[n % pools.people.length] ?? '';
  switch (step.t) {
    case 'putFamily':
      await db.families.put(familyRow(fid(step.f), step.place, step.desil) as never);
      return;
    case 'moveFamily': {
      const [rw, rt] = RTS[step.place % RTS.length] ?? RTS[0];
      await db.families.update(fid(step.f), { rw, rt });
      return;
    }
    case 'deleteFamily':
      await db.families.delete(fid(step.f));
      return;
    case 'putPerson':
      await db.people.put(
        personRow(
          pid(step.p),
          fid(step.f),
          step.name,
          step.mother,
          step.date,
          step.status,
        ) as never,
      );
      return;
    case 'bulkPeople':
      await db.people.bulkPut(
        step.ps.map((p) => personRow(pid(p), fid(step.f), step.name, p, p, p)) as never[],
      );
      return;
    case 'updatePerson':
      await db.people.update(pid(step.p), {
        familyId: fid(step.f),
        statusKeberadaan: STATUSES[step.status % STATUSES.length] as never,
      });
      return;
    case 'renamePerson': {
      const nama = NAMES[step.name % NAMES.length] ?? '';
      await db.people.update(pid(step.p), { nama, dupNameKey: nama ? `${nama}|1980-01-01` : '' });
      return;
    }
    case 'deletePeople':
      await db.people.bulkDelete(step.ps.map(pid));
      return;
    case 'modifyFamilyMembers':
      await db.people
        .where('familyId')
        .equals(fid(step.f))
        .modify({ statusKeberadaan: STATUSES[step.status % STATUSES.length] as never });
      return;
    case 'rolledBack':
      await db
        .transaction('rw', db.people, db.families, async () => {
          await db.people.put(personRow(pid(step.p), fid(step.f), 1, 1, 0, 2) as never);
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
    case 'putAid':
      await db.aid.put({
        id: pools.aid[step.a % pools.aid.length] ?? '',
        familyId: fid(step.f),
        programme: 'PKH',
        level: LEVELS[step.level % LEVELS.length],
        since: '2025-01-01',
        createdAt: '2026-01-01T00:00:00.000Z',
      } as never);
      return;
    case 'deleteAid':
      await db.aid.delete(pools.aid[step.a % pools.aid.length] ?? '');
      return;
    case 'clearAid':
      await db.aid.clear();
      return;
    case 'deleteWhere':
      await db.people.where('familyId').equals(fid(step.f)).delete();
      return;
  }
}

async function storedAndFresh(db: DtksDatabase) {
  return db.transaction('r', db.people, db.families, db.aid, db.berandaSummary, async (tx) => ({
    stored: await db.berandaSummary.get(SUMMARY_ID),
    fresh: await recomputeIn(tx.idbtrans),
  }));
}

describe('the Beranda summary kept by the middleware', () => {
  it('equals the summary recomputed from scratch after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (steps) => {
        const db = freshDatabase();
        await db.open();
        const pools: Pools = {
          families: Array.from({ length: 4 }, () => newId()),
          people: Array.from({ length: 6 }, () => newId()),
          aid: Array.from({ length: 5 }, () => newId()),
        };
        try {
          for (const step of steps) await apply(db, pools, step);
          const { stored, fresh } = await storedAndFresh(db);
          if (stored === undefined) {
            // Nothing was ever written: an empty registry has no summary yet.
            expect(fresh.people + fresh.families).toBe(0);
          } else {
            expect(summaryDifferences(stored, fresh)).toEqual([]);
            expect(stored).toEqual(fresh);
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a deferred transaction leaves the figures to one rebuild before it commits', async () => {
    const db = freshDatabase();
    await db.open();
    const familyId = newId();
    await db.families.put(familyRow(familyId, 0, 3) as never);
    await db.transaction('rw', db.people, db.families, db.berandaSummary, async () => {
      deferBerandaSummary();
      await db.people.bulkAdd([personRow(newId(), familyId, 0, 0, 0, 0)] as never[]);
      expect((await db.berandaSummary.get(SUMMARY_ID))?.people).toBe(0);
      await rebuildBerandaSummary();
    });
    const { stored, fresh } = await storedAndFresh(db);
    expect(stored?.people).toBe(1);
    expect(stored).toEqual(fresh);
    db.close();
  });
});
