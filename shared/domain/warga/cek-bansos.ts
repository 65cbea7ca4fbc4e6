import { z } from 'zod';
import type { CekBansosEntry, ProposalKind } from '../core/entities';
import { parseIsoDate } from '../core/id-common';

/**
 * The national Cek Bansos app (cekbansos.kemensos.go.id) lets a resident check a NIK
 * and file an *usul* (proposal) or *sanggah* (objection) by himself (domain.md §1.1).
 * The office cannot see those filings in its own data, so the clerk records what the
 * resident showed, and a second proposal for the same family is warned about.
 */

export const CEK_PROGRAMMES = ['PKH', 'BPNT/Sembako', 'PBI-JK', 'BLT', 'PIP', 'Lainnya'] as const;

/** A filing in the app is taken as in flight for this long: about two national update rounds. */
export const IN_FLIGHT_DAYS = 180;

const isoDate = z
  .string()
  .trim()
  .refine((value) => parseIsoDate(value) !== undefined, 'Tanggal tidak valid');
const personId = z
  .string()
  .optional()
  .transform((value) => (value ? value : undefined));
const note = z
  .string()
  .trim()
  .max(200, 'Catatan terlalu panjang')
  .optional()
  .transform((value) => (value ? value : undefined));

export const cekBansosInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cek'),
    date: isoDate,
    personId,
    result: z.enum(['terdaftar', 'tidak_terdaftar'], 'Pilih hasil pengecekan'),
    desil: z
      .number('Desil harus angka 1 sampai 10')
      .int('Desil harus angka 1 sampai 10')
      .min(1, 'Desil harus angka 1 sampai 10')
      .max(10, 'Desil harus angka 1 sampai 10')
      .optional(),
    programmes: z.array(z.enum(CEK_PROGRAMMES)),
    note,
  }),
  z.object({
    kind: z.enum(['usul', 'sanggah']),
    date: isoDate,
    personId,
    reference: z
      .string()
      .trim()
      .min(3, 'Nomor/kode pendaftaran dari aplikasi wajib diisi')
      .max(80, 'Nomor pendaftaran terlalu panjang'),
    note,
  }),
]);
export type CekBansosInput = z.input<typeof cekBansosInputSchema>;

function daysBetween(fromIso: string, toIso: string): number {
  const from = Date.parse(`${fromIso}T00:00:00Z`);
  const to = Date.parse(`${toIso}T00:00:00Z`);
  return Math.round((to - from) / 86_400_000);
}

/** Filings in the app that are still in flight on `today` (YYYY-MM-DD), newest first. */
export function filingsInFlight(
  entries: readonly CekBansosEntry[] | undefined,
  today: string,
): Extract<CekBansosEntry, { kind: 'usul' | 'sanggah' }>[] {
  return (entries ?? [])
    .flatMap((entry) => (entry.kind === 'cek' ? [] : [entry]))
    .filter((entry) => {
      const age = daysBetween(entry.date, today);
      return age >= 0 && age <= IN_FLIGHT_DAYS;
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** The latest check in the app, if any. */
export function latestCheck(
  entries: readonly CekBansosEntry[] | undefined,
): Extract<CekBansosEntry, { kind: 'cek' }> | undefined {
  return (entries ?? [])
    .flatMap((entry) => (entry.kind === 'cek' ? [entry] : []))
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}

const FILING_WORDS = { usul: 'usul', sanggah: 'sanggah' } as const;

/**
 * Warnings for a new proposal of `kind` for this family, in the clerk's words: an usul
 * or sanggah already filed by the resident in the app, or a check that showed the family
 * already listed while a new entry ('baru') is proposed.
 */
export function duplicateProposalWarnings(
  entries: readonly CekBansosEntry[] | undefined,
  kind: ProposalKind,
  today: string,
): string[] {
  const warnings = filingsInFlight(entries, today).map(
    (entry) =>
      `Warga sudah mengajukan ${FILING_WORDS[entry.kind]} sendiri lewat aplikasi Cek Bansos pada ${entry.date} (nomor ${entry.reference}). Usulan dari kelurahan bisa menjadi ganda: pastikan dulu status pengajuan itu.`,
  );
  const check = latestCheck(entries);
  if (kind === 'baru' && check?.result === 'terdaftar') {
    warnings.push(
      `Menurut pengecekan Cek Bansos ${check.date}, keluarga ini sudah terdaftar${check.desil ? ` (desil ${check.desil})` : ''}. Usulan baru akan ganda; bila datanya berubah, pakai usulan perbaikan.`,
    );
  }
  return warnings;
}

export const CEK_RESULT_LABELS = { terdaftar: 'Terdaftar', tidak_terdaftar: 'Tidak terdaftar' };
