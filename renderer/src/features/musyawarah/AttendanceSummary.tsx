import { Paper, Table, Title } from '@mantine/core';
import type { MeetingParticipant } from '@shared/domain/core/entities';
import { attendanceByUnsur } from '@shared/domain/musyawarah/candidates';

/** "Rekap per unsur": invited, present, and present men and women, per unsur and in all. */
export function AttendanceSummary({
  participants,
}: {
  participants: readonly Pick<
    MeetingParticipant,
    'unsur' | 'jenisKelamin' | 'invited' | 'present'
  >[];
}) {
  const { rows, total } = attendanceByUnsur(participants);
  return (
    <Paper withBorder p="sm" style={{ flex: '1 1 320px' }}>
      <Title order={4} mb="xs">
        Rekap per unsur
      </Title>
      <Table data-testid="attendance-counts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Unsur</Table.Th>
            <Table.Th ta="right">Diundang</Table.Th>
            <Table.Th ta="right">Hadir</Table.Th>
            <Table.Th ta="right">L</Table.Th>
            <Table.Th ta="right">P</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...rows, total].map((row) => (
            <Table.Tr key={row.unsur} fw={row === total ? 700 : undefined}>
              <Table.Td>{row.unsur}</Table.Td>
              <Table.Td ta="right">{row.invited}</Table.Td>
              <Table.Td ta="right">{row.present}</Table.Td>
              <Table.Td ta="right">{row.presentBySex.L}</Table.Td>
              <Table.Td ta="right">{row.presentBySex.P}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
