import { UNSUR } from '@shared/domain/core/entities';
import type { Contact } from '@shared/domain/core/entities';
import { contactInputSchema } from '@shared/domain/musyawarah/meeting';
import type { ContactInput } from '@shared/domain/musyawarah/meeting';
import { newId } from '@shared/domain/core/ids';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission, permissionRefusal } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { currentActor } from '../pengaturan/repository';

/** The reusable list of RT/RW heads and other officials, by element then name. */
export async function listContacts(
  db: DtksDatabase,
  options: { activeOnly?: boolean } = {},
): Promise<Contact[]> {
  const rows = await db.contacts.toArray();
  return rows
    .filter((row) => !options.activeOnly || row.aktif)
    .sort(
      (a, b) =>
        UNSUR.indexOf(a.unsur) - UNSUR.indexOf(b.unsur) ||
        a.jabatan.localeCompare(b.jabatan, 'id', { numeric: true }) ||
        a.nama.localeCompare(b.nama, 'id'),
    );
}

/** A new, active contact with the fields of the contact form. */
export function addContact(
  db: DtksDatabase,
  fields: Omit<ContactInput, 'id' | 'aktif'>,
): Promise<Contact> {
  const refused = permissionRefusal(db, 'create', 'kontak musyawarah');
  if (refused) return refused;
  return saveContact(db, { id: newId(), ...fields, aktif: true });
}

export async function saveContact(db: DtksDatabase, input: unknown): Promise<Contact> {
  checkPermission(db, 'update', 'kontak musyawarah');
  const contact: Contact = contactInputSchema.parse(input);
  await db.transaction('rw', db.contacts, db.settings, db.audit, async () => {
    const before = await db.contacts.get(contact.id);
    await db.contacts.put(contact);
    await appendAudit(db, {
      actor: await currentActor(db),
      action: before ? 'update' : 'create',
      entity: 'kontak musyawarah',
      entityId: contact.id,
      summary: `${before ? 'Kontak diubah' : 'Kontak ditambahkan'}: ${contact.nama} (${contact.unsur})`,
      before,
      after: contact,
    });
  });
  return contact;
}

/**
 * Contacts are not deleted: past meetings copied their names, and the list
 * should say who was once on it. Setting them inactive hides them from pickers.
 */
export async function setContactActive(
  db: DtksDatabase,
  id: string,
  aktif: boolean,
): Promise<void> {
  checkPermission(db, 'update', 'kontak musyawarah');
  await db.transaction('rw', db.contacts, db.settings, db.audit, async () => {
    const before = await db.contacts.get(id);
    if (!before) throw new Error('Kontak tidak ditemukan');
    if (before.aktif === aktif) return;
    const after = { ...before, aktif };
    await db.contacts.put(after);
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'update',
      entity: 'kontak musyawarah',
      entityId: id,
      summary: `Kontak ${aktif ? 'diaktifkan' : 'dinonaktifkan'}: ${before.nama}`,
      before,
      after,
    });
  });
}
