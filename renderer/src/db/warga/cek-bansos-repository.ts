import { localIsoDate } from '@shared/domain/core/tanggal';
import { cekBansosInputSchema } from '@shared/domain/warga/cek-bansos';
import type { CekBansosInput } from '@shared/domain/warga/cek-bansos';
import type { CekBansosEntry } from '@shared/domain/core/entities';
import { newId } from '@shared/domain/core/ids';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { parseOrThrow, RegistryError } from './errors';
import { currentActor } from '../pengaturan/repository';

/** What a Cek Bansos entry says, on one line for the audit log. */
function describe(entry: CekBansosEntry): string {
  if (entry.kind === 'cek') {
    const desil = entry.desil ? `, desil ${entry.desil}` : '';
    const programmes = entry.programmes.length ? `, program ${entry.programmes.join(', ')}` : '';
    return `Cek Bansos ${entry.date}: ${entry.result === 'terdaftar' ? 'terdaftar' : 'tidak terdaftar'}${desil}${programmes}`;
  }
  return `${entry.kind === 'usul' ? 'Usul' : 'Sanggah'} lewat aplikasi Cek Bansos ${entry.date}, nomor ${entry.reference}`;
}

/** Records a check or a filing in the national Cek Bansos app on the family (issue 20.4). */
export async function recordCekBansos(
  db: DtksDatabase,
  familyId: string,
  input: CekBansosInput,
  now: Date = new Date(),
): Promise<CekBansosEntry> {
  checkPermission(db, 'update', 'keluarga');
  const data = parseOrThrow(cekBansosInputSchema, input);
  const actor = await currentActor(db);
  return db.transaction('rw', [db.families, db.people, db.settings, db.audit], async () => {
    const family = await db.families.get(familyId);
    if (!family) throw new RegistryError('Keluarga tidak ditemukan', 'familyId');
    if (data.personId) {
      const person = await db.people.get(data.personId);
      if (person?.familyId !== familyId) {
        throw new RegistryError('Warga yang dicek bukan anggota keluarga ini', 'personId');
      }
    }
    if (data.date > localIsoDate(now)) {
      throw new RegistryError('Tanggal tidak boleh sesudah hari ini', 'date');
    }
    const entry = {
      ...data,
      id: newId(),
      recordedAt: now.toISOString(),
      recordedBy: actor,
    } as CekBansosEntry;
    const after = {
      ...family,
      cekBansos: [...(family.cekBansos ?? []), entry],
      updatedAt: now.toISOString(),
    };
    await db.families.put(after);
    await appendAudit(
      db,
      {
        actor,
        action: 'update',
        entity: 'keluarga',
        entityId: familyId,
        summary: `${describe(entry)} dicatat`,
        after: entry,
      },
      now,
    );
    return entry;
  });
}

/** Removes an entry typed by mistake; the audit keeps what it said. */
export async function removeCekBansos(
  db: DtksDatabase,
  familyId: string,
  entryId: string,
): Promise<void> {
  checkPermission(db, 'update', 'keluarga');
  const actor = await currentActor(db);
  await db.transaction('rw', [db.families, db.settings, db.audit], async () => {
    const family = await db.families.get(familyId);
    const entry = family?.cekBansos?.find((item) => item.id === entryId);
    if (!family || !entry)
      throw new RegistryError('Catatan Cek Bansos tidak ditemukan', 'cekBansos');
    await db.families.put({
      ...family,
      cekBansos: (family.cekBansos ?? []).filter((item) => item.id !== entryId),
      updatedAt: new Date().toISOString(),
    });
    await appendAudit(db, {
      actor,
      action: 'update',
      entity: 'keluarga',
      entityId: familyId,
      summary: `Catatan dihapus: ${describe(entry)}`,
      before: entry,
    });
  });
}
