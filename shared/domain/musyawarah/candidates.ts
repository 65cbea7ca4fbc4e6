import { getCriteriaSet } from '../usulan/criteria';
import { decisionWords, tallyInWords } from './decision-words';
import type { TallyEntry } from './decision-words';
import { desilLabel } from '../usulan/desil';
import { UNSUR } from '../core/entities';
import type {
  AidReceived,
  Assessment,
  CandidateSnapshot,
  Decision,
  Family,
  MeetingDecision,
  MeetingParticipant,
  NonaktifReason,
  Person,
  Proposal,
  ProposalKind,
  Sex,
  Unsur,
} from '../core/entities';
import { maskNoKk } from '../warga/kk';
import { maskNik } from '../warga/nik';
import {
  assessmentSummary,
  kindNeedsAssessment,
  KIND_LABELS,
  NONAKTIF_REASON_LABELS,
} from '../usulan/proposal';

/** Everything the facilitator's screen shows about one family under discussion. */
export type MeetingCandidate = CandidateSnapshot & {
  proposalId: string;
  familyId: string;
  period: string;
  /** Programmes already received, e.g. "PKH (pusat)". */
  aid: string[];
  /** The field officer's note from the latest verification. */
  fieldNote: string;
  officer: string;
  assessmentDate: string;
  /** The clerk's note on the proposal itself. */
  proposalNote: string;
};

export type CandidateInput = {
  proposal: Proposal;
  family: Family;
  person: Pick<Person, 'nama' | 'nik'>;
  /** Members still living in the family (statusKeberadaan 'ada'). */
  familySize: number;
  aid: readonly AidReceived[];
  assessment: Assessment | null;
  /** A prelist family: whether its data differs from the prelist (impor/prelist-change.ts). */
  prelistChanged?: boolean;
};

export function kindLabel(kind: ProposalKind, nonaktifReason?: NonaktifReason): string {
  const base = KIND_LABELS[kind];
  return kind === 'nonaktif' && nonaktifReason
    ? `${base}: ${NONAKTIF_REASON_LABELS[nonaktifReason].toLowerCase()}`
    : base;
}

function criteriaSummaryOf(kind: ProposalKind, assessment: Assessment | null): string {
  if (!assessment) return kindNeedsAssessment(kind) ? 'Belum dinilai' : 'Tidak dinilai kriteria';
  const summary = assessmentSummary(assessment);
  const set = getCriteriaSet(assessment.criteriaSetId);
  if (!summary || !set) return 'Set kriteria tidak dikenal';
  return `${summary.label} (${set.title})`;
}

function aidLabels(aid: readonly AidReceived[]): string[] {
  return [...new Set(aid.map((item) => `${item.programme} (${item.level})`))].sort();
}

export function buildCandidate(input: CandidateInput): MeetingCandidate {
  const { proposal, family, person, assessment } = input;
  return {
    proposalId: proposal.id,
    familyId: family.id,
    period: proposal.period,
    nama: person.nama,
    nik: person.nik,
    noKk: family.noKk,
    alamat: family.alamat,
    rt: family.rt,
    rw: family.rw,
    kind: proposal.kind,
    ...(proposal.nonaktifReason ? { nonaktifReason: proposal.nonaktifReason } : {}),
    source: proposal.source,
    programme: proposal.programme,
    familySize: input.familySize,
    criteriaSummary: criteriaSummaryOf(proposal.kind, assessment),
    ...(assessment ? { criteriaSetId: assessment.criteriaSetId } : {}),
    ...(family.idDtks ? { idDtks: family.idDtks } : {}),
    ...(input.prelistChanged !== undefined ? { prelistChanged: input.prelistChanged } : {}),
    ...(family.desil ? { desil: family.desil } : {}),
    aid: aidLabels(input.aid),
    fieldNote: assessment?.note ?? '',
    officer: assessment?.officer ?? '',
    assessmentDate: assessment?.date ?? '',
    proposalNote: proposal.note ?? '',
  };
}

/** The frozen part of a candidate, stored on its decision when the meeting is locked. */
export function snapshotOf(candidate: MeetingCandidate): CandidateSnapshot {
  return {
    nama: candidate.nama,
    nik: candidate.nik,
    noKk: candidate.noKk,
    alamat: candidate.alamat,
    rt: candidate.rt,
    rw: candidate.rw,
    kind: candidate.kind,
    ...(candidate.nonaktifReason ? { nonaktifReason: candidate.nonaktifReason } : {}),
    source: candidate.source,
    programme: candidate.programme,
    familySize: candidate.familySize,
    criteriaSummary: candidate.criteriaSummary,
    ...(candidate.criteriaSetId ? { criteriaSetId: candidate.criteriaSetId } : {}),
    ...(candidate.idDtks ? { idDtks: candidate.idDtks } : {}),
    ...(candidate.prelistChanged !== undefined ? { prelistChanged: candidate.prelistChanged } : {}),
    ...(candidate.desil ? { desil: candidate.desil } : {}),
  };
}

// ---- Order and grouping: the room goes through the list RW by RW, RT by RT ----

type Placed = { rw: string; rt: string; nama: string; proposalId: string };

// One collator each, made once: `localeCompare` with a locale builds one per call, which
// made sorting a few thousand candidates on every decision cost tens of milliseconds.
const numericOrder = new Intl.Collator('id', { numeric: true });
const nameOrder = new Intl.Collator('id');

export function compareCandidates(a: Placed, b: Placed): number {
  return (
    numericOrder.compare(a.rw, b.rw) ||
    numericOrder.compare(a.rt, b.rt) ||
    nameOrder.compare(a.nama, b.nama) ||
    (a.proposalId < b.proposalId ? -1 : a.proposalId > b.proposalId ? 1 : 0)
  );
}

export function sortCandidates<T extends Placed>(candidates: readonly T[]): T[] {
  return [...candidates].sort(compareCandidates);
}

export type CandidateGroup<T> = { key: string; label: string; rw: string; rt: string; items: T[] };

export function groupByRwRt<T extends Placed>(candidates: readonly T[]): CandidateGroup<T>[] {
  const groups: CandidateGroup<T>[] = [];
  for (const candidate of sortCandidates(candidates)) {
    const key = `${candidate.rw}/${candidate.rt}`;
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(candidate);
    else
      groups.push({
        key,
        label: `RW ${candidate.rw} · RT ${candidate.rt}`,
        rw: candidate.rw,
        rt: candidate.rt,
        items: [candidate],
      });
  }
  return groups;
}

// ---- Running tallies ----

export type Tally = Record<Decision, number> & { belum: number; total: number };

export function tallyDecisions(
  candidateIds: readonly string[],
  decisions: readonly Pick<MeetingDecision, 'proposalId' | 'decision'>[],
): Tally {
  const byProposal = new Map(decisions.map((item) => [item.proposalId, item.decision]));
  const tally: Tally = { layak: 0, tidak_layak: 0, ditunda: 0, belum: 0, total: 0 };
  for (const id of new Set(candidateIds)) {
    const decision = byProposal.get(id);
    if (decision) tally[decision] += 1;
    else tally.belum += 1;
    tally.total += 1;
  }
  return tally;
}

// ---- Attendance per element (unsur) and sex ----

export type AttendanceRow = {
  unsur: Unsur | 'Jumlah';
  invited: number;
  present: number;
  /** Present men and women: the minutes count who was in the room. */
  presentBySex: Record<Sex, number>;
};

export function attendanceByUnsur(
  participants: readonly Pick<
    MeetingParticipant,
    'unsur' | 'jenisKelamin' | 'invited' | 'present'
  >[],
): { rows: AttendanceRow[]; total: AttendanceRow } {
  const empty = (unsur: AttendanceRow['unsur']): AttendanceRow => ({
    unsur,
    invited: 0,
    present: 0,
    presentBySex: { L: 0, P: 0 },
  });
  const byUnsur = new Map<Unsur, AttendanceRow>();
  const total = empty('Jumlah');
  for (const participant of participants) {
    const row = byUnsur.get(participant.unsur) ?? empty(participant.unsur);
    byUnsur.set(participant.unsur, row);
    for (const target of [row, total]) {
      if (participant.invited) target.invited += 1;
      if (participant.present) {
        target.present += 1;
        target.presentBySex[participant.jenisKelamin] += 1;
      }
    }
  }
  const rows = UNSUR.flatMap((unsur) => {
    const row = byUnsur.get(unsur);
    return row ? [row] : [];
  });
  return { rows, total };
}

// ---- What the projector may show (domain.md §8: a projector is a public screen) ----

export type ProjectorCandidate = {
  proposalId: string;
  nama: string;
  /** Only the last four digits are present in these strings. */
  nikMasked: string;
  noKkMasked: string;
  rt: string;
  rw: string;
  alamat: string;
  familySize: number;
  kindLabel: string;
  criteriaSummary: string;
  /** "Desil 2", or that the family has none: a decile is not a sensitive field (§8). */
  desilLabel: string;
  aid: string[];
  decision: Decision | null;
  /** The decision in the words of its kind ("Tetap", "Disetujui dinonaktifkan" …). */
  decisionWords: string | null;
};

export type ProjectorListItem = {
  proposalId: string;
  nama: string;
  rt: string;
  rw: string;
  decision: Decision | null;
  decisionWords: string | null;
};

export type ProjectorView = {
  meetingId: string;
  title: string;
  /** 1-based position of the current candidate; 0 when the list is empty. */
  position: number;
  /** How many candidates the meeting has. */
  total: number;
  current: ProjectorCandidate | null;
  /**
   * Set while the candidate at `position` is still being read (the console refuses decisions
   * meanwhile): the projector says so instead of keeping the previous candidate on screen.
   */
  reading?: true;
  /**
   * The candidates around the current one, for the projector's list (it shows a screenful
   * of them): not the whole list, so the message per key press stays small at thousands
   * of candidates (issue 17: meeting_300).
   */
  nearby: ProjectorListItem[];
  /** Index (0-based) of `nearby[0]` in the meeting's list. */
  nearbyStart: number;
  tally: Tally;
  /** The same tally in the words of each kind present. */
  tallyWords: TallyEntry[];
  locked: boolean;
};

/** '6271011203900001' → '•••• •••• •••• 0001'. */
export function lastFourOnly(masked: string): string {
  const digits = masked.slice(-4);
  const hidden = Math.max(0, masked.length - 4);
  const dots = '•'.repeat(hidden).replace(/(.{4})/g, '$1 ');
  return `${dots}${digits}`.trim();
}

/**
 * Copies field by field on purpose: a spread of the candidate would carry the
 * full NIK and No. KK, and anything added to the candidate later, to the room.
 */
export function toProjectorCandidate(
  candidate: MeetingCandidate,
  decision: Decision | null,
): ProjectorCandidate {
  return {
    proposalId: candidate.proposalId,
    nama: candidate.nama,
    nikMasked: lastFourOnly(maskNik(candidate.nik)),
    noKkMasked: lastFourOnly(maskNoKk(candidate.noKk)),
    rt: candidate.rt,
    rw: candidate.rw,
    alamat: candidate.alamat,
    familySize: candidate.familySize,
    kindLabel: kindLabel(candidate.kind, candidate.nonaktifReason),
    criteriaSummary: candidate.criteriaSummary,
    desilLabel: desilLabel(candidate.desil),
    aid: [...candidate.aid],
    decision,
    decisionWords: decision ? decisionWords(candidate, decision) : null,
  };
}

/** Candidates sent to the projector before and after the current one (ProjectorView.nearby). */
export const PROJECTOR_NEARBY = { before: 10, after: 30 } as const;

export function buildProjectorView(input: {
  meetingId: string;
  title: string;
  /** Already in meeting order. */
  candidates: readonly MeetingCandidate[];
  decisions: readonly Pick<MeetingDecision, 'proposalId' | 'decision'>[];
  currentId: string | null;
  locked: boolean;
  /** The current candidate's family, aid and assessment are still being read: no facts shown. */
  reading?: boolean;
}): ProjectorView {
  const byProposal = new Map(input.decisions.map((item) => [item.proposalId, item.decision]));
  const index = Math.max(
    0,
    input.candidates.findIndex((candidate) => candidate.proposalId === input.currentId),
  );
  const current = input.candidates[index];
  const nearbyStart = Math.max(0, index - PROJECTOR_NEARBY.before);
  return {
    meetingId: input.meetingId,
    title: input.title,
    position: current ? index + 1 : 0,
    total: input.candidates.length,
    current:
      current && !input.reading
        ? toProjectorCandidate(current, byProposal.get(current.proposalId) ?? null)
        : null,
    ...(current && input.reading ? { reading: true as const } : {}),
    nearby: input.candidates
      .slice(nearbyStart, index + 1 + PROJECTOR_NEARBY.after)
      .map((candidate) => ({
        proposalId: candidate.proposalId,
        nama: candidate.nama,
        rt: candidate.rt,
        rw: candidate.rw,
        decision: byProposal.get(candidate.proposalId) ?? null,
        decisionWords: wordsOf(candidate, byProposal.get(candidate.proposalId)),
      })),
    nearbyStart,
    tally: tallyDecisions(
      input.candidates.map((candidate) => candidate.proposalId),
      input.decisions,
    ),
    tallyWords: tallyInWords(input.candidates, input.decisions),
    locked: input.locked,
  };
}

const wordsOf = (candidate: MeetingCandidate, decision: Decision | undefined) =>
  decision ? decisionWords(candidate, decision) : null;
