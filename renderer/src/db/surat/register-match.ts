import { constantTimeEqual } from '@shared/domain/keamanan/accounts';
import type { Letter } from '@shared/domain/core/entities';
import { parsePayload } from '@shared/domain/surat/payload';
import type { DtksDatabase } from '../core/database';
import { findLetterByNumber } from './repository';

/** Only an SKTM carries a QR; another letter under the scanned number does not vouch for it. */
async function findSktm(db: DtksDatabase, number: string): Promise<Letter | undefined> {
  const row = await findLetterByNumber(db, number);
  return row?.type === 'sktm' ? row : undefined;
}
import type { VerifyResult } from './signing';

/**
 * The register's entry for a scanned letter. For a valid signature the number
 * is enough. When the key is unknown (an office's key lost with its PC, a
 * backup made before keys were carried), the entry is given only when the
 * letter printed under that number carried exactly this code, content and
 * signature alike: then the register vouches for the letter even though the
 * signature cannot be checked.
 */
export async function registeredLetterFor(
  db: DtksDatabase,
  text: string,
  verify: VerifyResult,
): Promise<Letter | undefined> {
  if (verify.status === 'valid') return findSktm(db, verify.claims.number);
  if (verify.status !== 'unknown_key') return undefined;
  const scanned = parsePayload(text);
  if (!scanned.ok) return undefined;
  const letter = await findSktm(db, scanned.claims.number);
  const printed = letter ? parsePayload(letter.qrPayload) : null;
  if (!printed?.ok) return undefined;
  const same =
    printed.body === scanned.body && constantTimeEqual(printed.signature, scanned.signature);
  return same ? letter : undefined;
}
