import { describe, expect, it } from 'vitest';
import { checkScanFile, MAX_SCAN_BYTES, sniffScanKind } from './signed-scan';

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('sniffScanKind', () => {
  it('knows a PDF and a JPEG by their first bytes', () => {
    expect(sniffScanKind(pdf)).toBe('pdf');
    expect(sniffScanKind(jpeg)).toBe('jpeg');
    expect(sniffScanKind(png)).toBeNull();
    expect(sniffScanKind(new TextEncoder().encode('Berita acara'))).toBeNull();
  });
});

describe('checkScanFile', () => {
  it('accepts a PDF or JPEG whose name matches its content', () => {
    expect(checkScanFile('BA tertanda.pdf', pdf)).toEqual({ ok: true, kind: 'pdf' });
    expect(checkScanFile('ba.JPG', jpeg)).toEqual({ ok: true, kind: 'jpeg' });
    expect(checkScanFile('ba.jpeg', jpeg)).toEqual({ ok: true, kind: 'jpeg' });
  });

  it('refuses a file named .pdf that is not a PDF: the bytes decide, not the name', () => {
    const result = checkScanFile('ba.pdf', png);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining('bukan PDF atau JPEG') as unknown,
    });
  });

  it('refuses a JPEG named .pdf, and says which name fits', () => {
    const result = checkScanFile('ba.pdf', jpeg);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('.jpg');
  });

  it('refuses an empty file and one past the limit with a clear message', () => {
    expect(checkScanFile('ba.pdf', new Uint8Array())).toEqual({
      ok: false,
      reason: 'Berkas ba.pdf kosong.',
    });
    const big = new Uint8Array(MAX_SCAN_BYTES + 200 * 1024);
    big.set(pdf);
    const result = checkScanFile('ba.pdf', big);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain('terlalu besar (10,2 MB; maksimal 10 MB)');
    }
    const limit = new Uint8Array(MAX_SCAN_BYTES);
    limit.set(pdf);
    expect(checkScanFile('ba.pdf', limit).ok).toBe(true);
  });
});
