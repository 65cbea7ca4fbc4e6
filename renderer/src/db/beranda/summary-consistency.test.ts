import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summaryDifferences, SUMMARY_ID } from '@shared/domain/beranda/summary';
import { newId } from '@shared/domain/core/ids';
import type { DtksDatabase } from '../core/database';
import { freshDatabase } from '../testing/helpers';
import { deferBerandaSummary, rebuildBerandaSummary } from './summary-middleware';
import { recomputeIn } from './summary-source';
import { twinKey } from '../sinkron/unique-key-middleware';

/**
 * The summary kept write by write must equal the one counted from scratch, after any
 * sequence of writes: single and bulk, edits through update() and modify(), moves between
 * RTs, deletes, clears, transactions that roll back; proposals (status, decision, period,
 * family) and their assessments, which the period figures count. Small pools of ids, places
 * and names make the writes collide (same family, same duplicate key) as often as possible.
 */

const RTS = [
  ['001', '001'],
  ['001', '002'],
  ['002', '001'],
] as const;
const NAMES = ['siti', 'budi', 'ani', ''];
const DATES = ['1980-01-01', '1990-05-05'];
const STATUSES = ['ada', 'ada', 'meninggal', 'pindah'];

type Pools = {
  families: string[];
  people: string[];
  aid: string[];
  proposals: string[];
  assessments: string[];
};
const PERIODS = ['November 2026', 'Desember 2026'];
const KINDS = ['baru', 'perbaikan', 'nonaktif', 'sanggah'];
const SOURCES = ['mandiri', 'prelist', 'rt_rw'];
const PROPOSAL_STATUSES = ['draf', 'diverifikasi', 'dimusyawarahkan', 'diajukan'];
const DECISION_VALUES = ['layak', 'tidak_layak', 'ditunda'];
const CRITERIA = ['k1', 'k2', 'k3'];
const SETS = ['kriteria-a', 'kriteria-b'];

const proposalRow = (
  id: string,
  familyId: string,
  period: number,
  kind: number,
  source: number,
  status: number,
  decision: number | null,
) => ({
  id,
  familyId,
  personId: 'orang',
  kind: KINDS[kind % KINDS.length],
  source: SOURCES[source % SOURCES.length],
  status: PROPOSAL_STATUSES[status % PROPOSAL_STATUSES.length],
  period: PERIODS[period % PERIODS.length],
  history: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...(decision === null
    ? {}
    : {
        decision: {
          value: DECISION_VALUES[decision % DECISION_VALUES.length],
          reason: '',
          meetingId: 'rapat',
          at: '2026-01-01T00:00:00.000Z',
        },
      }),
});

const assessmentRow = (id: string, proposalId: string, set: number, met: number) => ({
  id,
  proposalId,
  criteriaSetId: SETS[set % SETS.length],
  // Bit i of `met`: criterion i answered yes; otherwise no.
  answers: Object.fromEntries(CRITERIA.map((item, i) => [item, { value: (met & (1 << i)) !== 0 }])),
  officer: 'uji',
  date: '2026-01-01',
  note: '',
  createdAt: '2026-01-01T00:00:00.000Z',
});
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
  // The same NIK entered on another PC, arrived by sync as a twin (issue 18.3).
  fc.record({ t: fc.constant('twinPerson'), p: small, q: small, f: small }),
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
  fc.record({
    t: fc.constant('putProposal'),
    r: small,
    f: small,
    period: small,
    kind: small,
    source: small,
    status: small,
    decision: fc.option(small),
  }),
  fc.record({ t: fc.constant('decideProposal'), r: small, decision: fc.option(small) }),
  fc.record({ t: fc.constant('proposalStatus'), r: small, status: small }),
  fc.record({ t: fc.constant('proposalPeriod'), r: small, period: small }),
  fc.record({ t: fc.constant('proposalFamily'), r: small, f: small }),
  fc.record({ t: fc.constant('deleteProposals'), rs: fc.uniqueArray(small, { maxLength: 3 }) }),
  fc.record({
    t: fc.constant('bulkProposals'),
    rs: fc.uniqueArray(small, { maxLength: 4 }),
    f: small,
    period: small,
  }),
  fc.record({ t: fc.constant('modifyPeriodProposals'), period: small, status: small }),
  fc.record({ t: fc.constant('putAssessment'), s: small, r: small, set: small, met: small }),
  fc.record({ t: fc.constant('deleteAssessment'), s: small }),
  fc.record({
    t: fc.constant('assessAndDecide'),
    s: small,
    r: small,
    met: small,
    decision: small,
    place: small,
  }),
  fc.record({ t: fc.constant('rolledBackProposal'), r: small, s: small }),
  fc.record({ t: fc.constant('clearProposals') }),
  fc.record({ t: fc.constant('clearAssessments') }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

async function apply(db: DtksDatabase, pools: Pools, step: Op): Promise<void> {
  const fid = (n: number) => pools.families[n % pools.families.length] ?? '';
  const pid = (n: number) => pools.people[n % pools.people.length] ?? '';
  const rid = (n: number) => pools.proposals[n % pools.proposals.length] ?? '';
  const sid = (n: number) => pools.assessments[n % pools.assessments.length] ?? '';
  const decisionOf = (n: number) => ({
    value: DECISION_VALUES[n % DECISION_VALUES.length],
    reason: '',
    meetingId: 'rapat',
    at: '2026-01-01T00:00:00.000Z',
  });
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
    case 'twinPerson': {
      const id = pid(step.p);
      const nik = `NIK-${pid(step.q)}`;
      await db.people.put({
        ...personRow(id, fid(step.f), step.p, step.q, step.p, 0),
        nik,
        nikKey: twinKey(nik, id),
      } as never);
      return;
    }
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
    case 'putProposal':
      await db.proposals.put(
        proposalRow(
          rid(step.r),
          fid(step.f),
          step.period,
          step.kind,
          step.source,
          step.status,
          step.decision,
        ) as never,
      );
      return;
    case 'decideProposal': {
      const value = step.decision === null ? undefined : decisionOf(step.decision);
      await db.proposals.update(rid(step.r), { decision: value } as never);
      return;
    }
    case 'proposalStatus':
      await db.proposals.update(rid(step.r), {
        status: PROPOSAL_STATUSES[step.status % PROPOSAL_STATUSES.length],
      } as never);
      return;
    case 'proposalPeriod':
      await db.proposals.update(rid(step.r), {
        period: PERIODS[step.period % PERIODS.length],
      } as never);
      return;
    case 'proposalFamily':
      await db.proposals.update(rid(step.r), { familyId: fid(step.f) } as never);
      return;
    case 'deleteProposals':
      await db.proposals.bulkDelete(step.rs.map(rid));
      return;
    case 'bulkProposals':
      await db.proposals.bulkPut(
        step.rs.map((r) =>
          proposalRow(rid(r), fid(step.f), step.period + r, r, r, r, r % 2 ? r : null),
        ) as never[],
      );
      return;
    case 'modifyPeriodProposals':
      await db.proposals
        .where('period')
        .equals(PERIODS[step.period % PERIODS.length] ?? '')
        .modify({ status: PROPOSAL_STATUSES[step.status % PROPOSAL_STATUSES.length] } as never);
      return;
    case 'putAssessment':
      await db.assessments.put(
        assessmentRow(sid(step.s), rid(step.r), step.set, step.met) as never,
      );
      return;
    case 'deleteAssessment':
      await db.assessments.delete(sid(step.s));
      return;
    case 'assessAndDecide': {
      // As the app writes: an assessment, its proposal's decision and its family in one go.
      const [rw, rt] = RTS[step.place % RTS.length] ?? RTS[0];
      await db.transaction('rw', db.assessments, db.proposals, db.families, async () => {
        await db.assessments.put(assessmentRow(sid(step.s), rid(step.r), 0, step.met) as never);
        await db.proposals.update(rid(step.r), { decision: decisionOf(step.decision) } as never);
        const proposal = await db.proposals.get(rid(step.r));
        if (proposal) await db.families.update(proposal.familyId, { rw, rt });
      });
      return;
    }
    case 'rolledBackProposal':
      await db
        .transaction('rw', db.proposals, db.assessments, async () => {
          await db.proposals.put(
            proposalRow(rid(step.r), pools.families[0] ?? '', 0, 0, 0, 0, 0) as never,
          );
          await db.assessments.put(assessmentRow(sid(step.s), rid(step.r), 0, 7) as never);
          throw new Error('batal');
        })
        .catch(() => undefined);
      return;
    case 'clearProposals':
      await db.proposals.clear();
      return;
    case 'clearAssessments':
      await db.assessments.clear();
      return;
  }
}

async function storedAndFresh(db: DtksDatabase) {
  const stores = [db.people, db.families, db.aid, db.proposals, db.assessments, db.berandaSummary];
  return db.transaction('r', stores, async (tx) => ({
    stored: await db.berandaSummary.get(SUMMARY_ID),
    fresh: await recomputeIn(tx.idbtrans),
  }));
}

describe('the Beranda summary kept by the middleware', () => {
  it('equals the summary recomputed from scratch after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 30 }), async (steps) => {
        const db = freshDatabase();
        await db.open();
        const pools: Pools = {
          families: Array.from({ length: 4 }, () => newId()),
          people: Array.from({ length: 6 }, () => newId()),
          aid: Array.from({ length: 5 }, () => newId()),
          proposals: Array.from({ length: 5 }, () => newId()),
          assessments: Array.from({ length: 5 }, () => newId()),
        };
        try {
          for (const step of steps) await apply(db, pools, step);
          const { stored, fresh } = await storedAndFresh(db);
          if (stored === undefined) {
            // Nothing was ever written: an empty registry has no summary yet.
            expect(fresh.people + fresh.families).toBe(0);
            expect(fresh.periods).toEqual({});
          } else {
            expect(summaryDifferences(stored, fresh)).toEqual([]);
            expect(stored).toEqual(fresh);
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 250 },
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
