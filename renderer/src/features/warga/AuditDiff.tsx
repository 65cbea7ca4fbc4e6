import { Table, Text } from '@mantine/core';
import { maskNoKk } from '@shared/domain/warga/kk';
import { maskNik } from '@shared/domain/warga/nik';
import { diffRows } from './audit-diff';

/** Before and after of one audit entry, changed fields only; NIK and No. KK stay masked. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const rows = diffRows(before, after, { nik: maskNik, noKk: maskNoKk });
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Tidak ada rincian perubahan.
      </Text>
    );
  }
  const both = before !== undefined && after !== undefined;
  return (
    <Table withTableBorder fz="xs" verticalSpacing={4} aria-label="Rincian perubahan">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Isian</Table.Th>
          {before !== undefined && <Table.Th>{both ? 'Sebelum' : 'Data yang dihapus'}</Table.Th>}
          {after !== undefined && <Table.Th>{both ? 'Sesudah' : 'Data yang disimpan'}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td fw={500}>{row.label}</Table.Td>
            {before !== undefined && <Table.Td>{row.before}</Table.Td>}
            {after !== undefined && <Table.Td>{row.after}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
