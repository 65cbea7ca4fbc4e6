import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPhotoFile, MAX_PHOTO_INPUT_BYTES, MAX_PHOTO_SIDE, scaledSize } from './house-photo';

describe('scaledSize', () => {
  it('brings the longest side to 1280 and keeps the ratio', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 1280, height: 960 });
    expect(scaledSize(3000, 4000)).toEqual({ width: 960, height: 1280 });
    expect(scaledSize(2560, 2560)).toEqual({ width: 1280, height: 1280 });
  });

  it('never enlarges a small picture', () => {
    expect(scaledSize(640, 480)).toEqual({ width: 640, height: 480 });
    expect(scaledSize(1280, 20)).toEqual({ width: 1280, height: 20 });
  });

  it('keeps a very thin panorama at least one pixel high', () => {
    expect(scaledSize(20000, 3)).toEqual({ width: 1280, height: 1 });
  });

  it('refuses empty sizes', () => {
    expect(() => scaledSize(0, 100)).toThrow(RangeError);
    expect(() => scaledSize(Number.NaN, 100)).toThrow(RangeError);
  });

  it('holds for any size: within the bound, ratio kept within rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 1, max: 20000 }),
        (w, h) => {
          const out = scaledSize(w, h);
          expect(Math.max(out.width, out.height)).toBeLessThanOrEqual(MAX_PHOTO_SIDE);
          expect(out.width).toBeLessThanOrEqual(w);
          expect(out.height).toBeLessThanOrEqual(h);
          if (Math.max(w, h) > MAX_PHOTO_SIDE) {
            expect(Math.max(out.width, out.height)).toBe(MAX_PHOTO_SIDE);
          }
          // Rounding moves each side by at most half a pixel of the scaled size.
          const factor = Math.min(1, MAX_PHOTO_SIDE / Math.max(w, h));
          expect(Math.abs(out.width - w * factor)).toBeLessThanOrEqual(1);
          expect(Math.abs(out.height - h * factor)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('checkPhotoFile', () => {
  it('refuses files that are not images', () => {
    expect(checkPhotoFile({ type: 'application/pdf', size: 1000, name: 'ktp.pdf' })).toBe(
      'Berkas ktp.pdf bukan gambar. Pilih foto JPEG atau PNG.',
    );
    expect(checkPhotoFile({ type: '', size: 1000 })).toMatch(/bukan gambar/);
  });

  it('refuses files over 15 MB before decoding, and empty files', () => {
    expect(checkPhotoFile({ type: 'image/jpeg', size: MAX_PHOTO_INPUT_BYTES })).toBeNull();
    expect(checkPhotoFile({ type: 'image/jpeg', size: MAX_PHOTO_INPUT_BYTES + 1 })).toMatch(
      /terlalu besar \(15,0 MB/,
    );
    expect(checkPhotoFile({ type: 'image/png', size: 0 })).toMatch(/kosong/);
  });
});
