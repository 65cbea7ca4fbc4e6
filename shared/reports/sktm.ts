import type { Column, Content, TableCell } from 'pdfmake/interfaces';
import type { Letter, LetterSigner } from '../domain/core/entities';
import { formatNip } from '../domain/core/nip';
import type { KelurahanIdentity } from '../domain/core/settings';
import { lurahStanding, normalizeLurahTitle } from '../domain/core/signer';
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
    | 'textVersion'
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

/** "Lurah" → "Lurah Pahandut", "Plt. Lurah" → "Plt. Lurah Pahandut"; a title already naming it is kept. */
function lurahTitle(jabatan: string, identity: KelurahanIdentity): string {
  const title = normalizeLurahTitle(jabatan);
  return /lurah$/i.test(title) ? `${title} ${identity.namaKelurahan}` : title;
}

/**
 * The signer's own title as the opening names it: "Sekretaris Kelurahan Pahandut",
 * "Kasi Kesejahteraan Sosial Kelurahan Pahandut".
 */
export function signerOwnTitle(jabatan: string, identity: KelurahanIdentity): string {
  const title = jabatan.trim();
  if (/kelurahan$/i.test(title)) return `${title} ${identity.namaKelurahan}`;
  if (/kelurahan/i.test(title) || lurahStanding(title)) return lurahTitle(title, identity);
  return `${title} Kelurahan ${identity.namaKelurahan}`;
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
  const standing = lurahStanding(signer.jabatan);
  if (standing) {
    // "Plt. LURAH PAHANDUT,": the prefix keeps its own spelling above the capitals.
    const prefix = standing === 'plt' ? 'Plt. ' : standing === 'plh' ? 'Plh. ' : '';
    const title = lurahTitle(signer.jabatan, identity).replace(/^(plt|plh)\.\s*/i, '');
    return [`${prefix}${title.toUpperCase()},`];
  }
  return [`${signer.jabatan},`];
}

/** The heading as letters issued before textVersion 2 printed it, so their reprints match. */
function legacySignerHeading(signer: LetterSigner, identity: KelurahanIdentity): string[] {
  if (signer.delegation !== '') return signerHeading(signer, identity);
  const principal = (signer.onBehalfOf ?? `Lurah ${identity.namaKelurahan}`).toUpperCase();
  return /^lurah$/i.test(signer.jabatan.trim()) ? [`${principal},`] : [`${signer.jabatan},`];
}

/**
 * "Yang bertanda tangan di bawah ini, Lurah Pahandut, Kecamatan …" names the one who
 * actually signs: the Lurah (or a Plt./Plh. Lurah) by title, or, for someone signing
 * for the Lurah, "a.n. Lurah Pahandut, Sekretaris Kelurahan Pahandut".
 */
export function sktmOpening(signer: LetterSigner, identity: KelurahanIdentity): string {
  const place = `Kecamatan ${identity.kecamatan}, ${identity.kota}`;
  const who =
    signer.delegation === ''
      ? lurahStanding(signer.jabatan)
        ? lurahTitle(signer.jabatan, identity)
        : signerOwnTitle(signer.jabatan, identity)
      : `a.n. ${signer.onBehalfOf ?? `Lurah ${identity.namaKelurahan}`}, ${signerOwnTitle(signer.jabatan, identity)}`;
  return `Yang bertanda tangan di bawah ini, ${who}, ${place}, menerangkan bahwa:`;
}

/** The statement under the identity block (domain.md §5.5), on the strength of the RT/RW letter. */
export function sktmStatement(
  coverLetter: { nomor: string; tanggal: string },
  identity: KelurahanIdentity,
): string {
  return (
    `Berdasarkan Surat Pengantar Ketua RT/RW Nomor ${coverLetter.nomor} tanggal ` +
    `${formatLongDate(coverLetter.tanggal)}, nama tersebut di atas benar penduduk ` +
    `Kelurahan ${identity.namaKelurahan} dan menurut sepengetahuan kami yang bersangkutan ` +
    `beserta keluarganya tergolong keluarga tidak mampu.`
  );
}

/**
 * Under the QR: how to check the letter with the app, and without it (a school or
 * hospital can phone the office with the letter's number).
 */
export function qrCaption(identity: KelurahanIdentity): string {
  const office = `Kantor Kelurahan ${identity.namaKelurahan}`;
  const contact = identity.telepon ? `${office}, telepon ${identity.telepon}` : office;
  return (
    'Pindai kode QR ini untuk memeriksa keaslian surat tanpa internet. ' +
    `Tanpa aplikasi: tanyakan ke ${contact}, dengan menyebut nomor surat.`
  );
}

/** The identity block in domain.md §5.4's order; fields an older letter never printed stay off. */
export function identityRows(subject: SktmDocumentInput['letter']['subject']): [string, string][] {
  const s = subject;
  const rows: ([string, string] | undefined)[] = [
    ['Nama', s.nama],
    ['NIK', s.nik],
    ['Tempat/Tanggal Lahir', `${s.tempatLahir}, ${formatLongDate(s.tanggalLahir)}`],
    ['Jenis Kelamin', SEX_LABEL[s.jenisKelamin]],
    s.kewarganegaraan ? ['Kewarganegaraan', s.kewarganegaraan] : undefined,
    ['Agama', s.agama],
    s.statusKawin ? ['Status Perkawinan', s.statusKawin] : undefined,
    ['Pekerjaan', s.pekerjaan],
    ['Alamat', s.alamat],
    s.noKk ? ['No. KK', s.noKk] : undefined,
  ];
  return rows.filter((row) => row !== undefined);
}

function identityTable(letter: SktmDocumentInput['letter']): Content {
  const rows = identityRows(letter.subject);
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
      ...(letter.textVersion === 2
        ? signerHeading(signer, identity)
        : legacySignerHeading(signer, identity)),
      { text: '', margin: [0, 0, 0, 52] },
      { text: signer.nama, bold: true, decoration: 'underline' },
      ...(signer.pangkatGolongan ? [signer.pangkatGolongan] : []),
      ...(signer.nip ? [`NIP ${formatNip(signer.nip)}`] : []),
    ],
  };
  const left: Column = input.qrDataUrl
    ? {
        width: '*',
        stack: [
          { image: input.qrDataUrl, fit: [88, 88] },
          {
            text: qrCaption(identity),
            fontSize: 7,
            color: '#444444',
            margin: [0, 2, 40, 0],
          },
        ],
      }
    : { width: '*', text: '' };
  return { columns: [left, right], columnGap: 12, margin: [0, 6, 0, 0], unbreakable: true };
}

/** The SKTM as domain.md §5 lays it out, on A4 or F4, always one page for a normal family. */
export function buildSktmDocument(input: SktmDocumentInput): PdfDocument {
  const { letter, identity, paperSize } = input;
  // A letter issued before the wording changed is printed again as it was issued.
  const current = letter.textVersion === 2;
  const opening = current
    ? sktmOpening(letter.signer, identity)
    : `Yang bertanda tangan di bawah ini, Lurah ${identity.namaKelurahan}, ` +
      `Kecamatan ${identity.kecamatan}, ${identity.kota}, menerangkan bahwa:`;
  const statement = current
    ? sktmStatement(letter.coverLetter, identity)
    : `Berdasarkan Surat Pengantar Ketua RT/RW Nomor ${letter.coverLetter.nomor} tanggal ` +
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
    ...letterhead(identity, { paper: paperSize, margins: LETTER_MARGINS }),
    {
      text: SKTM_TITLE,
      bold: true,
      fontSize: 13,
      decoration: 'underline',
      alignment: 'center',
      margin: [0, 4, 0, 0],
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
      defaultStyle: { fontSize: 11, lineHeight: 1.1 },
      ...(watermark && { watermark }),
      content,
    },
  };
}
