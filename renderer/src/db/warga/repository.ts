import type { Family, Person, PersonRow } from '@shared/domain/core/entities';
import { CONFIRMABLE_FIELDS, SHDK } from '@shared/domain/core/entities';
import { fieldList, remainingToComplete } from '@shared/domain/warga/person-fields';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import { newId } from '@shared/domain/core/ids';
import { parseIdDtks } from '@shared/domain/warga/id-dtks';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { parseOrThrow, RegistryError } from './errors';
import {
  assertKkFree,
  assertNikFree,
  FAMILY,
  headOf,
  PERSON,
  registryTables,
  requireFamily,
  requirePerson,
} from './guards';
import {
  familyInputSchema,
  memberInputSchema,
  missingRequired,
  personSnapshot,
} from '../../../../shared/domain/warga/registry-schema';
import type {
  FamilyInput,
  MemberData,
  MemberInput,
} from '../../../../shared/domain/warga/registry-schema';
import { currentActor, getIdentity } from '../pengaturan/repository';

export {
  countFamilies,
  getFamilyDetail,
  getFamilyRows,
  listFamilies,
  listAreas,
  listFamilyIds,
  sortMembers,
} from './read';
export type { Area, FamilyDetail, FamilyListFilter, FamilyListRow } from './read';
export { getPersonHits, rankPeople, searchPeople } from './search';
export type { PersonHit, RankedPerson, SearchOptions } from './search';
export { isRegistryError, RegistryError } from './errors';
export { changeHead, deleteMember, moveMember, setPresenceStatus } from './member-actions';

/** The data without keys whose value is unknown: an unknown field is absent, not `undefined`. */
function withoutUnknown(data: MemberData): MemberData {
  const copy: Record<string, unknown> = { ...data };
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as MemberData;
}

/** A new person is entered by the clerk in full: nothing may stay unknown. */
function requireComplete(data: MemberData, memberIndex?: number): void {
  const missing = missingRequired(data);
  if (missing) throw new RegistryError(missing.message, missing.field, { memberIndex });
}

function newPerson(data: MemberData, familyId: string, now: string): PersonRow {
  const person: Person = {
    id: newId(),
    familyId,
    ...withoutUnknown(data),
    createdAt: now,
    updatedAt: now,
  };
  return toPersonRow(person);
}

/**
 * The refusal {@link createFamily} or {@link addMember} would give for this
 * NIK, or null when it is free: lets a form warn while the clerk is typing.
 */
export async function checkNikAvailable(
  db: DtksDatabase,
  nik: string,
  exceptPersonId?: string,
): Promise<RegistryError | null> {
  try {
    await assertNikFree(db, nik, exceptPersonId);
    return null;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
}

export async function checkKkAvailable(
  db: DtksDatabase,
  noKk: string,
  exceptFamilyId?: string,
): Promise<RegistryError | null> {
  try {
    await assertKkFree(db, noKk, exceptFamilyId);
    return null;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
}

export type NewFamily = { family: FamilyInput; members: MemberInput[]; kodeWilayah?: string };

/**
 * Registers a family with its members in one transaction. Exactly one member
 * is Kepala Keluarga; every NIK is valid and new, within the family and the
 * whole registry. Returns the new family's id.
 */
export async function createFamily(db: DtksDatabase, input: NewFamily): Promise<string> {
  checkPermission(db, 'create', 'keluarga');
  const familyData = parseOrThrow(familyInputSchema, input.family);
  const members = input.members.map((member, index) => {
    const data = parseOrThrow(memberInputSchema, member, index);
    requireComplete(data, index);
    return data;
  });
  if (members.length === 0) throw new RegistryError('Keluarga harus memiliki anggota', 'members');
  const heads = members.filter((member) => member.shdk === 1).length;
  if (heads !== 1) {
    throw new RegistryError(
      heads === 0
        ? 'Pilih satu anggota sebagai Kepala Keluarga'
        : 'Hanya boleh ada satu Kepala Keluarga dalam satu KK',
      'shdk',
    );
  }
  const seen = new Map<string, number>();
  members.forEach((member, index) => {
    const first = seen.get(member.nik);
    if (first !== undefined) {
      throw new RegistryError(
        `NIK ini sama dengan NIK anggota ke-${first + 1} (${members[first]?.nama ?? ''})`,
        'nik',
        { memberIndex: index },
      );
    }
    seen.set(member.nik, index);
  });
  const kodeWilayah = input.kodeWilayah || (await getIdentity(db))?.kodeWilayah;
  if (!kodeWilayah) throw new RegistryError('Identitas kelurahan belum diisi', 'kodeWilayah');
  const actor = await currentActor(db);
  const now = new Date().toISOString();
  const family: Family = {
    id: newId(),
    ...familyData,
    kodeWilayah,
    createdAt: now,
    updatedAt: now,
  };
  const rows = members.map((member) => newPerson(member, family.id, now));

  await db.transaction('rw', registryTables(db), async () => {
    await assertKkFree(db, family.noKk);
    for (const [index, row] of rows.entries()) await assertNikFree(db, row.nik, undefined, index);
    await db.families.add(family);
    await db.people.bulkAdd(rows);
    const head = rows.find((row) => row.shdk === 1);
    await appendAudit(db, {
      actor,
      action: 'create',
      entity: FAMILY,
      entityId: family.id,
      summary: `Keluarga baru didaftarkan: ${head?.nama ?? ''}, ${rows.length} anggota`,
      after: { family, members: rows.map(personSnapshot) },
    });
  });
  return family.id;
}

export async function updateFamily(
  db: DtksDatabase,
  familyId: string,
  input: FamilyEdit,
): Promise<void> {
  checkPermission(db, 'update', 'keluarga');
  const data = parseOrThrow(familyInputSchema, input);
  const actor = await currentActor(db);
  await db.transaction('rw', registryTables(db), async () => {
    const before = await requireFamily(db, familyId);
    if (data.noKk !== before.noKk) await assertKkFree(db, data.noKk, familyId);
    const after: Family = { ...before, ...data, updatedAt: new Date().toISOString() };
    const idChanged = input.idDtks !== undefined && input.idDtks.trim() !== (before.idDtks ?? '');
    if (input.idDtks !== undefined && idChanged) {
      // Only a changed ID is checked: one the list gave stays as it came.
      const id = parseIdDtks(input.idDtks);
      if (!id.ok) throw new RegistryError(id.reason, 'idDtks');
      if (id.value === '') delete after.idDtks;
      else after.idDtks = id.value;
    }
    await db.families.put(after);
    await appendAudit(db, {
      actor,
      action: 'update',
      entity: FAMILY,
      entityId: familyId,
      summary: idChanged
        ? `Data keluarga diubah (ID DTKS/DTSEN: ${after.idDtks ?? 'dikosongkan'})`
        : 'Data keluarga diubah',
      before,
      after,
    });
  });
}

/** The family edit form: the fields a new family has, plus its ID DTKS/DTSEN. */
export type FamilyEdit = FamilyInput & {
  /** Absent: left as is; empty: removed. Checked with {@link parseIdDtks} when changed. */
  idDtks?: string;
};

/** Adds a member to an existing family. A second Kepala Keluarga is refused. */
export async function addMember(
  db: DtksDatabase,
  familyId: string,
  input: MemberInput,
): Promise<string> {
  checkPermission(db, 'create', 'warga');
  const data = parseOrThrow(memberInputSchema, input);
  requireComplete(data);
  const actor = await currentActor(db);
  const row = newPerson(data, familyId, new Date().toISOString());
  await db.transaction('rw', registryTables(db), async () => {
    await requireFamily(db, familyId);
    await assertNikFree(db, row.nik);
    if (row.shdk === 1) {
      const head = await headOf(db, familyId);
      if (head) {
        throw new RegistryError(
          `Keluarga ini sudah memiliki Kepala Keluarga (${head.nama}). Gunakan "Ganti kepala keluarga".`,
          'shdk',
        );
      }
    }
    await db.people.add(row);
    await appendAudit(db, {
      actor,
      action: 'create',
      entity: PERSON,
      entityId: familyId,
      summary: `Anggota ditambahkan: ${row.nama} (${SHDK[row.shdk]})`,
      after: personSnapshot(row),
    });
  });
  return row.id;
}

/**
 * Saves a member's data. Who heads the family changes only through
 * {@link changeHead}, so a family never has zero or two heads.
 *
 * A field the import left to complete may stay unknown; once the clerk gives it a
 * value (chosen, typed, or a suggestion confirmed) it leaves `fieldsToComplete`,
 * and only then: the list always says exactly what nobody has confirmed yet.
 */
export async function updateMember(
  db: DtksDatabase,
  personId: string,
  input: MemberInput,
): Promise<void> {
  checkPermission(db, 'update', 'warga');
  const data = parseOrThrow(memberInputSchema, input);
  const actor = await currentActor(db);
  await db.transaction('rw', registryTables(db), async () => {
    const before = await requirePerson(db, personId);
    const missing = missingRequired(data, before.fieldsToComplete);
    if (missing) throw new RegistryError(missing.message, missing.field);
    if (data.nik !== before.nik) await assertNikFree(db, data.nik, personId);
    if ((data.shdk === 1) !== (before.shdk === 1)) {
      throw new RegistryError(
        before.shdk === 1
          ? 'Kepala Keluarga hanya dapat diganti dengan menunjuk kepala keluarga baru ("Ganti kepala keluarga").'
          : 'Keluarga ini sudah memiliki Kepala Keluarga. Gunakan "Ganti kepala keluarga".',
        'shdk',
      );
    }
    const kept = personSnapshot(before);
    for (const field of CONFIRMABLE_FIELDS) delete kept[field];
    delete kept.fieldsToComplete;
    const remaining = remainingToComplete(before.fieldsToComplete, data);
    const confirmed = (before.fieldsToComplete ?? []).filter((f) => !remaining.includes(f));
    const after = toPersonRow({
      ...kept,
      ...withoutUnknown(data),
      id: before.id,
      familyId: before.familyId,
      updatedAt: new Date().toISOString(),
      ...(remaining.length > 0 ? { fieldsToComplete: remaining } : {}),
      ...(before.suspended ? { suspended: true } : {}),
    });
    await db.people.put(after);
    const completed =
      confirmed.length > 0 ? `; dilengkapi: ${fieldList(confirmed).toLowerCase()}` : '';
    await appendAudit(db, {
      actor,
      action: 'update',
      entity: PERSON,
      entityId: before.familyId,
      summary: `Data anggota diubah: ${after.nama}${completed}`,
      before: personSnapshot(before),
      after: personSnapshot(after),
    });
  });
}
