/** Phone cameras produce 3–12 MB; past this a file is not a house photo worth decoding. */
export const MAX_PHOTO_INPUT_BYTES = 15 * 1024 * 1024;
/** Longest side kept: enough to read a wall or a floor, small enough for thousands of photos. */
export const MAX_PHOTO_SIDE = 1280;
export const PHOTO_JPEG_QUALITY = 0.8;
/** A 1280 px JPEG at quality 0.8 is well under this; more means it was not downscaled. */
export const MAX_STORED_PHOTO_BYTES = 1024 * 1024;
export const MAX_PHOTOS_PER_PROPOSAL = 10;

/** Why a picked file is refused before decoding; null when it may be decoded. */
export function checkPhotoFile(file: { type: string; size: number; name?: string }): string | null {
  if (!file.type.startsWith('image/')) {
    const label = file.name ? `Berkas ${file.name}` : 'Berkas ini';
    return `${label} bukan gambar. Pilih foto JPEG atau PNG.`;
  }
  if (file.size > MAX_PHOTO_INPUT_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1).replace('.', ',');
    return `Foto terlalu besar (${mb} MB; maksimal 15 MB).`;
  }
  if (file.size === 0) return 'Berkas foto kosong.';
  return null;
}

/**
 * Size after downscaling so the longest side is at most `maxSide`, keeping the
 * aspect ratio; small pictures are never enlarged.
 */
export function scaledSize(
  width: number,
  height: number,
  maxSide = MAX_PHOTO_SIDE,
): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) throw new RangeError('Ukuran gambar tidak valid');
  const longest = Math.max(width, height);
  if (longest <= maxSide) return { width: Math.round(width), height: Math.round(height) };
  const factor = maxSide / longest;
  return {
    width: Math.max(1, Math.round(width * factor)),
    height: Math.max(1, Math.round(height * factor)),
  };
}
