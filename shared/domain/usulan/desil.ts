import type { Desil } from '../core/entities';

/**
 * Deciles of the national ranking (domain.md §3). The app never computes one: it reads
 * it from a prelist, keeps where and when, and shows and counts it where decisions are
 * made. Aid programmes target desil 1 to 4 (PKH desil 1).
 */

export const DESIL_VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export const DESIL_RANGE_MESSAGE = 'Desil harus angka bulat 1 sampai 10';

export function isDesilValue(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10;
}

/**
 * A desil as a list writes it: 3, "3", "03", "Desil 3", "D3", "3.0". Blank is "not
 * ranked" (undefined); anything else that is not a whole 1..10 is refused with
 * {@link DESIL_RANGE_MESSAGE} and what was found.
 */
export function parseDesilText(
  raw: string | number,
): { ok: true; value: number | undefined } | { ok: false; reason: string } {
  if (typeof raw === 'number') {
    return isDesilValue(raw)
      ? { ok: true, value: raw }
      : { ok: false, reason: `${DESIL_RANGE_MESSAGE} (terisi ${raw})` };
  }
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  const match = /^(?:(?:desil|d)\s*[-:]?\s*)?0*(\d{1,2})(?:[.,]0+)?$/i.exec(text);
  const value = match ? Number(match[1]) : NaN;
  return isDesilValue(value)
    ? { ok: true, value }
    : { ok: false, reason: `${DESIL_RANGE_MESSAGE} (terisi "${text}")` };
}

/** "Desil 2": how the family page, the candidate card and the projector say it. */
export function desilLabel(desil: Pick<Desil, 'value'> | undefined | null): string {
  return desil ? `Desil ${desil.value}` : 'Belum ada desil';
}

/** Where a decile came from: the file and the period it was read in. */
export function desilSource(input: { fileName: string; period: string; prelist: boolean }): string {
  return `${input.prelist ? 'prelist' : 'impor'} ${input.fileName}, periode ${input.period}`;
}

export type DesilCounts = { byValue: Record<number, number>; none: number };

/**
 * Families per decile from the desil index's keys (one key per ranked family), plus
 * those the index does not list: families without a decile.
 */
export function countByDesil(keys: readonly unknown[], families: number): DesilCounts {
  const byValue: Record<number, number> = Object.fromEntries(DESIL_VALUES.map((d) => [d, 0]));
  let ranked = 0;
  for (const key of keys) {
    if (!isDesilValue(key)) continue;
    byValue[key] = (byValue[key] ?? 0) + 1;
    ranked += 1;
  }
  return { byValue, none: Math.max(0, families - ranked) };
}

/**
 * The per-decile table of the Beranda and the recap: one row per decile, the 1–4
 * subtotal aid programmes target, then families the ranking does not list.
 */
export function desilRows(counts: DesilCounts): { label: string; value: number }[] {
  const target = [1, 2, 3, 4].reduce((sum, d) => sum + (counts.byValue[d] ?? 0), 0);
  return [
    ...DESIL_VALUES.map((d) => ({ label: `Desil ${d}`, value: counts.byValue[d] ?? 0 })),
    { label: 'Desil 1–4 (sasaran bansos)', value: target },
    { label: 'Tanpa desil', value: counts.none },
  ];
}
