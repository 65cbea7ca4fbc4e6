import { format } from 'date-fns';
import { id } from 'date-fns/locale';

/** "21 Nov 2026" from an ISO instant or a YYYY-MM-DD date (read as a local date). */
export function shortDate(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : format(date, 'd MMM yyyy', { locale: id });
}

export function dateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : format(date, 'd MMM yyyy, HH.mm', { locale: id });
}

/** Today's local calendar date as YYYY-MM-DD, for date inputs. */
export function todayIso(now = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

export const shortHash = (hash: string) => (hash ? `${hash.slice(0, 12)}…` : '—');
