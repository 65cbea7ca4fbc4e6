import { localIsoDate } from '@shared/domain/core/tanggal';
import { formatTanggal, formatWaktu } from '@shared/domain/core/tanggal';

/** "21 November 2026" from an ISO instant or a YYYY-MM-DD date (the app's one formatter). */
export const shortDate = formatTanggal;

export const dateTime = (value: string) => formatWaktu(value);

/** Today's local calendar date as YYYY-MM-DD, for date inputs. */
export function todayIso(now = new Date()): string {
  return localIsoDate(now);
}

export const shortHash = (hash: string) => (hash ? `${hash.slice(0, 12)}…` : '—');
