import { UNSUR } from '@shared/domain/core/entities';
import type { MeetingParticipant, Unsur } from '@shared/domain/core/entities';
import { participantInputSchema, unsurUnconfirmed } from '@shared/domain/musyawarah/meeting';
import { newId } from '@shared/domain/core/ids';
import { appendAudit, mayWrite } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { editableMeeting } from './repository';
import { assertMayEditParticipants, kemudiRequired } from '../sinkron/kemudi';
import { currentActor } from '../pengaturan/repository';

export async function listParticipants(
  db: DtksDatabase,
  meetingId: string,
): Promise<MeetingParticipant[]> {
  const rows = await db.participants.where('meetingId').equals(meetingId).toArray();
  return rows.sort(
    (a, b) =>
      UNSUR.indexOf(a.unsur) - UNSUR.indexOf(b.unsur) ||
      a.jabatan.localeCompare(b.jabatan, 'id', { numeric: true }) ||
      a.nama.localeCompare(b.nama, 'id'),
  );
}

const tables = (db: DtksDatabase) => [
  db.meetings,
  db.participants,
  db.contacts,
  db.settings,
  db.audit,
];

/**
 * Invites contacts to the meeting. The name, element and title are copied, so
 * the minutes keep them even if the contact is edited later. Contacts already
 * on the list are skipped.
 */
export async function addParticipantsFromContacts(
  db: DtksDatabase,
  meetingId: string,
  contactIds: readonly string[],
): Promise<number> {
  checkPermission(db, 'create', 'peserta musyawarah');
  const required = await kemudiRequired(db);
  return db.transaction('rw', tables(db), async () => {
    await editableMeeting(db, meetingId);
    await assertMayEditParticipants(db, meetingId, required);
    const existing = await db.participants.where('meetingId').equals(meetingId).toArray();
    const already = new Set(existing.map((row) => row.contactId));
    const contacts = (await db.contacts.bulkGet([...new Set(contactIds)])).flatMap((contact) =>
      contact && !already.has(contact.id) ? [contact] : [],
    );
    if (contacts.length === 0) return 0;
    const rows: MeetingParticipant[] = contacts.map((contact) => ({
      id: newId(),
      meetingId,
      contactId: contact.id,
      nama: contact.nama,
      unsur: contact.unsur,
      ...(contact.unsurConfirmed ? { unsurConfirmed: true } : {}),
      jabatan: contact.jabatan,
      jenisKelamin: contact.jenisKelamin,
      invited: true,
      present: false,
    }));
    await db.participants.bulkAdd(rows);
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'create',
      entity: 'peserta musyawarah',
      entityId: meetingId,
      summary: `${rows.length} peserta diundang: ${rows.map((row) => row.nama).join(', ')}`,
      after: rows,
    });
    return rows.length;
  });
}

/** Someone not on the contact list, e.g. a resident who came to speak. */
export async function addParticipant(
  db: DtksDatabase,
  meetingId: string,
  input: unknown,
): Promise<MeetingParticipant> {
  checkPermission(db, 'create', 'peserta musyawarah');
  const fields = participantInputSchema.parse(input);
  const required = await kemudiRequired(db);
  return db.transaction('rw', tables(db), async () => {
    await editableMeeting(db, meetingId);
    await assertMayEditParticipants(db, meetingId, required);
    const row: MeetingParticipant = { id: newId(), meetingId, ...fields };
    await db.participants.add(row);
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'create',
      entity: 'peserta musyawarah',
      entityId: meetingId,
      summary: `Peserta ditambahkan: ${row.nama} (${row.unsur})`,
      after: row,
    });
    return row;
  });
}

/**
 * Sets the unsur of a participant whose row came from the form's old silent
 * default (unsurUnconfirmed): someone now chose it. The contact it was copied
 * from is corrected too, so the next meeting does not ask again.
 */
export async function confirmParticipantUnsur(
  db: DtksDatabase,
  participantId: string,
  unsur: Unsur,
): Promise<void> {
  checkPermission(db, 'update', 'peserta musyawarah');
  if (!UNSUR.includes(unsur)) throw new Error('Pilih unsur dari daftar');
  const required = await kemudiRequired(db);
  await db.transaction('rw', tables(db), async () => {
    const before = await db.participants.get(participantId);
    if (!before) throw new Error('Peserta tidak ditemukan');
    await editableMeeting(db, before.meetingId);
    await assertMayEditParticipants(db, before.meetingId, required);
    const after: MeetingParticipant = { ...before, unsur, unsurConfirmed: true };
    await db.participants.put(after);
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'update',
      entity: 'peserta musyawarah',
      entityId: before.meetingId,
      summary: `Unsur ${before.nama} dipastikan: ${unsur}${before.unsur !== unsur ? ` (sebelumnya tercatat ${before.unsur})` : ''}`,
      before,
      after,
    });
    const contact = before.contactId ? await db.contacts.get(before.contactId) : undefined;
    const mayFixContact = mayWrite(db, { action: 'update', entity: 'kontak musyawarah' });
    if (contact && mayFixContact && unsurUnconfirmed(contact)) {
      const fixed = { ...contact, unsur, unsurConfirmed: true };
      await db.contacts.put(fixed);
      await appendAudit(db, {
        actor: await currentActor(db),
        action: 'update',
        entity: 'kontak musyawarah',
        entityId: contact.id,
        summary: `Kontak diubah: unsur ${contact.nama} dipastikan ${unsur}`,
        before: contact,
        after: fixed,
      });
    }
  });
}

export async function setAttendance(
  db: DtksDatabase,
  participantId: string,
  patch: { invited?: boolean; present?: boolean },
): Promise<void> {
  checkPermission(db, 'update', 'peserta musyawarah');
  const required = await kemudiRequired(db);
  await db.transaction('rw', tables(db), async () => {
    const before = await db.participants.get(participantId);
    if (!before) throw new Error('Peserta tidak ditemukan');
    await editableMeeting(db, before.meetingId);
    await assertMayEditParticipants(db, before.meetingId, required);
    const after: MeetingParticipant = {
      ...before,
      ...(patch.invited !== undefined ? { invited: patch.invited } : {}),
      ...(patch.present !== undefined ? { present: patch.present } : {}),
    };
    if (after.invited === before.invited && after.present === before.present) return;
    await db.participants.put(after);
    const what = [
      after.invited !== before.invited ? (after.invited ? 'diundang' : 'tidak diundang') : '',
      after.present !== before.present ? (after.present ? 'hadir' : 'tidak hadir') : '',
    ]
      .filter(Boolean)
      .join(', ');
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'update',
      entity: 'peserta musyawarah',
      entityId: before.meetingId,
      summary: `Kehadiran ${after.nama}: ${what}`,
      before,
      after,
    });
  });
}

/** Marks every listed participant present or absent at once (one action, one audit entry). */
export async function setAllPresent(
  db: DtksDatabase,
  meetingId: string,
  present: boolean,
): Promise<void> {
  checkPermission(db, 'update', 'peserta musyawarah');
  const required = await kemudiRequired(db);
  await db.transaction('rw', tables(db), async () => {
    await editableMeeting(db, meetingId);
    await assertMayEditParticipants(db, meetingId, required);
    const rows = await db.participants.where('meetingId').equals(meetingId).toArray();
    const changed = rows.filter((row) => row.present !== present);
    if (changed.length === 0) return;
    await db.participants.bulkPut(changed.map((row) => ({ ...row, present })));
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'update',
      entity: 'peserta musyawarah',
      entityId: meetingId,
      summary: `${changed.length} peserta ditandai ${present ? 'hadir' : 'tidak hadir'}`,
    });
  });
}

export async function removeParticipant(db: DtksDatabase, participantId: string): Promise<void> {
  checkPermission(db, 'delete', 'peserta musyawarah');
  const required = await kemudiRequired(db);
  await db.transaction('rw', tables(db), async () => {
    const before = await db.participants.get(participantId);
    if (!before) return;
    await editableMeeting(db, before.meetingId);
    await assertMayEditParticipants(db, before.meetingId, required);
    await db.participants.delete(participantId);
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'delete',
      entity: 'peserta musyawarah',
      entityId: before.meetingId,
      summary: `Peserta dihapus dari daftar: ${before.nama}`,
      before,
    });
  });
}
