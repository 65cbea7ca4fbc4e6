import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { AID_PROGRAMMES, FUNDING_LEVELS } from '@shared/domain/core/entities';
import type {
  AidProgramme,
  AidReceived,
  FundingLevel,
  PersonRow,
} from '@shared/domain/core/entities';
import { centralAid, hasExistingOverlap } from '@shared/domain/warga/overlap';
import { useDatabase } from '../../kit/database-context';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { addAid, DEFAULT_LEVEL, removeAid } from '../../db/warga/aid-repository';
import { isRegistryError } from '../../db/warga/repository';
import type { RegistryError } from '../../db/warga/repository';
import { refusalIn, runAction, showFailure } from '../../kit/run-action';
import { formatDate } from './warga-format';
import { TanggalInput } from '../../kit/forms/TanggalInput';

const LEVEL_LABELS: Record<FundingLevel, string> = {
  pusat: 'Pusat',
  provinsi: 'Provinsi',
  kota: 'Kota',
};

type Props = { familyId: string; aid: AidReceived[]; members: PersonRow[] };

/** Aid the family receives now, with the central/regional overlap flag (domain.md §1.5). */
export function AidSection({ familyId, aid, members }: Props) {
  const overlap = hasExistingOverlap(aid);
  const central = new Set(centralAid(aid).map((item) => item.id));
  const [adding, setAdding] = useState(false);
  const nameOf = (id: string | undefined) =>
    id
      ? (members.find((member) => member.id === id)?.nama ?? '(anggota lama)')
      : 'Seluruh keluarga';

  const [removing, setRemoving] = useState<AidReceived | null>(null);

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={3} size="h4">
            Bantuan yang diterima
          </Title>
          {overlap && (
            <Badge color="red" variant="filled" data-testid="overlap-badge">
              Tumpang tindih pusat dan daerah
            </Badge>
          )}
        </Group>
        {!adding && (
          <Button size="xs" variant="default" onClick={() => setAdding(true)}>
            Catat bantuan
          </Button>
        )}
      </Group>
      {overlap && (
        <Alert color="red" mb="sm">
          Keluarga ini menerima bantuan pusat dan bantuan daerah sekaligus. Bantuan daerah tidak
          boleh tumpang tindih dengan bantuan pusat (PKH, BPNT/Sembako, PBI-JK).
        </Alert>
      )}
      {aid.length === 0 ? (
        <Text size="sm" c="dimmed">
          Belum ada bantuan tercatat.
        </Text>
      ) : (
        <Table withTableBorder aria-label="Bantuan yang diterima">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Program</Table.Th>
              <Table.Th>Sumber dana</Table.Th>
              <Table.Th>Penerima</Table.Th>
              <Table.Th>Sejak</Table.Th>
              <Table.Th>Catatan</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {aid.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{item.programme}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={central.has(item.id) ? 'blue' : 'grape'}>
                    {LEVEL_LABELS[item.level]}
                  </Badge>
                </Table.Td>
                <Table.Td>{nameOf(item.personId)}</Table.Td>
                <Table.Td>{formatDate(item.since)}</Table.Td>
                <Table.Td>{item.note ?? ''}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setRemoving(item)}
                  >
                    Hapus
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {adding && <AidForm familyId={familyId} members={members} onDone={() => setAdding(false)} />}
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={`Hapus bantuan ${removing?.programme ?? ''}`}
      >
        {removing && <RemoveAidForm item={removing} onDone={() => setRemoving(null)} />}
      </Modal>
    </Paper>
  );
}

function AidForm({
  familyId,
  members,
  onDone,
}: {
  familyId: string;
  members: PersonRow[];
  onDone: () => void;
}) {
  const { db } = useDatabase();
  const [programme, setProgramme] = useState<AidProgramme>('PKH');
  const [level, setLevel] = useState<FundingLevel>('pusat');
  const [personId, setPersonId] = useState('');
  const [since, setSince] = useState('');
  const [note, setNote] = useState('');
  const [refusal, setRefusal] = useState<RegistryError | null>(null);
  const { attach } = useUnsavedGuard<HTMLFormElement>({
    dirty: since !== '' || note !== '' || personId !== '',
  });
  return (
    <form
      ref={attach}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void (async () => {
          let overlapping = false;
          const result = await runAction(
            async () => {
              overlapping = (
                await addAid(db, familyId, { programme, level, personId, since, note })
              ).overlapping;
            },
            {
              success: `Bantuan ${programme} dicatat.`,
              what: 'Mencatat bantuan',
              inForm: isRegistryError,
            },
          ).then(refusalIn);
          setRefusal(result);
          if (result) return;
          if (overlapping) {
            showFailure({
              message:
                'Perhatian: keluarga ini kini menerima bantuan pusat dan daerah sekaligus (tumpang tindih).',
            });
          }
          onDone();
        })();
      }}
    >
      <Group align="flex-end" mt="md" wrap="wrap">
        <NativeSelect
          label="Program"
          data-autofocus
          autoFocus
          data={[...AID_PROGRAMMES]}
          value={programme}
          onChange={(e) => {
            const next = e.currentTarget.value as AidProgramme;
            setProgramme(next);
            setLevel(DEFAULT_LEVEL[next]);
          }}
        />
        <NativeSelect
          label="Sumber dana"
          data={FUNDING_LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] }))}
          value={level}
          onChange={(e) => setLevel(e.currentTarget.value as FundingLevel)}
        />
        <NativeSelect
          label="Penerima"
          data={[
            { value: '', label: 'Seluruh keluarga' },
            ...members.map((m) => ({ value: m.id, label: m.nama })),
          ]}
          value={personId}
          onChange={(e) => setPersonId(e.currentTarget.value)}
        />
        <TanggalInput
          label="Menerima sejak"
          required
          value={since}
          error={refusal?.field === 'since' ? refusal.message : undefined}
          onChange={(e) => setSince(e.currentTarget.value)}
        />
        <TextInput label="Catatan" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Button type="submit">Simpan</Button>
        <Button variant="default" onClick={onDone}>
          Batal
        </Button>
      </Group>
      {refusal && refusal.field !== 'since' && (
        <Alert color="red" mt="sm" role="alert">
          {refusal.message}
        </Alert>
      )}
    </form>
  );
}

function RemoveAidForm({ item, onDone }: { item: AidReceived; onDone: () => void }) {
  const { db } = useDatabase();
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<RegistryError | null>(null);
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: reason !== '' });
  return (
    <form
      ref={attach}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void runAction(() => removeAid(db, item.id, reason), {
          success: `Bantuan ${item.programme} dihapus.`,
          what: 'Menghapus bantuan',
          inForm: isRegistryError,
        })
          .then(refusalIn)
          .then((result) => {
            setRefusal(result);
            if (!result) onDone();
          });
      }}
    >
      <Stack>
        <TextInput
          label="Alasan penghapusan"
          description="Misalnya: program berakhir, tidak lagi terdaftar sebagai penerima"
          required
          data-autofocus
          value={reason}
          error={refusal?.message}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" color="red">
            Hapus bantuan
          </Button>
          <Button variant="default" onClick={onDone}>
            Batal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
