import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatNip } from '../domain/core/nip';
import { decisionCounts } from './berita-acara';
import {
  lampiranHeading,
  longDate,
  meetingRegime,
  officeTitle,
  meetingFooter,
  PAGE_MARGINS,
  placeName,
  resultTable,
  signatureBlock,
  terbilang,
} from './musyawarah-common';
import type { MeetingReportInput } from './musyawarah-common';
import { letterhead } from './letterhead';
import { PAPER_SIZES } from './pdf-document';
import type { PdfDocument } from './pdf-document';

export const SPTJM_TITLE = 'SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK';

const para = (text: string): Content => ({ text, alignment: 'justify', margin: [0, 0, 0, 6] });

/**
 * The statement of absolute responsibility the Lurah signs where, since DTSEN,
 * it stands in for the musyawarah (domain.md §1.3). The decisions and their
 * list are the same as in the minutes; the attendance is not part of it.
 */
export function buildSptjm(input: MeetingReportInput): PdfDocument {
  const { identity, meeting, chair, rows } = input;
  const title = officeTitle(chair?.jabatan ?? 'Lurah', identity);
  const hash = meeting.contentHash ?? '';
  const regime = meetingRegime(input);
  const family = (n: number) => `${n} (${terbilang(n)}) keluarga`;
  // Each kind of proposal in its own words, as in the minutes' counts (domain.md §1 step 3):
  // a removal approved is "disetujui dinonaktifkan", a prelist family kept is "tetap",
  // never "layak". Ditunda is one count for all kinds.
  const counts = decisionCounts(rows, regime.dataName);
  const total = counts.at(-1) ?? { layak: 0, tidak_layak: 0, ditunda: 0, total: 0 };
  const perKind = counts.flatMap((row) =>
    row.words
      ? [
          `${row.label.charAt(0).toLowerCase()}${row.label.slice(1)}: ${row.words.layak.toLowerCase()} ${family(row.layak)}, ${row.words.tidak_layak.toLowerCase()} ${family(row.tidak_layak)}`,
        ]
      : [],
  );
  const outcome =
    perKind.length > 0
      ? `Hasil verifikasi dan validasi tersebut: ${perKind.join('; ')}; dan ditunda untuk diverifikasi ulang ${family(total.ditunda)}.`
      : `Hasil verifikasi dan validasi tersebut: tidak ada keluarga yang diputuskan.`;

  const identityTable: Content = {
    table: {
      widths: [110, 8, '*'],
      body: [
        ['Nama', ':', chair?.nama ?? ''],
        ['NIP', ':', chair?.nip ? formatNip(chair.nip) : '-'],
        ['Pangkat/Golongan', ':', chair?.pangkatGolongan || '-'],
        ['Jabatan', ':', `${title}, Kecamatan ${identity.kecamatan}, ${identity.kota}`],
      ],
    },
    layout: 'noBorders',
    margin: [16, 0, 0, 8],
  };

  const statements = [
    `Data usulan pemutakhiran ${regime.dataFullName} (${regime.dataName}) Kelurahan ${identity.namaKelurahan} periode ${meeting.period} sebanyak ${family(rows.length)} sebagaimana tercantum dalam lampiran surat pernyataan ini telah diverifikasi dan divalidasi sesuai dengan ${regime.sptjmBasis}.`,
    outcome,
    'Surat pernyataan ini dibuat sebagai pengesahan hasil verifikasi dan validasi pengganti Berita Acara Musyawarah Kelurahan.',
    'Apabila di kemudian hari terdapat ketidaksesuaian data, saya bertanggung jawab sepenuhnya dan bersedia menerima sanksi sesuai dengan ketentuan peraturan perundang-undangan.',
  ];

  const content: Content[] = [
    ...letterhead(identity, { paper: input.paper, margins: PAGE_MARGINS }),
    { text: SPTJM_TITLE, bold: true, fontSize: 13, alignment: 'center', decoration: 'underline' },
    { text: `Nomor: ${meeting.number}`, alignment: 'center', margin: [0, 2, 0, 12] },
    para('Yang bertanda tangan di bawah ini:'),
    identityTable,
    para('dengan ini menyatakan dengan sesungguhnya bahwa:'),
    {
      ol: statements.map((text) => ({ text, alignment: 'justify', margin: [0, 0, 0, 3] })),
      margin: [0, 0, 0, 6],
    },
    {
      text: ['Kode hash keputusan (SHA-256): ', { text: hash, bold: true, fontSize: 8.5 }],
      margin: [0, 2, 0, 6],
    },
    para(
      'Demikian surat pernyataan ini saya buat dengan sebenarnya, dalam keadaan sadar dan tanpa paksaan dari pihak mana pun, untuk dipergunakan sebagaimana mestinya.',
    ),
    {
      columns: [
        { text: '', width: '*' },
        {
          width: 230,
          stack: [
            signatureBlock({
              above: [
                `${placeName(identity)}, ${longDate(meeting.date)}`,
                'Yang membuat pernyataan,',
                `${title},`,
              ],
              nama: chair?.nama ?? '',
              below: chair?.nip ? [`NIP ${formatNip(chair.nip)}`] : [],
              space: {
                text: 'Meterai\nRp10.000',
                fontSize: 7,
                color: '#777777',
                margin: [0, 14, 0, 24],
              },
            }),
          ],
        },
      ],
      margin: [0, 12, 0, 0],
    },
    { text: '', pageBreak: 'before', pageOrientation: 'landscape' },
    lampiranHeading({
      label: 'LAMPIRAN',
      meeting,
      docName: 'Surat Pernyataan Tanggung Jawab Mutlak',
    }),
    {
      text: `DAFTAR HASIL VERIFIKASI DAN VALIDASI ${regime.dataName} KELURAHAN ${identity.namaKelurahan.toUpperCase()} PERIODE ${meeting.period.toUpperCase()}`,
      bold: true,
      alignment: 'center',
      margin: [0, 0, 0, 6],
    },
    resultTable(rows, input.nikMode, regime.dataName),
  ];

  const definition: PdfDocument['definition'] = {
    pageSize: PAPER_SIZES[input.paper] as TDocumentDefinitions['pageSize'],
    pageMargins: PAGE_MARGINS,
    info: {
      title: `SPTJM Lurah ${identity.namaKelurahan} ${meeting.number}`,
      subject: `Pemutakhiran ${regime.dataName} periode ${meeting.period}`,
      creator: 'DTKS Kelurahan',
    },
    defaultStyle: { fontSize: 10.5, lineHeight: 1.15 },
    content,
  };
  return { definition, footer: meetingFooter(hash, input.nikMode) };
}
