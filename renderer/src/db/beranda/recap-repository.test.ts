import { describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo/demo-data';
import { generateDemoWorkflow } from '@shared/demo/demo-workflow';
import { dupKey } from '@shared/domain/warga/person-keys';
import { newId } from '@shared/domain/core/ids';
import { replaceWithDemoData } from '../pengaturan/demo-load';
import { findDuplicateCandidates } from '../impor/duplicates-repository';
import { twinKey } from '../sinkron/unique-key-middleware';
import { computeRecap, overlapFamilyIds } from './recap-repository';
import { freshDatabase } from '../testing/helpers';

const PERIOD = 'November 2026';

async function loaded(people: number) {
  const db = freshDatabase();
  const data = generateDemoData({ seed: 11, people, kodeWilayah: '6271011001' });
  const workflow = generateDemoWorkflow({
    seed: 11,
    ...data,
    period: PERIOD,
    timestamp: '2026-11-20T00:00:00.000Z',
  });
  await replaceWithDemoData(
    db,
    { ...data, ...workflow },
    { settings: [], officials: [] },
    { actor: 't', seed: 11 },
  );
  return { db, data, workflow };
}

describe('computeRecap', () => {
  it('matches the known counts of a generated dataset', async () => {
    const { db, data, workflow } = await loaded(3000);
    // Two of the period's proposals get decisions, one letter is issued this month.
    const [first, second] = workflow.proposals;
    if (!first || !second) throw new Error('tidak ada usulan');
    await db.proposals.update(first.id, {
      decision: { value: 'layak', reason: '', meetingId: 'm', at: '' },
    });
    await db.proposals.update(second.id, {
      decision: { value: 'ditunda', reason: 'cek', meetingId: 'm', at: '' },
    });
    await db.letters.add({
      id: 'l1',
      date: '2026-11-03',
      number: '1',
      type: 'sktm',
      year: 2026,
      status: 'terbit',
    } as never);
    await db.letters.add({
      id: 'l2',
      date: '2026-10-30',
      number: '2',
      type: 'sktm',
      year: 2026,
      status: 'terbit',
    } as never);

    const recap = await computeRecap(db, PERIOD, new Date('2026-11-27T10:00:00'));

    expect(recap.registry.people).toBe(3000);
    expect(recap.registry.families).toBe(data.families.length);
    const expectStatus = (status: string) =>
      workflow.proposals.filter((p) => p.status === status).length;
    expect(recap.proposalsByStatus.siap_musyawarah).toBe(expectStatus('siap_musyawarah'));
    expect(recap.proposalsByStatus.draf).toBe(expectStatus('draf'));
    expect(recap.proposalsByKind.baru).toBe(
      workflow.proposals.filter((p) => p.kind === 'baru').length,
    );
    expect(recap.decisions).toEqual({ layak: 1, tidak_layak: 0, ditunda: 1 });
    expect(recap.lettersThisMonth).toBe(1);
    expect(recap.batchesByState.diunggah).toBe(0);

    // Families per decile, from the desil index, match the deciles the families carry.
    for (const value of [1, 2, 5, 10]) {
      expect(recap.desil.byValue[value]).toBe(
        data.families.filter((family) => family.desil?.value === value).length,
      );
    }
    expect(recap.desil.none).toBe(data.families.filter((family) => !family.desil).length);
    expect(recap.desil.none).toBeGreaterThan(0);
    expect(recap.desil.byValue[1]).toBeGreaterThan(0);

    expect(recap.perRtRw.reduce((sum, row) => sum + row.people, 0)).toBe(3000);
    expect(recap.perRtRw.reduce((sum, row) => sum + row.families, 0)).toBe(data.families.length);
    expect(recap.perRtRw.reduce((sum, row) => sum + row.proposals, 0)).toBe(
      workflow.proposals.length,
    );
    const someFamily = data.families[5];
    const row = recap.perRtRw.find((r) => r.rw === someFamily?.rw && r.rt === someFamily?.rt);
    expect(row?.people).toBe(
      data.people.filter((p) =>
        data.families.find((f) => f.id === p.familyId && f.rw === row?.rw && f.rt === row?.rt),
      ).length,
    );

    const metFirst = workflow.assessments.filter(
      (a) => a.answers[recap.criteria[0]?.id ?? '']?.value === true,
    ).length;
    expect(recap.criteria[0]?.met).toBe(metFirst);
    expect(recap.flags.aidOverlapFamilies).toBe(overlapFamilyIds(workflow.aid).length);
  });

  it('counts batches per outbox state, leaving out replaced versions', async () => {
    const { db } = await loaded(100);
    await db.batches.bulkAdd([
      { id: 'b1', state: 'diunggah', supersededBy: undefined } as never,
      { id: 'b2', state: 'tervalidasi', supersededBy: 'b3' } as never,
      { id: 'b3', state: 'diekspor' } as never,
    ]);
    const recap = await computeRecap(db, PERIOD);
    expect(recap.batchesByState).toEqual({
      disiapkan: 0,
      tervalidasi: 0,
      diekspor: 1,
      diunggah: 1,
      hasil_diterima: 0,
    });
  });

  it('counts possible duplicates from the index keys', async () => {
    const { db, data } = await loaded(200);
    const twin = data.people[10];
    if (!twin) throw new Error('kosong');
    const before = (await computeRecap(db, PERIOD)).flags.possibleDuplicatePairs;
    await db.people.add({
      ...twin,
      id: 'dup',
      nik: '6271010101990001',
      searchTokens: [],
      dupNameKey: dupKey(`  ${twin.nama.toUpperCase()} `, twin.tanggalLahir),
      dupMotherKey: '',
    });
    expect((await computeRecap(db, PERIOD)).flags.possibleDuplicatePairs).toBe(before + 1);
    // Deciding the pair in the duplicates review takes it off the Beranda.
    await db.duplicateDecisions.add({
      id: 'd1',
      pairKey: [twin.id, 'dup'].sort().join('|'),
      decision: 'bukan_duplikat',
      by: 't',
      at: '',
      note: '',
    });
    expect((await computeRecap(db, PERIOD)).flags.possibleDuplicatePairs).toBe(before);
  });

  it('counts a NIK held by two records (a sync twin) as the Duplikat page pairs it', async () => {
    const { db, data } = await loaded(200);
    const held = data.people[20];
    if (!held) throw new Error('kosong');
    const count = async () => (await computeRecap(db, PERIOD)).flags.possibleDuplicatePairs;
    const pageHas = async (a: string, b: string) =>
      (await findDuplicateCandidates(db)).candidates.some(
        (pair) => [pair.a.id, pair.b.id].sort().join('|') === [a, b].sort().join('|'),
      );
    const before = await count();
    // The same NIK entered on another PC under another name, arrived by sync as a twin.
    const id = newId();
    await db.people.add({
      ...held,
      id,
      nama: 'Nama Lain Sekali',
      namaIbuKandung: 'Ibu Lain',
      nikKey: twinKey(held.nik, id),
      searchTokens: [],
      dupNameKey: dupKey('Nama Lain Sekali', '1999-09-09'),
      dupMotherKey: '',
    });
    expect(await pageHas(held.id, id)).toBe(true);
    expect(await count()).toBe(before + 1);
    // The record entered here goes (merged away elsewhere): the twin alone is no pair.
    await db.people.delete(held.id);
    expect(await count()).toBe(before);
  });
});
