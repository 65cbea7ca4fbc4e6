import { zlibSync } from 'fflate';

/**
 * A QR code as an opaque greyscale PNG. pdfmake (pdfkit) embeds such a PNG
 * as it is; the RGBA PNG a canvas produces would first be decoded and split
 * into colour and alpha in JavaScript, which cost more than the whole rest of
 * a one-page letter.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** PNG bytes of a square 0/1 matrix (1 = dark), `scale` pixels per module, with a quiet zone. */
export function matrixToPng(
  size: number,
  isDark: (row: number, col: number) => boolean,
  scale = 4,
  quiet = 2,
): Uint8Array {
  const side = (size + 2 * quiet) * scale;
  const raw = new Uint8Array(side * (side + 1)).fill(255);
  for (let y = 0; y < side; y += 1) {
    raw[y * (side + 1)] = 0; // filter: none
    const row = Math.floor(y / scale) - quiet;
    if (row < 0 || row >= size) continue;
    for (let x = 0; x < side; x += 1) {
      const col = Math.floor(x / scale) - quiet;
      if (col >= 0 && col < size && isDark(row, col)) raw[y * (side + 1) + 1 + x] = 0;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, side);
  view.setUint32(4, side);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale, no alpha
  const signature = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);
  const parts = [
    signature,
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** QR (error correction M: a stamp may overlap it) as a data URL for the PDF builders. */
export async function qrPngDataUrl(text: string, scale = 4): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const png = matrixToPng(modules.size, (row, col) => modules.get(row, col) !== 0, scale);
  return `data:image/png;base64,${toBase64(png)}`;
}
