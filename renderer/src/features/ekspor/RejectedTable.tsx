import { Anchor, Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { batchLabel } from '@shared/domain/ekspor/batch';
import { maskNik } from '@shared/domain/warga/nik';
import { KIND_LABELS } from '@shared/domain/usulan/proposal';
import { useDatabase } from '../../kit/database-context';
import type { RejectedRow } from '../../db/ekspor/feedback-repository';
import { reproposeRejected } from '../../db/ekspor/feedback-repository';
import { runAction } from '../../kit/run-action';
import { useNextPeriod } from './useEkspor';

/** Rows the portal rejected: why, where to fix the data, and "Usulkan lagi". */
export function RejectedTable({
  rows,
  showBatch = false,
}: {
  rows: RejectedRow[];
  showBatch?: boolean;
}) {
  const nextPeriod = useNextPeriod();
  return (
    <Table withTableBorder striped data-testid="rejected-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Nama</Table.Th>
          <Table.Th>NIK</Table.Th>
          <Table.Th>Jenis</Table.Th>
          {showBatch && <Table.Th>Batch</Table.Th>}
          <Table.Th>Padan Dukcapil</Table.Th>
          <Table.Th>Alasan penolakan</Table.Th>
          <Table.Th>Tindak lanjut</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.feedback.id}>
            <Table.Td>{row.nama || '—'}</Table.Td>
            <Table.Td ff="monospace">{maskNik(row.feedback.nik)}</Table.Td>
            <Table.Td>{KIND_LABELS[row.kind]}</Table.Td>
            {showBatch && (
              <Table.Td>
                <Anchor component={Link} to={`/ekspor/batch/${row.batch.id}`} ff="monospace">
                  {batchLabel(row.batch)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {row.batch.period}
                </Text>
              </Table.Td>
            )}
            <Table.Td>{row.feedback.padan ? 'Padan' : 'Tidak padan'}</Table.Td>
            <Table.Td>{row.feedback.reason || '—'}</Table.Td>
            <Table.Td>
              <FollowUp row={row} nextPeriod={nextPeriod} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function FollowUp({ row, nextPeriod }: { row: RejectedRow; nextPeriod: string | undefined }) {
  const { db } = useDatabase();
  const [busy, setBusy] = useState(false);
  if (row.reproposed) {
    return (
      <Anchor component={Link} to={`/usulan/${row.reproposed.id}`} size="sm">
        Sudah diusulkan lagi ({row.reproposed.period})
      </Anchor>
    );
  }
  if (!row.proposal)
    return (
      <Text size="sm" c="dimmed">
        Usulan sudah dihapus
      </Text>
    );
  const proposalId = row.proposal.id;
  const familyId = row.proposal.familyId;
  const repropose = async () => {
    setBusy(true);
    try {
      await runAction(
        async () => {
          const created = await reproposeRejected(db, proposalId);
          notifications.show({
            color: 'teal',
            message: `${row.nama} diusulkan lagi untuk periode ${created.period} sebagai draf.`,
          });
        },
        { what: 'Mengusulkan lagi' },
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Anchor component={Link} to={`/warga/${familyId}`} size="sm" mr="sm">
        Perbaiki data
      </Anchor>
      <Button
        size="compact-sm"
        loading={busy}
        onClick={() => void repropose()}
        aria-label={`Usulkan lagi ${row.nama}`}
      >
        Usulkan lagi{nextPeriod ? ` (${nextPeriod})` : ''}
      </Button>
    </>
  );
}
