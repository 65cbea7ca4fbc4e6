import type {
  Decision,
  NonaktifReason,
  ProposalKind,
  ProposalSource,
  ProposedProgramme,
} from '../core/entities';
import { decisionWords } from '../musyawarah/decision-words';
import type { ExportKind } from './template';
import { KIND_LABELS, NONAKTIF_REASON_LABELS } from '../usulan/proposal';

/**
 * What one decision of a locked musyawarah means, in one place, so the Berita Acara's
 * Lampiran I and the package for the national system can never tell two stories
 * (issue 22). The words are those of domain.md §1 step 3, per kind of proposal:
 * - baru / perbaikan: layak (sent as proposed) / tidak layak / ditunda;
 * - nonaktif: disetujui dinonaktifkan (sent as nonaktif with its reason) / ditolak
 *   (the family stays listed, nothing is sent) / ditunda;
 * - a prelist family (already listed, sent back to be re-checked): tetap (nothing is
 *   sent, or a perbaikan when its data changed since the prelist) / dikeluarkan (sent as
 *   nonaktif, with the reason the room gave in national terms) / ditunda;
 * - regional aid (bansos daerah) never goes to the national system: what would be sent
 *   goes to the city's own list instead (domain.md §7).
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
  /** The programme proposed; bansos daerah goes to the city's list, never the package. */
  programme?: ProposedProgramme;
  /**
   * A prelist family kept ("tetap"): whether its data differs from the prelist. True sends
   * a perbaikan, false sends nothing; unknown (a paper that cannot tell) sends nothing.
   */
  prelistChanged?: boolean;
  /** The period's data name (regime: "DTKS" or "DTSEN"); the prelist is named after it. */
  dataName?: string;
};

export type PackageEntry = { kind: ExportKind; nonaktifReason: NonaktifReason | '' };

export type DecisionOutcome = {
  /** The row the package carries, or null when nothing is sent. */
  send: PackageEntry | null;
  /** The row the city's list of regional aid carries (bansos daerah), or null. */
  regional: PackageEntry | null;
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

/** "Prelist DTSEN" in a DTSEN period, "Prelist DTKS" before (shared/domain/pengaturan/regime.ts). */
export function prelistLabel(dataName = 'DTKS'): string {
  return `Prelist ${dataName}`;
}

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
  regional: null,
  why,
  kindWords,
  outcomeWords,
});

const sent = (entry: PackageEntry, outcomeWords: string, prefix = ''): DecisionOutcome => ({
  send: entry,
  regional: null,
  why: '',
  kindWords: `${prefix}${packageKindWords(entry)}`,
  outcomeWords,
});

const POSTPONED = 'Ditunda: diverifikasi ulang periode berikut';

export const REGIONAL_PROGRAMME = 'Bansos Daerah';
export const REGIONAL_WHY = 'Bansos daerah: masuk daftar usulan bansos daerah untuk kota';

export function decisionOutcome(input: OutcomeInput): DecisionOutcome {
  const outcome = nationalOutcome(input);
  if (input.programme !== REGIONAL_PROGRAMME || !outcome.send) return outcome;
  return {
    ...outcome,
    send: null,
    regional: outcome.send,
    why: REGIONAL_WHY,
    kindWords: `${outcome.kindWords} – bansos daerah`,
  };
}

function nationalOutcome(input: OutcomeInput): DecisionOutcome {
  const { kind, decision } = input;
  const words = decisionWords(input, decision);
  if (kind === 'sanggah') {
    return held('Sanggahan diajukan lewat menu sanggahan di portal', 'Sanggahan', words);
  }
  if (kind === 'nonaktif') {
    const entry: PackageEntry = { kind: 'nonaktif', nonaktifReason: input.nonaktifReason ?? '' };
    const prefix = input.source === 'prelist' ? `${prelistLabel(input.dataName)} – ` : '';
    if (decision === 'layak') return sent(entry, words, prefix);
    const proposed = `${prefix}${packageKindWords(entry)}`;
    return decision === 'ditunda'
      ? held(POSTPONED, proposed, words)
      : held('Usulan nonaktif ditolak: keluarga tetap terdaftar', proposed, words);
  }
  if (input.source === 'prelist') {
    const label = prelistLabel(input.dataName);
    const prefix = `${label} – `;
    if (decision === 'layak') {
      return input.prelistChanged === true
        ? sent({ kind: 'perbaikan', nonaktifReason: '' }, words, prefix)
        : held('Tetap: data tidak berubah, tidak ada yang dikirim', label, words);
    }
    if (decision === 'tidak_layak') {
      const entry: PackageEntry = {
        kind: 'nonaktif',
        nonaktifReason: nonaktifReasonFromDecision(input.reason),
      };
      return sent(entry, words, prefix);
    }
    return held(POSTPONED, `${label} (periksa ulang)`, words);
  }
  const proposed = packageKindWords({ kind, nonaktifReason: '' });
  if (decision === 'layak') return sent({ kind, nonaktifReason: '' }, words);
  return decision === 'ditunda'
    ? held(POSTPONED, proposed, words)
    : held('Tidak layak: tidak diusulkan', proposed, words);
}
