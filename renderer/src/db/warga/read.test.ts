import { beforeAll, describe, expect, it } from 'vitest';
import type { Family } from '@shared/domain/core/entities';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import type { DtksDatabase } from '../core/database';
import { countFamilies, listFamilies } from './read';
import { rankPeople, searchPeople } from './search';
import { personRecord as person } from '../testing/registry-fixtures';
import { freshDatabase } from '../testing/helpers';

function family(id: string, noKk: string, rw: string, rt: string): Family {
  return {
    id,
    noKk,
    alamat: `Jl. ${id}`,
    rw,
    rt,
    kodeWilayah: '6271011001',
    createdAt: '',
    updatedAt: '',
  };
}

let db: DtksDatabase;

beforeAll(async () => {
  db = freshDatabase();
  await db.families.bulkAdd([
    family('f1', '6271010101150001', '001', '001'),
    family('f2', '6271010101150002', '001', '002'),
    family('f3', '6271019999150003', '002', '001'),
  ]);
  await db.people.bulkAdd(
    [
      person('p1', 'f1', 'Siti Rahmawati', '6271014507880001', { shdk: 1 }),
      person('p2', 'f1', 'Rahmat Hidayat', '6271011203850002'),
      person('p3', 'f2', 'Siti Aminah', '6271014101900003', { shdk: 1 }),
      person('p4', 'f2', 'Rahmawati', '3171014202920004', { statusKeberadaan: 'pindah' }),
      person('p5', 'f3', 'Muhammad Rizki', '6271012001100005', { shdk: 1 }),
      person('p6', 'f3', 'Sitti Rachmawaty', '6271014303930006'),
    ].map(toPersonRow),
  );
});

const names = async (query: string, options = {}) =>
  (await searchPeople(db, query, options)).map((hit) => hit.person.nama);

describe('searchPeople', () => {
  it('finds by NIK prefix and by No. KK prefix (members of the family), with the family attached', async () => {
    const byNik = await searchPeople(db, '3171');
    expect(byNik.map((hit) => hit.person.id)).toEqual(['p4']);
    expect(byNik[0]?.family.id).toBe('f2');
    expect((await searchPeople(db, '6271 0199')).map((hit) => hit.person.id).sort()).toEqual([
      'p5',
      'p6',
    ]);
    expect(await names('6271010101150001')).toEqual(['Siti Rahmawati', 'Rahmat Hidayat']);
  });

  it('matches every token by prefix and intersects tokens', async () => {
    expect((await names('siti rah')).sort()).toEqual(['Siti Rahmawati', 'Sitti Rachmawaty']);
    expect(await names('aminah siti')).toEqual(['Siti Aminah']);
    expect(await names('siti bambang')).toEqual([]);
  });

  it('tolerates typos through phonetic keys and old spellings', async () => {
    // Rahmat shares the consonant skeleton r-m-t: phonetic keys trade precision for recall.
    expect((await names('Rahmawti')).sort()).toEqual(
      ['Rahmat Hidayat', 'Rahmawati', 'Sitti Rachmawaty', 'Siti Rahmawati'].sort(),
    );
    expect(await names('Muhamad Rizky')).toEqual(['Muhammad Rizki']);
  });

  it('ranks exact tokens above prefixes above phonetic matches', async () => {
    expect(await names('rahmawati')).toEqual([
      'Rahmawati',
      'Siti Rahmawati',
      'Rahmat Hidayat',
      'Sitti Rachmawaty',
    ]);
    expect((await names('rahmat'))[0]).toBe('Rahmat Hidayat');
  });

  it('filters by RW, RW+RT, RT and presence status', async () => {
    expect((await names('siti', { rw: '001' })).sort()).toEqual(['Siti Aminah', 'Siti Rahmawati']);
    expect(await names('siti', { rw: '001', rt: '002' })).toEqual(['Siti Aminah']);
    expect(await names('rahmawati', { rt: '002' })).toEqual(['Rahmawati']);
    expect(await names('rahmawati', { status: 'pindah' })).toEqual(['Rahmawati']);
    expect(await names('3171', { status: 'ada' })).toEqual([]);
    // The No. KK prefix brings in the whole family, so a moved-away member is found too.
    expect(await names('6271010101150002', { status: 'pindah' })).toEqual(['Rahmawati']);
  });

  it('ranks ids without rows, filtering status from the index either way round', async () => {
    const ranked = await rankPeople(db, 'rahmawati');
    expect(ranked.map((entry) => entry.score)).toEqual([3, 3, 1, 1]);
    expect((await rankPeople(db, 'rahmawati', { status: 'ada' })).map((e) => e.id).sort()).toEqual([
      'p1',
      'p2',
      'p6',
    ]);
    expect(await rankPeople(db, 'rahmawati', { status: 'pindah' })).toEqual([
      { id: 'p4', score: 3 },
    ]);
    expect(
      (await rankPeople(db, '', { status: 'ada', rw: '002' })).map((e) => e.id).sort(),
    ).toEqual(['p5', 'p6']);
  });

  it('lists everyone with one status, in id order, within the limit', async () => {
    const ids = async (status: 'ada' | 'pindah', limit?: number) =>
      (await rankPeople(db, '', { status, limit })).map((entry) => entry.id);
    expect(await ids('ada')).toEqual(['p1', 'p2', 'p3', 'p5', 'p6']);
    // The one moved-away person (p4) sorts among them and is skipped, not counted.
    expect(await ids('ada', 4)).toEqual(['p1', 'p2', 'p3', 'p5']);
    expect(await ids('pindah')).toEqual(['p4']);
  });

  it('respects the limit and ignores empty queries', async () => {
    expect(await searchPeople(db, 'siti', { limit: 1 })).toHaveLength(1);
    expect(await searchPeople(db, '  ')).toEqual([]);
    expect(await searchPeople(db, 'H.')).toEqual([]);
  });

  it('reads only the first keys for a short list, and ranks them as a full read would', async () => {
    // A small limit takes the bounded path (first keys of each range, family
    // members only when NIK matches leave room); a large one reads everything here.
    for (const query of ['siti', 'rahm', 'rahmawti', 'sitti', '6271', '627101', '6271010101']) {
      for (const limit of [1, 2, 3]) {
        const all = await rankPeople(db, query, { limit: 1000 });
        expect(await rankPeople(db, query, { limit })).toEqual(all.slice(0, limit));
      }
    }
    // NIK matches (in NIK order) fill both places: No. KK members (score 1) are not needed.
    expect(await rankPeople(db, '627101', { limit: 2 })).toEqual([
      { id: 'p2', score: 2 },
      { id: 'p5', score: 2 },
    ]);
  });
});

describe('listFamilies', () => {
  it('returns a window ordered by RW and RT with head and member count', async () => {
    const rows = await listFamilies(db, { offset: 0, limit: 10 });
    expect(rows.map((row) => row.family.id)).toEqual(['f1', 'f2', 'f3']);
    expect(rows[0]).toMatchObject({ memberCount: 2 });
    expect(rows[0]?.headName).toBe('Siti Rahmawati');
    expect((await listFamilies(db, { offset: 1, limit: 1 })).map((r) => r.family.id)).toEqual([
      'f2',
    ]);
  });

  it('filters by RW and RT and counts the same set', async () => {
    expect((await listFamilies(db, { rw: '001', offset: 0, limit: 10 })).length).toBe(2);
    expect(await countFamilies(db, { rw: '001' })).toBe(2);
    expect(await countFamilies(db, { rw: '001', rt: '002' })).toBe(1);
    expect(await countFamilies(db, { rt: '001' })).toBe(2);
    expect(await countFamilies(db)).toBe(3);
  });
});
