import type { Family, PersonRow } from '@shared/domain/core/entities';
import type { DtksDatabase } from '../core/database';
import { numberKeyBounds } from '@shared/domain/warga/number-keys';
import { duplicateKkError, duplicateNikError, RegistryError } from './errors';

/** The registry's rules that more than one write needs, run inside the write's transaction. */

/** Entity names in the audit log; the permission table knows them by these. */
export const FAMILY = 'keluarga';
export const PERSON = 'warga';

/** Every registry write locks the same tables, proposals included (deletes check them). */
export function registryTables(db: DtksDatabase) {
  return [db.families, db.people, db.aid, db.proposals, db.audit];
}

export async function headOf(db: DtksDatabase, familyId: string): Promise<PersonRow | undefined> {
  return db.people
    .where('familyId')
    .equals(familyId)
    .filter((person) => person.shdk === 1)
    .first();
}

export async function assertNikFree(
  db: DtksDatabase,
  nik: string,
  exceptPersonId?: string,
  memberIndex?: number,
): Promise<void> {
  const holder = await db.people
    .where('nikKey')
    .between(...numberKeyBounds(nik), true, true)
    .filter((person) => person.nik === nik)
    .first();
  if (!holder || holder.id === exceptPersonId) return;
  const family = await db.families.get(holder.familyId);
  const head = family ? await headOf(db, family.id) : undefined;
  throw duplicateNikError(nik, holder, family, head, memberIndex);
}

export async function assertKkFree(db: DtksDatabase, noKk: string, exceptFamilyId?: string) {
  const holder = await db.families
    .where('noKkKey')
    .between(...numberKeyBounds(noKk), true, true)
    .filter((family) => family.noKk === noKk)
    .first();
  if (!holder || holder.id === exceptFamilyId) return;
  throw duplicateKkError(holder, await headOf(db, holder.id));
}

export async function requireFamily(db: DtksDatabase, familyId: string): Promise<Family> {
  const family = await db.families.get(familyId);
  if (!family) throw new RegistryError('Keluarga tidak ditemukan', 'familyId');
  return family;
}

export async function requirePerson(db: DtksDatabase, personId: string): Promise<PersonRow> {
  const person = await db.people.get(personId);
  if (!person) throw new RegistryError('Warga tidak ditemukan', 'personId');
  return person;
}

export function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new RegistryError('Alasan wajib diisi', 'reason');
  return trimmed;
}
