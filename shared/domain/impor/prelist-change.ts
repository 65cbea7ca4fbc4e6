import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Family, Person } from '../core/entities';

/**
 * Whether a prelist family's data changed since the prelist listed it (issue 14.3): a
 * family the room keeps ("tetap") sends nothing to the national system, or a perbaikan
 * when the office now knows it differently. "Its data" is what the national list holds
 * and the prelist carried: the family's KK and address, and per member the identity,
 * the relation in the family and whether the member is still there (a birth adds a
 * member, a death or a move changes one). Fields the prelist did not carry (pekerjaan,
 * agama …) are left out: filling them in is completing the register, not a correction.
 */

type FamilyPart = Pick<Family, 'noKk' | 'alamat' | 'rt' | 'rw'>;
type MemberPart = Pick<
  Person,
  | 'nik'
  | 'nama'
  | 'tempatLahir'
  | 'tanggalLahir'
  | 'jenisKelamin'
  | 'namaIbuKandung'
  | 'shdk'
  | 'statusKeberadaan'
>;

const clean = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ').toUpperCase();

/** One text per family, members in NIK order, JSON so no value can forge a separator. */
export function prelistCanonical(family: FamilyPart, members: readonly MemberPart[]): string {
  const rows = [...members]
    .sort((a, b) => (a.nik < b.nik ? -1 : a.nik > b.nik ? 1 : 0))
    .map((member) => [
      member.nik,
      clean(member.nama),
      clean(member.tempatLahir),
      member.tanggalLahir,
      member.jenisKelamin,
      clean(member.namaIbuKandung),
      member.shdk,
      member.statusKeberadaan,
    ]);
  return JSON.stringify([
    'prelist-v1',
    family.noKk,
    clean(family.alamat),
    family.rt,
    family.rw,
    rows,
  ]);
}

export function prelistFingerprint(family: FamilyPart, members: readonly MemberPart[]): string {
  return bytesToHex(sha256(utf8ToBytes(prelistCanonical(family, members))));
}

/**
 * True when the family differs from its prelist. A family imported before the fingerprint
 * existed has none: then any edit after the prelist's import counts as a change (a needless
 * perbaikan costs the portal a check; a missed one keeps wrong data listed).
 */
export function prelistChanged(
  family: FamilyPart & Pick<Family, 'prelistFingerprint' | 'updatedAt'>,
  members: readonly (MemberPart & Pick<Person, 'updatedAt' | 'createdAt'>)[],
  importedAt: string,
): boolean {
  if (family.prelistFingerprint) {
    return prelistFingerprint(family, members) !== family.prelistFingerprint;
  }
  return (
    family.updatedAt > importedAt ||
    members.some((member) => member.updatedAt > importedAt || member.createdAt > importedAt)
  );
}
