import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { localIsoDate } from '@shared/domain/core/tanggal';
import {
  CEK_PROGRAMMES,
  CEK_RESULT_LABELS,
  filingsInFlight,
} from '@shared/domain/warga/cek-bansos';
import type { CekBansosInput } from '@shared/domain/warga/cek-bansos';
import type { CekBansosEntry, PersonRow } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import { recordCekBansos, removeCekBansos } from '../../db/warga/cek-bansos-repository';
import { isRegistryError } from '../../db/warga/repository';
import { refusalIn, runAction } from '../../kit/run-action';
import { formatDate } from './warga-format';
import { TanggalInput } from '../../kit/forms/TanggalInput';

type Props = { familyId: string; entries: readonly CekBansosEntry[]; members: PersonRow[] };

const KIND_WORDS: Record<CekBansosEntry['kind'], string> = {
  cek: 'Cek status',
  usul: 'Usul sendiri',
  sanggah: 'Sanggah sendiri',
};

const FORM_FIELDS = ['date', 'personId', 'result', 'desil', 'programmes', 'reference', 'note'];

/** The office's own calendar day, not UTC's (Indonesia is 7 to 9 hours ahead). */
const today = () => localIsoDate();

/**
 * What the national Cek Bansos app showed for this family, and what the resident filed
 * there himself (issue 20.4), so the office knows what is already in flight.
 */
export function CekBansosSection({ familyId, entries, members }: Props) {
  const { db } = useDatabase();
  const [adding, setAdding] = useState(false);
  const inFlight = filingsInFlight(entries, today());
  const nameOf = (id: string | undefined) =>
    id ? (members.find((member) => member.id === id)?.nama ?? '(anggota lama)') : 'Keluarga';

  return (
    <Paper withBorder p="md" data-testid="cek-bansos">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Cek Bansos (aplikasi Kemensos)
        </Title>
        <Button size="xs" variant="default" onClick={() => setAdding(true)}>
          Catat Cek Bansos
        </Button>
      </Group>
      {inFlight.length > 0 && (
        <Alert color="orange" mb="sm" title="Pengajuan warga masih berjalan">
          {inFlight
            .map(
              (entry) =>
                `${KIND_WORDS[entry.kind]} ${formatDate(entry.date)}, nomor ${entry.reference}`,
            )
            .join('; ')}
          . Usulan baru dari kelurahan untuk keluarga ini bisa ganda.
        </Alert>
      )}
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          Belum ada catatan. Catat hasil pengecekan NIK di aplikasi Cek Bansos atau usul/sanggah
          yang diajukan warga sendiri di sana.
        </Text>
      ) : (
        <Table withTableBorder aria-label="Catatan Cek Bansos">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tanggal</Table.Th>
              <Table.Th>Jenis</Table.Th>
              <Table.Th>Untuk</Table.Th>
              <Table.Th>Hasil / nomor</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...entries].reverse().map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{formatDate(entry.date)}</Table.Td>
                <Table.Td>{KIND_WORDS[entry.kind]}</Table.Td>
                <Table.Td>{nameOf(entry.personId)}</Table.Td>
                <Table.Td>
                  {entry.kind === 'cek' ? (
                    <Group gap={4}>
                      <Badge color={entry.result === 'terdaftar' ? 'teal' : 'gray'}>
                        {CEK_RESULT_LABELS[entry.result]}
                      </Badge>
                      {entry.desil && <Badge variant="outline">Desil {entry.desil}</Badge>}
                      {entry.programmes.map((programme) => (
                        <Badge key={programme} variant="light">
                          {programme}
                        </Badge>
                      ))}
                    </Group>
                  ) : (
                    <Text size="sm" ff="monospace">
                      {entry.reference}
                    </Text>
                  )}
                  {entry.note && (
                    <Text size="xs" c="dimmed">
                      {entry.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`Hapus catatan Cek Bansos ${formatDate(entry.date)}`}
                    onClick={() =>
                      void runAction(() => removeCekBansos(db, familyId, entry.id), {
                        success: 'Catatan Cek Bansos dihapus.',
                        what: 'Menghapus catatan',
                      })
                    }
                  >
                    Hapus
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title="Catat Cek Bansos">
        {adding && (
          <CekBansosForm familyId={familyId} members={members} onDone={() => setAdding(false)} />
        )}
      </Modal>
    </Paper>
  );
}

function CekBansosForm({
  familyId,
  members,
  onDone,
}: {
  familyId: string;
  members: PersonRow[];
  onDone: () => void;
}) {
  const { db } = useDatabase();
  const [kind, setKind] = useState<CekBansosEntry['kind']>('cek');
  const [date, setDate] = useState(today());
  const [personId, setPersonId] = useState('');
  const [result, setResult] = useState<'terdaftar' | 'tidak_terdaftar' | ''>('');
  const [desil, setDesil] = useState<number | ''>('');
  const [programmes, setProgrammes] = useState<string[]>([]);
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);

  const submit = async () => {
    const input = (
      kind === 'cek'
        ? {
            kind,
            date,
            personId,
            result: result || undefined,
            ...(desil !== '' && { desil }),
            programmes,
            note,
          }
        : { kind, date, personId, reference, note }
    ) as CekBansosInput;
    const refused = await runAction(() => recordCekBansos(db, familyId, input), {
      success: 'Catatan Cek Bansos tersimpan.',
      what: 'Menyimpan catatan',
      inForm: isRegistryError,
    }).then(refusalIn);
    if (refused) setError({ field: refused.field, message: refused.message });
    else onDone();
  };
  const errorFor = (field: string) => (error?.field === field ? error.message : undefined);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <SegmentedControl
          aria-label="Jenis catatan"
          value={kind}
          onChange={(value) => setKind(value as CekBansosEntry['kind'])}
          data={[
            { value: 'cek', label: 'Cek status' },
            { value: 'usul', label: 'Usul oleh warga' },
            { value: 'sanggah', label: 'Sanggah oleh warga' },
          ]}
        />
        <TanggalInput
          label="Tanggal"
          required
          max={today()}
          value={date}
          error={errorFor('date')}
          onChange={(event) => setDate(event.currentTarget.value)}
        />
        <NativeSelect
          label="NIK yang dimasukkan"
          value={personId}
          error={errorFor('personId')}
          onChange={(event) => setPersonId(event.currentTarget.value)}
          data={[
            { value: '', label: 'Keluarga (tanpa anggota tertentu)' },
            ...members.map((member) => ({ value: member.id, label: member.nama })),
          ]}
        />
        {kind === 'cek' ? (
          <>
            <NativeSelect
              label="Hasil"
              required
              value={result}
              error={errorFor('result')}
              onChange={(event) => setResult(event.currentTarget.value as typeof result)}
              data={[
                { value: '', label: 'Pilih hasil' },
                { value: 'terdaftar', label: 'Terdaftar' },
                { value: 'tidak_terdaftar', label: 'Tidak terdaftar' },
              ]}
            />
            <NumberInput
              label="Desil yang ditampilkan"
              description="Kosongkan bila aplikasi tidak menampilkan desil"
              min={1}
              max={10}
              value={desil}
              error={errorFor('desil')}
              onChange={(value) => setDesil(typeof value === 'number' ? value : '')}
            />
            <Checkbox.Group
              label="Program yang ditampilkan"
              value={programmes}
              onChange={setProgrammes}
            >
              <Group mt={4}>
                {CEK_PROGRAMMES.map((programme) => (
                  <Checkbox key={programme} value={programme} label={programme} />
                ))}
              </Group>
            </Checkbox.Group>
          </>
        ) : (
          <TextInput
            label="Nomor/kode pendaftaran di aplikasi"
            required
            value={reference}
            error={errorFor('reference')}
            onChange={(event) => setReference(event.currentTarget.value)}
          />
        )}
        <TextInput
          label="Catatan"
          value={note}
          error={errorFor('note')}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {error && !FORM_FIELDS.includes(error.field) && <Alert color="red">{error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Batal
          </Button>
          <Button type="submit">Simpan catatan</Button>
        </Group>
      </Stack>
    </form>
  );
}
