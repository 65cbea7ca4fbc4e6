import { Refusal } from '@shared/domain/core/refusal';
import { fromBase64Url, toBase64Url } from '@shared/domain/surat/payload';

/**
 * Turns stored rows into JSON and back without losing what JSON cannot
 * carry: Blobs (house photos), bytes, dates and `undefined` properties. Tagged
 * values are objects with a `$t` key; a stored object that happens to have a
 * `$t` key of its own is wrapped, so decoding never mistakes data for a tag.
 */
type Tagged =
  | { $t: 'blob'; type: string; b64: string }
  | { $t: 'bytes'; b64: string }
  | { $t: 'date'; iso: string }
  | { $t: 'undef' }
  | { $t: 'obj'; v: Record<string, unknown> };

type BlobLike = { size: number; type: string; arrayBuffer?: () => Promise<ArrayBuffer> };

export class BackupCodecError extends Refusal {
  override name = 'BackupCodecError';
  constructor(message: string) {
    super(message, { kind: 'cadangan' });
  }
}

function isBlobLike(value: object): value is BlobLike {
  const candidate = value as Partial<BlobLike>;
  return (
    (typeof Blob !== 'undefined' && value instanceof Blob) ||
    (typeof candidate.size === 'number' &&
      typeof candidate.type === 'string' &&
      typeof (value as { slice?: unknown }).slice === 'function')
  );
}

async function blobBytes(blob: BlobLike): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  return new Uint8Array(await new Response(blob as Blob).arrayBuffer());
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export function isUint8Array(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

export async function encodeValue(value: unknown): Promise<unknown> {
  if (value === undefined) return { $t: 'undef' } satisfies Tagged;
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new BackupCodecError('Angka tidak terhingga tidak dapat dicadangkan');
    }
    if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
      throw new BackupCodecError(`Nilai ${typeof value} tidak dapat dicadangkan`);
    }
    return value;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) out.push(await encodeValue(item));
    return out;
  }
  if (value instanceof Date) return { $t: 'date', iso: value.toISOString() } satisfies Tagged;
  // By tag, not instanceof: bytes read back from IndexedDB may come from another realm
  // (a worker, or fake-indexeddb under test) whose Uint8Array is a different constructor.
  if (isUint8Array(value)) {
    return { $t: 'bytes', b64: toBase64Url(new Uint8Array(value)) } satisfies Tagged;
  }
  if (value instanceof ArrayBuffer) {
    return { $t: 'bytes', b64: toBase64Url(new Uint8Array(value)) } satisfies Tagged;
  }
  if (isBlobLike(value)) {
    return {
      $t: 'blob',
      type: value.type,
      b64: toBase64Url(await blobBytes(value)),
    } satisfies Tagged;
  }
  if (!isPlainObject(value)) {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'objek';
    throw new BackupCodecError(`Nilai jenis ${name} tidak dapat dicadangkan`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = await encodeValue(item);
  return '$t' in value ? ({ $t: 'obj', v: out } satisfies Tagged) : out;
}

export type BlobFactory = (bytes: Uint8Array, type: string) => unknown;

const defaultBlob: BlobFactory = (bytes, type) => new Blob([bytes as BlobPart], { type });

function bytesOf(b64: unknown): Uint8Array {
  const bytes = typeof b64 === 'string' ? fromBase64Url(b64) : null;
  if (!bytes) throw new BackupCodecError('Data biner dalam cadangan rusak');
  return bytes;
}

/** Inverse of {@link encodeValue}; refuses unknown tags instead of guessing. */
export function decodeValue(value: unknown, makeBlob: BlobFactory = defaultBlob): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => decodeValue(item, makeBlob));
  const record = value as Record<string, unknown>;
  if ('$t' in record) {
    const tag = record.$t;
    switch (tag) {
      case 'undef':
        return undefined;
      case 'date': {
        const date = new Date(String(record.iso));
        if (Number.isNaN(date.getTime()))
          throw new BackupCodecError('Tanggal dalam cadangan rusak');
        return date;
      }
      case 'bytes':
        return bytesOf(record.b64);
      case 'blob':
        return makeBlob(bytesOf(record.b64), typeof record.type === 'string' ? record.type : '');
      case 'obj':
        if (typeof record.v !== 'object' || record.v === null || Array.isArray(record.v)) {
          throw new BackupCodecError('Objek dalam cadangan rusak');
        }
        return decodeObject(record.v as Record<string, unknown>, makeBlob);
      default:
        throw new BackupCodecError('Penanda jenis data dalam cadangan tidak dikenal');
    }
  }
  return decodeObject(record, makeBlob);
}

function decodeObject(record: Record<string, unknown>, makeBlob: BlobFactory) {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    // A JSON key "__proto__" must stay data, never reach the prototype.
    Object.defineProperty(out, key, {
      value: decodeValue(item, makeBlob),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
