import { Alert, Anchor, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { RowReport } from '@shared/domain/ekspor/batch';
import type { Batch, BatchRow } from '@shared/domain/core/entities';
import { KIND_LABELS } from '@shared/domain/usulan/proposal';
import { maskNik } from '@shared/domain/warga/nik';
import type { BatchCheck } from '../../db/ekspor/read';

const MAX_SHOWN = 300;

/** The gate's report: every failing row and why, with a way to the data to fix. */
export function ValidationReport({
  batch,
  check,
}: {
  batch: Batch;
  check: BatchCheck | null | undefined;
}) {
  if (check === undefined) return <Loader size="sm" aria-label="Memeriksa batch" />;
  if (check === null) return null;
  const { report, stale, excluded } = check;
  const rowOf = new Map(batch.rows.map((row) => [row.proposalId, row]));
  const warningsOnly = report.ok && report.rows.length > 0;

  return (
    <Stack gap="sm" data-testid="validation-report">
      <Title order={4}>Pemeriksaan sebelum ekspor</Title>
      {stale && (
        <Alert color="yellow" title="Data warga berubah sejak batch diperiksa">
          Tekan <b>Periksa ulang</b>: isi batch ini tidak diubah, melainkan dibuat versi baru dari
          data terkini, lalu diperiksa lagi.
        </Alert>
      )}
      {report.ok && !stale && (
        <Alert color="teal" title="Lolos validasi">
          Semua {batch.rows.length} baris lengkap untuk isian nasional, NIK dan No. KK sah, tidak
          ada orang ganda di batch ini maupun di batch sebelumnya yang tidak ditolak.
          {warningsOnly && ' Periksa peringatan di bawah sebelum mengunggah.'}
        </Alert>
      )}
      {!report.ok && (
        <Alert color="red" title={`${report.errors} kesalahan: batch belum dapat diekspor`}>
          Perbaiki data warga pada baris di bawah (tautan membuka formulir warga tersebut), lalu
          tekan
          <b> Periksa ulang</b>.
        </Alert>
      )}
      {report.batchProblems.length > 0 && (
        <List size="sm" c="red">
          {report.batchProblems.map((problem) => (
            <List.Item key={problem}>{problem}</List.Item>
          ))}
        </List>
      )}
      {report.rows.length > 0 && <ProblemTable rows={report.rows} rowOf={rowOf} />}
      {excluded.length > 0 && (
        <Text size="sm" c="dimmed">
          Tidak ikut dalam batch:{' '}
          {excluded.map((row) => `${row.nama} (${row.why.toLowerCase()})`).join('; ')}.
        </Text>
      )}
    </Stack>
  );
}

function ProblemTable({
  rows,
  rowOf,
}: {
  rows: RowReport[];
  rowOf: ReadonlyMap<string, BatchRow>;
}) {
  return (
    <>
      <Table withTableBorder striped data-testid="problem-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Baris</Table.Th>
            <Table.Th>Nama</Table.Th>
            <Table.Th>NIK</Table.Th>
            <Table.Th>Jenis</Table.Th>
            <Table.Th>Masalah</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, MAX_SHOWN).map((row) => (
            <Table.Tr key={row.proposalId}>
              <Table.Td>{row.index}</Table.Td>
              <Table.Td>{row.nama || '—'}</Table.Td>
              <Table.Td ff="monospace">{row.nik ? maskNik(row.nik) : '—'}</Table.Td>
              <Table.Td>{KIND_LABELS[row.kind]}</Table.Td>
              <Table.Td>
                {row.problems.map((problem) => (
                  <Text
                    key={problem.message}
                    size="sm"
                    c={problem.severity === 'error' ? 'red' : 'orange'}
                  >
                    {problem.severity === 'error' ? 'Kesalahan: ' : 'Peringatan: '}
                    {problem.message}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>
                <FixLink row={rowOf.get(row.proposalId)} nama={row.nama} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > MAX_SHOWN && (
        <Text size="sm" c="dimmed">
          Menampilkan {MAX_SHOWN} dari {rows.length} baris bermasalah.
        </Text>
      )}
    </>
  );
}

/** To the person's own form on the family page, where the blocked fields are filled. */
function FixLink({ row, nama }: { row: BatchRow | undefined; nama: string }) {
  if (!row) return null;
  const to = `/warga/${row.familyId}?ubah=${encodeURIComponent(row.personId)}`;
  return (
    <Anchor component={Link} to={to} size="sm" aria-label={`Perbaiki data ${nama}`}>
      Perbaiki data
    </Anchor>
  );
}
