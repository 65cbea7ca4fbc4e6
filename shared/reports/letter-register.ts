import type { Letter } from '../domain/entities';
import { maskNik } from '../domain/nik';
import { formatOfficeStamp } from '../domain/time-zone';
import type { OfficeTimeZone } from '../domain/time-zone';
import { formatLongDate } from './letterhead';

export type SheetCell = string | number | null;

export const TYPE_LABEL: Record<Letter['type'], string> = { sktm: 'SKTM' };
export const STATUS_LABEL: Record<Letter['status'], string> = { terbit: 'Terbit', batal: 'Batal' };

export const REGISTER_HEADER = [
  'No. urut',
  'Nomor surat',
  'Tanggal',
  'Jenis',
  'Nama',
  'NIK',
  'Keperluan',
  'Penanda tangan',
  'Jabatan penanda tangan',
  'Status',
  'Alasan batal',
  'Jumlah cetak ulang',
  'Riwayat cetak ulang',
];

/** The signer's title as printed, on one line for the register. */
export function signerTitle(letter: Letter): string {
  const { signer } = letter;
  if (signer.delegation === 'a.n.')
    return `a.n. ${signer.onBehalfOf ?? ''} ${signer.jabatan}`.trim();
  if (signer.delegation === 'u.b.') {
    return `a.n. ${signer.onBehalfOf ?? ''} ${signer.via ?? ''} u.b. ${signer.jabatan}`
      .replace(/\s+/g, ' ')
      .trim();
  }
  return signer.jabatan;
}

/**
 * Buku agenda surat keluar as sheet rows. The NIK is masked: the register
 * identifies the letter by its number; the full NIK stays on the letter.
 */
export function letterRegisterRows(letters: Letter[], zone: OfficeTimeZone): SheetCell[][] {
  return [
    REGISTER_HEADER,
    ...letters.map((letter): SheetCell[] => [
      letter.seq,
      letter.number,
      formatLongDate(letter.date),
      TYPE_LABEL[letter.type],
      letter.subject.nama,
      maskNik(letter.subject.nik),
      letter.purpose,
      letter.signer.nama,
      signerTitle(letter),
      STATUS_LABEL[letter.status],
      letter.cancelReason ?? null,
      letter.reprints.length,
      letter.reprints
        .map(
          (r) =>
            `${formatOfficeStamp(r.at, zone)} ${r.kind === 'pdf' ? 'PDF' : 'cetak'} oleh ${r.by}`,
        )
        .join('; ') || null,
    ]),
  ];
}
