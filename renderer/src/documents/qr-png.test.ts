import { unzlibSync } from 'fflate';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { crc32, qrPngDataUrl } from './qr-png';

/** Reads back our own PNG layout: one IDAT, 8-bit greyscale, filter 0 on every row. */
function pixels(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset);
  let offset = 8;
  let width = 0;
  let idat: Uint8Array = new Uint8Array();
  const types: string[] = [];
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crc = view.getUint32(offset + 8 + length);
    expect(crc).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    types.push(type);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      expect([data[8], data[9]]).toEqual([8, 0]);
    }
    if (type === 'IDAT') idat = data;
    offset += 12 + length;
  }
  expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
  const raw = unzlibSync(idat);
  const rgba = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const value = raw[y * (width + 1) + 1 + x] ?? 255;
      rgba.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return { rgba, width };
}

describe('QR as greyscale PNG', () => {
  it('uses the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('is an opaque greyscale PNG that decodes back to the payload', async () => {
    const text = `SKTM1.${'abcDEF123-_'.repeat(25)}.sig`;
    const url = await qrPngDataUrl(text);
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    const png = Uint8Array.from(atob(url.slice(22)), (c) => c.charCodeAt(0));
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const { rgba, width } = pixels(png);
    expect(jsQR(rgba, width, width)?.data).toBe(text);
  });
});
