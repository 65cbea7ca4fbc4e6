import { Alert, Anchor, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { BATCH_STATE_LABELS, batchLabel } from '@shared/domain/ekspor/batch';
import { MEETING_KIND_LABELS } from '@shared/domain/musyawarah/meeting';
import { useDatabase } from '../../kit/database-context';
import type { MeetingOption } from '../../db/ekspor/read';
import { createBatchFromMeeting } from '../../db/ekspor/repository';
import { runAction } from '../../kit/run-action';
import { shortDate } from './format';
import { useLockedMeetings } from './useEkspor';

/** "Buat batch": pick a locked musyawarah (or SPTJM); one active batch per meeting. */
export function CreateBatchModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const options = useLockedMeetings(opened);
  return (
    <Modal opened={opened} onClose={onClose} title="Buat batch dari musyawarah" size="xl">
      {!options && <Loader size="sm" />}
      {options?.length === 0 && (
        <Alert color="gray" title="Belum ada musyawarah yang dikunci">
          Batch dibuat dari keputusan yang sudah disahkan. Kunci musyawarah (atau SPTJM) di menu{' '}
          <Anchor component={Link} to="/musyawarah" onClick={onClose}>
            Musyawarah
          </Anchor>{' '}
          dulu.
        </Alert>
      )}
      {options && options.length > 0 && (
        <Stack>
          <Text size="sm" c="dimmed">
            Yang masuk batch: usulan baru dan perbaikan yang diputuskan layak, usulan nonaktif yang
            disetujui, dan keluarga prelist yang dinyatakan tidak layak (dikirim sebagai nonaktif).
            Keputusan ditunda dan sanggahan tidak ikut.
          </Text>
          <Table withTableBorder data-testid="meeting-options">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Musyawarah</Table.Th>
                <Table.Th>Periode</Table.Th>
                <Table.Th ta="right">Baru</Table.Th>
                <Table.Th ta="right">Perbaikan</Table.Th>
                <Table.Th ta="right">Nonaktif</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {options.map((option) => (
                <MeetingOptionRow key={option.meeting.id} option={option} onDone={onClose} />
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Modal>
  );
}

function MeetingOptionRow({ option, onDone }: { option: MeetingOption; onDone: () => void }) {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const { meeting, batch, counts, excluded } = option;

  const create = async () => {
    setBusy(true);
    try {
      const created = await runAction(() => createBatchFromMeeting(db, meeting.id), {
        what: 'Membuat batch',
      });
      if (created.ok) {
        const result = created.value;
        const label = batchLabel(result.batch);
        notifications.show({
          color: result.report.ok ? 'teal' : 'orange',
          message: result.report.ok
            ? `Batch ${label} dibuat dan lolos validasi.`
            : `Batch ${label} dibuat, tetapi ada ${result.report.errors} kesalahan yang harus diperbaiki sebelum ekspor.`,
        });
        onDone();
        navigate(`/ekspor/batch/${result.batch.id}`);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">
          {MEETING_KIND_LABELS[meeting.kind]}, {shortDate(meeting.date)}
        </Text>
        <Text size="xs" c="dimmed">
          {meeting.number}
        </Text>
        {excluded > 0 && (
          <Text size="xs" c="orange">
            {excluded} keluarga tidak ikut (data dihapus atau ditangguhkan)
          </Text>
        )}
      </Table.Td>
      <Table.Td>{meeting.period}</Table.Td>
      <Table.Td ta="right">{counts.baru}</Table.Td>
      <Table.Td ta="right">{counts.perbaikan}</Table.Td>
      <Table.Td ta="right">{counts.nonaktif}</Table.Td>
      <Table.Td>
        {batch ? (
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              Batch {batchLabel(batch)} ({BATCH_STATE_LABELS[batch.state].toLowerCase()})
            </Text>
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => {
                onDone();
                navigate(`/ekspor/batch/${batch.id}`);
              }}
            >
              Buka
            </Button>
          </Group>
        ) : (
          <Button
            size="compact-sm"
            loading={busy}
            disabled={counts.total === 0}
            title={counts.total === 0 ? 'Tidak ada keputusan yang perlu dikirim' : undefined}
            onClick={() => void create()}
            aria-label={`Buat batch dari musyawarah ${meeting.number}`}
          >
            Buat batch
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
