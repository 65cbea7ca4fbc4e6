import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The signed payload printed as a QR code on a letter, verifiable offline.
 *
 *   SKTM1.<base64url(JSON array of claims)>.<base64url(Ed25519 signature)>
 *
 * The signature covers the exact ASCII text before the last dot, so checking
 * it never depends on re-serialising JSON. Everything is base64url (letters,
 * digits, `-`, `_`, `.`): a USB scanner that types into a field gets it right
 * on any keyboard layout. Claims are kept short for a QR readable at ~3 cm:
 * the NIK is reduced to its last four digits (enough to compare with the KTP
 * in hand, useless to anyone who finds the paper) and long texts are cut.
 * Signing itself happens in the renderer (WebCrypto); this module is pure.
 */

export const PAYLOAD_PREFIX = 'SKTM1';
export const PUBLIC_KEY_PREFIX = 'DTKSKEY1';
/** Longer names and purposes are cut in the QR (the letter itself prints them whole). */
export const MAX_CLAIM_TEXT = 60;

export type LetterClaims = {
  number: string;
  /** YYYY-MM-DD */
  date: string;
  name: string;
  /** Last four digits of the NIK. */
  nikLast4: string;
  purpose: string;
  /** Signer's name as printed. */
  signer: string;
  /** Key id: first 16 hex digits of SHA-256 of the raw public key. */
  keyId: string;
};

export type ParsedPayload = {
  ok: true;
  claims: LetterClaims;
  /** The signed text (prefix and claims). */
  body: string;
  signature: Uint8Array;
};

export type PayloadFailure = {
  ok: false;
  /** `not_payload`: not one of our codes at all; `damaged`: ours, but altered or cut. */
  kind: 'not_payload' | 'damaged';
  reason: string;
};

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((char, index) => [char, index]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let k = 0; k < chars; k += 1) out += B64[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Strict: refuses foreign characters and lengths no encoder produces. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of text) {
    const digit = B64_INDEX.get(char);
    if (digit === undefined) return null;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index] = (value >> bits) & 0xff;
      index += 1;
    }
  }
  return out;
}

function bytesToUtf8(bytes: Uint8Array): string | null {
  let escaped = '';
  for (const byte of bytes) escaped += `%${byte.toString(16).padStart(2, '0')}`;
  try {
    return decodeURIComponent(escaped);
  } catch {
    return null;
  }
}

function clip(text: string, max = MAX_CLAIM_TEXT): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export function nikLast4(nik: string): string {
  return nik.replace(/\D/g, '').slice(-4);
}

/** First 16 hex digits of SHA-256 of the raw 32-byte public key. */
export function keyIdOf(publicKeyRaw: Uint8Array): string {
  return bytesToHex(sha256(publicKeyRaw)).slice(0, 16);
}

/** `a1b2c3d4e5f6a7b8` → `A1B2 C3D4 E5F6 A7B8`, as printed for the Dinsos. */
export function formatFingerprint(keyId: string): string {
  return (
    keyId
      .toUpperCase()
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

/** What the letter says; the full NIK goes in and only its last four digits come out. */
export type ClaimsInput = Omit<LetterClaims, 'nikLast4'> & { nik: string };

/** The text that gets signed. Texts are normalised and cut here, once. */
export function payloadBody(claims: ClaimsInput): string {
  const fields = [
    claims.number,
    claims.date,
    clip(claims.name),
    nikLast4(claims.nik),
    clip(claims.purpose),
    clip(claims.signer),
    claims.keyId,
  ];
  return `${PAYLOAD_PREFIX}.${toBase64Url(utf8ToBytes(JSON.stringify(fields)))}`;
}

/** The bytes the Ed25519 signature covers. */
export function signedBytes(body: string): Uint8Array {
  return utf8ToBytes(body);
}

export function assemblePayload(body: string, signature: Uint8Array): string {
  return `${body}.${toBase64Url(signature)}`;
}

const damaged = (reason: string): PayloadFailure => ({ ok: false, kind: 'damaged', reason });

/**
 * Reads a payload as typed, pasted or scanned. Whitespace is dropped (a
 * scanner may add a line break; a clerk may paste with spaces).
 */
export function parsePayload(input: string): ParsedPayload | PayloadFailure {
  const text = input.replace(/\s+/g, '');
  if (text === '') return { ok: false, kind: 'not_payload', reason: 'Kode kosong' };
  const parts = text.split('.');
  if (parts[0] !== PAYLOAD_PREFIX) {
    return {
      ok: false,
      kind: 'not_payload',
      reason: text.startsWith('SKTM')
        ? 'Versi kode surat tidak dikenal'
        : 'Bukan kode QR surat dari aplikasi DTKS Kelurahan',
    };
  }
  if (parts.length !== 3) return damaged('Kode tidak lengkap atau terpotong');
  const [, encoded = '', sig = ''] = parts;
  const signature = fromBase64Url(sig);
  if (!signature || signature.length !== 64) return damaged('Bagian tanda tangan rusak');
  const bytes = fromBase64Url(encoded);
  const json = bytes && bytesToUtf8(bytes);
  if (!json) return damaged('Bagian isi surat rusak');
  let fields: unknown;
  try {
    fields = JSON.parse(json);
  } catch {
    return damaged('Bagian isi surat rusak');
  }
  if (
    !Array.isArray(fields) ||
    fields.length !== 7 ||
    !fields.every((field) => typeof field === 'string')
  ) {
    return damaged('Bagian isi surat tidak sesuai format');
  }
  const [number, date, name, nik, purpose, signer, keyId] = fields as string[];
  if (!/^[0-9a-f]{16}$/.test(keyId ?? '')) return damaged('Kode kunci dalam surat rusak');
  return {
    ok: true,
    claims: {
      number: number ?? '',
      date: date ?? '',
      name: name ?? '',
      nikLast4: nik ?? '',
      purpose: purpose ?? '',
      signer: signer ?? '',
      keyId: keyId ?? '',
    },
    body: `${parts[0]}.${encoded}`,
    signature,
  };
}

export type PublicKeyExport = { publicKeyRaw: Uint8Array; keyId: string; label: string };

/** A public key as printed on the "Kunci publik" sheet, for another office to import. */
export function encodePublicKey(publicKeyRaw: Uint8Array, label: string): string {
  return `${PUBLIC_KEY_PREFIX}.${toBase64Url(publicKeyRaw)}.${toBase64Url(utf8ToBytes(clip(label, 80)))}`;
}

export function parsePublicKey(input: string): PublicKeyExport | PayloadFailure {
  const parts = input.replace(/\s+/g, '').split('.');
  if (parts[0] !== PUBLIC_KEY_PREFIX || parts.length !== 3) {
    return { ok: false, kind: 'not_payload', reason: 'Bukan kunci publik DTKS Kelurahan' };
  }
  const raw = fromBase64Url(parts[1] ?? '');
  if (!raw || raw.length !== 32) return damaged('Kunci publik rusak');
  const labelBytes = fromBase64Url(parts[2] ?? '');
  const label = labelBytes && bytesToUtf8(labelBytes);
  if (label === null || label === undefined) return damaged('Nama pemilik kunci rusak');
  return { publicKeyRaw: raw, keyId: keyIdOf(raw), label };
}
