import { Alert, Anchor, Button, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { batchLabel } from '@shared/domain/ekspor/batch';
import { MEETING_KIND_LABELS } from '@shared/domain/musyawarah/meeting';
import type { OutboxRow } from '../../db/ekspor/read';
import { BatchStateBadge } from './BatchStateBadge';
import { CreateBatchModal } from './CreateBatchModal';
import { shortDate } from './format';
import { useOutbox } from './useEkspor';

export function OutboxPage() {
  const [showReplaced, setShowReplaced] = useState(false);
  const [creating, setCreating] = useState(false);
  const rows = useOutbox(showReplaced);

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={720}>
          Satu batch berisi keputusan musyawarah yang dikirim ke SIKS-NG: usulan baru dan perbaikan
          yang layak, serta usulan nonaktif. Batch diperiksa dulu, diekspor sebagai paket ZIP, lalu
          diunggah operator ke portal saat kantor online.
        </Text>
        <Button onClick={() => setCreating(true)}>Buat batch</Button>
      </Group>
      <Switch
        label="Tampilkan juga versi lama yang sudah diganti"
        checked={showReplaced}
        onChange={(event) => setShowReplaced(event.currentTarget.checked)}
      />
      {rows?.length === 0 && (
        <Alert color="gray" title="Kotak keluar masih kosong">
          Buat batch dari musyawarah yang sudah dikunci (atau SPTJM Lurah).
        </Alert>
      )}
      {rows && rows.length > 0 && <OutboxTable rows={rows} />}
      <CreateBatchModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

function OutboxTable({ rows }: { rows: OutboxRow[] }) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped highlightOnHover withTableBorder data-testid="outbox-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Batch</Table.Th>
            <Table.Th>Periode</Table.Th>
            <Table.Th>Dasar keputusan</Table.Th>
            <Table.Th ta="right">Baru</Table.Th>
            <Table.Th ta="right">Perbaikan</Table.Th>
            <Table.Th ta="right">Nonaktif</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Dibuat</Table.Th>
            <Table.Th>Diekspor</Table.Th>
            <Table.Th>Diunggah</Table.Th>
            <Table.Th>Hasil</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ batch, meeting, counts, feedback }) => (
            <Table.Tr
              key={batch.id}
              style={{ cursor: 'pointer', opacity: batch.supersededBy ? 0.6 : 1 }}
              onClick={() => navigate(`/ekspor/batch/${batch.id}`)}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/ekspor/batch/${batch.id}`}
                  onClick={(event) => event.stopPropagation()}
                  ff="monospace"
                >
                  {batchLabel(batch)}
                </Anchor>
                {batch.version > 1 && (
                  <Text size="xs" c="dimmed">
                    versi {batch.version}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{batch.period}</Table.Td>
              <Table.Td>
                <Text size="sm">{meeting ? MEETING_KIND_LABELS[meeting.kind] : '—'}</Text>
                <Text size="xs" c="dimmed">
                  {batch.decisionDocument.number || 'tanpa nomor'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{counts.baru}</Table.Td>
              <Table.Td ta="right">{counts.perbaikan}</Table.Td>
              <Table.Td ta="right">{counts.nonaktif}</Table.Td>
              <Table.Td>
                <BatchStateBadge state={batch.state} replaced={Boolean(batch.supersededBy)} />
                {batch.state === 'disiapkan' && batch.validation && batch.validation.errors > 0 && (
                  <Text size="xs" c="red">
                    {batch.validation.errors} kesalahan
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{shortDate(batch.createdAt)}</Table.Td>
              <Table.Td>{batch.exportedAt ? shortDate(batch.exportedAt) : '—'}</Table.Td>
              <Table.Td>
                {batch.upload ? (
                  <>
                    <Text size="sm">{shortDate(batch.upload.date)}</Text>
                    <Text size="xs" c="dimmed">
                      {batch.upload.reference}
                    </Text>
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {batch.feedbackAt ? (
                  <Text size="sm">
                    {feedback.accepted} diterima
                    {feedback.rejected > 0 && (
                      <Text span c="red" inherit>
                        , {feedback.rejected} ditolak
                      </Text>
                    )}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
