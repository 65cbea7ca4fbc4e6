import { cellText, identityDigits } from '../impor/cells';
import type { Cell } from '../impor/cells';
import { normalizeHeader } from '../impor/fields';

/**
 * Reading the results spreadsheet the portal returns (domain.md §1 step 6): per NIK,
 * whether it matched Dukcapil and whether it was accepted, with the reason. Columns
 * are mapped as in the registry import: guessed from the headers, confirmed by the clerk.
 */

export const FEEDBACK_FIELDS = ['nik', 'padan', 'status', 'alasan'] as const;
export type FeedbackField = (typeof FEEDBACK_FIELDS)[number];

export const FEEDBACK_FIELD_SPECS: Readonly<
  Record<FeedbackField, { label: string; aliases: readonly string[] }>
> = {
  nik: {
    label: 'NIK',
    aliases: ['nik', 'nomor_nik', 'no_nik', 'nik_art', 'nomor_induk_kependudukan'],
  },
  padan: {
    label: 'Status padan Dukcapil',
    aliases: [
      'status_padan',
      'padan',
      'padan_dukcapil',
      'status_dukcapil',
      'hasil_padan',
      'keterangan_padan',
    ],
  },
  status: {
    label: 'Diterima/ditolak',
    aliases: [
      'status',
      'status_usulan',
      'hasil',
      'keputusan',
      'diterima_ditolak',
      'hasil_usulan',
      'status_verifikasi',
    ],
  },
  alasan: {
    label: 'Alasan',
    aliases: ['alasan', 'keterangan', 'alasan_penolakan', 'catatan', 'alasan_tolak', 'ket'],
  },
};

/** Field → normalised header of the chosen column. */
export type FeedbackMapping = Partial<Record<FeedbackField, string>>;

export function guessFeedbackMapping(headers: readonly string[]): FeedbackMapping {
  const available = new Set(headers.map(normalizeHeader).filter((name) => name !== ''));
  const taken = new Set<string>();
  const mapping: FeedbackMapping = {};
  for (const field of FEEDBACK_FIELDS) {
    const hit = FEEDBACK_FIELD_SPECS[field].aliases.find(
      (alias) => available.has(alias) && !taken.has(alias),
    );
    if (hit) {
      mapping[field] = hit;
      taken.add(hit);
    }
  }
  return mapping;
}

/**
 * A mapping saved from an earlier results file, checked against this file's headers:
 * only known fields pointing at columns this file has are kept. Null when nothing of it
 * fits or it no longer names the required columns (then the guess is used instead).
 */
export function rememberedFeedbackMapping(
  saved: unknown,
  headers: readonly string[],
): FeedbackMapping | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const available = new Set(headers.map(normalizeHeader).filter((name) => name !== ''));
  const mapping: FeedbackMapping = {};
  const taken = new Set<string>();
  for (const field of FEEDBACK_FIELDS) {
    const column: unknown = (saved as Record<string, unknown>)[field];
    if (typeof column === 'string' && available.has(column) && !taken.has(column)) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  return feedbackMappingProblems(mapping).length === 0 ? mapping : null;
}

/** What is still missing before rows can be read: the NIK, and padan or status. */
export function feedbackMappingProblems(mapping: FeedbackMapping): string[] {
  const problems: string[] = [];
  if (!mapping.nik) problems.push('Pilih kolom NIK.');
  if (!mapping.padan && !mapping.status) {
    problems.push('Pilih kolom status padan atau kolom diterima/ditolak.');
  }
  return problems;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const NEGATION = /^(tidak|tdk|belum|blm|non|gagal|bukan)\b/;

/** "Padan", "PADAN DUKCAPIL", "sesuai" → true; "Tidak Padan", "belum padan" → false. */
export function parsePadan(text: string): boolean | null {
  const value = words(text);
  if (value === '') return null;
  if (NEGATION.test(value) || value === 'n' || value === '0' || value === 'false') return false;
  if (
    /\b(padan|sesuai|cocok|match|valid)\b/.test(value) ||
    ['ya', 'y', '1', 'true'].includes(value)
  ) {
    return true;
  }
  return null;
}

/** "Diterima", "disetujui", "lolos" → true; "Ditolak", "tidak diterima" → false. */
export function parseAccepted(text: string): boolean | null {
  const value = words(text);
  if (value === '') return null;
  if (NEGATION.test(value) || /\b(ditolak|tolak|reject|rejected|gagal)\b/.test(value)) return false;
  if (/\b(diterima|terima|disetujui|setuju|lolos|accepted|ok|berhasil|sah)\b/.test(value)) {
    return true;
  }
  return null;
}

/**
 * The cells as the reader hands them over: a number cell stays a number, so a NIK that
 * a spreadsheet rounded is refused instead of being matched to someone else's NIK.
 */
export type FeedbackSheet = { headers: string[]; rows: { row: number; cells: readonly Cell[] }[] };

export type FeedbackRecord = {
  /** The row number the spreadsheet shows. */
  row: number;
  nik: string;
  padan: boolean;
  accepted: boolean;
  reason: string;
};

export type FeedbackReading = {
  records: FeedbackRecord[];
  problems: { row: number; message: string }[];
  /** Rows with nothing in them, skipped. */
  blank: number;
};

/**
 * Turns mapped rows into results. A missing padan column means padan follows the
 * acceptance (the portal does not accept an unmatched NIK), and a missing status
 * column means acceptance follows padan. A NIK listed twice keeps its last row:
 * a later line in a results file corrects an earlier one.
 */
export function readFeedback(sheet: FeedbackSheet, mapping: FeedbackMapping): FeedbackReading {
  const index = (field: FeedbackField) => {
    const column = mapping[field];
    return column ? sheet.headers.findIndex((header) => normalizeHeader(header) === column) : -1;
  };
  const at = {
    nik: index('nik'),
    padan: index('padan'),
    status: index('status'),
    alasan: index('alasan'),
  };
  const cell = (cells: readonly Cell[], i: number) => (i >= 0 ? cellText(cells[i]) : '');
  const byNik = new Map<string, FeedbackRecord>();
  const problems: FeedbackReading['problems'] = [];
  let blank = 0;

  for (const { row, cells } of sheet.rows) {
    if (cells.every((value) => cellText(value) === '')) {
      blank += 1;
      continue;
    }
    const digits = at.nik >= 0 ? identityDigits(cells[at.nik], 'NIK') : null;
    const nik = digits?.ok ? digits.value : '';
    if (digits && !digits.ok && cellText(cells[at.nik]) !== '') {
      problems.push({ row, message: digits.reason });
      continue;
    }
    if (!/^\d{16}$/.test(nik)) {
      problems.push({ row, message: `NIK tidak 16 digit (${nik || 'kosong'})` });
      continue;
    }
    const padanText = cell(cells, at.padan);
    const statusText = cell(cells, at.status);
    let padan = at.padan >= 0 ? parsePadan(padanText) : null;
    let accepted = at.status >= 0 ? parseAccepted(statusText) : null;
    if (at.padan >= 0 && padan === null) {
      problems.push({ row, message: `Status padan tidak dikenali (${padanText || 'kosong'})` });
      continue;
    }
    if (at.status >= 0 && accepted === null) {
      problems.push({
        row,
        message: `Status diterima/ditolak tidak dikenali (${statusText || 'kosong'})`,
      });
      continue;
    }
    padan ??= accepted ?? false;
    accepted ??= padan;
    byNik.set(nik, { row, nik, padan, accepted, reason: cell(cells, at.alasan) });
  }
  return { records: [...byNik.values()], problems, blank };
}

/** The first day of the period after the one `now` falls in: where a rejected row goes next. */
export function nextPeriodStart(mode: 'bulanan' | 'semester', now: Date): Date {
  const year = now.getFullYear();
  const month = now.getMonth();
  if (mode === 'semester') return month < 6 ? new Date(year, 6, 1) : new Date(year + 1, 0, 1);
  return new Date(year, month + 1, 1);
}
