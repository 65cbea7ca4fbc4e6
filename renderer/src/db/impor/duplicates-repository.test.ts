import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { AidReceived, Letter, Person, Proposal } from '@shared/domain/core/entities';
import { generateDemoData } from '@shared/demo/demo-data';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import { newId } from '@shared/domain/core/ids';
import { twinKey } from '../sinkron/unique-key-middleware';
import { listAudit } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import {
  findDuplicateCandidates,
  markNotDuplicate,
  mergePeople,
  pairKeyOf,
} from './duplicates-repository';
import { seedSettings } from '../testing/import-fixtures';
import { freshDatabase } from '../testing/helpers';

function person(overrides: Partial<Person>): Person {
  return {
    id: 'p',
    familyId: 'f1',
    nik: '6271011203900001',
    nama: 'Budi Santoso',
    tempatLahir: '',
    tanggalLahir: '1990-03-12',
    jenisKelamin: 'L',
    shdk: 1,
    statusKawin: 'kawin',
    agama: 'Islam',
    pendidikan: 'SD/Sederajat',
    pekerjaan: '',
    namaIbuKandung: 'Sumiati',
    statusKeberadaan: 'ada',
    createdAt: '',
    updatedAt: '',
    ...overrides,
  };
}

async function withPeople(people: Person[]): Promise<DtksDatabase> {
  const db = freshDatabase();
  await seedSettings(db);
  await db.families.bulkAdd(
    ['f1', 'f2', 'f3'].map((id, index) => ({
      id,
      noKk: `627101010110000${index + 1}`,
      alamat: `Jl. ${id}`,
      rt: '001',
      rw: '001',
      kodeWilayah: '6271011001',
      createdAt: '',
      updatedAt: '',
    })),
  );
  await db.people.bulkAdd(people.map(toPersonRow));
  return db;
}

const BUDI = person({ id: 'a', nama: 'H. Budi Santoso' });
const BOEDI = person({
  id: 'b',
  familyId: 'f2',
  nik: '6271011203900002',
  nama: 'BOEDI  SANTOSO',
  namaIbuKandung: 'Sumiyati',
  tempatLahir: 'Sampit',
});
const TWIN = person({
  id: 'c',
  familyId: 'f1',
  nik: '6271011203900003',
  nama: 'Andi Santoso',
  shdk: 4,
});
const OTHER = person({
  id: 'd',
  familyId: 'f3',
  nik: '6271014101000004',
  nama: 'Budi Santoso',
  tanggalLahir: '2000-01-01',
  jenisKelamin: 'P',
  namaIbuKandung: 'Lain',
});

describe('findDuplicateCandidates', () => {
  it('pairs same normalised name + birth date and same mother + birth date', async () => {
    const db = await withPeople([BUDI, BOEDI, TWIN, OTHER]);
    const { candidates, total } = await findDuplicateCandidates(db);
    const found = candidates.map((c) => [c.pairKey, [...c.reasons].sort()]);
    expect(found).toEqual(
      expect.arrayContaining([
        [pairKeyOf('a', 'b'), ['nama']],
        [pairKeyOf('a', 'c'), ['ibu']],
      ]),
    );
    expect(total).toBe(2);
    expect(candidates.find((c) => c.pairKey === pairKeyOf('a', 'b'))?.familyB?.noKk).toBe(
      '6271010101100002',
    );
  });

  it('finds a pair by either name or a NIK prefix, and sorts by name on request', async () => {
    const db = await withPeople([BUDI, BOEDI, TWIN, OTHER]);
    const keys = async (search: string, sort?: 'kuat' | 'nama') =>
      (await findDuplicateCandidates(db, 50, { search, sort })).candidates.map((c) => c.pairKey);
    // Old spelling finds Budi, who is in both pairs.
    expect((await keys('boedi')).sort()).toEqual([pairKeyOf('a', 'b'), pairKeyOf('a', 'c')].sort());
    expect(await keys('andi')).toEqual([pairKeyOf('a', 'c')]);
    expect(await keys('6271 0112 0390 0003')).toEqual([pairKeyOf('a', 'c')]);
    expect((await keys('santoso')).sort()).toEqual(
      [pairKeyOf('a', 'b'), pairKeyOf('a', 'c')].sort(),
    );
    expect(await keys('Rahmat')).toEqual([]);
    const { total } = await findDuplicateCandidates(db, 50, { search: 'andi' });
    expect(total).toBe(1);
    expect(await keys('', 'nama')).toHaveLength(2);
  });

  it('pairs one NIK entered on two PCs while apart (a twin kept by office sync), whatever the names', async () => {
    const here = person({ id: newId(), nik: '6271014507880002', nama: 'Siti Rahmawati' });
    const db = await withPeople([here]);
    // The record that arrived by sync keeps its NIK under a twin key (unique-key-middleware).
    const twinId = newId();
    const twin = person({
      id: twinId,
      familyId: 'f2',
      nik: here.nik,
      nama: 'Sity Rachmawaty',
      namaIbuKandung: 'Painem',
      tanggalLahir: '1988-07-05',
    });
    await db.people.add({ ...toPersonRow(twin), nikKey: twinKey(here.nik, twinId) });
    const { candidates } = await findDuplicateCandidates(db);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.reasons).toEqual(['nik']);
    expect([candidates[0]?.a.id, candidates[0]?.b.id].sort()).toEqual([here.id, twinId].sort());
  });

  it('a live query of the pairs sees a record written later (office sync, an import in another window)', async () => {
    const db = await withPeople([BUDI]);
    const seen: number[] = [];
    const subscription = liveQuery(() => findDuplicateCandidates(db)).subscribe((result) =>
      seen.push(result.total),
    );
    await vi.waitFor(() => expect(seen).toEqual([0]));
    await db.people.add(toPersonRow(BOEDI));
    await vi.waitFor(() => expect(seen.at(-1)).toBe(1));
    subscription.unsubscribe();
  });

  it('leaves out pairs that already have a decision', async () => {
    const db = await withPeople([BUDI, BOEDI, TWIN]);
    await markNotDuplicate(db, 'c', 'a', 'Anak kembar? Bukan, ayah dan anak');
    const { candidates } = await findDuplicateCandidates(db);
    expect(candidates.map((c) => c.pairKey)).toEqual([pairKeyOf('a', 'b')]);
    const [entry] = await listAudit(db, 1);
    expect(entry).toMatchObject({ action: 'create', entity: 'kemungkinan duplikat' });
    expect(entry?.summary).not.toContain('6271011203900001');
  });

  it('gives the same pairs from the summary as from the indexes read whole', async () => {
    const data = generateDemoData({ seed: 11, people: 3_000, kodeWilayah: '6271011001' });
    const db = freshDatabase();
    await db.people.bulkAdd(data.people.map(toPersonRow));
    // Look-alikes of each kind, and a twin of one NIK as office sync keeps it.
    const [p1, p2, p3] = [data.people[10]!, data.people[20]!, data.people[30]!];
    await db.people.add(toPersonRow({ ...p1, id: newId(), nik: '3171011203900001' }));
    await db.people.add(
      toPersonRow({ ...p2, id: newId(), nik: '3171011203900002', nama: 'Nama Lain Sekali' }),
    );
    const twinId = newId();
    await db.people.add({
      ...toPersonRow({ ...p3, id: twinId, nama: 'Orang Berbeda', namaIbuKandung: 'Ibu Lain' }),
      nikKey: twinKey(p3.nik, twinId),
    });
    const fromSummary = await findDuplicateCandidates(db, Number.POSITIVE_INFINITY);
    await db.berandaSummary.clear();
    const fromIndexes = await findDuplicateCandidates(db, Number.POSITIVE_INFINITY);
    expect(fromSummary.total).toBeGreaterThanOrEqual(3);
    const pairsOf = (result: typeof fromSummary) =>
      result.candidates.map((c) => [c.pairKey, c.reasons.join('+')]);
    expect(pairsOf(fromSummary)).toEqual(pairsOf(fromIndexes));
    expect(pairsOf(fromSummary)).toContainEqual([pairKeyOf(p3.id, twinId), 'nik']);
  });

  it('finds a planted pair among 20,000 people', async () => {
    const data = generateDemoData({ seed: 7, people: 20_000, kodeWilayah: '6271011001' });
    const db = freshDatabase();
    await db.people.bulkAdd(data.people.map(toPersonRow));
    const copy = data.people[123]!;
    await db.people.add(toPersonRow({ ...copy, id: 'salinan', nik: '3171011203900001' }));
    const started = performance.now();
    const { candidates } = await findDuplicateCandidates(db, 50);
    const elapsed = performance.now() - started;
    expect(candidates.some((c) => c.pairKey === pairKeyOf(copy.id, 'salinan'))).toBe(true);
    console.info(`20.000 warga: pasangan ditemukan dalam ${Math.round(elapsed)} ms`);
  }, 60_000);
});

describe('mergePeople', () => {
  it('moves proposals, aid and letters to the kept record, deletes the other, audits both', async () => {
    const db = await withPeople([BUDI, BOEDI]);
    await db.proposals.add({ id: 'u1', familyId: 'f2', personId: 'b' } as Proposal);
    await db.aid.add({ id: 'bantuan1', familyId: 'f2', personId: 'b' } as AidReceived);
    await db.letters.add({ id: 's1', type: 'sktm', number: '1', personId: 'b' } as Letter);

    const result = await mergePeople(db, 'a', 'b', 'Orang yang sama, ejaan lama');
    expect(result.moved).toEqual({ proposals: ['u1'], aid: ['bantuan1'], letters: ['s1'] });
    expect(await db.people.get('b')).toBeUndefined();
    expect((await db.proposals.get('u1'))?.personId).toBe('a');
    expect((await db.aid.get('bantuan1'))?.personId).toBe('a');
    const moved = await db.letters.get('s1');
    expect(moved?.type === 'sktm' && moved.personId).toBe('a');
    // An empty field of the kept record is filled from the removed one.
    expect((await db.people.get('a'))?.tempatLahir).toBe('Sampit');

    const [entry] = await listAudit(db, 1);
    expect(entry).toMatchObject({ action: 'merge', entity: 'warga', entityId: 'a' });
    expect(entry?.before).toMatchObject({ kept: { id: 'a' }, removed: { id: 'b' } });
    expect(await db.duplicateDecisions.where('pairKey').equals(pairKeyOf('a', 'b')).count()).toBe(
      1,
    );
    expect((await findDuplicateCandidates(db)).total).toBe(0);
  });

  it('changes nothing when it fails halfway', async () => {
    const db = await withPeople([BUDI, BOEDI]);
    await db.proposals.add({ id: 'u1', familyId: 'f2', personId: 'b' } as Proposal);
    // A decision already recorded for the pair makes the unique pairKey index refuse the merge's.
    await db.duplicateDecisions.add({
      id: 'x',
      pairKey: pairKeyOf('a', 'b'),
      decision: 'bukan_duplikat',
      by: 'x',
      at: '',
      note: '',
    });
    await expect(mergePeople(db, 'a', 'b', '')).rejects.toThrow();
    expect(await db.people.get('b')).toBeDefined();
    expect((await db.proposals.get('u1'))?.personId).toBe('b');
    expect(await db.audit.filter((e) => e.action === 'merge').count()).toBe(0);
  });

  it('refuses to merge a record with itself', async () => {
    const db = await withPeople([BUDI]);
    await expect(mergePeople(db, 'a', 'a', '')).rejects.toThrow('dua warga yang berbeda');
  });
});
