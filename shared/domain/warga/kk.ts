import { isDigits, maskNumber, stripSeparators } from '../core/id-common';
import type { ParseFailure } from '../core/id-common';
import { isPlausibleRegionPrefix } from '../core/wilayah';

/**
 * No. KK (family card number), 16 digits: region (6) + registration date (6) +
 * serial (4). Only the region decodes reliably, so that is all this returns.
 */
export type NoKkInfo = { ok: true; regionCode: string };

export type NoKkResult = NoKkInfo | ParseFailure;

const fail = (reason: string): ParseFailure => ({ ok: false, reason });

/** Removes the spaces, dots and hyphens people type or paste into a No. KK. */
export function normalizeNoKk(input: string): string {
  return stripSeparators(input);
}

/** Checks a raw No. KK; run {@link normalizeNoKk} first to accept typed separators. */
export function parseNoKk(kk: string): NoKkResult {
  if (!isDigits(kk, 16)) return fail('No. KK harus 16 digit angka');
  if (/^0+$/.test(kk)) return fail('No. KK tidak boleh berisi nol semua');
  const regionCode = kk.slice(0, 6);
  if (!isPlausibleRegionPrefix(regionCode)) return fail('Kode wilayah No. KK tidak valid');
  if (kk.slice(12) === '0000') return fail('Nomor urut No. KK tidak boleh 0000');
  return { ok: true, regionCode };
}

/** '6271010101100001' → '************0001'. */
export function maskNoKk(kk: string): string {
  return maskNumber(normalizeNoKk(kk), 4);
}
