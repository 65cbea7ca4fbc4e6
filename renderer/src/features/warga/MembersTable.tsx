import { Anchor, Badge, Button, Menu, Table, Text } from '@mantine/core';
import { SHDK } from '@shared/domain/core/entities';
import type { PersonRow } from '@shared/domain/core/entities';
import { fieldList, missingFields, NOT_FILLED } from '@shared/domain/warga/person-fields';
import { RevealNumber } from '../../kit/session/RevealNumber';
import { useRevealNik } from '../../kit/session/useRevealNik';
import { formatDate, MARITAL_LABELS, PRESENCE_COLORS, PRESENCE_LABELS } from './warga-format';
import type { MemberAction } from './FamilyModals';
import classes from '../../kit/lists/list.module.css';

type Props = {
  members: PersonRow[];
  highlightId: string | null;
  onAction: (action: MemberAction['kind'], person: PersonRow) => void;
};

/** The family card's member list; a full NIK only after an explicit, logged click. */
export function MembersTable({ members, highlightId, onAction }: Props) {
  // One hook for the table; every full NIK shown is logged first.
  const reveal = useRevealNik();

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder aria-label="Anggota keluarga" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>No</Table.Th>
            <Table.Th>Nama</Table.Th>
            <Table.Th>NIK</Table.Th>
            <Table.Th>L/P</Table.Th>
            <Table.Th>Tempat, tanggal lahir</Table.Th>
            <Table.Th>Hubungan</Table.Th>
            <Table.Th>Perkawinan</Table.Th>
            <Table.Th>Pekerjaan</Table.Th>
            <Table.Th w={130}>Status</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((person, index) => (
            <Table.Tr
              key={person.id}
              className={person.id === highlightId ? classes.highlight : undefined}
              data-testid="member-row"
            >
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={person.shdk === 1 ? 700 : undefined}>
                  {person.nama}
                </Text>
                <MissingLine person={person} onComplete={() => onAction('edit-member', person)} />
              </Table.Td>
              <Table.Td>
                <RevealNumber
                  reveal={reveal}
                  label={`NIK ${person.nama}`}
                  target={{
                    kind: 'nik',
                    nik: person.nik,
                    nama: person.nama,
                    familyId: person.familyId,
                  }}
                />
              </Table.Td>
              <Table.Td>{person.jenisKelamin}</Table.Td>
              <Table.Td>
                {person.tempatLahir}, {formatDate(person.tanggalLahir)}
              </Table.Td>
              <Table.Td>{SHDK[person.shdk]}</Table.Td>
              <Table.Td>
                {person.statusKawin ? MARITAL_LABELS[person.statusKawin] : <NotFilled />}
              </Table.Td>
              <Table.Td>{person.pekerjaan.trim() ? person.pekerjaan : <NotFilled />}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge
                  variant="light"
                  style={{ minWidth: 'fit-content' }}
                  color={PRESENCE_COLORS[person.statusKeberadaan]}
                >
                  {PRESENCE_LABELS[person.statusKeberadaan]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={`Aksi untuk ${person.nama}`}
                    >
                      Aksi
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => onAction('edit-member', person)}>Ubah data</Menu.Item>
                    <Menu.Item onClick={() => onAction('status', person)}>
                      Ubah status keberadaan
                    </Menu.Item>
                    {person.shdk !== 1 && (
                      <>
                        <Menu.Item onClick={() => onAction('head', person)}>
                          Jadikan kepala keluarga
                        </Menu.Item>
                        <Menu.Item onClick={() => onAction('move', person)}>
                          Pindahkan ke keluarga lain
                        </Menu.Item>
                      </>
                    )}
                    <Menu.Divider />
                    <Menu.Item onClick={() => onAction('privacy', person)}>
                      Permintaan pemilik data (tangguhkan/hapus)
                    </Menu.Item>
                    <Menu.Item color="red" onClick={() => onAction('delete', person)}>
                      Hapus (salah input)
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NotFilled() {
  return (
    <Text span size="sm" c="orange.9" fs="italic">
      {NOT_FILLED}
    </Text>
  );
}

/** Under the name: what nobody has confirmed yet for this person, with a way to fix it. */
function MissingLine({ person, onComplete }: { person: PersonRow; onComplete: () => void }) {
  const missing = missingFields(person);
  if (missing.length === 0) return null;
  return (
    <Text size="xs" c="orange.9" data-testid="member-missing">
      Belum diisi: {fieldList(missing).toLowerCase()} ·{' '}
      <Anchor component="button" type="button" size="xs" onClick={onComplete}>
        Lengkapi
      </Anchor>
    </Text>
  );
}
