/**
 * How long reading a spreadsheet in a worker may take before it is stopped as unreadable.
 * SheetJS is synchronous: a damaged file that sends it into an endless loop (one such .xls
 * is patched at install, scripts/patch-xlsx.mjs; others may exist) would otherwise leave
 * the clerk before "Membaca berkas…" for ever. Generous on purpose: a 20,000-row prelist
 * reads in about a second here, so a modest PC is nowhere near 30 s plus 10 s per MB.
 * Kept apart from spreadsheet-read.ts so the window does not load SheetJS to know it.
 */
export function readTimeLimit(byteLength: number): { ms: number; message: string } {
  const ms = 30_000 + Math.ceil(byteLength / 1_048_576) * 10_000;
  return {
    ms,
    message:
      `Berkas tidak selesai dibaca dalam ${Math.round(ms / 1000)} detik, jadi pembacaannya ` +
      'dihentikan: isinya kemungkinan rusak. Buka berkas itu di Excel atau LibreOffice, simpan ' +
      'ulang sebagai .xlsx, lalu pilih lagi. Tidak ada data yang disimpan.',
  };
}
