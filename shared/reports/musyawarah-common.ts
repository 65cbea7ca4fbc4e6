import type { Content, TableCell } from 'pdfmake/interfaces';
import type {
  CandidateSnapshot,
  Decision,
  Meeting,
  MeetingParticipant,
} from '../domain/core/entities';
import { decisionOutcome } from '../domain/ekspor/decision-outcome';
import type { DecisionOutcome } from '../domain/ekspor/decision-outcome';
import { maskNoKk } from '../domain/warga/kk';
import { maskNik } from '../domain/warga/nik';
import { formatNip } from '../domain/core/nip';
import { regimeForPeriod } from '../domain/pengaturan/regime';
import type { Regime, RegimeChoices } from '../domain/pengaturan/regime';
import { MONTHS_ID } from '../domain/core/settings';
import type { KelurahanIdentity, Official } from '../domain/core/settings';
import type { PaperSize } from './pdf-document';

/** Pieces shared by the Berita Acara and the SPTJM: letterhead, dates, signatures, Lampiran I. */

export type NikMode = 'masked' | 'full';

/** Printed on every page of a copy that carries full NIK and No. KK (the archival package). */
export const FULL_NIK_NOTICE =
  'SALINAN ARSIP — memuat NIK dan No. KK lengkap; jangan ditempel di papan pengumuman.';

/** The footer of a minutes document: the decision hash, page numbers, the archival warning when full. */
export function meetingFooter(
  hash: string,
  nikMode: NikMode,
): { left: string; pageNumbers: true; notice?: string } {
  return nikMode === 'full'
    ? { left: hash, pageNumbers: true, notice: FULL_NIK_NOTICE }
    : { left: hash, pageNumbers: true };
}

export type ResultRow = {
  candidate: CandidateSnapshot & { proposalId: string };
  decision: Decision;
  reason: string;
};

export type MeetingReportInput = {
  identity: KelurahanIdentity;
  meeting: Meeting;
  chair: Official | null;
  participants: readonly MeetingParticipant[];
  /** In meeting order (RW, RT, name). */
  rows: readonly ResultRow[];
  paper: PaperSize;
  nikMode: NikMode;
  /** The office's per-period regime choices; absent: each period's default (DTSEN from 2025). */
  regimeChoices?: RegimeChoices;
};

/** The regime the meeting's own period is written under. */
export function meetingRegime(
  input: Pick<MeetingReportInput, 'meeting' | 'regimeChoices'>,
): Regime {
  return regimeForPeriod(input.meeting.period, input.regimeChoices);
}

/** Left, top, right, bottom in points: 2.5 cm binding margin on the left. */
export const PAGE_MARGINS: [number, number, number, number] = [71, 42, 48, 56];

// ---- Numbers and dates in words, as minutes write them ----

const UNITS = [
  '',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

/** 2026 → "dua ribu dua puluh enam". */
export function terbilang(value: number): string {
  const n = Math.floor(Math.abs(value));
  if (n === 0) return 'nol';
  const words = (x: number): string => {
    if (x < 12) return UNITS[x] ?? '';
    if (x < 20) return `${UNITS[x - 10]} belas`;
    if (x < 100) return `${UNITS[Math.floor(x / 10)]} puluh ${words(x % 10)}`;
    if (x < 200) return `seratus ${words(x - 100)}`;
    if (x < 1000) return `${UNITS[Math.floor(x / 100)]} ratus ${words(x % 100)}`;
    if (x < 2000) return `seribu ${words(x - 1000)}`;
    if (x < 1_000_000) return `${words(Math.floor(x / 1000))} ribu ${words(x % 1000)}`;
    return `${words(Math.floor(x / 1_000_000))} juta ${words(x % 1_000_000)}`;
  };
  return words(n).replace(/\s+/g, ' ').trim();
}

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
}

export function dayName(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

/** "20 November 2026". */
export function longDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  return `${day} ${MONTHS_ID[month - 1] ?? ''} ${year}`;
}

/** "Jumat tanggal dua puluh bulan November tahun dua ribu dua puluh enam (20-11-2026)". */
export function spelledDate(iso: string): string {
  const { year, month, day } = dateParts(iso);
  const numeric = `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
  return `${dayName(iso)} tanggal ${terbilang(day)} bulan ${MONTHS_ID[month - 1] ?? ''} tahun ${terbilang(year)} (${numeric})`;
}

/** "09:00" → "09.00". */
export { formatJam as clock } from '../domain/core/jam';

/** The place line above a signature: the same one as on every letter. */
export { placeName } from './letterhead';

/** "Lurah" → "Lurah Pahandut"; a title already naming the office is kept. */
export function officeTitle(jabatan: string, identity: KelurahanIdentity): string {
  return /(lurah|kelurahan)$/i.test(jabatan.trim())
    ? `${jabatan.trim()} ${identity.namaKelurahan}`
    : jabatan.trim();
}

// ---- Signature blocks ----

export function signatureBlock(lines: {
  above: string[];
  nama: string;
  below: string[];
  space?: Content;
}): Content {
  return {
    unbreakable: true,
    stack: [
      ...lines.above.map((text) => ({ text })),
      lines.space ?? { text: ' ', margin: [0, 0, 0, 48] },
      {
        text: lines.nama || '(.............................................)',
        bold: true,
        decoration: 'underline',
      },
      ...lines.below.map((text) => ({ text })),
    ],
    alignment: 'center',
  };
}

export function chairLines(chair: Official | null): string[] {
  if (!chair) return [];
  return [chair.pangkatGolongan, chair.nip ? `NIP ${formatNip(chair.nip)}` : ''].filter(Boolean);
}

// ---- Lampiran I: the result list ----

export function displayNik(nik: string, mode: NikMode): string {
  return mode === 'full' ? nik : maskNik(nik);
}

export function displayNoKk(noKk: string, mode: NikMode): string {
  return mode === 'full' ? noKk : maskNoKk(noKk);
}

/**
 * A row's kind and decision as Lampiran I prints them: the same function the package
 * reads (shared/domain/ekspor/decision-outcome.ts), so both say the same thing.
 */
export function lampiranOutcome(row: ResultRow, dataName?: string): DecisionOutcome {
  return decisionOutcome({
    dataName,
    kind: row.candidate.kind,
    source: row.candidate.source,
    nonaktifReason: row.candidate.nonaktifReason,
    decision: row.decision,
    reason: row.reason,
    programme: row.candidate.programme,
    prelistChanged: row.candidate.prelistChanged,
  });
}

const HEADER_CELL = { bold: true, fillColor: '#e9ecef', alignment: 'center' as const };

export function resultTable(
  rows: readonly ResultRow[],
  nikMode: NikMode,
  dataName?: string,
): Content {
  const header: TableCell[] = [
    'No',
    'Nama',
    'NIK',
    'No. KK',
    'Alamat',
    'RT/RW',
    'Jenis usulan',
    'Keputusan',
    'Alasan',
  ].map((text) => ({ text, ...HEADER_CELL }));
  const body: TableCell[][] = rows.map((row, index) => {
    const outcome = lampiranOutcome(row, dataName);
    return [
      { text: String(index + 1), alignment: 'right' },
      row.candidate.nama,
      displayNik(row.candidate.nik, nikMode),
      displayNoKk(row.candidate.noKk, nikMode),
      row.candidate.alamat,
      { text: `${row.candidate.rt}/${row.candidate.rw}`, alignment: 'center' },
      outcome.kindWords,
      { text: outcome.outcomeWords, bold: row.decision !== 'layak' },
      row.reason || '-',
    ];
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      // Fixed widths except the address, so reasons rarely wrap on A4 landscape.
      widths: [20, 92, 68, 68, '*', 34, 88, 62, 110],
      body: [header, ...body],
    },
    fontSize: 7.5,
  };
}

export function lampiranHeading(lines: {
  label: string;
  meeting: Meeting;
  docName: string;
}): Content {
  return {
    columns: [
      { text: '', width: '*' },
      {
        width: 'auto',
        fontSize: 9,
        table: {
          body: [
            [{ text: lines.label, colSpan: 3, bold: true }, '', ''],
            [{ text: lines.docName, colSpan: 3 }, '', ''],
            ['Nomor', ':', lines.meeting.number],
            ['Tanggal', ':', longDate(lines.meeting.date)],
          ],
        },
        layout: 'noBorders',
      },
    ],
    margin: [0, 0, 0, 8],
  };
}

export function presentParticipants(
  participants: readonly MeetingParticipant[],
): MeetingParticipant[] {
  return participants.filter((participant) => participant.present);
}
