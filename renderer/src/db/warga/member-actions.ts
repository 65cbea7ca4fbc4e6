import type { PersonRow, PresenceStatus, ShdkCode } from '@shared/domain/core/entities';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { RegistryError } from './errors';
import {
  FAMILY,
  headOf,
  PERSON,
  registryTables,
  requireFamily,
  requirePerson,
  requireReason,
} from './guards';
import { personSnapshot, PRESENCE_LABELS } from '../../../../shared/domain/warga/registry-schema';
import { currentActor } from '../pengaturan/repository';

/*
 * Actions on one member beyond editing the data: who heads the family, moving
 * to another family, presence status, deletion. Each is one transaction with
 * its audit entry.
 */

/**
 * Makes another member the Kepala Keluarga; the former head takes
 * `formerHeadShdk` (for example Istri, or Lainnya after a death).
 */
export async function changeHead(
  db: DtksDatabase,
  familyId: string,
  newHeadId: string,
  formerHeadShdk: ShdkCode,
): Promise<void> {
  checkPermission(db, 'update', 'keluarga');
  if (formerHeadShdk === 1) {
    throw new RegistryError('Pilih hubungan baru untuk kepala keluarga lama', 'shdk');
  }
  const actor = await currentActor(db);
  await db.transaction('rw', registryTables(db), async () => {
    const incoming = await requirePerson(db, newHeadId);
    if (incoming.familyId !== familyId) {
      throw new RegistryError('Warga ini bukan anggota keluarga tersebut', 'personId');
    }
    if (incoming.shdk === 1) return;
    const former = await headOf(db, familyId);
    const now = new Date().toISOString();
    const changed = [toPersonRow({ ...personSnapshot(incoming), shdk: 1, updatedAt: now })];
    if (former) {
      changed.push(
        toPersonRow({ ...personSnapshot(former), shdk: formerHeadShdk, updatedAt: now }),
      );
    }
    await db.people.bulkPut(changed);
    await appendAudit(db, {
      actor,
      action: 'update',
      entity: FAMILY,
      entityId: familyId,
      summary: `Kepala keluarga diganti: ${former?.nama ?? '—'} → ${incoming.nama}`,
      before: { kepalaKeluarga: former?.nama, shdkLama: former?.shdk, anggota: incoming.nama },
      after: { kepalaKeluarga: incoming.nama, shdkLama: formerHeadShdk },
    });
  });
}

/**
 * Moves a member into another family: an explicit action with a reason, logged
 * in both families' histories. The head cannot leave before a new head is named.
 */
export async function moveMember(
  db: DtksDatabase,
  personId: string,
  toFamilyId: string,
  reason: string,
  newShdk?: ShdkCode,
): Promise<void> {
  checkPermission(db, 'update', 'warga');
  const why = requireReason(reason);
  if (newShdk === 1) {
    throw new RegistryError(
      'Anggota yang dipindahkan tidak dapat langsung menjadi Kepala Keluarga; gunakan "Ganti kepala keluarga" setelah pindah.',
      'shdk',
    );
  }
  const actor = await currentActor(db);
  await db.transaction('rw', registryTables(db), async () => {
    const before = await requirePerson(db, personId);
    if (before.familyId === toFamilyId) {
      throw new RegistryError('Warga sudah menjadi anggota keluarga ini', 'familyId');
    }
    if (before.shdk === 1) {
      throw new RegistryError(
        'Kepala Keluarga tidak dapat dipindahkan. Tunjuk kepala keluarga baru lebih dulu.',
        'personId',
      );
    }
    const [from, to] = await Promise.all([
      requireFamily(db, before.familyId),
      requireFamily(db, toFamilyId),
    ]);
    const after = toPersonRow({
      ...personSnapshot(before),
      familyId: to.id,
      shdk: newShdk ?? before.shdk,
      updatedAt: new Date().toISOString(),
      ...(before.suspended ? { suspended: true } : {}),
    });
    await db.people.put(after);
    const detail = { before: personSnapshot(before), after: personSnapshot(after) };
    await appendAudit(db, {
      actor,
      action: 'update',
      entity: PERSON,
      entityId: from.id,
      summary: `${before.nama} dipindahkan ke keluarga No. KK ${to.noKk}: ${why}`,
      ...detail,
    });
    await appendAudit(db, {
      actor,
      action: 'update',
      entity: PERSON,
      entityId: to.id,
      summary: `${before.nama} pindah masuk dari keluarga No. KK ${from.noKk}: ${why}`,
      ...detail,
    });
  });
}

export async function setPresenceStatus(
  db: DtksDatabase,
  personId: string,
  status: PresenceStatus,
  reason: string,
): Promise<void> {
  checkPermission(db, 'update', 'warga');
  const why = status === 'ada' ? reason.trim() : requireReason(reason);
  const actor = await currentActor(db);
  await db.transaction('rw', registryTables(db), async () => {
    const before = await requirePerson(db, personId);
    if (before.statusKeberadaan === status) return;
    const after: PersonRow = {
      ...before,
      statusKeberadaan: status,
      updatedAt: new Date().toISOString(),
    };
    await db.people.put(after);
    await appendAudit(db, {
      actor,
      action: 'update',
      entity: PERSON,
      entityId: before.familyId,
      summary: `Status keberadaan ${before.nama}: ${PRESENCE_LABELS[before.statusKeberadaan]} → ${PRESENCE_LABELS[status]}${why ? ` (${why})` : ''}`,
      before: { id: personId, statusKeberadaan: before.statusKeberadaan },
      after: { id: personId, statusKeberadaan: status },
    });
  });
}

/**
 * Deletes a member entered by mistake. Someone who died or moved keeps their
 * row with a presence status instead; a member with proposals cannot be
 * deleted. Deleting the last member (the head) removes the family and its aid.
 */
export async function deleteMember(
  db: DtksDatabase,
  personId: string,
  reason: string,
): Promise<void> {
  checkPermission(db, 'delete', 'warga');
  const why = requireReason(reason);
  const actor = await currentActor(db);
  await db.transaction('rw', registryTables(db), async () => {
    const before = await requirePerson(db, personId);
    if ((await db.proposals.where('personId').equals(personId).count()) > 0) {
      throw new RegistryError(
        `${before.nama} memiliki usulan, sehingga tidak dapat dihapus. Ubah status keberadaannya saja.`,
        'personId',
      );
    }
    const others = await db.people
      .where('familyId')
      .equals(before.familyId)
      .filter((person) => person.id !== personId)
      .count();
    if (before.shdk === 1 && others > 0) {
      throw new RegistryError(
        'Kepala Keluarga tidak dapat dihapus selama masih ada anggota lain. Tunjuk kepala keluarga baru lebih dulu.',
        'personId',
      );
    }
    await db.people.delete(personId);
    await db.aid.where('personId').equals(personId).delete();
    const family = others === 0 ? await db.families.get(before.familyId) : undefined;
    if (family) {
      if ((await db.proposals.where('familyId').equals(family.id).count()) > 0) {
        throw new RegistryError(
          'Keluarga ini memiliki usulan, sehingga tidak dapat dihapus.',
          'familyId',
        );
      }
      await db.aid.where('familyId').equals(family.id).delete();
      await db.families.delete(family.id);
    }
    await appendAudit(db, {
      actor,
      action: 'delete',
      entity: family ? FAMILY : PERSON,
      entityId: before.familyId,
      summary: family
        ? `Keluarga dihapus bersama anggota terakhirnya ${before.nama}: ${why}`
        : `Anggota dihapus: ${before.nama}: ${why}`,
      before: family ? { family, members: [personSnapshot(before)] } : personSnapshot(before),
    });
  });
}
