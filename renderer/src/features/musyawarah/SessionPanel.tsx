import { Alert, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router-dom';
import type { Meeting } from '@shared/domain/core/entities';
import { MEETING_KIND_LABELS } from '@shared/domain/musyawarah/meeting';
import { clock, longDate } from '@shared/reports/musyawarah-common';
import { useConfirm } from '../../kit/confirm/useConfirm';
import { useDatabase } from '../../kit/database-context';
import { deleteMeeting, updateMeeting } from '../../db/musyawarah/repository';
import { NotAllowedHint } from '../../kit/session/NotAllowedHint';
import { useCan } from '../../kit/session/useCan';
import { runAction } from '../../kit/run-action';
import { MeetingForm } from './MeetingForm';
import { useOfficials } from './useMusyawarah';

export function SessionPanel({ meeting }: { meeting: Meeting }) {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const officials = useOfficials();
  const mayEdit = useCan('ubah-sesi-musyawarah');
  const mayDelete = useCan('hapus-musyawarah');
  const { confirm, dialog } = useConfirm();
  if (!officials) return null;

  if (meeting.status === 'terkunci') {
    const chair = officials.find((o) => o.id === meeting.chairOfficialId);
    const rows: [string, string][] = [
      ['Dokumen pengesahan', MEETING_KIND_LABELS[meeting.kind]],
      ['Nomor', meeting.number],
      ['Periode', meeting.period],
      ['Hari/tanggal', longDate(meeting.date)],
      ['Waktu', `${clock(meeting.startTime)} – ${clock(meeting.endTime)}`],
      ['Tempat', meeting.place],
      ['Pimpinan', chair ? `${chair.nama} (${chair.jabatan})` : '—'],
      ['Notulis', meeting.noteTaker || '—'],
    ];
    return (
      <Stack maw={900}>
        <Alert color="dark" title="Sesi sudah dikunci">
          Data sesi tidak dapat diubah lagi.
        </Alert>
        <Table withTableBorder>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={200}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {meeting.agenda}
        </Text>
      </Stack>
    );
  }

  return (
    <Stack maw={900}>
      {dialog}
      <Paper withBorder p="lg">
        <MeetingForm
          key={meeting.updatedAt}
          initial={meeting}
          officials={officials}
          submitLabel="Simpan data sesi"
          notAllowed={mayEdit.reason}
          onSubmit={async (fields) => {
            await runAction(
              async () => {
                await updateMeeting(db, meeting.id, fields);
                notifications.show({ color: 'teal', message: 'Data sesi tersimpan.' });
              },
              { what: 'Menyimpan data sesi' },
            );
          }}
        />
      </Paper>
      <Group>
        <Button
          variant="subtle"
          color="red"
          disabled={!mayDelete.allowed}
          onClick={async () => {
            const ok = await confirm({
              title: 'Hapus sesi musyawarah ini?',
              message: 'Sesi dihapus beserta semua isinya; usulannya kembali menunggu musyawarah.',
              lost: [
                'Data sesi (tanggal, tempat, pimpinan)',
                'Daftar peserta dan kehadirannya',
                'Semua keputusan yang sudah dicatat di sesi ini',
              ],
              confirmLabel: 'Hapus sesi',
            });
            if (!ok) return;
            const deleted = await runAction(() => deleteMeeting(db, meeting.id), {
              what: 'Menghapus sesi',
            });
            if (deleted.ok) navigate('/musyawarah');
          }}
        >
          Hapus sesi
        </Button>
        <NotAllowedHint can={mayDelete} />
      </Group>
    </Stack>
  );
}
