import { Refusal } from '@shared/domain/core/refusal';
import {
  checkPhotoFile,
  MAX_STORED_PHOTO_BYTES,
  PHOTO_JPEG_QUALITY,
  scaledSize,
} from '@shared/domain/usulan/house-photo';

export type DownscaledPhoto = { blob: Blob; width: number; height: number };

/** Lower qualities tried only when a very detailed picture is still over the stored limit. */
const QUALITIES = [PHOTO_JPEG_QUALITY, 0.65, 0.5];

/** A refusal worded for the clerk. */
export class PhotoError extends Refusal {
  constructor(message: string) {
    super(message, { kind: 'foto' });
    this.name = 'PhotoError';
  }
}

async function encode(
  bitmap: ImageBitmap,
  size: { width: number; height: number },
  quality: number,
): Promise<Blob> {
  const draw = (ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D) => {
    ctx.imageSmoothingQuality = 'high';
    // JPEG has no transparency: a transparent PNG would turn black without this.
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(bitmap, 0, 0, size.width, size.height);
  };
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new PhotoError('Peramban tidak dapat mengolah gambar');
    draw(ctx);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new PhotoError('Peramban tidak dapat mengolah gambar');
  draw(ctx);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new PhotoError('Gagal menyimpan gambar'))),
      'image/jpeg',
      quality,
    ),
  );
}

/**
 * Decodes a picked photo (honouring the phone's EXIF rotation), scales its
 * longest side to at most 1280 px and re-encodes it as JPEG. Oversized and
 * non-image files are refused before any decoding.
 */
export async function downscalePhoto(file: File): Promise<DownscaledPhoto> {
  const problem = checkPhotoFile(file);
  if (problem) throw new PhotoError(problem);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError(
      `Berkas ${file.name} tidak dapat dibaca sebagai gambar. Simpan ulang sebagai JPEG atau PNG lalu coba lagi.`,
    );
  }
  try {
    const size = scaledSize(bitmap.width, bitmap.height);
    for (const quality of QUALITIES) {
      const blob = await encode(bitmap, size, quality);
      if (blob.size <= MAX_STORED_PHOTO_BYTES) return { blob, ...size };
    }
    throw new PhotoError('Foto terlalu rinci untuk disimpan meski sudah diperkecil');
  } finally {
    bitmap.close();
  }
}
