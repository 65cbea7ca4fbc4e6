/**
 * CSV cells that start with = + - @ (or a tab/CR that some readers skip) are run
 * as formulas by Excel and LibreOffice when they open the file. Data from residents
 * must never become a formula: such text gets a leading apostrophe. A lone dash
 * (an empty address, "-") cannot be a formula and stays as it is. Numbers are left
 * alone (a negative number is not text).
 *
 * Only for CSV: an XLSX text cell is never a formula (see {@link textCell}), and an
 * apostrophe there would become part of the value.
 */
export function neutralizeCell<T>(value: T): T | string {
  if (typeof value !== 'string' || value === '-') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A worksheet cell as SheetJS writes it: text is type 's', so it is never run. */
export type SheetCell = { t: 's'; v: string } | { t: 'n'; v: number } | { t: 'b'; v: boolean };

/**
 * The typed cell for a value: text stays text exactly as given (no apostrophe, no
 * formula, no guessing of numbers or dates), numbers and booleans keep their type,
 * an empty value is no cell at all.
 */
export function textCell(
  value: string | number | boolean | null | undefined,
): SheetCell | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? { t: 'n', v: value } : undefined;
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (value === null || value === undefined) return undefined;
  return { t: 's', v: value };
}

/** Rows of values as typed cells for `aoa_to_sheet`. */
export function textCells(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): (SheetCell | undefined)[][] {
  return rows.map((row) => row.map(textCell));
}
