import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { getCriteriaSet } from '../domain/usulan/criteria';
import type { Decision, MeetingParticipant, Unsur } from '../domain/core/entities';
import { attendanceByUnsur } from '../domain/musyawarah/candidates';
import { officeTimeZone } from '../domain/core/time-zone';
import { DECISION_WORDS, PRELIST_REMOVAL_REASONS } from '../domain/musyawarah/decision-words';
import { legalBasis, meetingPurpose } from '../domain/musyawarah/meeting';
import {
  chairLines,
  clock,
  dayName,
  lampiranHeading,
  longDate,
  meetingRegime,
  officeTitle,
  meetingFooter,
  PAGE_MARGINS,
  placeName,
  presentParticipants,
  resultTable,
  signatureBlock,
  spelledDate,
  terbilang,
} from './musyawarah-common';
import type { MeetingReportInput, ResultRow } from './musyawarah-common';
import { letterhead } from './letterhead';
import { PAPER_SIZES, SECTION_HEADLINE } from './pdf-document';
import type { PdfDocument } from './pdf-document';

export const BERITA_ACARA_TITLE = 'BERITA ACARA MUSYAWARAH KELURAHAN';

// ---- Counts the minutes report ----

export const CATEGORIES = ['baru', 'perbaikan', 'nonaktif', 'sanggah', 'prelist'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  baru: 'Usulan baru',
  perbaikan: 'Perbaikan data',
  nonaktif: 'Usulan nonaktif',
  sanggah: 'Sanggahan',
  prelist: 'Prelist (periksa ulang)',
};

/** A category's label in the period's words: "Prelist DTSEN (periksa ulang)" from 2025. */
function categoryLabel(category: Category, dataName = 'DTKS'): string {
  return category === 'prelist' ? `Prelist ${dataName} (periksa ulang)` : CATEGORY_LABELS[category];
}

/** A prelist family proposed for removal is counted as the removal it is. */
export function categoryOf(row: ResultRow): Category {
  const { kind, source } = row.candidate;
  return source === 'prelist' && kind !== 'nonaktif' && kind !== 'sanggah' ? 'prelist' : kind;
}

/** The words of each decision in a category (domain.md §1 step 3): a removal is never "layak". */
const CATEGORY_WORDS: Record<Category, Record<Decision, string>> = {
  baru: DECISION_WORDS.usulan,
  perbaikan: DECISION_WORDS.usulan,
  nonaktif: DECISION_WORDS.nonaktif,
  sanggah: DECISION_WORDS.sanggah,
  prelist: DECISION_WORDS.prelist,
};

export type CountRow = { label: string; words: Record<Decision, string> | null } & Record<
  Decision | 'total',
  number
>;

/** Decisions per kind of proposal, the categories that occur, then the total. */
export function decisionCounts(rows: readonly ResultRow[], dataName?: string): CountRow[] {
  const zero = (label: string, words: Record<Decision, string> | null): CountRow => ({
    label,
    words,
    layak: 0,
    tidak_layak: 0,
    ditunda: 0,
    total: 0,
  });
  const byCategory = new Map<Category, CountRow>();
  const total = zero('Jumlah', null);
  for (const row of rows) {
    const category = categoryOf(row);
    const target =
      byCategory.get(category) ?? zero(categoryLabel(category, dataName), CATEGORY_WORDS[category]);
    byCategory.set(category, target);
    for (const counted of [target, total]) {
      counted[row.decision] += 1;
      counted.total += 1;
    }
  }
  return [...CATEGORIES.flatMap((c) => byCategory.get(c) ?? []), total];
}

export const PRELIST_OUTCOMES = [
  'tetap',
  'meninggal',
  'pindah',
  'tidak ditemukan',
  'ganda',
  'tidak layak',
  'ditunda',
] as const;
export type PrelistOutcome = (typeof PRELIST_OUTCOMES)[number];

const OUTCOME_BY_REASON: Record<string, PrelistOutcome> = {
  [PRELIST_REMOVAL_REASONS[0]]: 'meninggal',
  [PRELIST_REMOVAL_REASONS[1]]: 'pindah',
  [PRELIST_REMOVAL_REASONS[2]]: 'tidak ditemukan',
  [PRELIST_REMOVAL_REASONS[3]]: 'ganda',
};

/** The prelist check in the words of domain.md §6.5: tetap, meninggal, pindah, … */
export function prelistOutcomes(rows: readonly ResultRow[]): Record<PrelistOutcome, number> {
  const counts = Object.fromEntries(PRELIST_OUTCOMES.map((o) => [o, 0])) as Record<
    PrelistOutcome,
    number
  >;
  for (const row of rows) {
    if (categoryOf(row) !== 'prelist') continue;
    if (row.decision === 'layak') counts.tetap += 1;
    else if (row.decision === 'ditunda') counts.ditunda += 1;
    else counts[OUTCOME_BY_REASON[row.reason.trim()] ?? 'tidak layak'] += 1;
  }
  return counts;
}

const REPRESENTATIVE_ORDER: readonly Unsur[] = [
  'LPMK',
  'RW',
  'Tokoh Masyarakat',
  'Tokoh Agama',
  'TKSK',
  'PSM',
  'RT',
];

/** Up to three present participants of different elements sign for the room. */
export function representatives(participants: readonly MeetingParticipant[]): MeetingParticipant[] {
  const present = presentParticipants(participants);
  const rank = (p: MeetingParticipant) => {
    const index = REPRESENTATIVE_ORDER.indexOf(p.unsur);
    return index === -1 ? REPRESENTATIVE_ORDER.length : index;
  };
  const chosen: MeetingParticipant[] = [];
  for (const participant of [...present].sort((a, b) => rank(a) - rank(b))) {
    if (chosen.length === 3) break;
    if (!chosen.some((c) => c.unsur === participant.unsur)) chosen.push(participant);
  }
  return chosen;
}

// ---- The document ----

const heading = (text: string): Content => ({
  text,
  bold: true,
  margin: [0, 10, 0, 4],
  // Never the last line of a page (keepHeadingWithNext).
  headlineLevel: SECTION_HEADLINE,
});

/**
 * Section E held together with its whole counts table, so the decisions never start
 * on one page and continue on the next; the other headings only refuse to end a page.
 */
export function keptWithHeading(text: string, ...opening: Content[]): Content {
  return { stack: [heading(text), ...opening], unbreakable: true };
}
const para = (text: string): Content => ({ text, alignment: 'justify', margin: [0, 0, 0, 4] });
const th = (text: string): TableCell => ({
  text,
  bold: true,
  fillColor: '#e9ecef',
  alignment: 'center',
});
const num = (value: number): TableCell => ({ text: String(value), alignment: 'center' });

function participantsTable(participants: readonly MeetingParticipant[]): Content {
  const { rows, total } = attendanceByUnsur(participants);
  const line = (row: typeof total, bold = false): TableCell[] => [
    { text: row.unsur, bold },
    num(row.invited),
    num(row.present),
    num(row.presentBySex.L),
    num(row.presentBySex.P),
  ];
  return {
    table: {
      headerRows: 1,
      widths: ['*', 60, 50, 60, 60],
      body: [
        ['Unsur', 'Diundang', 'Hadir', 'Laki-laki', 'Perempuan'].map(th),
        ...rows.map((row) => line(row)),
        line(total, true),
      ],
    },
    fontSize: 9.5,
    margin: [0, 2, 0, 6],
  };
}

/**
 * Each category in its own words (issue 14.2): "Tetap 12 / Dikeluarkan 2" for the prelist,
 * "Disetujui dinonaktifkan 1 / Ditolak 0" for removals, never "layak" for either.
 */
function countsTable(rows: readonly ResultRow[], dataName: string): Content {
  const counts = decisionCounts(rows, dataName);
  const worded = (row: CountRow): TableCell[] =>
    row.words
      ? [
          { text: `${row.words.layak}: ${row.layak}` },
          { text: `${row.words.tidak_layak}: ${row.tidak_layak}` },
        ]
      : // The total mixes kinds: only how many were decided, not in one kind's words.
        [{ text: `Diputuskan: ${row.layak + row.tidak_layak}`, colSpan: 2, bold: true }, ''];
  return {
    table: {
      headerRows: 1,
      widths: ['*', 120, 95, 50, 50],
      body: [
        [
          th('Kategori'),
          { text: 'Keputusan', bold: true, fillColor: '#e9ecef', alignment: 'center', colSpan: 2 },
          '',
          th('Ditunda'),
          th('Jumlah'),
        ],
        ...counts.map((row, i): TableCell[] => {
          const last = i === counts.length - 1;
          return [
            { text: row.label, bold: last },
            ...worded(row),
            { text: String(row.ditunda), alignment: 'center', bold: last },
            { text: String(row.total), alignment: 'center', bold: last },
          ];
        }),
      ],
    },
    fontSize: 9.5,
    margin: [0, 2, 0, 6],
  };
}

function discussion(input: MeetingReportInput): Content[] {
  const { rows } = input;
  const agenda = input.meeting.agenda
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const out: Content[] = [
    para('Musyawarah membahas hal-hal berikut sesuai agenda:'),
    { stack: agenda.map((line) => ({ text: line, margin: [12, 0, 0, 1] })), margin: [0, 0, 0, 4] },
    para(
      `Jumlah keluarga yang dibahas sebanyak ${rows.length} (${terbilang(rows.length)}) keluarga, ` +
        `ditampilkan kepada peserta satu per satu per RW dan RT.`,
    ),
  ];
  const prelist = rows.filter((row) => categoryOf(row) === 'prelist');
  if (prelist.length > 0) {
    const outcomes = prelistOutcomes(rows);
    const parts = PRELIST_OUTCOMES.filter((o) => outcomes[o] > 0).map((o) => `${o} ${outcomes[o]}`);
    out.push(
      para(
        `Pemeriksaan ulang prelist ${meetingRegime(input).dataName} sebanyak ${prelist.length} keluarga dengan hasil: ${parts.join(', ')}.`,
      ),
    );
  }
  const assessed = rows.filter((row) => row.candidate.criteriaSetId);
  const bySet = new Map<string, number>();
  for (const row of assessed) {
    const id = row.candidate.criteriaSetId ?? '';
    bySet.set(id, (bySet.get(id) ?? 0) + 1);
  }
  if (bySet.size > 0) {
    const sets = [...bySet].map(([id, n]) => `${getCriteriaSet(id)?.title ?? id} (${n} keluarga)`);
    out.push(
      para(
        `Usulan baru dan perbaikan data dinilai berdasarkan hasil verifikasi lapangan dengan kriteria ${sets.join(' dan ')}.`,
      ),
    );
  }
  return out;
}

function signatures(input: MeetingReportInput): Content[] {
  const { identity, meeting, chair, participants } = input;
  const chairTitle = officeTitle(chair?.jabatan ?? 'Lurah', identity);
  const reps = representatives(participants);
  const out: Content[] = [
    {
      columns: [
        signatureBlock({ above: [' ', 'Notulis,'], nama: meeting.noteTaker, below: [] }),
        signatureBlock({
          above: [`${placeName(identity)}, ${longDate(meeting.date)}`, `${chairTitle},`],
          nama: chair?.nama ?? '',
          below: chairLines(chair),
        }),
      ],
      margin: [0, 14, 0, 0],
    },
  ];
  if (reps.length > 0) {
    out.push(
      { text: 'Perwakilan peserta musyawarah:', alignment: 'center', margin: [0, 14, 0, 4] },
      {
        columns: reps.map((rep) =>
          signatureBlock({ above: [rep.jabatan || rep.unsur], nama: rep.nama, below: [] }),
        ),
        unbreakable: true,
      },
    );
  }
  return out;
}

function attendanceList(input: MeetingReportInput): Content[] {
  const present = presentParticipants(input.participants);
  // Taller rows than text needs: a signature needs room.
  const cell = (text: string, alignment: 'left' | 'center' | 'right' = 'left'): TableCell => ({
    text,
    alignment,
    margin: [2, 7, 2, 7],
  });
  const body: TableCell[][] = present.map((p, i) => [
    cell(String(i + 1), 'right'),
    cell(p.nama),
    cell(p.jabatan ? `${p.unsur} / ${p.jabatan}` : p.unsur),
    cell(p.jenisKelamin, 'center'),
    // Zig-zag numbering so neighbours do not sign over each other.
    cell(`${i + 1}. ..........................`, i % 2 === 0 ? 'left' : 'right'),
  ]);
  return [
    lampiranHeading({
      label: 'LAMPIRAN II',
      meeting: input.meeting,
      docName: 'Berita Acara Musyawarah Kelurahan',
    }),
    { text: 'DAFTAR HADIR MUSYAWARAH KELURAHAN', bold: true, alignment: 'center' },
    {
      text: `Hari/tanggal: ${dayName(input.meeting.date)}, ${longDate(input.meeting.date)} · Tempat: ${input.meeting.place}`,
      alignment: 'center',
      fontSize: 9.5,
      margin: [0, 2, 0, 8],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [20, '*', '*', 24, 120],
        body: [['No', 'Nama', 'Unsur / Jabatan', 'L/P', 'Tanda tangan'].map(th), ...body],
      },
      fontSize: 9.5,
    },
  ];
}

export function buildBeritaAcara(input: MeetingReportInput): PdfDocument {
  const { identity, meeting, chair, rows } = input;
  const chairTitle = officeTitle(chair?.jabatan ?? 'Lurah', identity);
  const zone = officeTimeZone(identity);
  const until = meeting.endTime ? ` sampai dengan pukul ${clock(meeting.endTime)}` : '';
  const regime = meetingRegime(input);
  const basis = legalBasis(
    regime,
    rows.flatMap((row) => row.candidate.criteriaSetId ?? []),
  );
  const hash = meeting.contentHash ?? '';

  const content: Content[] = [
    ...letterhead(identity, { paper: input.paper, margins: PAGE_MARGINS }),
    {
      text: BERITA_ACARA_TITLE,
      bold: true,
      fontSize: 13,
      alignment: 'center',
      decoration: 'underline',
    },
    {
      text: `PEMUTAKHIRAN ${regime.dataFullName.toUpperCase()} (${regime.dataName}) PERIODE ${meeting.period.toUpperCase()}`,
      bold: true,
      alignment: 'center',
    },
    { text: `Nomor: ${meeting.number}`, alignment: 'center', margin: [0, 2, 0, 10] },
    para(
      `Pada hari ini ${spelledDate(meeting.date)}, bertempat di ${meeting.place}, mulai pukul ` +
        `${clock(meeting.startTime)}${until} ${zone}, telah dilaksanakan Musyawarah Kelurahan ` +
        `${identity.namaKelurahan} dalam rangka pemutakhiran ${regime.dataFullName} ` +
        `(${regime.dataName}) periode ${meeting.period}, yang dipimpin oleh ${chair?.nama ?? '…'} selaku ${chairTitle}.`,
    ),
    heading('A. Dasar Hukum'),
    {
      ol: basis.map((line, i) => `${line}${i === basis.length - 1 ? '.' : ';'}`),
      margin: [0, 0, 0, 2],
    },
    heading('B. Maksud dan Tujuan'),
    para(meetingPurpose(meeting.period, identity.namaKelurahan, regime)),
    heading('C. Peserta Musyawarah'),
    para(
      'Musyawarah dihadiri oleh unsur-unsur berikut (daftar hadir terlampir dalam Lampiran II):',
    ),
    participantsTable(input.participants),
    heading('D. Pembahasan'),
    ...discussion(input),
    keptWithHeading(
      'E. Hasil Musyawarah',
      para('Setelah dibahas bersama, musyawarah menyepakati hasil sebagai berikut:'),
      countsTable(rows, regime.dataName),
    ),
    para(
      'Nama keluarga, keputusan dan alasannya tercantum dalam Lampiran I yang merupakan bagian tidak terpisahkan dari Berita Acara ini.',
    ),
    {
      text: [
        'Kode hash keputusan (SHA-256): ',
        { text: hash, font: 'Roboto', bold: true, fontSize: 8.5 },
      ],
      margin: [0, 2, 0, 2],
    },
    {
      text: 'Kode ini dihitung dari seluruh keputusan saat musyawarah dikunci; perubahan satu keputusan pun menghasilkan kode yang berbeda.',
      fontSize: 8.5,
      color: '#444444',
      margin: [0, 0, 0, 6],
    },
    para(
      'Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    ),
    ...signatures(input),
    { text: '', pageBreak: 'before', pageOrientation: 'landscape' },
    lampiranHeading({ label: 'LAMPIRAN I', meeting, docName: 'Berita Acara Musyawarah Kelurahan' }),
    {
      text: `DAFTAR HASIL MUSYAWARAH KELURAHAN ${identity.namaKelurahan.toUpperCase()} PERIODE ${meeting.period.toUpperCase()}`,
      bold: true,
      alignment: 'center',
      margin: [0, 0, 0, 6],
    },
    resultTable(rows, input.nikMode, regime.dataName),
    { text: '', pageBreak: 'before', pageOrientation: 'portrait' },
    ...attendanceList(input),
  ];

  const definition: PdfDocument['definition'] = {
    pageSize: PAPER_SIZES[input.paper] as TDocumentDefinitions['pageSize'],
    pageMargins: PAGE_MARGINS,
    info: {
      title: `Berita Acara Musyawarah Kelurahan ${identity.namaKelurahan} ${meeting.number}`,
      subject: `Pemutakhiran ${regime.dataName} periode ${meeting.period}`,
      creator: 'DTKS Kelurahan',
    },
    defaultStyle: { fontSize: 10.5, lineHeight: 1.15 },
    content,
  };
  return { definition, footer: meetingFooter(hash, input.nikMode) };
}
