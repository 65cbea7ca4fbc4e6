import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { MEETING_KIND_LABELS } from '@shared/domain/musyawarah/meeting';
import { longDate } from '@shared/reports/musyawarah-common';
import { NotAllowedHint } from '../../kit/session/NotAllowedHint';
import { useCan } from '../../kit/session/useCan';
import { StatusBadge } from './StatusBadge';
import { useMeetings } from './useMusyawarah';

export function MeetingListPage() {
  const { t } = useTranslation();
  const meetings = useMeetings();
  const navigate = useNavigate();
  const mayCreate = useCan('buat-musyawarah');

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>{t('nav.musyawarah')}</Title>
        {/* A facilitator runs meetings; preparing one is the operator's job. */}
        {mayCreate.allowed ? (
          <Button component={Link} to="/musyawarah/baru">
            Sesi musyawarah baru
          </Button>
        ) : (
          <Group gap="xs">
            <Button disabled>Sesi musyawarah baru</Button>
            <NotAllowedHint can={mayCreate} />
          </Group>
        )}
      </Group>
      <Text c="dimmed" size="sm">
        Musyawarah kelurahan memutuskan usulan yang siap musyawarah dan prelist DTKS: layak, tidak
        layak, atau ditunda. Hasilnya disahkan dengan Berita Acara (atau SPTJM Lurah) dan dikunci
        dengan kode hash.
      </Text>
      {meetings?.length === 0 && (
        <Alert color="gray" title="Belum ada sesi musyawarah">
          Buat sesi baru, undang peserta dari daftar kontak, lalu jalankan musyawarah dengan
          proyektor.
        </Alert>
      )}
      {meetings && meetings.length > 0 && (
        <Table striped highlightOnHover withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tanggal</Table.Th>
              <Table.Th>Periode</Table.Th>
              <Table.Th>Nomor</Table.Th>
              <Table.Th>Tempat</Table.Th>
              <Table.Th>Pengesahan</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {meetings.map((meeting) => (
              <Table.Tr
                key={meeting.id}
                style={{ cursor: 'pointer' }}
                onClick={() => navigate(`/musyawarah/${meeting.id}`)}
              >
                <Table.Td>
                  <Link to={`/musyawarah/${meeting.id}`}>{longDate(meeting.date)}</Link>
                </Table.Td>
                <Table.Td>{meeting.period}</Table.Td>
                <Table.Td>{meeting.number || <Text c="dimmed">belum bernomor</Text>}</Table.Td>
                <Table.Td>{meeting.place}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color="gray">
                    {MEETING_KIND_LABELS[meeting.kind]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={meeting.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
