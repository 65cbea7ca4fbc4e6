import { Alert, Button, Code, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Meeting } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import { finaliseMeeting } from '../../db/musyawarah/repository';
import { NotAllowedHint } from '../../kit/session/NotAllowedHint';
import { useCan } from '../../kit/session/useCan';
import { runAction } from '../../kit/run-action';
import { PrintPanel } from './PrintPanel';
import { RegionalListPanel } from './RegionalListPanel';
import { useFinaliseProblems } from './useMusyawarah';
import { formatWaktu } from '@shared/domain/core/tanggal';

/** Splits the 64 hex digits in groups of eight so the room can read it out and compare. */
export function groupedHash(hash: string): string {
  return hash.replace(/(.{8})(?=.)/g, '$1 ');
}

export function FinalisePanel({ meeting }: { meeting: Meeting }) {
  const { db } = useDatabase();
  const problems = useFinaliseProblems(meeting.id);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const mayLock = useCan('kunci-musyawarah');

  if (meeting.status === 'terkunci') {
    return (
      <Stack maw={960}>
        <Alert color="dark" title="Musyawarah terkunci">
          Dikunci {meeting.lockedAt ? formatWaktu(meeting.lockedAt) : ''}
          {meeting.lockedBy ? ` oleh ${meeting.lockedBy}` : ''}. Keputusan, peserta dan data sesi
          tidak dapat diubah lagi; setiap usulan sudah berstatus “Diputuskan”.
        </Alert>
        <Paper withBorder p="md">
          <Text size="sm" fw={600}>
            Kode hash keputusan (SHA-256)
          </Text>
          <Code block fz="md" data-testid="content-hash" data-hash={meeting.contentHash}>
            {groupedHash(meeting.contentHash ?? '')}
          </Code>
          <Text size="xs" c="dimmed" mt={4}>
            Dicetak di Berita Acara dan di kaki setiap halaman. Perubahan satu keputusan pun
            menghasilkan kode yang berbeda.
          </Text>
        </Paper>
        <PrintPanel meeting={meeting} />
        <RegionalListPanel meeting={meeting} />
      </Stack>
    );
  }

  const ready = problems !== undefined && problems.length === 0;
  const lock = async () => {
    setBusy(true);
    try {
      await runAction(
        async () => {
          const locked = await finaliseMeeting(db, meeting.id);
          notifications.show({
            color: 'teal',
            title: 'Musyawarah dikunci',
            message: `Kode hash: ${groupedHash(locked.contentHash ?? '')}`,
          });
          setConfirming(false);
        },
        { what: 'Mengunci musyawarah' },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={960}>
      <Title order={3}>Finalisasi</Title>
      <Text>
        Setelah dikunci, keputusan, daftar hadir dan data sesi tidak dapat diubah lagi. Setiap
        usulan berpindah ke status “Diputuskan” beserta keputusannya, dan kode hash keputusan
        disimpan untuk dicetak di Berita Acara.
      </Text>
      {problems && problems.length > 0 && (
        <Alert color="orange" title="Yang masih kurang">
          <List size="sm">
            {problems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {ready && (
        <Alert color="teal" title="Siap dikunci">
          Semua calon sudah diputuskan dan data sesi lengkap.
        </Alert>
      )}
      <Group>
        <Button
          color="dark"
          disabled={!mayLock.allowed}
          aria-describedby={mayLock.allowed ? undefined : 'lock-not-allowed'}
          onClick={() => setConfirming(true)}
        >
          Kunci musyawarah…
        </Button>
        <NotAllowedHint can={mayLock} id="lock-not-allowed" />
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={ready ? 'Kunci musyawarah?' : 'Musyawarah belum dapat dikunci'}
      >
        {ready ? (
          <Stack>
            <Text>
              Keputusan tidak dapat diubah setelah dikunci. Pastikan hasil sudah dibacakan dan
              disetujui peserta.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                Batal
              </Button>
              <Button color="dark" loading={busy} onClick={() => void lock()}>
                Ya, kunci musyawarah
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack>
            <List size="sm">
              {(problems ?? []).map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
            <Group justify="flex-end">
              <Button onClick={() => setConfirming(false)}>Mengerti</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
