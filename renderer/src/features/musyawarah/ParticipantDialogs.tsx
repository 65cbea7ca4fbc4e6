import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Contact } from '@shared/domain/core/entities';
import { runAction } from '../../kit/run-action';
import { ContactPickerModal } from './ContactPickerModal';
import { PersonForm } from './PersonForm';
import { useInviteActions } from './useInviteActions';

export type ParticipantDialog = 'pick' | 'contact' | 'guest' | null;

/** Inviting from the contact list (with a new contact on the way) or adding a guest. */
export function ParticipantDialogs({
  meetingId,
  dialog,
  onDialog,
  contacts,
  alreadyInvited,
}: {
  meetingId: string;
  dialog: ParticipantDialog;
  onDialog: (dialog: ParticipantDialog) => void;
  contacts: readonly Contact[];
  alreadyInvited: ReadonlySet<string>;
}) {
  const invite = useInviteActions(meetingId);
  return (
    <>
      <ContactPickerModal
        opened={dialog === 'pick'}
        contacts={contacts}
        alreadyInvited={alreadyInvited}
        onClose={() => onDialog(null)}
        onNewContact={() => onDialog('contact')}
        onPick={async (ids) => {
          await runAction(
            async () => {
              const added = await invite.inviteContacts(ids);
              notifications.show({ color: 'teal', message: `${added} peserta diundang.` });
              onDialog(null);
            },
            { what: 'Mengundang peserta' },
          );
        }}
      />
      <Modal opened={dialog === 'contact'} onClose={() => onDialog('pick')} title="Kontak baru">
        <PersonForm
          submitLabel="Simpan kontak"
          onSubmit={async (fields) => {
            await runAction(
              async () => {
                await invite.saveContact(fields);
                onDialog('pick');
              },
              { what: 'Menyimpan kontak' },
            );
          }}
        />
      </Modal>
      <Modal opened={dialog === 'guest'} onClose={() => onDialog(null)} title="Tambah peserta lain">
        <PersonForm
          submitLabel="Tambahkan"
          offerSaveAsContact
          onSubmit={async (fields, saveAsContact) => {
            await runAction(
              async () => {
                await invite.addGuest(fields, saveAsContact);
                onDialog(null);
              },
              { what: 'Menambah peserta' },
            );
          }}
        />
      </Modal>
    </>
  );
}
