import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { KIND_LABELS } from '../domain/core/labels';
import { NONAKTIF_REASON_LABELS } from '../domain/usulan/proposal';
import { letterhead, pageWidth } from './letterhead';
import {
  chairLines,
  lampiranOutcome,
  longDate,
  meetingRegime,
  officeTitle,
  placeName,
  signatureBlock,
} from './musyawarah-common';
import type { MeetingReportInput, ResultRow } from './musyawarah-common';
import { PAPER_SIZES } from './pdf-document';
import type { PdfDocument } from './pdf-document';

/**
 * Regional aid (bansos daerah) never goes to the national system (domain.md §7): the rows a
 * locked meeting agreed for it form the city's own list, "Daftar usulan bansos daerah"
 * (issue 14.4), as a PDF signed by the Lurah and as a sheet for the city's office. The list
 * carries full NIK and No. KK: the city pays the aid by them. Only what the package would
 * have sent is listed (decisionOutcome's `regional`), so the two never overlap.
 */

export const REGIONAL_LIST_TITLE = 'DAFTAR USULAN BANSOS DAERAH';

export type RegionalRow = ResultRow & {
  /** Programmes the family already receives, e.g. "PKH (pusat)": the overlap rule (§1.5). */
  aid?: readonly string[];
};

export type RegionalEntry = {
  row: RegionalRow;
  /** "Usulan baru", "Perbaikan data", "Nonaktif: pindah". */
  kind: string;
  decision: string;
  /** Central aid already received: the city must not pay twice (domain.md §1.5). */
  centralAid: string;
};

export function regionalEntries(rows: readonly RegionalRow[]): RegionalEntry[] {
  return rows.flatMap((row) => {
    const outcome = lampiranOutcome(row);
    if (!outcome.regional) return [];
    const { kind, nonaktifReason } = outcome.regional;
    return [
      {
        row,
        kind:
          kind === 'nonaktif'
            ? `Nonaktif${nonaktifReason ? `: ${NONAKTIF_REASON_LABELS[nonaktifReason].toLowerCase()}` : ''}`
            : kind === 'baru'
              ? 'Usulan baru'
              : KIND_LABELS[kind],
        decision: outcome.outcomeWords,
        centralAid: (row.aid ?? []).filter((item) => /\(pusat\)/.test(item)).join(', '),
      },
    ];
  });
}

const HEADERS = [
  'No',
  'Nama',
  'NIK',
  'No. KK',
  'Alamat',
  'RT',
  'RW',
  'Jenis usulan',
  'Keputusan musyawarah',
  'Bantuan pusat yang diterima',
] as const;

/** The sheet: a header row, then one row per family; text cells only. */
export function regionalSheetRows(entries: readonly RegionalEntry[]): (string | number)[][] {
  return [
    [...HEADERS],
    ...entries.map((entry, index) => [
      index + 1,
      entry.row.candidate.nama,
      entry.row.candidate.nik,
      entry.row.candidate.noKk,
      entry.row.candidate.alamat,
      entry.row.candidate.rt,
      entry.row.candidate.rw,
      entry.kind,
      entry.decision,
      entry.centralAid || '-',
    ]),
  ];
}

const th = (text: string): TableCell => ({
  text,
  bold: true,
  fillColor: '#e9ecef',
  alignment: 'center',
});

export function buildRegionalList(
  input: Omit<MeetingReportInput, 'rows' | 'nikMode'> & {
    rows: readonly RegionalRow[];
  },
): PdfDocument {
  const { identity, meeting, chair } = input;
  const entries = regionalEntries(input.rows);
  const regime = meetingRegime(input);
  const docName = meeting.kind === 'sptjm' ? 'SPTJM' : 'Berita Acara Musyawarah Kelurahan';
  const margins: [number, number, number, number] = [48, 40, 40, 48];
  const body: TableCell[][] = entries.map((entry, index) => [
    { text: String(index + 1), alignment: 'right' },
    entry.row.candidate.nama,
    entry.row.candidate.nik,
    entry.row.candidate.noKk,
    entry.row.candidate.alamat,
    { text: `${entry.row.candidate.rt}/${entry.row.candidate.rw}`, alignment: 'center' },
    entry.kind,
    entry.decision,
    entry.centralAid || '-',
  ]);
  // The letterhead measures its rule on a portrait page; on this landscape page the text
  // is wider by the difference between the page's two sides.
  const size = PAPER_SIZES[input.paper];
  const height = typeof size === 'string' ? 841.89 : size.height;
  const wider = height - pageWidth(input.paper);
  const content: Content[] = [
    ...letterhead(identity, {
      paper: input.paper,
      margins: [margins[0], margins[1], margins[2] - wider, margins[3]],
    }),
    { text: REGIONAL_LIST_TITLE, bold: true, fontSize: 13, alignment: 'center' },
    {
      text: `KELURAHAN ${identity.namaKelurahan.toUpperCase()} PERIODE ${meeting.period.toUpperCase()}`,
      bold: true,
      alignment: 'center',
    },
    {
      text:
        `Hasil musyawarah menurut ${docName} Nomor ${meeting.number} tanggal ${longDate(meeting.date)}. ` +
        `Usulan bantuan sosial daerah tidak dikirim ke SIKS-NG bersama usulan ${regime.dataName}; ` +
        `daftar ini disampaikan kepada Pemerintah Kota ${identity.kota.replace(/^Kota\s+/i, '')}.`,
      alignment: 'center',
      fontSize: 9.5,
      margin: [0, 4, 0, 8],
    },
    entries.length === 0
      ? {
          text: 'Tidak ada usulan bansos daerah yang disetujui dalam musyawarah ini.',
          italics: true,
          alignment: 'center',
          margin: [0, 12, 0, 12],
        }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [20, 100, 80, 80, '*', 34, 80, 80, 90],
            body: [
              [
                'No',
                'Nama',
                'NIK',
                'No. KK',
                'Alamat',
                'RT/RW',
                'Jenis usulan',
                'Keputusan',
                'Bantuan pusat diterima',
              ].map(th),
              ...body,
            ],
          },
          fontSize: 8,
        },
    {
      text: `Jumlah: ${entries.length} keluarga.`,
      margin: [0, 6, 0, 0],
    },
    {
      columns: [
        { text: '', width: '*' },
        {
          width: 260,
          stack: [
            signatureBlock({
              above: [
                `${placeName(identity)}, ${longDate(meeting.date)}`,
                `${officeTitle(chair?.jabatan ?? 'Lurah', identity)},`,
              ],
              nama: chair?.nama ?? '',
              below: chairLines(chair),
            }),
          ],
        },
      ],
      margin: [0, 16, 0, 0],
    },
  ];
  const definition: PdfDocument['definition'] = {
    pageSize: PAPER_SIZES[input.paper] as TDocumentDefinitions['pageSize'],
    pageOrientation: 'landscape',
    pageMargins: margins,
    info: {
      title: `Daftar usulan bansos daerah ${identity.namaKelurahan} ${meeting.number}`,
      subject: `Bansos daerah periode ${meeting.period}`,
      creator: 'DTKS Kelurahan',
    },
    defaultStyle: { fontSize: 10, lineHeight: 1.15 },
    content,
  };
  return { definition, footer: { left: meeting.contentHash ?? '', pageNumbers: true } };
}
