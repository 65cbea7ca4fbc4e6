import type { AidReceived } from '@shared/domain/core/entities';
import { aidInputSchema } from '@shared/domain/warga/aid-schema';
import type { AidInput } from '@shared/domain/warga/aid-schema';
import { hasExistingOverlap } from '@shared/domain/warga/overlap';
import { newId } from '@shared/domain/core/ids';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { parseOrThrow, RegistryError } from './errors';
import { currentActor } from '../pengaturan/repository';

/** The usual funding level of each programme, offered as the form's default. */
export const DEFAULT_LEVEL: Record<AidReceived['programme'], AidReceived['level']> = {
  PKH: 'pusat',
  'BPNT/Sembako': 'pusat',
  'PBI-JK': 'pusat',
  BLT: 'pusat',
  'Bansos Daerah': 'kota',
  Lainnya: 'kota',
};

export async function listAidForFamily(db: DtksDatabase, familyId: string): Promise<AidReceived[]> {
  const rows = await db.aid.where('familyId').equals(familyId).toArray();
  return rows.sort((a, b) => a.since.localeCompare(b.since));
}

export type AidAddResult = { id: string; overlapping: boolean };

/**
 * Records aid a family (or one member) receives. Central plus regional aid is
 * allowed to be recorded, since it is a fact on the ground, but the result
 * says so and the family shows the overlap flag.
 */
export async function addAid(
  db: DtksDatabase,
  familyId: string,
  input: AidInput,
): Promise<AidAddResult> {
  checkPermission(db, 'create', 'bantuan');
  const data = parseOrThrow(aidInputSchema, input);
  const actor = await currentActor(db);
  const row: AidReceived = {
    id: newId(),
    familyId,
    ...data,
    createdAt: new Date().toISOString(),
  };
  if (row.personId === undefined) delete row.personId;
  if (row.note === undefined) delete row.note;
  let overlapping = false;
  await db.transaction('rw', [db.families, db.people, db.aid, db.audit], async () => {
    if (!(await db.families.get(familyId))) {
      throw new RegistryError('Keluarga tidak ditemukan', 'familyId');
    }
    let who = '';
    if (row.personId) {
      const person = await db.people.get(row.personId);
      if (!person || person.familyId !== familyId) {
        throw new RegistryError('Penerima bukan anggota keluarga ini', 'personId');
      }
      who = ` untuk ${person.nama}`;
    }
    const existing = await db.aid.where('familyId').equals(familyId).toArray();
    const duplicate = existing.find(
      (item) => item.programme === row.programme && item.personId === row.personId,
    );
    if (duplicate) {
      throw new RegistryError(`Bantuan ${row.programme} sudah tercatat${who}`, 'programme');
    }
    await db.aid.add(row);
    overlapping = hasExistingOverlap([...existing, row]);
    await appendAudit(db, {
      actor,
      action: 'create',
      entity: 'bantuan',
      entityId: familyId,
      summary: `Bantuan dicatat: ${row.programme} (${row.level})${who}, sejak ${row.since}${
        overlapping ? '; keluarga menerima bantuan pusat dan daerah sekaligus (tumpang tindih)' : ''
      }`,
      after: row,
    });
  });
  return { id: row.id, overlapping };
}

export async function removeAid(db: DtksDatabase, aidId: string, reason: string): Promise<void> {
  checkPermission(db, 'delete', 'bantuan');
  const why = reason.trim();
  if (!why) throw new RegistryError('Alasan wajib diisi', 'reason');
  const actor = await currentActor(db);
  await db.transaction('rw', [db.aid, db.audit], async () => {
    const before = await db.aid.get(aidId);
    if (!before) throw new RegistryError('Data bantuan tidak ditemukan', 'aidId');
    await db.aid.delete(aidId);
    await appendAudit(db, {
      actor,
      action: 'delete',
      entity: 'bantuan',
      entityId: before.familyId,
      summary: `Bantuan dihapus: ${before.programme} (${before.level}): ${why}`,
      before,
    });
  });
}
