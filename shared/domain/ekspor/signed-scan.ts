/**
 * The signed Berita Acara scan the SIKS-NG portal asks for (domain.md §7): a PDF or a
 * JPEG, recognised by its first bytes, not by its name, so a renamed document or a
 * picture saved as ".pdf" is refused before it can reach the package.
 */

/** A scanned A4/F4 document of a few pages at 200–300 dpi stays well under this. */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;

export type ScanKind = 'pdf' | 'jpeg';

const EXTENSIONS: Record<ScanKind, readonly string[]> = {
  pdf: ['pdf'],
  jpeg: ['jpg', 'jpeg'],
};

export const SCAN_EXTENSION: Record<ScanKind, string> = { pdf: 'pdf', jpeg: 'jpg' };

/** What the first bytes say the file is; null when it is neither PDF nor JPEG. */
export function sniffScanKind(bytes: Uint8Array): ScanKind | null {
  // "%PDF-" may follow a few bytes of junk; readers accept it within the first 1024.
  const head = Array.from(bytes.subarray(0, 1024), (byte) => String.fromCharCode(byte)).join('');
  if (head.includes('%PDF-')) return 'pdf';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'jpeg';
  }
  return null;
}

function megabytes(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

export type ScanCheck = { ok: true; kind: ScanKind } | { ok: false; reason: string };

/** Why a picked file cannot be the signed scan, in words for the clerk; or its kind. */
export function checkScanFile(name: string, bytes: Uint8Array): ScanCheck {
  const label = name.trim() === '' ? 'Berkas ini' : `Berkas ${name}`;
  if (bytes.byteLength === 0) return { ok: false, reason: `${label} kosong.` };
  if (bytes.byteLength > MAX_SCAN_BYTES) {
    return {
      ok: false,
      reason:
        `${label} terlalu besar (${megabytes(bytes.byteLength)}; maksimal ` +
        `${MAX_SCAN_BYTES / (1024 * 1024)} MB). Pindai ulang dengan resolusi 200 dpi atau ` +
        'hitam-putih, lalu unggah lagi.',
    };
  }
  const kind = sniffScanKind(bytes);
  if (!kind) {
    return {
      ok: false,
      reason: `${label} bukan PDF atau JPEG (isi berkasnya tidak dikenali). Simpan hasil pindaian sebagai PDF atau JPEG.`,
    };
  }
  const extension = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase() ?? '';
  if (!EXTENSIONS[kind].includes(extension)) {
    const shown = extension ? `.${extension}` : 'tanpa ekstensi';
    return {
      ok: false,
      reason: `${label} berisi ${kind === 'pdf' ? 'PDF' : 'JPEG'} tetapi bernama ${shown}. Beri nama yang sesuai isinya (.${SCAN_EXTENSION[kind]}) lalu unggah lagi.`,
    };
  }
  return { ok: true, kind };
}
