import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import type { Letter, LetterSigner } from '../domain/entities';
import { formatNip } from '../domain/nip';
import type { KelurahanIdentity } from '../domain/settings';
import { formatLongDate, LETTER_MARGINS, letterhead, placeName } from './letterhead';
import { PAPER_SIZES } from './pdf-document';
import type { PaperSize, PdfDocument } from './pdf-document';

export const SKTM_TITLE = 'SURAT KETERANGAN TIDAK MAMPU';

export type SktmDocumentInput = {
  letter: Pick<
    Letter,
    | 'number'
    | 'date'
    | 'subject'
    | 'dependants'
    | 'purpose'
    | 'coverLetter'
    | 'validUntil'
    | 'signer'
    | 'status'
    | 'cancelReason'
  >;
  identity: KelurahanIdentity;
  paperSize: PaperSize;
  /** PNG data URL of the QR code, made by the caller (qrcode needs a canvas or Node). */
  qrDataUrl?: string;
  /** Printed across the page for previews: nothing issued yet. */
  draft?: boolean;
};

const SEX_LABEL = { L: 'Laki-laki', P: 'Perempuan' } as const;

/** '2015-04-15' → '15-04-2015': keeps each dependant on one table line. */
function shortDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

/** The lines above the signature, as Indonesian official letters print them. */
export function signerHeading(signer: LetterSigner, identity: KelurahanIdentity): string[] {
  const principal = (signer.onBehalfOf ?? `Lurah ${identity.namaKelurahan}`).toUpperCase();
  if (signer.delegation === 'a.n.') return [`a.n. ${principal}`, `${signer.jabatan},`];
  if (signer.delegation === 'u.b.') {
    return [
      `a.n. ${principal}`,
      signer.via ?? 'Sekretaris Kelurahan',
      'u.b.',
      `${signer.jabatan},`,
    ];
  }
  if (/^lurah$/i.test(signer.jabatan.trim())) return [`${principal},`];
  return [`${signer.jabatan},`];
}

function identityTable(letter: SktmDocumentInput['letter']): Content {
  const s = letter.subject;
  const rows: [string, string][] = [
    ['Nama', s.nama],
    ['NIK', s.nik],
    ['Tempat/Tanggal Lahir', `${s.tempatLahir}, ${formatLongDate(s.tanggalLahir)}`],
    ['Jenis Kelamin', SEX_LABEL[s.jenisKelamin]],
    ['Agama', s.agama],
    ['Pekerjaan', s.pekerjaan],
    ['Alamat', s.alamat],
  ];
  return {
    margin: [24, 4, 0, 6],
    layout: 'noBorders',
    table: {
      widths: [120, 8, '*'],
      body: rows.map(([label, value], index): TableCell[] => [
        { text: label },
        { text: ':' },
        { text: value, bold: index === 0 },
      ]),
    },
  };
}

function dependantsTable(letter: SktmDocumentInput['letter']): Content[] {
  if (letter.dependants.length === 0) return [];
  const header = ['No', 'NIK', 'Nama', 'L/P', 'Tempat/Tgl Lahir', 'Hubungan'].map(
    (text): TableCell => ({ text, bold: true, fillColor: '#eeeeee', alignment: 'center' }),
  );
  const body: TableCell[][] = letter.dependants.map((d, index) => [
    { text: String(index + 1), alignment: 'center' },
    { text: d.nik },
    { text: d.nama },
    { text: d.jenisKelamin, alignment: 'center' },
    { text: `${d.tempatLahir}, ${shortDate(d.tanggalLahir)}` },
    { text: d.shdk },
  ]);
  return [
    {
      text: 'Surat keterangan ini berlaku pula bagi anggota keluarga yang menjadi tanggungannya:',
      margin: [0, 0, 0, 4],
    },
    {
      fontSize: 9,
      margin: [0, 0, 0, 8],
      // The default grid: a custom layout would need functions, which cannot reach the worker.
      table: { headerRows: 1, widths: [18, 88, '*', 22, 122, 60], body: [header, ...body] },
    },
  ];
}

function signatureBlock(input: SktmDocumentInput): Content {
  const { letter, identity } = input;
  const signer = letter.signer;
  const right: Column = {
    width: 230,
    stack: [
      `${placeName(identity)}, ${formatLongDate(letter.date)}`,
      ...signerHeading(signer, identity),
      { text: '', margin: [0, 0, 0, 58] },
      { text: signer.nama, bold: true, decoration: 'underline' },
      ...(signer.pangkatGolongan ? [signer.pangkatGolongan] : []),
      ...(signer.nip ? [`NIP ${formatNip(signer.nip)}`] : []),
    ],
  };
  const left: Column = input.qrDataUrl
    ? {
        width: '*',
        stack: [
          { image: input.qrDataUrl, fit: [92, 92] },
          {
            text: 'Pindai kode QR ini untuk memeriksa keaslian surat tanpa internet.',
            fontSize: 7,
            color: '#444444',
            margin: [0, 2, 120, 0],
          },
        ],
      }
    : { width: '*', text: '' };
  return { columns: [left, right], columnGap: 12, margin: [0, 10, 0, 0], unbreakable: true };
}

/** The SKTM as domain.md §5 lays it out, on A4 or F4, always one page for a normal family. */
export function buildSktmDocument(input: SktmDocumentInput): PdfDocument {
  const { letter, identity, paperSize } = input;
  const opening =
    `Yang bertanda tangan di bawah ini, Lurah ${identity.namaKelurahan}, ` +
    `Kecamatan ${identity.kecamatan}, ${identity.kota}, menerangkan bahwa:`;
  const statement =
    `Berdasarkan Surat Pengantar Ketua RT/RW Nomor ${letter.coverLetter.nomor} tanggal ` +
    `${formatLongDate(letter.coverLetter.tanggal)}, nama tersebut di atas benar penduduk ` +
    `Kelurahan ${identity.namaKelurahan} dan menurut sepengetahuan kami beserta keluarganya ` +
    `tergolong keluarga tidak mampu.`;
  const watermark =
    letter.status === 'batal'
      ? { text: 'BATAL', color: '#cc0000', opacity: 0.18, bold: true }
      : input.draft
        ? { text: 'CONTOH', color: '#888888', opacity: 0.15, bold: true }
        : undefined;

  const content: Content[] = [
    ...letterhead(identity, paperSize),
    {
      text: SKTM_TITLE,
      bold: true,
      fontSize: 13,
      decoration: 'underline',
      alignment: 'center',
      margin: [0, 14, 0, 0],
    },
    { text: `Nomor: ${letter.number}`, alignment: 'center', margin: [0, 2, 0, 14] },
    ...(letter.status === 'batal'
      ? [
          {
            text: `SURAT INI TELAH DIBATALKAN${letter.cancelReason ? `: ${letter.cancelReason}` : ''}`,
            color: '#cc0000',
            bold: true,
            alignment: 'center',
            margin: [0, -8, 0, 10],
          } satisfies Content,
        ]
      : []),
    { text: opening, alignment: 'justify' },
    identityTable(letter),
    { text: statement, alignment: 'justify', margin: [0, 0, 0, 8] },
    ...dependantsTable(letter),
    {
      text: [
        'Surat keterangan ini dibuat untuk keperluan ',
        { text: letter.purpose, bold: true },
        ` dan berlaku sampai dengan tanggal ${formatLongDate(letter.validUntil)}.`,
      ],
      // Justified text would stretch "pendidikan/ beasiswa" apart at the slash.
      alignment: 'left',
      margin: [0, 0, 0, 8],
    },
    {
      text: 'Demikian surat keterangan ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.',
      alignment: 'justify',
    },
    signatureBlock(input),
  ];

  return {
    definition: {
      pageSize: PAPER_SIZES[paperSize],
      pageMargins: LETTER_MARGINS,
      info: { title: `${SKTM_TITLE} ${letter.number}`, subject: 'SKTM' },
      defaultStyle: { fontSize: 11, lineHeight: 1.15 },
      ...(watermark && { watermark }),
      content,
    },
  };
}
