import type { Column, Content } from 'pdfmake/interfaces';
import type { KelurahanIdentity } from '../domain/core/settings';
import { PAPER_SIZES } from './pdf-document';
import type { PaperSize } from './pdf-document';
import { formatTanggal } from '../domain/core/tanggal';

/** 2 cm side margins, the usual for official letters. */
export const LETTER_MARGINS: [number, number, number, number] = [57, 34, 57, 40];

export function pageWidth(paper: PaperSize): number {
  const size = PAPER_SIZES[paper];
  return typeof size === 'string' ? 595.28 : size.width;
}

/** '2026-11-27' → '27 November 2026': the app's one date formatter, on paper too. */
export const formatLongDate = formatTanggal;

/** "Kota Palangka Raya" → "PEMERINTAH KOTA PALANGKA RAYA". */
export function governmentLine(kota: string): string {
  return `PEMERINTAH ${kota.trim().toUpperCase()}`;
}

/** Where letters are dated: the city without its "Kota"/"Kabupaten" prefix. */
export function placeName(identity: KelurahanIdentity): string {
  return identity.kota.replace(/^(kota|kabupaten|kab\.)\s+/i, '').trim();
}

/** The office's contact lines under its name, in the words of official letterheads. */
export function contactLines(identity: KelurahanIdentity): string[] {
  const first = [identity.alamatKantor, identity.telepon && `Telepon ${identity.telepon}`]
    .filter(Boolean)
    .join(', ');
  const second = [
    identity.email && `Pos-el ${identity.email}`,
    identity.kodePos && `Kode Pos ${identity.kodePos}`,
  ]
    .filter(Boolean)
    .join(', ');
  return [first, second].filter(Boolean);
}

/** Sizes every letterhead shares, so the SKTM, the minutes, the SPTJM and the recap match. */
export const LETTERHEAD_STYLE = {
  logoSize: 62,
  governmentSize: 13,
  officeSize: 16,
  contactSize: 9,
  thickRule: 2.5,
  thinRule: 0.75,
} as const;

/**
 * Kop surat, the one builder every document uses: logo at the left (and an empty
 * column of the same width at the right, so the text stays centred on the page),
 * the three levels of government centred in capitals, the office address under
 * them, and the double rule (a thick line over a thin one) across the text width.
 */
export function letterhead(
  identity: KelurahanIdentity,
  page: { paper: PaperSize; margins: readonly [number, number, number, number] },
): Content[] {
  const width = pageWidth(page.paper) - page.margins[0] - page.margins[2];
  const style = LETTERHEAD_STYLE;
  const logo: Column = identity.logoDataUrl
    ? { image: identity.logoDataUrl, fit: [style.logoSize, style.logoSize], width: style.logoSize }
    : { text: '', width: style.logoSize };
  const lines: Column = {
    width: '*',
    alignment: 'center',
    stack: [
      { text: governmentLine(identity.kota), fontSize: style.governmentSize, bold: true },
      {
        text: `KECAMATAN ${identity.kecamatan.toUpperCase()}`,
        fontSize: style.governmentSize,
        bold: true,
      },
      {
        text: `KELURAHAN ${identity.namaKelurahan.toUpperCase()}`,
        fontSize: style.officeSize,
        bold: true,
        margin: [0, 1, 0, 2],
      },
      ...contactLines(identity).map((text): Content => ({
        text,
        fontSize: style.contactSize,
        lineHeight: 1.1,
      })),
    ],
  };
  return [
    { columns: [logo, lines, { text: '', width: style.logoSize }], columnGap: 8 },
    {
      margin: [0, 6, 0, 10],
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: style.thickRule },
        { type: 'line', x1: 0, y1: 3.5, x2: width, y2: 3.5, lineWidth: style.thinRule },
      ],
    },
  ];
}
