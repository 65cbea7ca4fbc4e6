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
 * The first candidates read whole before the others, counted from where the console will
 * stand: the card the room sees first waits for these only (issue 17, meeting_300).
 */
const FIRST_CHUNK = 20;
/** Then the others in chunks of this many: each finished chunk is announced. */
const CHUNK = 250;

/** How far the read is: handed to `onProgress` while a read is under way. */
export type CandidateReadProgress = {
  /**
   * Every candidate, in meeting order. Those in `pending` are built from their proposal,
   * family and person only (no members, aid or assessment yet): shown, never decided on.
   */
  rows: CandidateRows;
  pending: ReadonlySet<string>;
};

export type CandidateReadOptions = {
  /**
   * Where in the sorted candidates the console will stand: the rows are read from there
   * on, then those before it, so the current candidate is whole first.
   */
  startAt?: (sorted: readonly MeetingCandidate[]) => number;
  /** Called when the names are sorted, and again as each chunk is read whole. */
  onProgress?: (progress: CandidateReadProgress) => void;
};

type Details = {
  members: Map<string, PersonRow[]>;
  aid: Map<string, AidReceived[]>;
  assessments: Map<string, Assessment[]>;
};

function groupBy<T>(rows: readonly T[], key: (row: T) => string, into: Map<string, T[]>) {
  for (const row of rows) {
    const list = into.get(key(row));
    if (list) list.push(row);
    else into.set(key(row), [row]);
  }
}

/**
 * Reads the rows. In a live query, call it inside a read transaction over
 * `candidateTables(db)` (as `useMeetingCandidates` does): outside one, Dexie's live-query
 * cache looks each of the thousands of per-family queries up among the table's cached
 * queries one by one (quadratic: 13-21 s in the console at 200,000 people).
 *
 * Order (issue 17, meeting_300): the open proposals, then their families and persons (the
 * names, sorted: `onProgress` gets every candidate, all pending), then, chunk by chunk from
 * where the console will stand, each family's members and aid (one index read per family:
 * `anyOf` over ~2,700 families among 60,000 walks the index record by record, 9.3-11.3 s
 * against 3.7-7.1 s at 200,000 people under load) and the chunk's assessments (one `anyOf`).
 * Two chunks are in flight at a time, so the first chunk is whole first.
 */
export function readCandidateRows(
  db: DtksDatabase,
  meeting: Pick<Meeting, 'status'>,
  decidedIds: readonly string[],
  options: CandidateReadOptions = {},
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
      ]).then(([families, heads]) => {
        const named = nameRows(proposals, openIds, list, families, heads);
        return readDetails(db, named, options);
      });
    }) as unknown as Promise<CandidateRows>;
}

/** A proposal whose family and person are found, with both. */
type Named = { proposal: Proposal; family: Family; person: PersonRow };

type NamedRows = {
  proposals: Map<string, Proposal>;
  openIds: Set<string>;
  suspended: Set<string>;
  /** In meeting order (RW, RT, name). */
  order: Named[];
  /** The candidates as far as the names go (no members, aid or assessment), in that order. */
  bare: Map<string, MeetingCandidate>;
};

function nameRows(
  proposals: Map<string, Proposal>,
  openIds: Set<string>,
  list: Proposal[],
  families: (Family | undefined)[],
  heads: (PersonRow | undefined)[],
): NamedRows {
  const familyById = new Map(families.flatMap((family) => (family ? [[family.id, family]] : [])));
  const personById = new Map(heads.flatMap((person) => (person ? [[person.id, person]] : [])));
  const suspended = new Set<string>();
  const named: (Named & { candidate: MeetingCandidate })[] = [];
  for (const proposal of list) {
    const family = familyById.get(proposal.familyId);
    const person = personById.get(proposal.personId);
    if (person?.suspended) suspended.add(proposal.id);
    if (!family || !person) continue;
    const candidate = buildCandidate({
      proposal,
      family,
      person,
      familySize: 0,
      aid: [],
      assessment: null,
    });
    named.push({ proposal, family, person, candidate });
  }
  const byId = new Map(named.map((item) => [item.proposal.id, item]));
  const sorted = sortCandidates(named.map((item) => item.candidate));
  const order: Named[] = [];
  for (const candidate of sorted) {
    const item = byId.get(candidate.proposalId);
    if (item) order.push(item);
  }
  const bare = new Map(sorted.map((candidate) => [candidate.proposalId, candidate]));
  return { proposals, openIds, suspended, order, bare };
}

function wholeCandidate(item: Named, details: Details): MeetingCandidate {
  const { proposal, family, person } = item;
  const members = details.members.get(family.id) ?? [];
  return buildCandidate({
    proposal,
    family,
    person,
    familySize: members.filter((member) => member.statusKeberadaan === 'ada').length,
    aid: details.aid.get(family.id) ?? [],
    assessment: latestAssessment(details.assessments.get(proposal.id) ?? []),
    ...(proposal.source === 'prelist'
      ? { prelistChanged: prelistChanged(family, members, proposal.createdAt) }
      : {}),
  });
}

function readDetails(
  db: DtksDatabase,
  named: NamedRows,
  options: CandidateReadOptions,
): Promise<CandidateRows> {
  const { proposals, openIds, suspended, order, bare } = named;
  const built = new Map(bare);
  const rowsNow = (): CandidateRows => ({ proposals, openIds, built: new Map(built), suspended });
  const pending = new Set(bare.keys());
  options.onProgress?.({ rows: rowsNow(), pending: new Set(pending) });

  // From where the console will stand to the end, then the start.
  const start = Math.min(
    Math.max(0, options.startAt?.([...bare.values()]) ?? 0),
    Math.max(0, order.length - 1),
  );
  const reading = [...order.slice(start), ...order.slice(0, start)];
  const chunks: Named[][] = [];
  for (let at = 0; at < reading.length;) {
    const size = at === 0 ? FIRST_CHUNK : CHUNK;
    chunks.push(reading.slice(at, at + size));
    at += size;
  }
  const details: Details = { members: new Map(), aid: new Map(), assessments: new Map() };
  const asked = new Set<string>();
  const readChunk = (chunk: Named[]) => {
    const familyIds = [...new Set(chunk.map((item) => item.family.id))].filter(
      (id) => !asked.has(id),
    );
    for (const id of familyIds) asked.add(id);
    return Dexie.Promise.all([
      Dexie.Promise.all(familyIds.map((id) => db.people.where('familyId').equals(id).toArray())),
      Dexie.Promise.all(familyIds.map((id) => db.aid.where('familyId').equals(id).toArray())),
      db.assessments
        .where('proposalId')
        .anyOf(chunk.map((item) => item.proposal.id))
        .toArray(),
    ]).then(([members, aid, assessments]) => {
      groupBy(members.flat(), (row) => row.familyId, details.members);
      groupBy(aid.flat(), (row) => row.familyId, details.aid);
      groupBy(assessments, (row) => row.proposalId, details.assessments);
      return chunk;
    });
  };
  // Two chunks in flight: the next is sent when one is read. Sending every request at once
  // left the first chunk's card waiting behind thousands of answers to handle on the main
  // thread (issue 17, meeting_300). A family's rows come with its first candidate's chunk,
  // and the chunks are taken in order, so a candidate is built once its family is in.
  const reads: Promise<unknown>[] = [];
  const send = (index: number) => {
    const chunk = chunks[index];
    if (chunk && !reads[index]) reads[index] = readChunk(chunk);
  };
  const step = (index: number): Promise<void> => {
    const chunk = chunks[index];
    if (!chunk) return Dexie.Promise.resolve() as unknown as Promise<void>;
    send(index);
    send(index + 1);
    return Dexie.Promise.resolve(reads[index]).then(() => {
      for (const item of chunk) {
        built.set(item.proposal.id, wholeCandidate(item, details));
        pending.delete(item.proposal.id);
      }
      if (pending.size > 0) options.onProgress?.({ rows: rowsNow(), pending: new Set(pending) });
      return step(index + 1);
    }) as unknown as Promise<void>;
  };
  return Dexie.Promise.resolve(step(0)).then(() => ({
    proposals,
    openIds,
    built,
    suspended,
  })) as unknown as Promise<CandidateRows>;
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
