import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../keamanan/audit-chain';
import type { Letter } from '../core/entities';

/**
 * What a letter says, as issued: everything printed or signed, and nothing
 * that changes legitimately later (status, cancellation, reprints).
 */
export const LETTER_CONTENT_FIELDS = [
  'id',
  'type',
  'year',
  'seq',
  'number',
  'date',
  'personId',
  'subject',
  'dependants',
  'purpose',
  'coverLetter',
  'validUntil',
  'signer',
  'qrPayload',
  'createdAt',
  'createdBy',
] as const satisfies readonly (keyof Letter)[];

/**
 * SHA-256 (hex) of the letter's content in canonical JSON. The audit
 * entry carries it, so a letter row edited in the database afterwards no
 * longer matches its own entry in the (anchored) log.
 */
export function letterContentHash(letter: Letter): string {
  const content: Record<string, unknown> = {};
  for (const field of LETTER_CONTENT_FIELDS) content[field] = letter[field];
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content))));
}
