import { Button, Checkbox, Paper, Select, Table, Text } from '@mantine/core';
import { UNSUR } from '@shared/domain/core/entities';
import type { MeetingParticipant, Unsur } from '@shared/domain/core/entities';
import type { CanResult } from '@shared/domain/keamanan/permissions';
import { unsurUnconfirmed } from '@shared/domain/musyawarah/meeting';
import {
  confirmParticipantUnsur,
  removeParticipant,
  setAttendance,
} from '../../db/musyawarah/participant-repository';
import { useDatabase } from '../../kit/database-context';
import { runAction } from '../../kit/run-action';

const run = (action: Promise<unknown>, what: string) => runAction(() => action, { what });

/** The meeting's participants: who was invited, who came; editable until the minutes lock. */
export function ParticipantsTable({
  participants,
  locked,
  mayRemove,
}: {
  participants: readonly MeetingParticipant[];
  locked: boolean;
  /** Whether the role may take someone off the list, and why not. */
  mayRemove: CanResult;
}) {
  return (
    <Paper withBorder style={{ flex: '2 1 560px' }}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nama</Table.Th>
            <Table.Th>Unsur / jabatan</Table.Th>
            <Table.Th>L/P</Table.Th>
            <Table.Th>Diundang</Table.Th>
            <Table.Th>Hadir</Table.Th>
            {!locked && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => (
            <ParticipantRow key={p.id} participant={p} locked={locked} mayRemove={mayRemove} />
          ))}
          {participants.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text size="sm" c="dimmed">
                  Belum ada peserta. Undang Ketua RT/RW, PSM, TKSK, LPMK dan tokoh masyarakat dari
                  daftar kontak.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function ParticipantRow({
  participant: p,
  locked,
  mayRemove,
}: {
  participant: MeetingParticipant;
  locked: boolean;
  mayRemove: CanResult;
}) {
  const { db } = useDatabase();
  return (
    <Table.Tr>
      <Table.Td>{p.nama}</Table.Td>
      <Table.Td>
        {unsurUnconfirmed(p) && !locked ? (
          <Select
            size="xs"
            w={200}
            aria-label={`Unsur ${p.nama}`}
            placeholder="Pilih unsur"
            error="Unsur belum dipastikan"
            data={[...UNSUR]}
            value={null}
            onChange={(value) =>
              value &&
              void run(confirmParticipantUnsur(db, p.id, value as Unsur), 'Memastikan unsur')
            }
          />
        ) : (
          p.unsur
        )}
        {p.jabatan ? ` · ${p.jabatan}` : ''}
      </Table.Td>
      <Table.Td>{p.jenisKelamin}</Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={`${p.nama} diundang`}
          checked={p.invited}
          disabled={locked}
          onChange={(e) =>
            void run(
              setAttendance(db, p.id, { invited: e.currentTarget.checked }),
              'Mengubah undangan',
            )
          }
        />
      </Table.Td>
      <Table.Td>
        <Checkbox
          aria-label={`${p.nama} hadir`}
          checked={p.present}
          disabled={locked}
          onChange={(e) =>
            void run(
              setAttendance(db, p.id, { present: e.currentTarget.checked }),
              'Mengubah kehadiran',
            )
          }
        />
      </Table.Td>
      {!locked && (
        <Table.Td>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            disabled={!mayRemove.allowed}
            title={mayRemove.reason ?? undefined}
            aria-label={`Hapus ${p.nama} dari daftar`}
            onClick={() => void run(removeParticipant(db, p.id), 'Menghapus peserta')}
          >
            Hapus
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
