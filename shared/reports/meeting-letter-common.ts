import type { Content, TableCell } from 'pdfmake/interfaces';
import type { LetterSigner, MeetingLetter } from '../domain/core/entities';
import { formatNip } from '../domain/core/nip';
import type { KelurahanIdentity } from '../domain/core/settings';
import { formatLongDate, LETTER_MARGINS, letterhead, placeName } from './letterhead';
import type { PaperSize } from './pdf-document';
import { signerHeading } from './sktm';

/**
 * Pieces the letters around the musyawarah share (undangan, pengumuman, surat
 * pengantar): the one letterhead, the Nomor/Sifat/Lampiran/Perihal block of a
 * surat dinas, and the signature block with the same a.n./u.b. and Plt./Plh.
 * rules as the SKTM (shared/reports/sktm.ts).
 */

export type LetterFacts = Pick<
  MeetingLetter,
  'number' | 'date' | 'signer' | 'status' | 'cancelReason'
>;

export const BODY_SIZE = 11;

export const para = (text: string | Content[], margin = 6): Content => ({
  text: text as string,
  alignment: 'justify',
  margin: [0, 0, 0, margin],
});

/** A key : value table without borders, as letters print their facts. */
export function factTable(
  rows: readonly (readonly [string, string | Content])[],
  left = 0,
): Content {
  return {
    table: {
      widths: [90, 8, '*'],
      body: rows.map(([label, value]): TableCell[] => [label, ':', value as TableCell]),
    },
    layout: 'noBorders',
    margin: [left, 0, 0, 8],
  };
}

export function letterTop(identity: KelurahanIdentity, paper: PaperSize): Content[] {
  return letterhead(identity, { paper, margins: LETTER_MARGINS });
}

/** "Palangka Raya, 5 Desember 2026" at the right, then the number block and the address. */
export function surdinHeader(input: {
  identity: KelurahanIdentity;
  letter: LetterFacts;
  sifat: string;
  lampiran: string;
  perihal: string;
  kepada: string[];
}): Content[] {
  const { identity, letter } = input;
  return [
    {
      text: `${placeName(identity)}, ${formatLongDate(letter.date)}`,
      alignment: 'right',
      margin: [0, 0, 0, 8],
    },
    {
      columns: [
        {
          width: '*',
          table: {
            widths: [56, 6, '*'],
            body: [
              ['Nomor', ':', letter.number],
              ['Sifat', ':', input.sifat],
              ['Lampiran', ':', input.lampiran],
              ['Perihal', ':', { text: input.perihal, bold: true }],
            ],
          },
          layout: 'noBorders',
        },
        {
          width: 200,
          stack: [
            'Kepada',
            ...input.kepada.map((line, index) => (index === 0 ? `Yth. ${line}` : line)),
            'di-',
            { text: 'Tempat', margin: [16, 0, 0, 0] },
          ],
        },
      ],
      columnGap: 12,
      margin: [0, 0, 0, 14],
    },
  ];
}

/** The signer block at the right: heading lines, space for the signature and stamp, name, rank, NIP. */
export function signerBlock(signer: LetterSigner, identity: KelurahanIdentity): Content {
  return {
    columns: [
      { text: '', width: '*' },
      {
        width: 240,
        unbreakable: true,
        alignment: 'center',
        stack: [
          ...signerHeading(signer, identity).map((text) => ({ text })),
          { text: ' ', margin: [0, 0, 0, 52] },
          { text: signer.nama, bold: true, decoration: 'underline' },
          ...(signer.pangkatGolongan ? [{ text: signer.pangkatGolongan }] : []),
          ...(signer.nip ? [{ text: `NIP ${formatNip(signer.nip)}` }] : []),
        ],
      },
    ],
    margin: [0, 12, 0, 0],
  };
}

/** A cancelled letter reprinted says so across the page and under the title. */
export function cancelledMarks(letter: LetterFacts): {
  watermark?: { text: string; color: string; opacity: number; bold: boolean };
  notice: Content[];
} {
  if (letter.status !== 'batal') return { notice: [] };
  return {
    watermark: { text: 'BATAL', color: '#cc0000', opacity: 0.18, bold: true },
    notice: [
      {
        text: `SURAT INI TELAH DIBATALKAN${letter.cancelReason ? `: ${letter.cancelReason}` : ''}`,
        color: '#cc0000',
        bold: true,
        alignment: 'center',
        margin: [0, 0, 0, 8],
      },
    ],
  };
}
