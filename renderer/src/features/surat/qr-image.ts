import type jsQRType from 'jsqr';

/** Phone photos are large: decoding a scaled copy first is much faster. */
const FIRST_TRY_SIDE = 1600;
/** A dense QR on a full-page scan needs the detail back; beyond this a canvas gets too big. */
const MAX_SIDE = 4000;

type JsQr = typeof jsQRType;

function decodeAt(bitmap: ImageBitmap, maxSide: number, jsQR: JsQr): string | null {
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('Kanvas tidak tersedia');
  context.drawImage(bitmap, 0, 0, width, height);
  const image = context.getImageData(0, 0, width, height);
  return jsQR(image.data, width, height)?.data ?? null;
}

/**
 * Reads a QR code from an image file (a phone photo or a scan of the
 * letter). jsQR is loaded only when someone actually uses this.
 */
export async function decodeQrFromFile(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    const { default: jsQR } = await import('jsqr');
    const quick = decodeAt(bitmap, FIRST_TRY_SIDE, jsQR);
    if (quick !== null || Math.max(bitmap.width, bitmap.height) <= FIRST_TRY_SIDE) return quick;
    return decodeAt(bitmap, MAX_SIDE, jsQR);
  } finally {
    bitmap.close();
  }
}
