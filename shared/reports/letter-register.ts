import type { LetterSigner, RegisterLetter } from '../domain/core/entities';
import { LETTER_TYPE_SHORT } from '../domain/surat/types';
import { maskNik } from '../domain/warga/nik';
import { formatOfficeStamp } from '../domain/core/time-zone';
import type { OfficeTimeZone } from '../domain/core/time-zone';
import { formatLongDate } from './letterhead';

export type SheetCell = string | number | null;

export const TYPE_LABEL = LETTER_TYPE_SHORT;
export const STATUS_LABEL: Record<RegisterLetter['status'], string> = {
  terbit: 'Terbit',
  batal: 'Batal',
};

export const REGISTER_HEADER = [
  'No. urut',
  'Nomor surat',
  'Tanggal',
  'Jenis',
  'Nama / tujuan',
  'NIK',
  'Keperluan / perihal',
  'Penanda tangan',
  'Jabatan penanda tangan',
  'Status',
  'Alasan batal',
  'Jumlah cetak ulang',
  'Riwayat cetak ulang',
];

/** The signer's title as printed, on one line for the register. */
export function signerTitle(letter: { signer: LetterSigner }): string {
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

/** Who the letter is about or went to: the resident of an SKTM, the addressee of the others. */
export function registerSubject(letter: RegisterLetter): string {
  return letter.type === 'sktm' ? letter.subject.nama : letter.tujuan;
}

/** What the letter is for: the SKTM's purpose, the perihal of the others. */
export function registerPurpose(letter: RegisterLetter): string {
  return letter.type === 'sktm' ? letter.purpose : letter.perihal;
}

/**
 * Buku agenda surat keluar as sheet rows. The NIK is masked: the register
 * identifies the letter by its number; the full NIK stays on the letter.
 */
export function letterRegisterRows(
  letters: readonly RegisterLetter[],
  zone: OfficeTimeZone,
): SheetCell[][] {
  return [
    REGISTER_HEADER,
    ...letters.map((letter): SheetCell[] => [
      letter.seq,
      letter.number,
      formatLongDate(letter.date),
      TYPE_LABEL[letter.type],
      registerSubject(letter),
      letter.type === 'sktm' ? maskNik(letter.subject.nik) : null,
      registerPurpose(letter),
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
