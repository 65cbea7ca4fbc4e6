import { describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo/demo-data';
import { generateDemoWorkflow } from '@shared/demo/demo-workflow';
import { replaceWithDemoData } from './demo-load';
import type { DemoPayload } from './demo-load';
import { freshDatabase } from '../testing/helpers';

function payload(seed: number, people: number): DemoPayload {
  const data = generateDemoData({ seed, people, kodeWilayah: '6271011001' });
  return {
    ...data,
    ...generateDemoWorkflow({
      seed,
      ...data,
      period: 'November 2026',
      timestamp: '2026-11-27T00:00:00.000Z',
    }),
  };
}

const copy = {
  settings: [{ key: 'kelurahan', value: { namaKelurahan: 'Pahandut' } }],
  officials: [],
};

describe('replaceWithDemoData', () => {
  it('fills every table with derived search keys, reports progress and audits the load', async () => {
    const db = freshDatabase();
    const data = payload(1, 800);
    const progress: [number, number, string][] = [];
    await replaceWithDemoData(db, data, copy, { actor: 'Siti', seed: 1 }, (done, total, unit) =>
      progress.push([done, total, unit]),
    );
    expect(await db.people.count()).toBe(800);
    expect(await db.families.count()).toBe(data.families.length);
    expect(await db.proposals.count()).toBe(data.proposals.length);
    expect(await db.contacts.count()).toBe(data.contacts.length);
    const person = await db.people.get(data.people[0]?.id ?? '');
    expect(person?.searchTokens.length).toBeGreaterThan(0);
    // The people figure counts the people chosen (800), not every row written.
    const people = progress.filter(([, , unit]) => unit === 'warga');
    expect(people.map(([, total]) => total)).toEqual(people.map(() => 800));
    expect(people.at(-1)?.[0]).toBe(800);
    expect(progress.at(-1)).toEqual([data.contacts.length, data.contacts.length, 'kontak']);
    expect([...new Set(progress.map(([, , unit]) => unit))]).toEqual([
      'keluarga',
      'warga',
      'bantuan',
      'usulan',
      'penilaian',
      'kontak',
    ]);
    expect((await db.audit.toArray()).map((entry) => entry.actor)).toEqual(['Siti']);
  });

  it('leaves the previous contents intact when the load fails part-way', async () => {
    const db = freshDatabase();
    await replaceWithDemoData(db, payload(2, 300), copy, { actor: 'Siti', seed: 2 });
    const before = await db.people.count();
    const broken = payload(3, 3000);
    // A duplicate NIK near the end violates the unique index after thousands of rows were written.
    const last = broken.people[broken.people.length - 1];
    const first = broken.people[0];
    if (!last || !first) throw new Error('data kosong');
    broken.people[broken.people.length - 1] = { ...last, nik: first.nik };
    await expect(
      replaceWithDemoData(db, broken, copy, { actor: 'Siti', seed: 3 }),
    ).rejects.toThrow();
    expect(await db.people.count()).toBe(before);
    expect(await db.audit.count()).toBe(1);
  });
});
