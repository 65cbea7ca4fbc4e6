import {
  Checkbox,
  Group,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { SHDK } from '@shared/domain/core/entities';
import type { PersonRow } from '@shared/domain/core/entities';
import { maskNik } from '@shared/domain/warga/nik';
import type { Official } from '@shared/domain/core/settings';
import { lurahStanding } from '@shared/domain/core/signer';
import { DELEGATION_OPTIONS, PURPOSES } from './purposes';
import type { PurposeChoice } from './purposes';

const PRESENCE_LABEL: Record<PersonRow['statusKeberadaan'], string> = {
  ada: 'Ada',
  meninggal: 'Meninggal',
  pindah: 'Pindah',
  tidak_ditemukan: 'Tidak ditemukan',
};

export function DependantsPicker({
  members,
  selected,
  onToggle,
}: {
  members: PersonRow[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
}) {
  if (members.length === 0) {
    return <Text c="dimmed">Tidak ada anggota keluarga lain di KK ini.</Text>;
  }
  return (
    <Table withTableBorder data-testid="sktm-dependants">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40}>
            <VisuallyHidden>Ditanggung</VisuallyHidden>
          </Table.Th>
          <Table.Th>Nama</Table.Th>
          <Table.Th>NIK</Table.Th>
          <Table.Th>L/P</Table.Th>
          <Table.Th>Tanggal lahir</Table.Th>
          <Table.Th>Hubungan</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member) => {
          const present = member.statusKeberadaan === 'ada';
          return (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Checkbox
                  aria-label={`Tanggungan: ${member.nama}`}
                  checked={selected.has(member.id)}
                  disabled={!present}
                  onChange={(event) => onToggle(member.id, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>{member.nama}</Table.Td>
              <Table.Td ff="monospace">{maskNik(member.nik)}</Table.Td>
              <Table.Td>{member.jenisKelamin}</Table.Td>
              <Table.Td>{member.tanggalLahir.split('-').reverse().join('-')}</Table.Td>
              <Table.Td>{SHDK[member.shdk]}</Table.Td>
              <Table.Td c={present ? undefined : 'dimmed'}>
                {PRESENCE_LABEL[member.statusKeberadaan]}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function PurposePicker({
  choice,
  detail,
  error,
  onChange,
}: {
  choice: PurposeChoice;
  detail: string;
  error?: string;
  onChange: (choice: PurposeChoice, detail: string) => void;
}) {
  const other = choice === 'lainnya';
  return (
    <Stack gap="xs">
      <Radio.Group
        label="Keperluan"
        required
        value={choice}
        onChange={(value) => onChange(value as PurposeChoice, detail)}
      >
        <Group mt={6} gap="lg">
          {PURPOSES.map((purpose) => (
            <Radio key={purpose.value} value={purpose.value} label={purpose.label} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        label={other ? 'Tulis keperluannya' : 'Rincian keperluan (boleh kosong)'}
        required={other}
        placeholder={
          other
            ? 'contoh: pengurusan bantuan biaya pemakaman'
            : 'contoh: di SMP Negeri 2 Palangka Raya'
        }
        value={detail}
        error={error}
        onChange={(event) => onChange(choice, event.currentTarget.value)}
      />
    </Stack>
  );
}

export type SignerChoice = { signerId: string; delegation: '' | 'a.n.' | 'u.b.'; via: string };

export function SignerPicker({
  officials,
  value,
  error,
  delegationError,
  onChange,
}: {
  officials: Official[];
  value: SignerChoice;
  error?: string;
  delegationError?: string;
  onChange: (value: SignerChoice) => void;
}) {
  return (
    <Group align="flex-start" grow>
      <Select
        label="Penanda tangan"
        required
        allowDeselect={false}
        data={officials.map((o) => ({ value: o.id, label: `${o.nama} — ${o.jabatan}` }))}
        value={value.signerId || null}
        error={error}
        onChange={(id) => {
          if (!id) return;
          const official = officials.find((o) => o.id === id);
          // The Lurah, a Plt. or a Plh. Lurah signs in his or her own name; anyone else a.n.
          const ownName = lurahStanding(official?.jabatan ?? '') !== undefined;
          onChange({
            ...value,
            signerId: id,
            delegation: ownName ? '' : value.delegation || 'a.n.',
          });
        }}
      />
      <Select
        label="Kedudukan tanda tangan"
        allowDeselect={false}
        data={DELEGATION_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
        value={value.delegation}
        error={delegationError}
        onChange={(delegation) =>
          onChange({ ...value, delegation: (delegation ?? '') as SignerChoice['delegation'] })
        }
      />
      {value.delegation === 'u.b.' && (
        <TextInput
          label="Jabatan perantara (u.b.)"
          description="Jabatan di antara Lurah dan penanda tangan"
          value={value.via}
          onChange={(event) => onChange({ ...value, via: event.currentTarget.value })}
        />
      )}
    </Group>
  );
}
