import { Button, Group, Table } from '@mantine/core';
import { SHDK } from '@shared/domain/core/entities';
import { maskNik } from '@shared/domain/warga/nik';
import type { MemberData } from '../../../../shared/domain/warga/registry-schema';
import { formatDate } from './warga-format';

/** The members entered so far, not saved yet; each can go back to the form or be dropped. */
export function PendingMembersTable({
  members,
  onEdit,
  onRemove,
}: {
  members: readonly Pick<MemberData, 'nik' | 'nama' | 'shdk' | 'jenisKelamin' | 'tanggalLahir'>[];
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}) {
  return (
    <Table mb="md" striped withTableBorder aria-label="Anggota yang akan disimpan">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>No</Table.Th>
          <Table.Th>Nama</Table.Th>
          <Table.Th>NIK</Table.Th>
          <Table.Th>Hubungan</Table.Th>
          <Table.Th>L/P</Table.Th>
          <Table.Th>Tanggal lahir</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member, index) => (
          <Table.Tr key={member.nik}>
            <Table.Td>{index + 1}</Table.Td>
            <Table.Td>{member.nama}</Table.Td>
            <Table.Td ff="monospace">{maskNik(member.nik)}</Table.Td>
            <Table.Td>{SHDK[member.shdk]}</Table.Td>
            <Table.Td>{member.jenisKelamin}</Table.Td>
            <Table.Td>{formatDate(member.tanggalLahir)}</Table.Td>
            <Table.Td>
              <Group gap="xs" justify="flex-end">
                <Button size="compact-xs" variant="default" onClick={() => onEdit(index)}>
                  Ubah
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => onRemove(index)}
                >
                  Buang
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
