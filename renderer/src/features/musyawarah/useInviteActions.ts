import { addContact } from '../../db/musyawarah/contact-repository';
import {
  addParticipant,
  addParticipantsFromContacts,
} from '../../db/musyawarah/participant-repository';
import { useDatabase } from '../../kit/database-context';
import type { PersonFields } from './PersonForm';

/** The writes behind the participant dialogs; the caller shows how they ended (runAction). */
export function useInviteActions(meetingId: string) {
  const { db } = useDatabase();
  return {
    /** Puts contacts on the meeting's list; resolves with how many were new. */
    inviteContacts: (contactIds: readonly string[]) =>
      addParticipantsFromContacts(db, meetingId, contactIds),
    saveContact: async (fields: PersonFields) => {
      await addContact(db, fields);
    },
    /**
     * Someone from outside the contact list: kept as a contact for later meetings when
     * asked, else on this list only, present and not counted as invited.
     */
    addGuest: async (fields: PersonFields, saveAsContact: boolean) => {
      if (saveAsContact) {
        const contact = await addContact(db, fields);
        await addParticipantsFromContacts(db, meetingId, [contact.id]);
      } else {
        await addParticipant(db, meetingId, { ...fields, invited: false, present: true });
      }
    },
  };
}
