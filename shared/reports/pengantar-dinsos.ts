import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Meeting, MeetingLetterDetails, ProposalKind } from '../domain/core/entities';
import { KIND_LABELS } from '../domain/core/labels';
import { regimeForPeriod } from '../domain/pengaturan/regime';
import type { RegimeChoices } from '../domain/pengaturan/regime';
import type { KelurahanIdentity } from '../domain/core/settings';
import { LETTER_MARGINS } from './letterhead';
import {
  BODY_SIZE,
  cancelledMarks,
  letterTop,
  para,
  signerBlock,
  surdinHeader,
} from './meeting-letter-common';
import type { LetterFacts } from './meeting-letter-common';
import { longDate, terbilang } from './musyawarah-common';
import { PAPER_SIZES } from './pdf-document';
import type { PaperSize, PdfDocument } from './pdf-document';

/**
 * Surat pengantar to Dinas Sosial (issue 20.3): sends the Berita Acara or SPTJM with the
 * batch of proposals. It names the package by its batch number, its rows per kind and
 * the SHA-256 of the saved package, so Dinsos can check it received the same file.
 */

export type PengantarDetails = Extract<MeetingLetterDetails, { kind: 'pengantar_dinsos' }>;

export type PengantarInput = {
  identity: KelurahanIdentity;
  letter: LetterFacts;
  meeting: Pick<Meeting, 'kind' | 'number' | 'period' | 'date'>;
  details: PengantarDetails;
  paper: PaperSize;
  regimeChoices?: RegimeChoices;
};

export function defaultRecipient(identity: KelurahanIdentity): string {
  return `Kepala Dinas Sosial ${identity.kota}`;
}

export function pengantarPerihal(
  meeting: Pick<Meeting, 'period'>,
  regimeChoices?: RegimeChoices,
): string {
  const regime = regimeForPeriod(meeting.period, regimeChoices);
  return `Penyampaian Hasil Musyawarah Kelurahan dan Data Usulan ${regime.dataName} Periode ${meeting.period}`;
}

const ROW_LABELS: Record<ProposalKind, string> = { ...KIND_LABELS, baru: 'Usulan baru' };

/** "Usulan baru 5, Perbaikan data 2; jumlah 7 (tujuh) baris". */
export function countsText(counts: PengantarDetails['counts']): string {
  const total = counts.reduce((sum, row) => sum + row.count, 0);
  const parts = counts
    .filter((row) => row.count > 0)
    .map((row) => `${ROW_LABELS[row.kind]} ${row.count}`);
  return `${parts.join(', ')}; jumlah ${total} (${terbilang(total)}) baris`;
}

function documentTable(input: PengantarInput): Content {
  const { meeting, details } = input;
  const docName =
    meeting.kind === 'sptjm'
      ? 'Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) Lurah'
      : 'Berita Acara Musyawarah Kelurahan beserta lampiran dan daftar hadir';
  const header: TableCell[] = ['No', 'Dokumen', 'Keterangan'].map((text) => ({
    text,
    bold: true,
    fillColor: '#e9ecef',
  }));
  const body: TableCell[][] = [
    header,
    ['1', docName, `Nomor ${meeting.number} tanggal ${longDate(meeting.date)}; 1 (satu) berkas`],
    [
      '2',
      `Paket data usulan batch nomor ${details.batchNumber} versi ${details.batchVersion}`,
      countsText(details.counts),
    ],
    [
      '3',
      'Kode hash berkas paket ZIP (SHA-256), untuk mencocokkan berkas yang diterima',
      { text: details.packageSha256, fontSize: 7.5 },
    ],
  ];
  return {
    table: { headerRows: 1, widths: [22, 180, '*'], body },
    fontSize: BODY_SIZE - 1,
    margin: [0, 0, 0, 10],
  };
}

export function buildPengantarDinsos(input: PengantarInput): PdfDocument {
  const { identity, letter, meeting, details } = input;
  const regime = regimeForPeriod(meeting.period, input.regimeChoices);
  const marks = cancelledMarks(letter);
  const content: Content[] = [
    ...letterTop(identity, input.paper),
    ...marks.notice,
    ...surdinHeader({
      identity,
      letter,
      sifat: 'Penting',
      lampiran: '1 (satu) berkas',
      perihal: pengantarPerihal(meeting, input.regimeChoices),
      kepada: [details.recipient],
    }),
    para(
      `Dengan hormat, bersama ini kami sampaikan hasil Musyawarah Kelurahan ${identity.namaKelurahan} beserta data usulan pemutakhiran ${regime.dataFullName} (${regime.dataName}) periode ${meeting.period}, dengan rincian sebagai berikut:`,
      8,
    ),
    documentTable(input),
    para(
      'Data usulan tersebut diinput oleh operator kelurahan ke dalam aplikasi SIKS-NG. Mohon kiranya dapat diperiksa kelengkapannya dan diproses lebih lanjut sesuai ketentuan. Kode hash di atas dapat dicocokkan dengan berkas paket yang diterima untuk memastikan isinya tidak berubah.',
    ),
    para('Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.'),
    signerBlock(letter.signer, identity),
    {
      margin: [0, 18, 0, 0],
      fontSize: BODY_SIZE - 1,
      stack: [
        { text: 'Tembusan:', decoration: 'underline' },
        { ol: [`Camat ${identity.kecamatan}`, 'Arsip'] },
      ],
    },
  ];
  return {
    definition: {
      pageSize: PAPER_SIZES[input.paper],
      pageMargins: LETTER_MARGINS,
      info: { title: `Surat pengantar ${letter.number}`, subject: 'Surat pengantar Dinas Sosial' },
      defaultStyle: { fontSize: BODY_SIZE, lineHeight: 1.1 },
      ...(marks.watermark && { watermark: marks.watermark }),
      content,
    },
  };
}
