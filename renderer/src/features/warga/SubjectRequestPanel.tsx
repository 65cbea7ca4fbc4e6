import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../kit/database-context';
import { mayWrite } from '../../db/keamanan/audit-repository';
import { describeStorageError } from '../../db/core/storage-errors';
import {
  deletePersonOnRequest,
  getSubjectStatus,
  setSuspended,
} from '../../db/warga/subject-requests';

type Props = { personId: string; onDeleted?: () => void };
type Dialog = 'suspend' | 'resume' | 'delete' | null;

/**
 * Requests of the data subject (UU 27/2022) for one person: correction is the
 * ordinary "Ubah" of the member; here suspension and deletion, each with the
 * reason written to the log. Mount it on the person's row or detail view.
 */
export function SubjectRequestPanel({ personId, onDeleted }: Props) {
  const { db } = useDatabase();
  const status = useLiveQuery(() => getSubjectStatus(db, personId), [db, personId]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = mayWrite(db, { action: 'delete', entity: 'warga' });

  if (!status || !allowed) return null;

  const open = (next: Dialog) => {
    setDialog(next);
    setReason('');
    setSure(false);
    setError(null);
  };

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (dialog === 'delete') {
        const result = await deletePersonOnRequest(db, personId, reason);
        notifications.show({
          color: 'teal',
          message: `Data ${status.nama} dihapus${result.lettersKept ? `; ${result.lettersKept} surat tetap di buku agenda` : ''}.`,
        });
        setDialog(null);
        onDeleted?.();
      } else {
        await setSuspended(db, personId, dialog === 'suspend', reason);
        setDialog(null);
      }
    } catch (failure) {
      setError(
        failure instanceof Error && failure.name !== 'Error'
          ? failure.message
          : describeStorageError(failure, 'Menyimpan'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="subject-requests">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            Permintaan pemilik data: {status.nama}
          </Title>
          {status.suspended && (
            <Badge color="orange" variant="filled">
              Pemrosesan ditangguhkan
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          Perbaikan data: pakai "Ubah" pada anggota. Penangguhan: warga tidak ikut musyawarah dan
          ekspor, datanya tetap disimpan. Penghapusan: data warga dan usulannya yang belum
          diputuskan dihapus; surat yang sudah terbit tetap di buku agenda.
        </Text>
        <Group>
          {status.suspended ? (
            <Button size="xs" variant="default" onClick={() => open('resume')}>
              Cabut penangguhan
            </Button>
          ) : (
            <Button size="xs" variant="default" onClick={() => open('suspend')}>
              Tangguhkan pemrosesan
            </Button>
          )}
          <Button size="xs" color="red" variant="light" onClick={() => open('delete')}>
            Hapus atas permintaan
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={
          dialog === 'delete'
            ? `Hapus data ${status.nama}`
            : dialog === 'suspend'
              ? `Tangguhkan pemrosesan data ${status.nama}`
              : `Cabut penangguhan ${status.nama}`
        }
      >
        <Stack>
          {dialog === 'delete' && status.blocker && <Alert color="orange">{status.blocker}</Alert>}
          {dialog === 'delete' && !status.blocker && (
            <Text size="sm">
              Dihapus: data warga ini, {status.proposals} usulan beserta penilaian dan fotonya, dan
              catatan bantuannya.
              {status.letters > 0 &&
                ` ${status.letters} surat yang sudah terbit tetap tersimpan di buku agenda.`}{' '}
              Log hanya menyimpan nama, NIK tersamar dan alasannya.
            </Text>
          )}
          <Textarea
            label="Alasan dan dasar permintaan"
            description="Misalnya: surat permohonan tanggal …, disampaikan langsung oleh yang bersangkutan"
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {dialog === 'delete' && (
            <Checkbox
              label="Saya paham penghapusan tidak dapat dibatalkan"
              checked={sure}
              onChange={(e) => setSure(e.currentTarget.checked)}
            />
          )}
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button
              color={dialog === 'delete' ? 'red' : undefined}
              loading={busy}
              disabled={
                (dialog === 'delete' && (!sure || Boolean(status.blocker))) ||
                reason.trim().length < 5
              }
              onClick={() => void submit()}
            >
              {dialog === 'delete' ? 'Hapus data' : 'Simpan'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
