import type { Content, TableCell } from 'pdfmake/interfaces';
import type { InvitationMode, Meeting, MeetingLetter, Unsur } from '../domain/core/entities';
import { regimeForPeriod } from '../domain/pengaturan/regime';
import type { RegimeChoices } from '../domain/pengaturan/regime';
import type { KelurahanIdentity } from '../domain/core/settings';
import { officeTimeZone } from '../domain/core/time-zone';
import type { SheetCell } from './letter-register';
import { LETTER_MARGINS } from './letterhead';
import {
  BODY_SIZE,
  cancelledMarks,
  factTable,
  letterTop,
  para,
  signerBlock,
  surdinHeader,
} from './meeting-letter-common';
import type { LetterFacts } from './meeting-letter-common';
import { clock, dayName, longDate } from './musyawarah-common';
import { PAPER_SIZES } from './pdf-document';
import type { PaperSize, PdfDocument } from './pdf-document';

/** Undangan musyawarah kelurahan (issue 20.1): one page per invitee, or one letter with a list. */

export type Invitee = { nama: string; jabatan: string; unsur: Unsur };

export type UndanganInput = {
  identity: KelurahanIdentity;
  letter: LetterFacts;
  meeting: Pick<Meeting, 'period' | 'date' | 'startTime' | 'place' | 'agenda'>;
  invitees: readonly Invitee[];
  mode: InvitationMode;
  paper: PaperSize;
  regimeChoices?: RegimeChoices;
};

export const UNDANGAN_PERIHAL = 'Undangan Musyawarah Kelurahan';

/** How an invitee is addressed: "Ahmad Yani (Ketua RT 001)"; the unsur when no title was kept. */
export function inviteeLine(invitee: Invitee): string {
  const role = invitee.jabatan.trim() || invitee.unsur;
  return `${invitee.nama} (${role})`;
}

/** "09.00 WIB s.d. selesai". */
export function invitationTime(startTime: string, identity: KelurahanIdentity): string {
  return `${clock(startTime)} ${officeTimeZone(identity)} s.d. selesai`;
}

/** Agenda lines as typed, numbering kept; blank lines dropped. */
export function agendaLines(agenda: string): string[] {
  return agenda
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The body every copy says, whoever it is addressed to. */
export function invitationBody(input: UndanganInput): Content[] {
  const { identity, meeting } = input;
  const regime = regimeForPeriod(meeting.period, input.regimeChoices);
  return [
    para(
      `Dalam rangka pemutakhiran ${regime.dataFullName} (${regime.dataName}) Kelurahan ${identity.namaKelurahan} periode ${meeting.period}, dengan hormat kami mengundang Bapak/Ibu/Saudara untuk hadir dalam Musyawarah Kelurahan yang akan dilaksanakan pada:`,
      8,
    ),
    factTable(
      [
        ['Hari/tanggal', `${dayName(meeting.date)}, ${longDate(meeting.date)}`],
        ['Waktu', invitationTime(meeting.startTime, identity)],
        ['Tempat', meeting.place],
        ['Acara', { stack: agendaLines(meeting.agenda).map((line) => ({ text: line })) }],
      ],
      24,
    ),
    para(
      'Mengingat pentingnya acara tersebut, kehadiran Bapak/Ibu/Saudara tepat pada waktunya sangat kami harapkan. Demikian undangan ini kami sampaikan; atas perhatian dan kehadirannya diucapkan terima kasih.',
    ),
  ];
}

function onePage(input: UndanganInput, kepada: string[], lampiran: string): Content[] {
  const marks = cancelledMarks(input.letter);
  return [
    ...letterTop(input.identity, input.paper),
    ...marks.notice,
    ...surdinHeader({
      identity: input.identity,
      letter: input.letter,
      sifat: 'Penting',
      lampiran,
      perihal: UNDANGAN_PERIHAL,
      kepada,
    }),
    ...invitationBody(input),
    signerBlock(input.letter.signer, input.identity),
  ];
}

function distributionList(input: UndanganInput): Content[] {
  const header: TableCell[] = ['No', 'Nama', 'Unsur', 'Jabatan'].map((text) => ({
    text,
    bold: true,
    fillColor: '#e9ecef',
  }));
  return [
    { text: `Lampiran Undangan Nomor ${input.letter.number}`, bold: true, margin: [0, 0, 0, 2] },
    { text: 'DAFTAR UNDANGAN MUSYAWARAH KELURAHAN', bold: true, margin: [0, 0, 0, 8] },
    {
      table: {
        headerRows: 1,
        widths: [24, '*', 110, 150],
        body: [
          header,
          ...input.invitees.map((invitee, index): TableCell[] => [
            { text: String(index + 1), alignment: 'right' },
            invitee.nama,
            invitee.unsur,
            invitee.jabatan || '-',
          ]),
        ],
      },
    },
  ];
}

export function buildUndangan(input: UndanganInput): PdfDocument {
  if (input.invitees.length === 0) throw new Error('Belum ada peserta yang diundang');
  const pages: Content[][] =
    input.mode === 'per_peserta'
      ? input.invitees.map((invitee) => onePage(input, [inviteeLine(invitee)], '-'))
      : [
          onePage(input, ['Bapak/Ibu/Saudara', '(daftar terlampir)'], '1 (satu) lembar'),
          distributionList(input),
        ];
  const content: Content[] = pages.map((page, index) => ({
    stack: page,
    ...(index > 0 && { pageBreak: 'before' as const }),
  }));
  const { watermark } = cancelledMarks(input.letter);
  return {
    definition: {
      pageSize: PAPER_SIZES[input.paper],
      pageMargins: LETTER_MARGINS,
      info: { title: `${UNDANGAN_PERIHAL} ${input.letter.number}`, subject: 'Undangan' },
      defaultStyle: { fontSize: BODY_SIZE, lineHeight: 1.1 },
      ...(watermark && { watermark }),
      content,
    },
  };
}

/** The list for the RT/RW group chat: who is invited, where and when; no personal numbers. */
export function invitationSheetRows(
  input: Pick<UndanganInput, 'identity' | 'meeting' | 'invitees'> & {
    letter: Pick<MeetingLetter, 'number'>;
  },
): SheetCell[][] {
  const { meeting } = input;
  const when = `${dayName(meeting.date)}, ${longDate(meeting.date)}`;
  const time = invitationTime(meeting.startTime, input.identity);
  return [
    ['No', 'Nama', 'Unsur', 'Jabatan', 'Nomor undangan', 'Hari/tanggal', 'Waktu', 'Tempat'],
    ...input.invitees.map((invitee, index): SheetCell[] => [
      index + 1,
      invitee.nama,
      invitee.unsur,
      invitee.jabatan,
      input.letter.number,
      when,
      time,
      meeting.place,
    ]),
  ];
}
