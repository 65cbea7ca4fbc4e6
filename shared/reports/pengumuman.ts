import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Meeting } from '../domain/core/entities';
import { maskNik } from '../domain/warga/nik';
import { regimeForPeriod } from '../domain/pengaturan/regime';
import type { RegimeChoices } from '../domain/pengaturan/regime';
import type { KelurahanIdentity } from '../domain/core/settings';
import { formatLongDate, LETTER_MARGINS, placeName } from './letterhead';
import { cancelledMarks, letterTop, signerBlock } from './meeting-letter-common';
import type { LetterFacts } from './meeting-letter-common';
import { dayName, lampiranOutcome, longDate } from './musyawarah-common';
import type { ResultRow } from './musyawarah-common';
import { PAPER_SIZES, SECTION_HEADLINE } from './pdf-document';
import type { PdfDocument } from './pdf-document';

/**
 * Pengumuman hasil musyawarah (issue 20.2): the notice for the kelurahan's board.
 * It is public, so it prints only what the wall needs: name, masked NIK, RT/RW, the
 * kind of proposal and the outcome. No reasons, addresses, No. KK, criteria or health.
 * A4 portrait in large type, so it is read standing in front of the board.
 */

export const PENGUMUMAN_TITLE = 'PENGUMUMAN';
export const PENGUMUMAN_SIZE = 13;

export type PengumumanInput = {
  identity: KelurahanIdentity;
  letter: LetterFacts;
  meeting: Pick<Meeting, 'kind' | 'number' | 'period' | 'date'>;
  rows: readonly ResultRow[];
  /** YYYY-MM-DD */
  sanggahUntil: string;
  sanggahPlace: string;
  regimeChoices?: RegimeChoices;
};

export type NoticeLine = { nama: string; nik: string; usulan: string };
export type NoticeGroup = {
  rt: string;
  rw: string;
  outcomes: { outcome: string; lines: NoticeLine[] }[];
};

const byNumber = (a: string, b: string) => a.localeCompare(b, 'id', { numeric: true });

/** Rows grouped by RW, RT, then by outcome; names in alphabetical order; NIK always masked. */
export function noticeGroups(rows: readonly ResultRow[], dataName?: string): NoticeGroup[] {
  const groups = new Map<string, NoticeGroup>();
  for (const row of rows) {
    const { rt, rw } = row.candidate;
    const key = `${rw}/${rt}`;
    const group = groups.get(key) ?? { rt, rw, outcomes: [] };
    groups.set(key, group);
    const outcome = lampiranOutcome(row, dataName);
    let bucket = group.outcomes.find((item) => item.outcome === outcome.outcomeWords);
    if (!bucket) {
      bucket = { outcome: outcome.outcomeWords, lines: [] };
      group.outcomes.push(bucket);
    }
    bucket.lines.push({
      nama: row.candidate.nama,
      nik: maskNik(row.candidate.nik),
      usulan: outcome.kindWords,
    });
  }
  const sorted = [...groups.values()].sort((a, b) => byNumber(a.rw, b.rw) || byNumber(a.rt, b.rt));
  for (const group of sorted) {
    group.outcomes.sort((a, b) => a.outcome.localeCompare(b.outcome, 'id'));
    for (const bucket of group.outcomes) bucket.lines.sort((a, b) => a.nama.localeCompare(b.nama));
  }
  return sorted;
}

export function pengumumanSubject(
  meeting: PengumumanInput['meeting'],
  regimeChoices?: RegimeChoices,
): string {
  const regime = regimeForPeriod(meeting.period, regimeChoices);
  return `Hasil Musyawarah Kelurahan Pemutakhiran ${regime.dataName} Periode ${meeting.period}`;
}

/** The opening: which meeting and which document legitimised the results. */
export function noticeOpening(input: PengumumanInput): string {
  const { meeting, identity } = input;
  const doc = meeting.kind === 'sptjm' ? 'Surat Pernyataan Tanggung Jawab Mutlak' : 'Berita Acara';
  const event =
    meeting.kind === 'sptjm'
      ? `hasil verifikasi dan validasi yang disahkan dengan ${doc} Lurah ${identity.namaKelurahan}`
      : `hasil Musyawarah Kelurahan ${identity.namaKelurahan} pada hari ${dayName(meeting.date)}, ${longDate(meeting.date)}, sebagaimana tercantum dalam ${doc}`;
  return `Berdasarkan ${event} Nomor ${meeting.number}, bersama ini diumumkan hasil pembahasan usulan keluarga sebagai berikut:`;
}

/** How to object and until when: the reason the notice hangs on the board. */
export function sanggahText(input: Pick<PengumumanInput, 'sanggahUntil' | 'sanggahPlace'>): string {
  return (
    `Warga yang berkeberatan atas hasil ini, atau mengetahui keluarga yang lebih berhak, dapat ` +
    `mengajukan sanggahan secara tertulis kepada Lurah melalui ${input.sanggahPlace} paling lambat ` +
    `hari ${dayName(input.sanggahUntil)}, ${formatLongDate(input.sanggahUntil)}, dengan membawa KTP ` +
    `dan Kartu Keluarga. Sanggahan juga dapat diajukan sendiri melalui aplikasi Cek Bansos ` +
    `(menu Usul Sanggah).`
  );
}

/**
 * One table per RT/RW and outcome. Its heading is the table's first header row, so it
 * never stands alone at the foot of a page and is repeated on the next one.
 */
function groupContent(group: NoticeGroup): Content[] {
  const none: [boolean, boolean, boolean, boolean] = [false, false, false, false];
  return group.outcomes.map((bucket): Content => ({
    margin: [0, 8, 0, 0],
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [26, '*', 140, 130],
      body: [
        [
          {
            colSpan: 4,
            border: none,
            margin: [-4, 0, 0, 2],
            text: [
              {
                text: `RW ${group.rw} / RT ${group.rt}`,
                bold: true,
                fontSize: PENGUMUMAN_SIZE + 2,
              },
              { text: `   ${bucket.outcome} (${bucket.lines.length} keluarga)`, bold: true },
            ],
          },
          '',
          '',
          '',
        ],
        ['No', 'Nama', 'NIK', 'Usulan'].map((text): TableCell => ({
          text,
          bold: true,
          fillColor: '#e9ecef',
        })),
        ...bucket.lines.map((line, index): TableCell[] => [
          { text: String(index + 1), alignment: 'right' },
          line.nama,
          line.nik,
          line.usulan,
        ]),
      ],
    },
  }));
}

export function buildPengumuman(input: PengumumanInput): PdfDocument {
  const { identity, letter } = input;
  const marks = cancelledMarks(letter);
  const groups = noticeGroups(
    input.rows,
    regimeForPeriod(input.meeting.period, input.regimeChoices).dataName,
  );
  const content: Content[] = [
    ...letterTop(identity, 'A4'),
    { text: PENGUMUMAN_TITLE, bold: true, fontSize: 18, alignment: 'center' },
    { text: `Nomor: ${letter.number}`, alignment: 'center', margin: [0, 2, 0, 2] },
    {
      text: `tentang\n${pengumumanSubject(input.meeting, input.regimeChoices).toUpperCase()}`,
      bold: true,
      alignment: 'center',
      margin: [0, 0, 0, 12],
    },
    ...marks.notice,
    // Not justified: a long document number would be stretched apart.
    { text: noticeOpening(input), margin: [0, 0, 0, 4] },
    ...groups.flatMap(groupContent),
    {
      text: 'NIK dicetak tersamar untuk melindungi data pribadi warga (UU 27/2022).',
      fontSize: PENGUMUMAN_SIZE - 3,
      italics: true,
      margin: [0, 6, 0, 8],
    },
    {
      text: 'Sanggahan',
      bold: true,
      fontSize: PENGUMUMAN_SIZE + 2,
      headlineLevel: SECTION_HEADLINE,
    },
    { text: sanggahText(input), alignment: 'justify', margin: [0, 2, 0, 6] },
    {
      text: 'Demikian pengumuman ini disampaikan untuk diketahui oleh seluruh warga.',
      alignment: 'justify',
    },
    {
      text: `${placeName(identity)}, ${formatLongDate(letter.date)}`,
      alignment: 'right',
      margin: [0, 12, 0, 0],
    },
    signerBlock(letter.signer, identity),
  ];
  return {
    definition: {
      pageSize: PAPER_SIZES.A4,
      pageOrientation: 'portrait',
      pageMargins: LETTER_MARGINS,
      info: { title: `Pengumuman ${letter.number}`, subject: 'Pengumuman hasil musyawarah' },
      defaultStyle: { fontSize: PENGUMUMAN_SIZE, lineHeight: 1.15 },
      ...(marks.watermark && { watermark: marks.watermark }),
      content,
    },
    footer: { pageNumbers: true },
  };
}
