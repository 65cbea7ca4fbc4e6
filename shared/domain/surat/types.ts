import type { LetterType, MeetingLetterType } from '../core/entities';
import { DEFAULT_SKTM_CODE, DEFAULT_SKTM_TEMPLATE } from './number';

/**
 * The kinds of outgoing letter in the buku agenda (domain.md §5). Each has its own
 * counter (restarting every year) and its own number format, edited in Pengaturan surat.
 */
export const LETTER_TYPE_LABELS: Record<LetterType, string> = {
  sktm: 'SKTM',
  berita_acara: 'Berita Acara musyawarah',
  sptjm: 'SPTJM',
  undangan: 'Undangan musyawarah',
  pengumuman: 'Pengumuman hasil musyawarah',
  pengantar_dinsos: 'Surat pengantar ke Dinas Sosial',
};

/** Short words for the register column and audit lines. */
export const LETTER_TYPE_SHORT: Record<LetterType, string> = {
  sktm: 'SKTM',
  berita_acara: 'Berita Acara',
  sptjm: 'SPTJM',
  undangan: 'Undangan',
  pengumuman: 'Pengumuman',
  pengantar_dinsos: 'Pengantar Dinsos',
};

/**
 * Default formats. The same classification code serves every type until the office
 * sets its own, so each default carries a mark of its type: two types never print
 * the same number (the register's number is unique).
 */
export const DEFAULT_LETTER_FORMATS: Record<LetterType, { template: string; kode: string }> = {
  sktm: { template: DEFAULT_SKTM_TEMPLATE, kode: DEFAULT_SKTM_CODE },
  berita_acara: {
    template: '{kode}/{nomor:3}/BA-MUSKEL/{kode_kelurahan}/{bulan_romawi}/{tahun}',
    kode: DEFAULT_SKTM_CODE,
  },
  sptjm: {
    template: '{kode}/{nomor:3}/SPTJM/{kode_kelurahan}/{bulan_romawi}/{tahun}',
    kode: DEFAULT_SKTM_CODE,
  },
  undangan: {
    template: '{kode}/{nomor:3}/UND/{kode_kelurahan}/{bulan_romawi}/{tahun}',
    kode: DEFAULT_SKTM_CODE,
  },
  pengumuman: {
    template: '{kode}/{nomor:3}/PENG/{kode_kelurahan}/{bulan_romawi}/{tahun}',
    kode: DEFAULT_SKTM_CODE,
  },
  pengantar_dinsos: {
    template: '{kode}/{nomor:3}/PGT/{kode_kelurahan}/{bulan_romawi}/{tahun}',
    kode: DEFAULT_SKTM_CODE,
  },
};

export function isMeetingLetterType(type: LetterType): type is MeetingLetterType {
  return type !== 'sktm';
}

/**
 * Two types whose format and code are the same would print the same number for the
 * same sequence: the second letter would be refused by the register. Named here so
 * the settings screen refuses the format instead.
 */
export function clashingType(
  type: LetterType,
  format: { template: string; kode: string },
  others: Partial<Record<LetterType, { template: string; kode: string }>>,
): LetterType | undefined {
  const same = (a: { template: string; kode: string }) =>
    a.template.trim() === format.template.trim() && a.kode.trim() === format.kode.trim();
  return (Object.keys(others) as LetterType[]).find((other) => {
    const value = others[other];
    return other !== type && value !== undefined && same(value);
  });
}
