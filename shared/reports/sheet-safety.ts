/**
 * Spreadsheet cells that start with = + - @ (or a tab/CR that some readers
 * skip) are run as formulas by Excel and LibreOffice. Data from residents
 * must never become a formula: such text gets a leading apostrophe.
 * Numbers are left alone (a negative number is not text).
 */
export function neutralizeCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function neutralizeRows<T>(rows: readonly (readonly T[])[]): (T | string)[][] {
  return rows.map((row) => row.map(neutralizeCell));
}
