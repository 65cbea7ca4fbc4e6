import { Button, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { maskNik } from '@shared/domain/nik';
import { usePeopleSearch } from './useUsulan';

type Props = { onPick: (familyId: string, personId: string) => void };

/** Finds the family by a member's name, NIK or the No. KK, typo-tolerant. */
export function PersonSearch({ onPick }: Props) {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const hits = usePeopleSearch(debounced);
  const searching = debounced.trim().length >= 2;
  return (
    <Stack>
      <TextInput
        label="Cari warga"
        description="Ketik nama, NIK, atau No. KK (minimal 2 karakter)."
        placeholder="contoh: Rahmawati atau 6271…"
        data-autofocus
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      {searching && hits && hits.length === 0 && (
        <Text c="dimmed">Tidak ada warga yang cocok. Periksa ejaan atau cari dengan NIK.</Text>
      )}
      {searching && hits && hits.length > 0 && (
        <Table striped highlightOnHover withTableBorder data-testid="search-results">
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
                <Table.Td>{person.nama}</Table.Td>
                <Table.Td ff="monospace">{maskNik(person.nik)}</Table.Td>
                <Table.Td>{person.tanggalLahir}</Table.Td>
                <Table.Td>
                  {family.alamat}, RT {family.rt}/RW {family.rw}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`Pilih ${person.nama}`}
                    onClick={() => onPick(family.id, person.id)}
                  >
                    Pilih
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
