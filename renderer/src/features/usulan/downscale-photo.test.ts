import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_PHOTO_INPUT_BYTES, MAX_STORED_PHOTO_BYTES } from '@shared/domain/usulan/house-photo';
import { downscalePhoto } from './downscale-photo';

type Drawn = { width: number; height: number; drawn: number[]; qualities: number[] };

/** jsdom decodes no images: stand in for the browser's bitmap and canvas. */
function fakeBrowser(source: { width: number; height: number }, blobSizes: number[] = [5000]) {
  const log: Drawn = { width: 0, height: 0, drawn: [], qualities: [] };
  const close = vi.fn();
  const createImageBitmap = vi.fn(async () => ({ ...source, close }));
  class FakeOffscreenCanvas {
    constructor(width: number, height: number) {
      log.width = width;
      log.height = height;
    }
    getContext() {
      return {
        fillRect: () => {},
        drawImage: (_image: unknown, _x: number, _y: number, w: number, h: number) => {
          log.drawn = [w, h];
        },
      };
    }
    async convertToBlob(options: { type: string; quality: number }) {
      log.qualities.push(options.quality);
      const size = blobSizes[log.qualities.length - 1] ?? 1;
      return new Blob([new Uint8Array(size)], { type: options.type });
    }
  }
  vi.stubGlobal('createImageBitmap', createImageBitmap);
  vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
  return { log, createImageBitmap, close };
}

const file = (size: number, type = 'image/jpeg', name = 'rumah.jpg') => {
  const f = new File([new Uint8Array(1)], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
};

afterEach(() => vi.unstubAllGlobals());

describe('downscalePhoto', () => {
  it('refuses non-images and files over 15 MB without decoding them', async () => {
    const { createImageBitmap } = fakeBrowser({ width: 10, height: 10 });
    await expect(downscalePhoto(file(1000, 'application/pdf', 'kk.pdf'))).rejects.toThrow(
      'Berkas kk.pdf bukan gambar',
    );
    await expect(downscalePhoto(file(MAX_PHOTO_INPUT_BYTES + 1))).rejects.toThrow('15 MB');
    expect(createImageBitmap).not.toHaveBeenCalled();
  });

  it('draws a 4000×3000 photo at 1280×960 as JPEG quality 0.8 and frees the bitmap', async () => {
    const { log, close, createImageBitmap } = fakeBrowser({ width: 4000, height: 3000 });
    const result = await downscalePhoto(file(3_000_000));
    expect(result.width).toBe(1280);
    expect(result.height).toBe(960);
    expect(result.blob.type).toBe('image/jpeg');
    expect([log.width, log.height]).toEqual([1280, 960]);
    expect(log.drawn).toEqual([1280, 960]);
    expect(log.qualities).toEqual([0.8]);
    expect(createImageBitmap).toHaveBeenCalledWith(expect.any(File), {
      imageOrientation: 'from-image',
    });
    expect(close).toHaveBeenCalledOnce();
  });

  it('lowers the quality when a detailed picture is still too heavy', async () => {
    const { log } = fakeBrowser({ width: 1000, height: 800 }, [
      MAX_STORED_PHOTO_BYTES + 1,
      MAX_STORED_PHOTO_BYTES - 1,
    ]);
    const result = await downscalePhoto(file(900_000));
    expect(log.qualities).toEqual([0.8, 0.65]);
    expect(result.blob.size).toBe(MAX_STORED_PHOTO_BYTES - 1);
    expect([result.width, result.height]).toEqual([1000, 800]);
  });

  it('explains an undecodable file (e.g. HEIC) in words', async () => {
    fakeBrowser({ width: 1, height: 1 });
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn(async () => {
        throw new DOMException('decode failed', 'InvalidStateError');
      }),
    );
    await expect(downscalePhoto(file(2000, 'image/heic', 'IMG_1.heic'))).rejects.toThrow(
      'IMG_1.heic tidak dapat dibaca sebagai gambar',
    );
  });
});
