import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo/demo-data';
import { generateDemoWorkflow } from '@shared/demo/demo-workflow';
import type { Proposal } from '@shared/domain/core/entities';
import { newId } from '@shared/domain/core/ids';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import type { DtksDatabase } from '../core/database';
import { getProposalRows, listProposalIds, listProposals } from './repository';
import { freshDatabase } from '../testing/helpers';

let db: DtksDatabase;
let proposals: Proposal[];
const people = generateDemoData({ seed: 15, people: 6_000, kodeWilayah: '6271011001' });
const data = {
  ...people,
  ...generateDemoWorkflow({
    seed: 15,
    ...people,
    period: 'November 2026',
    timestamp: '2026-11-20T00:00:00.000Z',
  }),
};

beforeAll(async () => {
  db = freshDatabase();
  await db.families.bulkAdd(data.families);
  await db.people.bulkAdd(data.people.map(toPersonRow));
  // Four periods of the same workload: over 500 proposals from a registry a test can hold.
  proposals = [0, 1, 2, 3].flatMap((month) =>
    data.proposals.map((proposal, index) => ({
      ...proposal,
      id: month === 0 ? proposal.id : newId(),
      period: `${['Agustus', 'September', 'Oktober', 'November'][month]} 2026`,
      createdAt: new Date(Date.UTC(2026, 7 + month, 1, 0, 0, index)).toISOString(),
    })),
  );
  await db.proposals.bulkAdd(proposals);
});

function subject() {
  const proposal = proposals[proposals.length - 1];
  const person = data.people.find((row) => row.id === proposal?.personId);
  const family = data.families.find((row) => row.id === proposal?.familyId);
  if (!proposal || !person || !family) throw new Error('data uji tidak lengkap');
  return { proposal, person, family };
}

describe('listProposalIds: the whole list, searched and sorted', () => {
  it('lists every proposal, not the first 500', async () => {
    expect(proposals.length).toBeGreaterThan(500);
    expect((await listProposals(db)).rows.length).toBeLessThanOrEqual(500);
    const ids = await listProposalIds(db);
    expect(ids).toHaveLength(proposals.length);
    expect(new Set(ids).size).toBe(proposals.length);
  });

  it('finds a proposal by name, by a NIK prefix and by its No. KK', async () => {
    const { proposal, person, family } = subject();
    expect(await listProposalIds(db, { search: person.nama })).toContain(proposal.id);
    const lower = person.nama.toLowerCase().split(' ').slice(0, 2).join(' ');
    const byName = await listProposalIds(db, { search: lower });
    expect(byName).toContain(proposal.id);
    expect(byName.length).toBeLessThan(proposals.length);

    const byNik = await listProposalIds(db, { search: person.nik.slice(0, 12) });
    expect(byNik).toContain(proposal.id);
    const niks = new Map(data.people.map((row) => [row.id, row.nik]));
    const byId = new Map(proposals.map((row) => [row.id, row]));
    for (const id of byNik) {
      const row = byId.get(id);
      const family = data.families.find((f) => f.id === row?.familyId);
      expect(
        niks.get(row?.personId ?? '')?.startsWith(person.nik.slice(0, 12)) ||
          family?.noKk.startsWith(person.nik.slice(0, 12)),
      ).toBe(true);
    }
    // Separators typed from a photocopy are ignored.
    const spaced = `${family.noKk.slice(0, 6)} ${family.noKk.slice(6)}`;
    expect(await listProposalIds(db, { search: spaced })).toContain(proposal.id);
    expect(await listProposalIds(db, { search: 'Zzyzx Qwrtp' })).toEqual([]);
  });

  it('combines the search with a status filter', async () => {
    const { proposal, person } = subject();
    const other = proposals.find((row) => row.status !== proposal.status)?.status ?? 'dikirim';
    expect(await listProposalIds(db, { search: person.nik, status: proposal.status })).toContain(
      proposal.id,
    );
    expect(await listProposalIds(db, { search: person.nik, status: other })).not.toContain(
      proposal.id,
    );
  });

  it('sorts by name, by status order, by area and by date', async () => {
    const collator = new Intl.Collator('id-ID', { sensitivity: 'base' });
    const names = new Map(data.people.map((row) => [row.id, row.nama]));
    const byId = new Map(proposals.map((row) => [row.id, row]));
    const byName = (await listProposalIds(db, { sort: 'nama' })).map(
      (id) => names.get(byId.get(id)?.personId ?? '') ?? '',
    );
    expect([...byName].sort(collator.compare)).toEqual(byName);

    const order = ['draf', 'verifikasi_lapangan', 'siap_musyawarah', 'diputuskan', 'dikirim'];
    const ranks = (await listProposalIds(db, { sort: 'status' })).map((id) =>
      order.indexOf(byId.get(id)?.status ?? ''),
    );
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);

    const oldest = await listProposalIds(db, { sort: 'terlama' });
    const newest = await listProposalIds(db, { sort: 'terbaru' });
    const created = (ids: string[]) => ids.map((id) => byId.get(id)?.createdAt ?? '');
    expect(created(oldest)).toEqual([...created(newest)].reverse());

    const families = new Map(data.families.map((row) => [row.id, `${row.rw}/${row.rt}`]));
    const areas = (await listProposalIds(db, { sort: 'wilayah' })).map(
      (id) => families.get(byId.get(id)?.familyId ?? '') ?? '',
    );
    expect([...areas].sort()).toEqual(areas);
  });

  it('reads only the rows asked for, joined, in the order asked', async () => {
    const ids = (await listProposalIds(db, { sort: 'nama' })).slice(700, 740);
    const rows = await getProposalRows(db, ids);
    expect(rows.map((row) => row.proposal.id)).toEqual(ids);
    expect(rows.every((row) => row.person && row.family)).toBe(true);
  });
});
