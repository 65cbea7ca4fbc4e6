import type { Content } from 'pdfmake/interfaces';
import type { KelurahanIdentity } from '../domain/core/settings';
import { formatLongDate, LETTER_MARGINS, letterhead } from './letterhead';
import { PAPER_SIZES } from './pdf-document';
import type { PaperSize, PdfDocument } from './pdf-document';

export type PublicKeySheetInput = {
  identity: KelurahanIdentity;
  paperSize: PaperSize;
  fingerprint: string;
  /** The DTKSKEY1 text another office imports. */
  publicKeyText: string;
  /** QR of publicKeyText, made by the caller. */
  qrDataUrl: string;
  /** YYYY-MM-DD the key was created. */
  createdOn: string;
  /** YYYY-MM-DD printed. */
  printedOn: string;
};

/**
 * The page the office hands to the Dinsos: the fingerprint to compare by
 * eye, and the full public key (text and QR) to import for offline checks.
 */
export function buildPublicKeySheet(input: PublicKeySheetInput): PdfDocument {
  const { identity } = input;
  const content: Content[] = [
    ...letterhead(identity, { paper: input.paperSize, margins: LETTER_MARGINS }),
    {
      text: 'KUNCI PUBLIK TANDA TANGAN SURAT',
      bold: true,
      fontSize: 13,
      decoration: 'underline',
      alignment: 'center',
      margin: [0, 6, 0, 12],
    },
    {
      text:
        `Surat keterangan yang diterbitkan Kelurahan ${identity.namaKelurahan} memuat kode QR ` +
        'bertanda tangan digital (Ed25519). Keaslian surat dapat diperiksa tanpa internet ' +
        'dengan kunci publik di bawah ini. Cocokkan sidik jari kunci dengan yang tampil di ' +
        'aplikasi pemeriksa.',
      alignment: 'justify',
      margin: [0, 0, 0, 12],
    },
    {
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
      table: {
        widths: [150, 8, '*'],
        body: [
          [
            'Kelurahan',
            ':',
            `${identity.namaKelurahan}, Kecamatan ${identity.kecamatan}, ${identity.kota}`,
          ],
          ['Kode wilayah', ':', identity.kodeWilayah],
          ['Sidik jari kunci', ':', { text: input.fingerprint, bold: true, fontSize: 14 }],
          ['Kunci dibuat', ':', formatLongDate(input.createdOn)],
          ['Dicetak', ':', formatLongDate(input.printedOn)],
        ],
      },
    },
    { text: 'Kunci publik lengkap (untuk diimpor):', margin: [0, 0, 0, 4] },
    { text: input.publicKeyText, fontSize: 9, margin: [0, 0, 0, 12] },
    { image: input.qrDataUrl, fit: [140, 140], alignment: 'center' },
    {
      text:
        'Kunci rahasia pasangannya tidak pernah keluar dari komputer kantor kelurahan. ' +
        'Jika sidik jari pada surat berbeda dengan lembar ini, hubungi kantor kelurahan.',
      fontSize: 9,
      color: '#444444',
      margin: [0, 12, 0, 0],
    },
  ];
  return {
    definition: {
      pageSize: PAPER_SIZES[input.paperSize],
      pageMargins: LETTER_MARGINS,
      info: { title: `Kunci publik ${identity.namaKelurahan}` },
      defaultStyle: { fontSize: 11, lineHeight: 1.15 },
      content,
    },
  };
}
