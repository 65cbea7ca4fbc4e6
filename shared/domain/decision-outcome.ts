import type { Decision, NonaktifReason, ProposalKind, ProposalSource } from './entities';
import type { ExportKind } from './export-template';
import { KIND_LABELS, NONAKTIF_REASON_LABELS } from './proposal';

/**
 * What one decision of a locked musyawarah means, in one place, so the Berita Acara's
 * Lampiran I and the package for the national system can never tell two stories
 * (issue 22). The words are those of domain.md §1 step 3, per kind of proposal:
 * - baru / perbaikan: layak (sent as proposed) / tidak layak / ditunda;
 * - nonaktif: disetujui dinonaktifkan (sent as nonaktif with its reason) / ditolak
 *   (the family stays listed, nothing is sent) / ditunda;
 * - a prelist family (already listed, sent back to be re-checked): tetap (sent as the
 *   proposal's kind, a perbaikan by default) / dikeluarkan (sent as nonaktif, with the
 *   reason the room gave in national terms) / ditunda;
 * - sanggah: sanggahan diterima / sanggahan ditolak; objections go through the portal's
 *   own menu, never in a batch;
 * - ditunda, of any kind: back to the field, nothing is sent this period.
 */

export type OutcomeInput = {
  kind: ProposalKind;
  source: ProposalSource;
  /** The proposal's own reason, for a nonaktif proposal. */
  nonaktifReason?: NonaktifReason;
  decision: Decision;
  /** The reason the room gave. */
  reason: string;
};

export type PackageEntry = { kind: ExportKind; nonaktifReason: NonaktifReason | '' };

export type DecisionOutcome = {
  /** The row the package carries, or null when nothing is sent. */
  send: PackageEntry | null;
  /** Why nothing is sent; '' when something is. */
  why: string;
  /** Lampiran I, "Jenis usulan": the kind as the package sends it (or as proposed). */
  kindWords: string;
  /** Lampiran I, "Keputusan": the decision in the words of its kind. */
  outcomeWords: string;
};

const REASON_WORDS: readonly [RegExp, NonaktifReason][] = [
  [/meninggal|wafat/i, 'meninggal'],
  [/pindah/i, 'pindah'],
  [/tidak ditemukan|tdk ditemukan/i, 'tidak_ditemukan'],
  [/ganda|duplikat/i, 'ganda'],
];

/** A prelist family the room removed: the reason in national terms, "sudah mampu" otherwise. */
export function nonaktifReasonFromDecision(reason: string): NonaktifReason {
  return REASON_WORDS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'sudah_mampu';
}

export const PRELIST_LABEL = 'Prelist DTKS';

/** "Nonaktif: meninggal", "Perbaikan data", "Usulan baru". */
export function packageKindWords(entry: PackageEntry): string {
  if (entry.kind === 'nonaktif') {
    return entry.nonaktifReason
      ? `Nonaktif: ${NONAKTIF_REASON_LABELS[entry.nonaktifReason].toLowerCase()}`
      : 'Nonaktif';
  }
  return entry.kind === 'baru' ? 'Usulan baru' : KIND_LABELS.perbaikan;
}

const held = (why: string, kindWords: string, outcomeWords: string): DecisionOutcome => ({
  send: null,
  why,
  kindWords,
  outcomeWords,
});

const sent = (entry: PackageEntry, outcomeWords: string, prefix = ''): DecisionOutcome => ({
  send: entry,
  why: '',
  kindWords: `${prefix}${packageKindWords(entry)}`,
  outcomeWords,
});

const POSTPONED = 'Ditunda: diverifikasi ulang periode berikut';

export function decisionOutcome(input: OutcomeInput): DecisionOutcome {
  const { kind, decision } = input;
  if (kind === 'sanggah') {
    const words =
      decision === 'layak'
        ? 'Sanggahan diterima'
        : decision === 'tidak_layak'
          ? 'Sanggahan ditolak'
          : 'Ditunda';
    return held('Sanggahan diajukan lewat menu sanggahan di portal', 'Sanggahan', words);
  }
  if (kind === 'nonaktif') {
    const entry: PackageEntry = { kind: 'nonaktif', nonaktifReason: input.nonaktifReason ?? '' };
    const prefix = input.source === 'prelist' ? `${PRELIST_LABEL} – ` : '';
    if (decision === 'layak') return sent(entry, 'Disetujui dinonaktifkan', prefix);
    const proposed = `${prefix}${packageKindWords(entry)}`;
    return decision === 'ditunda'
      ? held(POSTPONED, proposed, 'Ditunda')
      : held('Usulan nonaktif ditolak: keluarga tetap terdaftar', proposed, 'Ditolak');
  }
  if (input.source === 'prelist') {
    const prefix = `${PRELIST_LABEL} – `;
    if (decision === 'layak') return sent({ kind, nonaktifReason: '' }, 'Tetap', prefix);
    if (decision === 'tidak_layak') {
      const entry: PackageEntry = {
        kind: 'nonaktif',
        nonaktifReason: nonaktifReasonFromDecision(input.reason),
      };
      return sent(entry, 'Dikeluarkan', prefix);
    }
    return held(POSTPONED, `${PRELIST_LABEL} (periksa ulang)`, 'Ditunda');
  }
  const proposed = packageKindWords({ kind, nonaktifReason: '' });
  if (decision === 'layak') return sent({ kind, nonaktifReason: '' }, 'Layak');
  return decision === 'ditunda'
    ? held(POSTPONED, proposed, 'Ditunda')
    : held('Tidak layak: tidak diusulkan', proposed, 'Tidak layak');
}
