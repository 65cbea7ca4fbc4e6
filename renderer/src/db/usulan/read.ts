import Dexie from 'dexie';
import type { AssessmentSummary } from '@shared/domain/usulan/criteria';
import { PROPOSAL_STATUSES } from '@shared/domain/core/entities';
import type {
  AidReceived,
  Assessment,
  Family,
  PersonRow,
  Proposal,
  ProposalKind,
  ProposalStatus,
} from '@shared/domain/core/entities';
import { stripSeparators } from '@shared/domain/core/id-common';
import { nameTokens, phoneticKey } from '@shared/domain/warga/person-keys';
import { assessmentSummary, latestAssessment, periodSortKey } from '@shared/domain/usulan/proposal';
import type { DtksDatabase } from '../core/database';
import { getFamilyDetail } from '../warga/read';

export type ProposalFilter = {
  status?: ProposalStatus;
  kind?: ProposalKind;
  period?: string;
  rw?: string;
  rt?: string;
};

/** The list's orders, in the clerk's words on the screen. */
export const PROPOSAL_SORTS = {
  terbaru: 'Terbaru dibuat',
  terlama: 'Terlama dibuat',
  nama: 'Nama (A–Z)',
  status: 'Status',
  wilayah: 'RW/RT',
} as const;
export type ProposalSort = keyof typeof PROPOSAL_SORTS;

export type ProposalQuery = ProposalFilter & {
  /** A name (typos tolerated through the phonetic key), or a NIK or No. KK prefix. */
  search?: string;
  sort?: ProposalSort;
};

export type ProposalListRow = {
  proposal: Proposal;
  family: Family | undefined;
  person: PersonRow | undefined;
  /** Summary of the latest verivali assessment, null when there is none. */
  assessment: AssessmentSummary | null;
};

const DEFAULT_LIMIT = 500;

/** Family ids in the RT/RW, or null when the filter names no area. */
async function familiesInArea(db: DtksDatabase, rw?: string, rt?: string) {
  if (!rw && !rt) return null;
  if (rw && rt) return db.families.where('[rw+rt]').equals([rw, rt]).primaryKeys();
  if (rw) {
    return db.families
      .where('[rw+rt]')
      .between([rw, Dexie.minKey], [rw, Dexie.maxKey])
      .primaryKeys();
  }
  return db.families.filter((family) => family.rt === rt).primaryKeys();
}

/**
 * Reads through the most selective proposal index the filter offers (period,
 * status, kind) and applies the rest in memory. An RT/RW filter becomes a set
 * of family ids from the [rw+rt] index: a kelurahan has far fewer proposals
 * than families, so testing membership beats an anyOf over thousands of keys.
 */
async function candidates(db: DtksDatabase, filter: ProposalFilter): Promise<Proposal[]> {
  const areaKeys = await familiesInArea(db, filter.rw, filter.rt);
  if (areaKeys && areaKeys.length === 0) return [];
  const area = areaKeys ? new Set(areaKeys) : null;
  let rows: Proposal[];
  if (filter.period) {
    rows = await db.proposals.where('period').equals(filter.period).toArray();
  } else if (filter.status) {
    rows = await db.proposals.where('status').equals(filter.status).toArray();
  } else if (filter.kind) {
    rows = await db.proposals.where('kind').equals(filter.kind).toArray();
  } else {
    rows = await db.proposals.toArray();
  }
  return rows.filter(
    (row) =>
      (!area || area.has(row.familyId)) &&
      (!filter.status || row.status === filter.status) &&
      (!filter.kind || row.kind === filter.kind) &&
      (!filter.period || row.period === filter.period),
  );
}

async function latestSummaries(
  db: DtksDatabase,
  proposalIds: string[],
): Promise<Map<string, AssessmentSummary | null>> {
  const result = new Map<string, AssessmentSummary | null>();
  if (proposalIds.length === 0) return result;
  const rows = await db.assessments.where('proposalId').anyOf(proposalIds).toArray();
  const byProposal = new Map<string, Assessment[]>();
  for (const row of rows) {
    const list = byProposal.get(row.proposalId) ?? [];
    list.push(row);
    byProposal.set(row.proposalId, list);
  }
  for (const [id, list] of byProposal) {
    const latest = latestAssessment(list);
    result.set(id, latest ? assessmentSummary(latest) : null);
  }
  return result;
}

const collator = new Intl.Collator('id-ID', { sensitivity: 'base' });
const STATUS_RANK = new Map(PROPOSAL_STATUSES.map((status, index) => [status, index]));

/** What a typed search asks for: digits are a NIK or No. KK prefix, words a name. */
function searchMatcher(search: string | undefined) {
  const text = (search ?? '').trim();
  if (!text) return null;
  const digits = stripSeparators(text);
  if (/^\d+$/.test(digits)) {
    return (person: PersonRow | undefined, family: Family | undefined) =>
      (person?.nik.startsWith(digits) ?? false) || (family?.noKk.startsWith(digits) ?? false);
  }
  const tokens = nameTokens(text);
  if (tokens.length === 0) return null;
  const sounds = tokens.map((token) => ({ token, sound: phoneticKey(token) }));
  return (person: PersonRow | undefined) => {
    if (!person) return false;
    const own = person.searchTokens;
    const ownSounds = own.map(phoneticKey);
    // Every typed word starts a word of the name, or sounds like one.
    return sounds.every(
      ({ token, sound }) => own.some((word) => word.startsWith(token)) || ownSounds.includes(sound),
    );
  };
}

/**
 * Every proposal id under the filter, search and order: ids are cheap, so the
 * list can hold thousands and read only the rows in view (getProposalRows).
 * People and families are read only when the search or the order needs them.
 */
export async function listProposalIds(
  db: DtksDatabase,
  query: ProposalQuery = {},
): Promise<string[]> {
  let rows = await candidates(db, query);
  const sort = query.sort ?? 'terbaru';
  const matcher = searchMatcher(query.search);
  const needPeople = matcher !== null || sort === 'nama' || sort === 'wilayah';
  const needFamilies = sort === 'wilayah' || (matcher !== null && /^\d/.test(query.search ?? ''));
  const people = new Map<string, PersonRow>();
  const families = new Map<string, Family>();
  if (needPeople) {
    const found = await db.people.bulkGet([...new Set(rows.map((row) => row.personId))]);
    for (const person of found) if (person) people.set(person.id, person);
  }
  if (needFamilies) {
    const found = await db.families.bulkGet([...new Set(rows.map((row) => row.familyId))]);
    for (const family of found) if (family) families.set(family.id, family);
  }
  if (matcher) {
    rows = rows.filter((row) => matcher(people.get(row.personId), families.get(row.familyId)));
  }
  const newest = (a: Proposal, b: Proposal) => b.createdAt.localeCompare(a.createdAt);
  const byName = (a: Proposal, b: Proposal) =>
    collator.compare(people.get(a.personId)?.nama ?? '', people.get(b.personId)?.nama ?? '');
  const compare: Record<ProposalSort, (a: Proposal, b: Proposal) => number> = {
    terbaru: newest,
    terlama: (a, b) => a.createdAt.localeCompare(b.createdAt),
    nama: (a, b) => byName(a, b) || newest(a, b),
    status: (a, b) =>
      (STATUS_RANK.get(a.status) ?? 0) - (STATUS_RANK.get(b.status) ?? 0) || newest(a, b),
    wilayah: (a, b) => {
      const fa = families.get(a.familyId);
      const fb = families.get(b.familyId);
      return (
        (fa?.rw ?? '').localeCompare(fb?.rw ?? '') ||
        (fa?.rt ?? '').localeCompare(fb?.rt ?? '') ||
        byName(a, b)
      );
    },
  };
  rows.sort(compare[sort]);
  return rows.map((row) => row.id);
}

/** The rows for these ids (the ones in view), joined, in the same order; gone ids are left out. */
export async function getProposalRows(
  db: DtksDatabase,
  ids: readonly string[],
): Promise<ProposalListRow[]> {
  const found = await db.proposals.bulkGet([...ids]);
  return joinRows(
    db,
    found.filter((row): row is Proposal => row !== undefined),
  );
}

/** Newest first, joined with family, person and the latest assessment summary. */
export async function listProposals(
  db: DtksDatabase,
  filter: ProposalFilter = {},
  limit = DEFAULT_LIMIT,
): Promise<{ rows: ProposalListRow[]; total: number }> {
  const all = await candidates(db, filter);
  all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { total: all.length, rows: await joinRows(db, all.slice(0, limit)) };
}

async function joinRows(db: DtksDatabase, page: Proposal[]): Promise<ProposalListRow[]> {
  const [families, people, summaries] = await Promise.all([
    db.families.bulkGet([...new Set(page.map((row) => row.familyId))]),
    db.people.bulkGet(page.map((row) => row.personId)),
    latestSummaries(
      db,
      page.map((row) => row.id),
    ),
  ]);
  const familyById = new Map<string, Family>();
  for (const family of families) if (family) familyById.set(family.id, family);
  return page.map((proposal, index) => ({
    proposal,
    family: familyById.get(proposal.familyId),
    person: people[index],
    assessment: summaries.get(proposal.id) ?? null,
  }));
}

/** Counts per status under the other filters, for the status tabs. */
export async function countProposalsByStatus(
  db: DtksDatabase,
  filter: Omit<ProposalFilter, 'status'> = {},
): Promise<Record<ProposalStatus, number>> {
  const counts = Object.fromEntries(PROPOSAL_STATUSES.map((status) => [status, 0])) as Record<
    ProposalStatus,
    number
  >;
  if (!filter.kind && !filter.period && !filter.rw && !filter.rt) {
    // Index-only counts: no rows read.
    await Promise.all(
      PROPOSAL_STATUSES.map(async (status) => {
        counts[status] = await db.proposals.where('status').equals(status).count();
      }),
    );
    return counts;
  }
  for (const row of await candidates(db, filter)) counts[row.status] += 1;
  return counts;
}

/** Periods that have proposals, newest first. */
export async function listProposalPeriods(db: DtksDatabase): Promise<string[]> {
  const keys = await db.proposals.orderBy('period').uniqueKeys();
  return keys.map(String).sort((a, b) => periodSortKey(b) - periodSortKey(a));
}

export type ProposalDetail = {
  proposal: Proposal;
  family: Family | undefined;
  person: PersonRow | undefined;
  members: PersonRow[];
  aid: AidReceived[];
  /** Latest first. */
  assessments: Assessment[];
};

export async function getProposalDetail(
  db: DtksDatabase,
  id: string,
): Promise<ProposalDetail | null> {
  const proposal = await db.proposals.get(id);
  if (!proposal) return null;
  const [detail, person, assessments] = await Promise.all([
    getFamilyDetail(db, proposal.familyId),
    db.people.get(proposal.personId),
    db.assessments.where('proposalId').equals(id).toArray(),
  ]);
  assessments.sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
  return {
    proposal,
    family: detail?.family,
    person,
    members: detail?.members ?? [],
    aid: detail?.aid ?? [],
    assessments,
  };
}

/** Every proposal of a family, newest first (for the family screen). */
export async function listFamilyProposals(db: DtksDatabase, familyId: string): Promise<Proposal[]> {
  const rows = await db.proposals.where('familyId').equals(familyId).toArray();
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
