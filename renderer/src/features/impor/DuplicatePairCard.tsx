import { Badge, Button, Group, Paper, Radio, Stack, Table, Text, Textarea } from '@mantine/core';
import { SHDK } from '@shared/domain/core/entities';
import type { Family, PersonRow } from '@shared/domain/core/entities';
import { maskNoKk } from '@shared/domain/warga/kk';
import { maskNik } from '@shared/domain/warga/nik';
import type { DuplicateCandidate } from '../../db/impor/duplicates-repository';
import { formatTanggal } from '@shared/domain/core/tanggal';

const REASON_LABEL = {
  nik: 'NIK sama (dicatat di dua PC)',
  nama: 'Nama dan tanggal lahir sama',
  ibu: 'Nama ibu kandung dan tanggal lahir sama',
} as const;

const PRESENCE = {
  ada: 'Ada',
  meninggal: 'Meninggal',
  pindah: 'Pindah',
  tidak_ditemukan: 'Tidak ditemukan',
};

const formatDate = formatTanggal;

type Row = { label: string; value: (p: PersonRow, f?: Family) => string };

const ROWS: Row[] = [
  { label: 'Nama', value: (p) => p.nama },
  { label: 'NIK', value: (p) => maskNik(p.nik) },
  // "Tempat, tanggal lahir" as on the KTP: one row, so a pair fits a 1366×768 screen.
  {
    label: 'Tempat, tgl. lahir',
    value: (p) => `${p.tempatLahir || '—'}, ${formatDate(p.tanggalLahir)}`,
  },
  { label: 'Jenis kelamin', value: (p) => (p.jenisKelamin === 'L' ? 'Laki-laki' : 'Perempuan') },
  { label: 'Nama ibu kandung', value: (p) => p.namaIbuKandung || '—' },
  { label: 'Hubungan keluarga', value: (p) => SHDK[p.shdk] },
  { label: 'No. KK', value: (_p, f) => (f ? maskNoKk(f.noKk) : '—') },
  { label: 'Alamat', value: (_p, f) => (f ? `${f.alamat}, RT ${f.rt}/RW ${f.rw}` : '—') },
  { label: 'Status', value: (p) => PRESENCE[p.statusKeberadaan] },
];

/** The clerk's unfinished choice on a pair, kept by the list so scrolling away loses nothing. */
export type PairDraft = { keep: string | null; note: string };

type Props = {
  candidate: DuplicateCandidate;
  busy: boolean;
  draft: PairDraft;
  onDraftChange: (draft: PairDraft) => void;
  onNotDuplicate: (note: string) => void;
  onMerge: (keepId: string, dropId: string, note: string) => void;
};

/** Two records side by side; the rows that differ are marked so the eye goes there. */
export function DuplicatePairCard({
  candidate,
  busy,
  draft,
  onDraftChange,
  onNotDuplicate,
  onMerge,
}: Props) {
  const { a, b, familyA, familyB } = candidate;
  const { keep, note } = draft;
  const setKeep = (value: string | null) => onDraftChange({ keep: value, note });
  const setNote = (value: string) => onDraftChange({ keep, note: value });
  const side = (person: PersonRow) => (person.id === a.id ? 'kiri' : 'kanan');

  return (
    <Paper withBorder p="sm" data-testid="duplicate-pair">
      <Stack gap="xs">
        <Group gap="xs">
          {candidate.reasons.map((reason) => (
            <Badge key={reason} variant="light">
              {REASON_LABEL[reason]}
            </Badge>
          ))}
        </Group>
        <Table withTableBorder layout="fixed" verticalSpacing={5}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170} />
              <Table.Th>Data kiri</Table.Th>
              <Table.Th>Data kanan</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ROWS.map((row) => {
              const left = row.value(a, familyA);
              const right = row.value(b, familyB);
              const differs = left !== right;
              return (
                <Table.Tr key={row.label}>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {row.label}
                    </Text>
                  </Table.Td>
                  {[left, right].map((value, index) => (
                    <Table.Td
                      key={index}
                      bg={differs ? 'var(--mantine-color-yellow-0)' : undefined}
                    >
                      <Text size="sm" fw={differs ? 600 : undefined}>
                        {value}
                      </Text>
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group align="flex-end" wrap="wrap" gap="md">
          <Radio.Group
            label="Jika digabung, data yang dipertahankan"
            value={keep}
            onChange={setKeep}
          >
            <Group mt={4}>
              {[a, b].map((person) => (
                <Radio key={person.id} value={person.id} label={`Data ${side(person)}`} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label="Catatan keputusan"
            placeholder="Misalnya: sudah dicek dengan KK asli"
            autosize
            minRows={1}
            style={{ flex: 1, minWidth: 240 }}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group gap="xs">
            <Button variant="default" disabled={busy} onClick={() => onNotDuplicate(note)}>
              Bukan duplikat
            </Button>
            <Button
              color="orange"
              disabled={busy || keep === null}
              onClick={() => {
                if (keep === null) return;
                onMerge(keep, keep === a.id ? b.id : a.id, note);
              }}
            >
              Gabungkan
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
