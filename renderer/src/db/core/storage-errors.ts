/**
 * Turns a storage failure into a sentence a clerk understands. Quota errors
 * can arrive directly, or wrapped by Dexie in an AbortError's `inner`.
 */
export function describeStorageError(error: unknown, action: string): string {
  const names = new Set<string>();
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const candidate = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof candidate.name === 'string') names.add(candidate.name);
    current = candidate.inner ?? candidate.cause;
  }
  if (names.has('QuotaExceededError')) {
    return `${action} gagal: ruang penyimpanan penuh. Kosongkan ruang disk lalu coba lagi. Data yang sudah tersimpan tidak berubah.`;
  }
  if (names.has('ConstraintError')) {
    return `${action} gagal: data yang sama sudah ada (nomor ganda). Tidak ada yang diubah.`;
  }
  // Most refusals are already sentences: do not end them with a second period.
  const message = (error instanceof Error ? error.message : String(error))
    .trim()
    .replace(/[.!]+$/, '');
  return `${action} gagal: ${message}. Tidak ada yang diubah.`;
}
