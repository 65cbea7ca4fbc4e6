import { Badge, Button, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { PresenceStatus } from '@shared/domain/core/entities';
import { maskNik } from '@shared/domain/warga/nik';
import { useDatabase } from '../database-context';
import { searchPeople } from '../../db/warga/repository';

export type ResidentPick = { familyId: string; personId: string };

type Props = {
  label: string;
  description: string;
  placeholder: string;
  /** Only residents with this presence status (a letter is only for those present). */
  status?: PresenceStatus;
  testId: string;
  onPick: (pick: ResidentPick) => void;
};

const LIMIT = 25;

/** dd-mm-yyyy, as on a KTP. */
const ktpDate = (iso: string) => iso.split('-').reverse().join('-');

/**
 * Finds a resident by name (typo-tolerant), NIK or No. KK, for the screens that start
 * from one person: a new proposal, a letter. NIKs are masked; the clerk checks the last
 * digits against the KTP in hand.
 */
export function ResidentSearch({ label, description, placeholder, status, testId, onPick }: Props) {
  const { db } = useDatabase();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 150);
  const hits = useLiveQuery(
    () =>
      debounced.length >= 2
        ? searchPeople(db, debounced, { ...(status && { status }), limit: LIMIT })
        : Promise.resolve(null),
    [db, debounced, status],
  );

  return (
    <Stack>
      <TextInput
        label={label}
        description={description}
        placeholder={placeholder}
        autoFocus
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      {hits && hits.length === 0 && (
        <Text c="dimmed">Tidak ada warga yang cocok. Periksa ejaan atau cari dengan NIK.</Text>
      )}
      {hits && hits.length > 0 && (
        <Table striped highlightOnHover withTableBorder data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nama</Table.Th>
              <Table.Th>NIK</Table.Th>
              <Table.Th>Tanggal lahir</Table.Th>
              <Table.Th>Alamat</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {hits.map(({ person, family }) => (
              <Table.Tr key={person.id}>
                <Table.Td>
                  {person.nama}{' '}
                  {person.shdk === 1 && (
                    <Badge size="xs" variant="light">
                      Kepala keluarga
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ff="monospace">{maskNik(person.nik)}</Table.Td>
                <Table.Td>{ktpDate(person.tanggalLahir)}</Table.Td>
                <Table.Td>
                  {family.alamat}, RT {family.rt}/RW {family.rw}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`Pilih ${person.nama}`}
                    onClick={() => onPick({ familyId: family.id, personId: person.id })}
                  >
                    Pilih
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {hits && hits.length === LIMIT && (
        <Text size="sm" c="dimmed">
          Menampilkan {LIMIT} hasil teratas. Ketik lebih lengkap untuk mempersempit.
        </Text>
      )}
    </Stack>
  );
}
