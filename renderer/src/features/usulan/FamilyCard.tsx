import { Anchor, Badge, Group, Paper, Radio, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { SHDK } from '@shared/domain/core/entities';
import type { AidReceived, Family, PersonRow } from '@shared/domain/core/entities';
import { maskNoKk } from '@shared/domain/warga/kk';
import { maskNik } from '@shared/domain/warga/nik';
import { centralAid } from '@shared/domain/warga/overlap';
import { formatTanggal } from '@shared/domain/core/tanggal';

const PRESENCE: Record<PersonRow['statusKeberadaan'], string> = {
  ada: 'Ada',
  meninggal: 'Meninggal',
  pindah: 'Pindah',
  tidak_ditemukan: 'Tidak ditemukan',
};

const LEVEL: Record<AidReceived['level'], string> = {
  pusat: 'pusat',
  provinsi: 'provinsi',
  kota: 'kota',
};

type Props = {
  family: Family;
  members: PersonRow[];
  aid: AidReceived[];
  /** With these, the members become a choice of who the proposal is about. */
  selectedPersonId?: string;
  onSelectPerson?: (personId: string) => void;
};

export function AidBadges({ aid }: { aid: AidReceived[] }) {
  if (aid.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Belum tercatat menerima bantuan.
      </Text>
    );
  }
  const central = new Set(centralAid(aid));
  return (
    <Group gap={6}>
      {aid.map((item) => (
        <Badge key={item.id} tt="none" color={central.has(item) ? 'blue' : 'grape'} variant="light">
          {item.programme} ({LEVEL[item.level]}) sejak {formatTanggal(item.since)}
        </Badge>
      ))}
    </Group>
  );
}

/** The family as the clerk needs it at the desk; numbers masked, no health data. */
export function FamilyCard({ family, members, aid, selectedPersonId, onSelectPerson }: Props) {
  const choosing = onSelectPerson !== undefined;
  const table = (
    <Table withTableBorder striped>
      <Table.Thead>
        <Table.Tr>
          {choosing && <Table.Th w={40} />}
          <Table.Th>Nama</Table.Th>
          <Table.Th>NIK</Table.Th>
          <Table.Th>Hubungan</Table.Th>
          <Table.Th>Tanggal lahir</Table.Th>
          <Table.Th>Keberadaan</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member) => (
          <Table.Tr key={member.id}>
            {choosing && (
              <Table.Td>
                <Radio value={member.id} aria-label={`Usulkan ${member.nama}`} />
              </Table.Td>
            )}
            <Table.Td>{member.nama}</Table.Td>
            <Table.Td ff="monospace">{maskNik(member.nik)}</Table.Td>
            <Table.Td>{SHDK[member.shdk]}</Table.Td>
            <Table.Td>{formatTanggal(member.tanggalLahir)}</Table.Td>
            <Table.Td>{PRESENCE[member.statusKeberadaan]}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Paper withBorder p="md" data-testid="family-card">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>
            KK {maskNoKk(family.noKk)} · {family.alamat}, RT {family.rt}/RW {family.rw}
          </Text>
          <Anchor component={Link} to={`/warga/${family.id}`} size="sm">
            Buka data keluarga
          </Anchor>
        </Group>
        {choosing ? (
          <Radio.Group
            label="Warga yang diusulkan"
            description="Untuk usulan satu keluarga, pilih kepala keluarga."
            value={selectedPersonId ?? ''}
            onChange={onSelectPerson}
          >
            {table}
          </Radio.Group>
        ) : (
          table
        )}
        <Text size="sm" fw={500}>
          Bantuan yang diterima
        </Text>
        <AidBadges aid={aid} />
      </Stack>
    </Paper>
  );
}
