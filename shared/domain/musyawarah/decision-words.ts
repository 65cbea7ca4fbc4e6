import type { Decision, ProposalKind, ProposalSource } from '../core/entities';

/**
 * The words of a musyawarah decision, per kind of proposal (domain.md §1 step 3). A
 * decision is stored as one of three values (layak / tidak_layak / ditunda: the room
 * agrees with the proposal, refuses it, or sends it back to the field), and the stored
 * value is part of the locked meeting's hash, so it never changes; what changes is how
 * it is said. A removal is never "layak": the room approves or refuses the removal; a
 * prelist family is kept ("tetap") or taken out ("dikeluarkan").
 */
export type DecisionVocabulary = 'usulan' | 'nonaktif' | 'prelist' | 'sanggah';

export type DecisionSubject = { kind: ProposalKind; source: ProposalSource };

export function vocabularyOf(subject: DecisionSubject): DecisionVocabulary {
  if (subject.kind === 'sanggah') return 'sanggah';
  if (subject.kind === 'nonaktif') return 'nonaktif';
  if (subject.source === 'prelist') return 'prelist';
  return 'usulan';
}

export const DECISION_WORDS: Readonly<Record<DecisionVocabulary, Record<Decision, string>>> = {
  usulan: { layak: 'Layak', tidak_layak: 'Tidak layak', ditunda: 'Ditunda' },
  nonaktif: { layak: 'Disetujui dinonaktifkan', tidak_layak: 'Ditolak', ditunda: 'Ditunda' },
  prelist: { layak: 'Tetap', tidak_layak: 'Dikeluarkan', ditunda: 'Ditunda' },
  sanggah: { layak: 'Sanggahan diterima', tidak_layak: 'Sanggahan ditolak', ditunda: 'Ditunda' },
};

export function decisionWords(subject: DecisionSubject, decision: Decision): string {
  return DECISION_WORDS[vocabularyOf(subject)][decision];
}

// ---- The facilitator's keys and buttons ----

/**
 * One letter per word, never reused for another word: a key pressed out of habit on a
 * candidate of another kind does nothing instead of deciding the opposite (issue 14:
 * "T" for "tidak layak" must not refuse a removal, nor keep a prelist family).
 */
export const DECISION_KEYS: Readonly<Record<DecisionVocabulary, Record<Decision, string>>> = {
  usulan: { layak: 'L', tidak_layak: 'T', ditunda: 'D' },
  nonaktif: { layak: 'S', tidak_layak: 'O', ditunda: 'D' },
  prelist: { layak: 'P', tidak_layak: 'X', ditunda: 'D' },
  sanggah: { layak: 'R', tidak_layak: 'B', ditunda: 'D' },
};

/** Button text, shorter than the printed words where the card already says the kind. */
export const DECISION_BUTTONS: Readonly<Record<DecisionVocabulary, Record<Decision, string>>> = {
  usulan: { layak: 'Layak', tidak_layak: 'Tidak layak', ditunda: 'Ditunda' },
  nonaktif: { layak: 'Setujui nonaktif', tidak_layak: 'Tolak nonaktif', ditunda: 'Ditunda' },
  prelist: { layak: 'Tetap', tidak_layak: 'Keluarkan', ditunda: 'Ditunda' },
  sanggah: { layak: 'Terima sanggahan', tidak_layak: 'Tolak sanggahan', ditunda: 'Ditunda' },
};

/** Every decision letter of every vocabulary, upper case. */
const ALL_KEYS = new Set(
  Object.values(DECISION_KEYS).flatMap((keys) => Object.values(keys).map((key) => key)),
);

export function isDecisionKey(key: string): boolean {
  return key.length === 1 && ALL_KEYS.has(key.toUpperCase());
}

export type KeyDecision =
  | { decision: Decision }
  /** A decision letter of another kind: tell the facilitator, decide nothing. */
  | { wrongKey: string }
  | null;

/** The decision a letter means for this candidate; null for letters that are not decision keys. */
export function decisionForKey(vocabulary: DecisionVocabulary, key: string): KeyDecision {
  const letter = key.toUpperCase();
  if (!ALL_KEYS.has(letter)) return null;
  const keys = DECISION_KEYS[vocabulary];
  const decision = (Object.keys(keys) as Decision[]).find((item) => keys[item] === letter);
  return decision ? { decision } : { wrongKey: letter };
}

/** "L layak, T tidak layak, D ditunda": the keys of one vocabulary, for hints and messages. */
export function keyHint(vocabulary: DecisionVocabulary): string {
  const keys = DECISION_KEYS[vocabulary];
  return (Object.keys(keys) as Decision[])
    .map((decision) => `${keys[decision]} ${DECISION_WORDS[vocabulary][decision].toLowerCase()}`)
    .join(', ');
}

// ---- The reasons the room gives most often, per kind ----

/** Refusing a new entry or a correction. */
export const USULAN_REFUSAL_REASONS = [
  'Tidak memenuhi kriteria kemiskinan',
  'Sudah mampu',
  'Anggota keluarga ASN/TNI/Polri',
  'Tidak ditemukan di alamat',
  'Bukan penduduk kelurahan ini',
  'Data ganda',
] as const;

/** Refusing a removal: the family stays listed, so no reason here may say it should go. */
export const NONAKTIF_REFUSAL_REASONS = [
  'Masih tinggal di alamat',
  'Masih memenuhi kriteria kemiskinan',
  'Bukti kematian/kepindahan belum ada',
  'Bukan data ganda',
  'Keluarga ditemukan saat verifikasi',
] as const;

/**
 * Taking a prelist family out: the national reasons for a nonaktif row (domain.md §1),
 * read back by nonaktifReasonFromDecision. Also the categories of the prelist check in
 * the minutes (domain.md §6.5).
 */
export const PRELIST_REMOVAL_REASONS = [
  'Meninggal dunia',
  'Pindah domisili',
  'Tidak ditemukan di alamat',
  'Data ganda',
  'Sudah mampu',
] as const;

export const SANGGAH_REFUSAL_REASONS = [
  'Sanggahan tidak terbukti di lapangan',
  'Keluarga memenuhi kriteria kemiskinan',
  'Data sudah benar',
] as const;

export const DITUNDA_REASONS = [
  'Perlu verifikasi lapangan ulang',
  'Dokumen kependudukan belum lengkap',
  'Keluarga tidak dapat dikonfirmasi',
  'NIK/No. KK belum padan Dukcapil',
  'Menunggu keterangan RT/RW',
] as const;

const REFUSAL_REASONS: Readonly<Record<DecisionVocabulary, readonly string[]>> = {
  usulan: USULAN_REFUSAL_REASONS,
  nonaktif: NONAKTIF_REFUSAL_REASONS,
  prelist: PRELIST_REMOVAL_REASONS,
  sanggah: SANGGAH_REFUSAL_REASONS,
};

/** The reasons offered in the reason dialog; none for the decision that needs no reason. */
export function reasonsFor(vocabulary: DecisionVocabulary, decision: Decision): readonly string[] {
  if (decision === 'ditunda') return DITUNDA_REASONS;
  if (decision === 'tidak_layak') return REFUSAL_REASONS[vocabulary];
  return [];
}

// ---- Tallies in words ----

export type TallyTone = 'setuju' | 'tolak' | 'ditunda';

export type TallyEntry = { label: string; count: number; tone: TallyTone };

const TONES: Readonly<Record<Decision, TallyTone>> = {
  layak: 'setuju',
  tidak_layak: 'tolak',
  ditunda: 'ditunda',
};

const VOCABULARY_ORDER: readonly DecisionVocabulary[] = [
  'usulan',
  'prelist',
  'nonaktif',
  'sanggah',
];

/**
 * What the room has decided so far, in the words of each kind present: "Layak 3,
 * Tidak layak 1, Tetap 12, Dikeluarkan 2, Disetujui dinonaktifkan 1, Ditunda 2".
 * Ditunda is one count for every kind. Kinds with no candidate are left out; a kind
 * present keeps its zero counts, so the room sees what is still open.
 */
export function tallyInWords(
  candidates: readonly (DecisionSubject & { proposalId: string })[],
  decisions: readonly { proposalId: string; decision: Decision }[],
): TallyEntry[] {
  const byProposal = new Map(decisions.map((item) => [item.proposalId, item.decision]));
  const counts = new Map<DecisionVocabulary, Record<Decision, number>>();
  let postponed = 0;
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate.proposalId)) continue;
    seen.add(candidate.proposalId);
    const vocabulary = vocabularyOf(candidate);
    const row = counts.get(vocabulary) ?? { layak: 0, tidak_layak: 0, ditunda: 0 };
    counts.set(vocabulary, row);
    const decision = byProposal.get(candidate.proposalId);
    if (decision === 'ditunda') postponed += 1;
    else if (decision) row[decision] += 1;
  }
  const entries: TallyEntry[] = [];
  for (const vocabulary of VOCABULARY_ORDER) {
    const row = counts.get(vocabulary);
    if (!row) continue;
    for (const decision of ['layak', 'tidak_layak'] as const) {
      entries.push({
        label: DECISION_WORDS[vocabulary][decision],
        count: row[decision],
        tone: TONES[decision],
      });
    }
  }
  if (counts.size > 0) entries.push({ label: 'Ditunda', count: postponed, tone: 'ditunda' });
  return entries;
}
