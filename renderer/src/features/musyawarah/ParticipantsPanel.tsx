import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Meeting } from '@shared/domain/core/entities';
import type { CanResult } from '@shared/domain/keamanan/permissions';
import { unsurUnconfirmed } from '@shared/domain/musyawarah/meeting';
import { useDatabase } from '../../kit/database-context';
import { setAllPresent } from '../../db/musyawarah/participant-repository';
import { NotAllowedHint } from '../../kit/session/NotAllowedHint';
import { useCan } from '../../kit/session/useCan';
import { runAction } from '../../kit/run-action';
import { AttendanceSummary } from './AttendanceSummary';
import { ParticipantDialogs } from './ParticipantDialogs';
import type { ParticipantDialog } from './ParticipantDialogs';
import { ParticipantsTable } from './ParticipantsTable';
import { useContacts, useParticipants } from './useMusyawarah';

export function ParticipantsPanel({ meeting }: { meeting: Meeting }) {
  const participants = useParticipants(meeting.id);
  const contacts = useContacts(true);
  const [dialog, setDialog] = useState<ParticipantDialog>(null);
  const locked = meeting.status === 'terkunci';
  const mayAdd = useCan('tambah-peserta');
  if (!participants || !contacts) return null;
  const unknownUnsur = participants.filter(unsurUnconfirmed);
  const invitedContacts = new Set(participants.flatMap((p) => (p.contactId ? [p.contactId] : [])));

  return (
    <Stack>
      {locked && (
        <Alert color="dark" title="Daftar hadir sudah dikunci">
          Kehadiran tidak dapat diubah lagi.
        </Alert>
      )}
      {!locked && (
        <ParticipantsToolbar
          meetingId={meeting.id}
          mayAdd={mayAdd}
          hasParticipants={participants.length > 0}
          onDialog={setDialog}
        />
      )}
      {unknownUnsur.length > 0 && (
        <Alert color="orange" title="Unsur belum dipastikan">
          {unknownUnsur.length} peserta tercatat “RT” oleh isian lama yang mengisi unsur secara
          otomatis, sehingga belum pasti benar (misalnya Ketua RW yang terhitung RT). Pilih unsur
          yang benar pada baris bertanda; Berita Acara tidak dapat dikunci sebelum semuanya
          dipastikan.
        </Alert>
      )}
      <Group align="flex-start" gap="lg" wrap="wrap">
        <ParticipantsTable participants={participants} locked={locked} mayRemove={mayAdd} />
        <AttendanceSummary participants={participants} />
      </Group>

      <ParticipantDialogs
        meetingId={meeting.id}
        dialog={dialog}
        onDialog={setDialog}
        contacts={contacts}
        alreadyInvited={invitedContacts}
      />
    </Stack>
  );
}

/** Inviting, adding a guest, and marking everyone present at once. */
function ParticipantsToolbar({
  meetingId,
  mayAdd,
  hasParticipants,
  onDialog,
}: {
  meetingId: string;
  mayAdd: CanResult;
  hasParticipants: boolean;
  onDialog: (dialog: 'pick' | 'guest') => void;
}) {
  const { db } = useDatabase();
  return (
    <Group>
      <Button disabled={!mayAdd.allowed} onClick={() => onDialog('pick')}>
        Undang dari daftar kontak
      </Button>
      <Button variant="default" disabled={!mayAdd.allowed} onClick={() => onDialog('guest')}>
        Tambah peserta lain
      </Button>
      <Button
        variant="light"
        disabled={!hasParticipants}
        onClick={() =>
          void runAction(() => setAllPresent(db, meetingId, true), { what: 'Menandai kehadiran' })
        }
      >
        Tandai semua hadir
      </Button>
      <NotAllowedHint can={mayAdd} />
    </Group>
  );
}
