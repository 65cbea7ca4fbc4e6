import { Badge, Table, Text } from '@mantine/core';
import type { Batch } from '@shared/domain/core/entities';
import { NONAKTIF_EXPORT } from '@shared/domain/ekspor/template';
import { maskNoKk } from '@shared/domain/warga/kk';
import { maskNik } from '@shared/domain/warga/nik';
import { KIND_LABELS } from '@shared/domain/usulan/proposal';
import { useBatchFeedback } from './useEkspor';

const MAX_SHOWN = 500;

/** What the batch carries, NIK and No. KK masked: this screen may be seen over a shoulder. */
export function BatchRowsTable({ batch, showResults }: { batch: Batch; showResults: boolean }) {
  const feedback = useBatchFeedback(batch.id);
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder data-testid="batch-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>No.</Table.Th>
              <Table.Th>Nama</Table.Th>
              <Table.Th>NIK</Table.Th>
              <Table.Th>No. KK</Table.Th>
              <Table.Th>RT/RW</Table.Th>
              <Table.Th>Jenis usulan</Table.Th>
              <Table.Th>Program</Table.Th>
              {showResults && <Table.Th>Hasil portal</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {batch.rows.slice(0, MAX_SHOWN).map((row, i) => {
              const record = row.record;
              const result = record ? feedback?.get(record.nik) : undefined;
              return (
                <Table.Tr key={row.proposalId}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{record?.nama ?? '—'}</Table.Td>
                  <Table.Td ff="monospace">{record ? maskNik(record.nik) : '—'}</Table.Td>
                  <Table.Td ff="monospace">{record ? maskNoKk(record.noKk) : '—'}</Table.Td>
                  <Table.Td>{record ? `${record.rt}/${record.rw}` : '—'}</Table.Td>
                  <Table.Td>
                    {KIND_LABELS[row.kind]}
                    {record?.nonaktifReason && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({NONAKTIF_EXPORT[record.nonaktifReason].toLowerCase()})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{record?.programme ?? '—'}</Table.Td>
                  {showResults && (
                    <Table.Td>
                      {result ? (
                        <Badge color={result.accepted ? 'teal' : 'red'} variant="light">
                          {result.accepted ? 'Diterima' : 'Ditolak'}
                          {result.padan ? '' : ' · tidak padan'}
                        </Badge>
                      ) : (
                        <Text size="sm" c="dimmed">
                          belum ada
                        </Text>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {batch.rows.length > MAX_SHOWN && (
        <Text size="sm" c="dimmed">
          Menampilkan {MAX_SHOWN} dari {batch.rows.length} baris; semua baris ada di paket ZIP.
        </Text>
      )}
    </>
  );
}
