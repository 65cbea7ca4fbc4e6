import Dexie from 'dexie';
import type {
  AidReceived,
  Assessment,
  Family,
  Meeting,
  MeetingDecision,
  PersonRow,
  Proposal,
  ProposalStatus,
} from '@shared/domain/core/entities';
import { buildCandidate, sortCandidates } from '@shared/domain/musyawarah/candidates';
import type { MeetingCandidate } from '@shared/domain/musyawarah/candidates';
import { prelistChanged } from '@shared/domain/impor/prelist-change';
import { latestAssessment } from '@shared/domain/usulan/proposal';
import type { DtksDatabase } from '../core/database';

const OPEN_STATUSES: ProposalStatus[] = ['draf', 'verifikasi_lapangan', 'siap_musyawarah'];

/** Tables a transaction must include to call collectCandidates inside it. */
export function candidateTables(db: DtksDatabase) {
  return [db.proposals, db.families, db.people, db.aid, db.assessments];
}

/**
 * Proposals ready for the meeting, and prelist entries to re-check whatever
 * their verification stage: the room itself knows who died or moved.
 */
function isEligible(proposal: Proposal): boolean {
  return proposal.status === 'siap_musyawarah' || proposal.source === 'prelist';
}

export type CandidateCollection = {
  candidates: MeetingCandidate[];
  /** Names of candidates of this (unlocked) meeting already decided by another locked one. */
  decidedElsewhere: string[];
  /** The same candidates by proposal id. */
  decidedElsewhereIds: string[];
};

function fromSnapshot(proposalId: string, decision: MeetingDecision): MeetingCandidate | null {
  const snapshot = decision.snapshot;
  if (!snapshot) return null;
  return {
    ...snapshot,
    proposalId,
    familyId: '',
    period: '',
    aid: [],
    fieldNote: '',
    officer: '',
    assessmentDate: '',
    proposalNote: '',
  };
}

/**
 * The rows a meeting's candidates are built from, read without the meeting's decisions:
 * a decision (a key press in the console) changes none of them, so a live query over these
 * rows is not run again for it (issue 17: meeting_300). Open eligible proposals (none once
 * the meeting is locked) and the proposals named in `decidedIds`.
 */
export type CandidateRows = {
  proposals: Map<string, Proposal>;
  /** Open eligible proposals: candidates whether decided or not. */
  openIds: Set<string>;
  /**
   * Candidates built from the rows (family and person found), before any decision, in
   * meeting order: sorted once per read, not once per decision (issue 17: meeting_300).
   */
  built: Map<string, MeetingCandidate>;
  /** Proposals whose person is suspended (left out unless decided in this meeting). */
  suspended: Set<string>;
};

/**
 * The rows of these families, one index read per family, all in flight at once. Not
 * `anyOf(familyIds)`: over ~2,700 families among 60,000 that walks the index record by
 * record (with the heads and assessments, 9.3-11.3 s at 200,000 people under load; one read
 * per family 3.7-7.1 s in the same runs; issue 17, meeting_300).
 */
function perFamily<T>(familyIds: readonly string[], read: (id: string) => Promise<T[]>) {
  return Dexie.Promise.all(familyIds.map(read)).then((lists) => lists.flat());
}

/**
 * Reads the rows. In a live query, call it inside a read transaction over
 * `candidateTables(db)` (as `useMeetingCandidates` does): outside one, Dexie's live-query
 * cache looks each of the thousands of per-family queries up among the table's cached
 * queries one by one (quadratic: 13-21 s in the console at 200,000 people).
 */
export function readCandidateRows(
  db: DtksDatabase,
  meeting: Pick<Meeting, 'status'>,
  decidedIds: readonly string[],
): Promise<CandidateRows> {
  // Dexie promises all the way (no async function here): collectCandidates runs inside the
  // transactions of checkFinalise and finaliseMeeting, and one more level of native awaits
  // lost Dexie's transaction zone in Chromium (PrematureCommitError).
  const locked = meeting.status === 'terkunci';
  const proposals = new Map<string, Proposal>();
  const openIds = new Set<string>();
  const open: Promise<Proposal[]> = locked
    ? Dexie.Promise.resolve([])
    : db.proposals.where('status').anyOf(OPEN_STATUSES).toArray();
  return Dexie.Promise.resolve(open)
    .then((rows) => {
      for (const proposal of rows) {
        if (!isEligible(proposal)) continue;
        proposals.set(proposal.id, proposal);
        openIds.add(proposal.id);
      }
      const missing = [...new Set(decidedIds)].filter((id) => !proposals.has(id));
      return db.proposals.bulkGet(missing);
    })
    .then((found) => {
      for (const proposal of found) if (proposal) proposals.set(proposal.id, proposal);
      const list = [...proposals.values()];
      const familyIds = [...new Set(list.map((proposal) => proposal.familyId))];
      return Dexie.Promise.all([
        db.families.bulkGet(familyIds),
        db.people.bulkGet(list.map((proposal) => proposal.personId)),
        perFamily(familyIds, (id) => db.people.where('familyId').equals(id).toArray()),
        perFamily(familyIds, (id) => db.aid.where('familyId').equals(id).toArray()),
        db.assessments
          .where('proposalId')
          .anyOf([...proposals.keys()])
          .toArray(),
      ]).then(([families, heads, members, aid, assessments]) =>
        buildRows(proposals, openIds, list, { families, heads, members, aid, assessments }),
      );
    }) as unknown as Promise<CandidateRows>;
}

function buildRows(
  proposals: Map<string, Proposal>,
  openIds: Set<string>,
  list: Proposal[],
  read: {
    families: (Family | undefined)[];
    heads: (PersonRow | undefined)[];
    members: PersonRow[];
    aid: AidReceived[];
    assessments: Assessment[];
  },
): CandidateRows {
  const { families, heads, members, aid, assessments } = read;
  const familyById = new Map(families.flatMap((family) => (family ? [[family.id, family]] : [])));
  const personById = new Map(heads.flatMap((person) => (person ? [[person.id, person]] : [])));
  const sizeByFamily = new Map<string, number>();
  for (const member of members) {
    if (member.statusKeberadaan !== 'ada') continue;
    sizeByFamily.set(member.familyId, (sizeByFamily.get(member.familyId) ?? 0) + 1);
  }
  const group = <T extends { familyId?: string; proposalId?: string }>(
    rows: readonly T[],
    key: (row: T) => string,
  ) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(key(row));
      if (list) list.push(row);
      else map.set(key(row), [row]);
    }
    return map;
  };
  const aidByFamily = group(aid, (row) => row.familyId);
  const membersByFamily = group(members, (row) => row.familyId);
  const assessmentsByProposal = group(assessments, (row) => row.proposalId);

  const unsorted: MeetingCandidate[] = [];
  const suspended = new Set<string>();
  for (const proposal of list) {
    const family = familyById.get(proposal.familyId);
    const person = personById.get(proposal.personId);
    if (person?.suspended) suspended.add(proposal.id);
    if (!family || !person) continue;
    unsorted.push(
      buildCandidate({
        proposal,
        family,
        person,
        familySize: sizeByFamily.get(family.id) ?? 0,
        aid: aidByFamily.get(family.id) ?? [],
        assessment: latestAssessment(assessmentsByProposal.get(proposal.id) ?? []),
        ...(proposal.source === 'prelist'
          ? {
              prelistChanged: prelistChanged(
                family,
                membersByFamily.get(family.id) ?? [],
                proposal.createdAt,
              ),
            }
          : {}),
      }),
    );
  }
  const built = new Map(
    sortCandidates(unsorted).map((candidate) => [candidate.proposalId, candidate]),
  );
  return { proposals, openIds, built, suspended };
}

/**
 * The candidate list from the rows and the meeting's decisions, in meeting order (RW, RT,
 * name): in memory, no reads. The rows must cover every decided proposal (`decidedIds`).
 */
export function assembleCandidates(
  rows: CandidateRows,
  meeting: Pick<Meeting, 'id' | 'status'>,
  decisions: readonly MeetingDecision[],
): CandidateCollection {
  const decisionByProposal = new Map(decisions.map((item) => [item.proposalId, item]));
  const locked = meeting.status === 'terkunci';
  const candidates: MeetingCandidate[] = [];
  const decidedElsewhere: string[] = [];
  const decidedElsewhereIds: string[] = [];
  // The built candidates come in meeting order and keep it when some are left out; only a
  // candidate taken from a snapshot can land out of place, and then the list is sorted.
  let sorted = true;
  const take = (proposal: Proposal, candidate: MeetingCandidate | null) => {
    const decision = decisionByProposal.get(proposal.id);
    // Before the lock: open eligible proposals and what this meeting decided; after: the decided.
    if (!decision && (locked || !rows.openIds.has(proposal.id))) return;
    // Suspended on the person's request: left out, unless already decided here.
    if (!decision && rows.suspended.has(proposal.id)) return;
    if (candidate) {
      if (decision?.snapshot) {
        candidate = { ...candidate, ...decision.snapshot };
        sorted = false;
      }
    } else if (decision) {
      candidate = fromSnapshot(proposal.id, decision);
      sorted = false;
    }
    if (!candidate) return;
    candidates.push(candidate);
    if (
      !locked &&
      decision &&
      (proposal.status === 'diputuskan' || proposal.status === 'dikirim') &&
      proposal.decision?.meetingId !== meeting.id
    ) {
      decidedElsewhere.push(candidate.nama);
      decidedElsewhereIds.push(candidate.proposalId);
    }
  };
  for (const [proposalId, candidate] of rows.built) {
    const proposal = rows.proposals.get(proposalId);
    if (proposal) take(proposal, candidate);
  }
  for (const proposal of rows.proposals.values())
    if (!rows.built.has(proposal.id)) take(proposal, null);
  // A locked meeting whose proposal was later deleted still lists it from the snapshot.
  if (locked) {
    for (const [proposalId, decision] of decisionByProposal) {
      if (rows.proposals.has(proposalId)) continue;
      const candidate = fromSnapshot(proposalId, decision);
      if (candidate) {
        candidates.push(candidate);
        sorted = false;
      }
    }
  }
  return {
    candidates: sorted ? candidates : sortCandidates(candidates),
    decidedElsewhere,
    decidedElsewhereIds,
  };
}

/**
 * The candidate list of a meeting, in meeting order (RW, RT, name). Before
 * the lock it is live: open eligible proposals plus anything this meeting has
 * decided. After the lock it is exactly what was decided, with the printed
 * fields taken from the snapshots frozen at the lock.
 */
export async function collectCandidates(
  db: DtksDatabase,
  meeting: Pick<Meeting, 'id' | 'status'>,
  decisions: readonly MeetingDecision[],
): Promise<CandidateCollection> {
  const rows = await readCandidateRows(
    db,
    meeting,
    decisions.map((item) => item.proposalId),
  );
  return assembleCandidates(rows, meeting, decisions);
}
