import type { Column, Content } from 'pdfmake/interfaces';
import { MONTHS_ID } from '../domain/settings';
import type { KelurahanIdentity } from '../domain/settings';
import { PAPER_SIZES } from './pdf-document';
import type { PaperSize } from './pdf-document';

/** 2 cm side margins, the usual for official letters. */
export const LETTER_MARGINS: [number, number, number, number] = [57, 34, 57, 40];

export function pageWidth(paper: PaperSize): number {
  const size = PAPER_SIZES[paper];
  return typeof size === 'string' ? 595.28 : size.width;
}

export function contentWidth(paper: PaperSize): number {
  return pageWidth(paper) - LETTER_MARGINS[0] - LETTER_MARGINS[2];
}

/** '2026-11-27' → '27 November 2026'. Anything else is returned as given. */
export function formatLongDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS_ID[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** "Kota Palangka Raya" → "PEMERINTAH KOTA PALANGKA RAYA". */
export function governmentLine(kota: string): string {
  return `PEMERINTAH ${kota.trim().toUpperCase()}`;
}

/** Where letters are dated: the city without its "Kota"/"Kabupaten" prefix. */
export function placeName(identity: KelurahanIdentity): string {
  return identity.kota.replace(/^(kota|kabupaten|kab\.)\s+/i, '').trim();
}

function contactLines(identity: KelurahanIdentity): string[] {
  const first = [identity.alamatKantor, identity.telepon && `Telepon ${identity.telepon}`]
    .filter(Boolean)
    .join(', ');
  const second = [
    identity.email && `Email: ${identity.email}`,
    identity.kodePos && `Kode Pos ${identity.kodePos}`,
  ]
    .filter(Boolean)
    .join('  ');
  return [first, second].filter(Boolean);
}

/**
 * Kop surat: logo at the left, the three levels of government centred in
 * capitals, the office address under them, and the double rule (a thick line
 * over a thin one) across the full text width.
 */
export function letterhead(identity: KelurahanIdentity, paper: PaperSize): Content[] {
  const width = contentWidth(paper);
  const logoSize = 62;
  const logo: Column = identity.logoDataUrl
    ? { image: identity.logoDataUrl, fit: [logoSize, logoSize], width: logoSize }
    : { text: '', width: logoSize };
  const lines: Column = {
    width: '*',
    alignment: 'center',
    stack: [
      { text: governmentLine(identity.kota), fontSize: 13, bold: true },
      { text: `KECAMATAN ${identity.kecamatan.toUpperCase()}`, fontSize: 13, bold: true },
      {
        text: `KELURAHAN ${identity.namaKelurahan.toUpperCase()}`,
        fontSize: 16,
        bold: true,
        margin: [0, 1, 0, 2],
      },
      ...contactLines(identity).map((text): Content => ({ text, fontSize: 9 })),
    ],
  };
  return [
    { columns: [logo, lines, { text: '', width: logoSize }], columnGap: 8 },
    {
      margin: [0, 6, 0, 0],
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 2.5 },
        { type: 'line', x1: 0, y1: 3.5, x2: width, y2: 3.5, lineWidth: 0.75 },
      ],
    },
  ];
}
