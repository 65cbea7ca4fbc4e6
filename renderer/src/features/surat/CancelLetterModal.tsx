import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { RegisterLetter } from '@shared/domain/core/entities';
import { registerSubject } from '@shared/reports/letter-register';
import { useDatabase } from '../../kit/database-context';
import { cancelLetter } from '../../db/surat/repository';
import { describeStorageError } from '../../db/core/storage-errors';

type Props = { letter: RegisterLetter | null; onClose: () => void };

export function CancelLetterModal({ letter, onClose }: Props) {
  return (
    <Modal opened={letter !== null} onClose={onClose} title="Batalkan surat">
      {letter && <CancelForm key={letter.id} letter={letter} onClose={onClose} />}
    </Modal>
  );
}

function CancelForm({ letter, onClose }: { letter: RegisterLetter; onClose: () => void }) {
  const { db } = useDatabase();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (reason.trim().length < 3) {
      setError('Alasan pembatalan wajib diisi');
      return;
    }
    setBusy(true);
    try {
      await cancelLetter(db, letter.id, reason);
      notifications.show({ color: 'teal', message: `Surat ${letter.number} dibatalkan.` });
      onClose();
    } catch (failure) {
      setError(describeStorageError(failure, 'Membatalkan surat'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <Text size="sm">
          Surat <b>{letter.number}</b> untuk {registerSubject(letter)} akan ditandai batal. Nomornya
          tetap tercatat dan tidak akan dipakai lagi.
        </Text>
        <Textarea
          label="Alasan pembatalan"
          required
          data-autofocus
          autosize
          minRows={2}
          value={reason}
          error={error}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setError(null);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Kembali
          </Button>
          <Button type="submit" color="red" loading={busy}>
            Batalkan surat
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
