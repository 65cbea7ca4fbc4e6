import { ScrollArea, Table, Text } from '@mantine/core';
import type { RowIssue } from '@shared/domain/impor/validate-rows';

/** Rendering tens of thousands of rows would freeze the window; the saved report has all. */
const SHOWN = 1_000;

export function IssueTable({ issues }: { issues: RowIssue[] }) {
  const shown = issues.slice(0, SHOWN);
  return (
    <>
      <ScrollArea.Autosize mah={420} type="auto">
        <Table striped stickyHeader withTableBorder data-testid="issue-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Baris</Table.Th>
              <Table.Th w={180}>Kolom</Table.Th>
              <Table.Th>Alasan</Table.Th>
              <Table.Th w={220}>Isi sel</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((issue, index) => (
              <Table.Tr key={`${issue.row}-${issue.field}-${index}`}>
                <Table.Td data-testid="issue-row">{issue.row}</Table.Td>
                <Table.Td>{issue.column}</Table.Td>
                <Table.Td>{issue.reason}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" lineClamp={1}>
                    {issue.value === '' ? '(kosong)' : issue.value}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {issues.length > SHOWN && (
        <Text size="sm" c="dimmed">
          Ditampilkan {SHOWN.toLocaleString('id-ID')} dari {issues.length.toLocaleString('id-ID')}{' '}
          masalah. Simpan laporan untuk melihat semuanya.
        </Text>
      )}
    </>
  );
}
