import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { listContacts } from '../../db/musyawarah/contact-repository';
import { listParticipants } from '../../db/musyawarah/participant-repository';
import { createMeeting } from '../../db/musyawarah/repository';
import { freshDatabase } from '../../db/testing/helpers';
import { meetingInput, seedOfficial } from '../../db/testing/meeting-seed';
import { DatabaseContext } from '../../kit/database-context';
import type { PersonFields } from './PersonForm';
import { useInviteActions } from './useInviteActions';

const ketuaRw: PersonFields = {
  nama: 'Pak Darto',
  unsur: 'RW',
  jabatan: 'Ketua RW 002',
  jenisKelamin: 'L',
};
const warga: PersonFields = {
  nama: 'Bu Sari',
  unsur: 'Tokoh Masyarakat',
  jabatan: '',
  jenisKelamin: 'P',
};

async function setup() {
  const db = freshDatabase();
  const meeting = await createMeeting(db, meetingInput(await seedOfficial(db)));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseContext.Provider value={{ db, kind: 'real' }}>{children}</DatabaseContext.Provider>
  );
  const { result } = renderHook(() => useInviteActions(meeting.id), { wrapper });
  return { db, meetingId: meeting.id, invite: result.current };
}

describe('invite actions', () => {
  it('adds a guest as present and not invited, on this list only', async () => {
    const { db, meetingId, invite } = await setup();
    await invite.addGuest(warga, false);
    expect(await listContacts(db)).toEqual([]);
    const [row] = await listParticipants(db, meetingId);
    expect(row).toMatchObject({ nama: 'Bu Sari', invited: false, present: true });
    expect(row?.contactId).toBeUndefined();
  });

  it('keeps a guest as a contact when asked, and invites them from it', async () => {
    const { db, meetingId, invite } = await setup();
    await invite.addGuest(ketuaRw, true);
    const [contact] = await listContacts(db);
    expect(contact).toMatchObject({ nama: 'Pak Darto', aktif: true });
    const [row] = await listParticipants(db, meetingId);
    expect(row).toMatchObject({ contactId: contact?.id, invited: true, present: false });
  });

  it('saves a contact without inviting it, and invites a contact once', async () => {
    const { db, meetingId, invite } = await setup();
    await invite.saveContact(ketuaRw);
    expect(await listParticipants(db, meetingId)).toEqual([]);
    const ids = (await listContacts(db)).map((contact) => contact.id);
    expect(await invite.inviteContacts(ids)).toBe(1);
    expect(await invite.inviteContacts(ids)).toBe(0);
    expect(await listParticipants(db, meetingId)).toHaveLength(1);
  });
});
