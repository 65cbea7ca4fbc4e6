import { DEFAULT_CRITERIA_SET_ID } from '../usulan/criteria';
import type { CriteriaSetId } from '../usulan/criteria';

/**
 * The legal regime a period's documents are written under (domain.md §1, legal basis).
 * Titles ("… DTKS" or "… DTSEN"), the legal-basis lines of the Berita Acara and the
 * SPTJM, and the criteria set in force are data here, versioned, never text in a
 * builder: a document always prints the regime of its own period.
 */
export type Regime = {
  id: RegimeId;
  /** "DTKS" or "DTSEN", as titles print it. */
  dataName: string;
  /** "Data Terpadu Kesejahteraan Sosial" or "Data Tunggal Sosial dan Ekonomi Nasional". */
  dataFullName: string;
  /** Statutes and regulations the minutes list under "Dasar Hukum", before the criteria decrees. */
  legalBasis: readonly string[];
  /** The regulations the SPTJM says the verification followed. */
  sptjmBasis: string;
  /** The criteria set new assessments of the period use unless the officer picks another. */
  criteriaSetId: CriteriaSetId;
  /** Periods from this year on take this regime unless the office chose otherwise. */
  fromYear: number;
};

export const REGIME_IDS = ['dtks-permensos-3-2021', 'dtsen-permensos-3-2025'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

const UU_FAKIR_MISKIN = 'Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin';
const UU_PDP = 'Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi';
const PERMENSOS_3_2021 =
  'Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial';
const INPRES_4_2025 =
  'Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi Nasional';
// Titles as the decrees' own first pages give them (jdih.kemensos.go.id copies).
const PERMENSOS_3_2025 =
  'Peraturan Menteri Sosial Nomor 3 Tahun 2025 tentang Pemutakhiran dan Penggunaan Data Tunggal ' +
  'Sosial dan Ekonomi Nasional untuk Bantuan Sosial, Pemberdayaan Sosial, dan Program ' +
  'Penyelenggaraan Kesejahteraan Sosial';
const KEPMENSOS_245_2025 =
  'Keputusan Menteri Sosial Nomor 245/HUK/2025 tentang Tata Cara Pengajuan Proses Usulan Data ' +
  'serta Verifikasi dan Validasi Data Tunggal Sosial dan Ekonomi Nasional';

export const REGIMES: readonly Regime[] = [
  {
    id: 'dtks-permensos-3-2021',
    dataName: 'DTKS',
    dataFullName: 'Data Terpadu Kesejahteraan Sosial',
    legalBasis: [UU_FAKIR_MISKIN, UU_PDP, PERMENSOS_3_2021],
    sptjmBasis: PERMENSOS_3_2021,
    criteriaSetId: DEFAULT_CRITERIA_SET_ID,
    fromYear: 2021,
  },
  {
    id: 'dtsen-permensos-3-2025',
    dataName: 'DTSEN',
    dataFullName: 'Data Tunggal Sosial dan Ekonomi Nasional',
    legalBasis: [UU_FAKIR_MISKIN, UU_PDP, INPRES_4_2025, PERMENSOS_3_2025, KEPMENSOS_245_2025],
    sptjmBasis: `${PERMENSOS_3_2025} dan ${KEPMENSOS_245_2025}`,
    // Kepmensos 245/HUK/2025 sets the procedure, not new criteria: 262/HUK/2022 stays in force.
    criteriaSetId: DEFAULT_CRITERIA_SET_ID,
    fromYear: 2025,
  },
];

export const REGIME_LABELS: Record<RegimeId, string> = {
  'dtks-permensos-3-2021': 'DTKS (Permensos 3/2021)',
  'dtsen-permensos-3-2025': 'DTSEN (Permensos 3/2025, Kepmensos 245/HUK/2025)',
};

export function getRegime(id: RegimeId): Regime {
  const regime = REGIMES.find((candidate) => candidate.id === id);
  if (!regime) throw new Error(`Rezim ${id} tidak dikenal`);
  return regime;
}

/** The year in a period label ("November 2026", "Semester II 2026"); undefined when none. */
export function periodYear(period: string): number | undefined {
  const match = /(\d{4})\s*$/.exec(period.trim());
  return match ? Number(match[1]) : undefined;
}

/** Per-period choices the office made, keyed by period label (a settings row). */
export type RegimeChoices = Readonly<Record<string, RegimeId>>;

/**
 * The regime of a period: the office's choice for that period, else the newest regime
 * whose first year the period has reached (DTSEN from 2025), else the oldest.
 */
export function regimeForPeriod(period: string, choices: RegimeChoices = {}): Regime {
  const chosen = Object.prototype.hasOwnProperty.call(choices, period)
    ? choices[period]
    : undefined;
  if (chosen && REGIME_IDS.includes(chosen)) return getRegime(chosen);
  const year = periodYear(period) ?? new Date().getFullYear();
  const fitting = [...REGIMES]
    .sort((a, b) => b.fromYear - a.fromYear)
    .find((regime) => year >= regime.fromYear);
  return fitting ?? (REGIMES[0] as Regime);
}
