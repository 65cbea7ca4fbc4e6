import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { UNSUR } from '@shared/domain/core/entities';
import type { Meeting, Unsur } from '@shared/domain/core/entities';
import { unsurUnconfirmed } from '@shared/domain/musyawarah/meeting';
import { attendanceByUnsur } from '@shared/domain/musyawarah/candidates';
import { useDatabase } from '../../kit/database-context';
import { addContact } from '../../db/musyawarah/contact-repository';
import {
  addParticipant,
  addParticipantsFromContacts,
  confirmParticipantUnsur,
  removeParticipant,
  setAllPresent,
  setAttendance,
} from '../../db/musyawarah/participant-repository';
import { NotAllowedHint } from '../../kit/session/NotAllowedHint';
import { useCan } from '../../kit/session/useCan';
import { ContactPickerModal } from './ContactPickerModal';
import { runAction } from '../../kit/run-action';
import { PersonForm } from './PersonForm';
import { useContacts, useParticipants } from './useMusyawarah';

type Dialog = 'pick' | 'contact' | 'guest' | null;

export function ParticipantsPanel({ meeting }: { meeting: Meeting }) {
  const { db } = useDatabase();
  const participants = useParticipants(meeting.id);
  const contacts = useContacts(true);
  const [dialog, setDialog] = useState<Dialog>(null);
  const locked = meeting.status === 'terkunci';
  const mayAdd = useCan('tambah-peserta');
  if (!participants || !contacts) return null;
  const unknownUnsur = participants.filter(unsurUnconfirmed);

  const { rows, total } = attendanceByUnsur(participants);
  const invitedContacts = new Set(participants.flatMap((p) => (p.contactId ? [p.contactId] : [])));
  const run = (action: Promise<unknown>, what: string) => runAction(() => action, { what });

  return (
    <Stack>
      {locked && (
        <Alert color="dark" title="Daftar hadir sudah dikunci">
          Kehadiran tidak dapat diubah lagi.
        </Alert>
      )}
      {!locked && (
        <Group>
          <Button disabled={!mayAdd.allowed} onClick={() => setDialog('pick')}>
            Undang dari daftar kontak
          </Button>
          <Button variant="default" disabled={!mayAdd.allowed} onClick={() => setDialog('guest')}>
            Tambah peserta lain
          </Button>
          <Button
            variant="light"
            disabled={participants.length === 0}
            onClick={() => void run(setAllPresent(db, meeting.id, true), 'Menandai kehadiran')}
          >
            Tandai semua hadir
          </Button>
          <NotAllowedHint can={mayAdd} />
        </Group>
      )}
      {unknownUnsur.length > 0 && (
        <Alert color="orange" title="Unsur belum dipastikan">
          {unknownUnsur.length} peserta tercatat “RT” oleh isian lama yang mengisi unsur secara
          otomatis, sehingga belum pasti benar (misalnya Ketua RW yang terhitung RT). Pilih unsur
          yang benar pada baris bertanda; Berita Acara tidak dapat dikunci sebelum semuanya
          dipastikan.
        </Alert>
      )}
      <Group align="flex-start" gap="lg" wrap="wrap">
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
                <Table.Tr key={p.id}>
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
                          void run(
                            confirmParticipantUnsur(db, p.id, value as Unsur),
                            'Memastikan unsur',
                          )
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
                        disabled={!mayAdd.allowed}
                        title={mayAdd.reason ?? undefined}
                        aria-label={`Hapus ${p.nama} dari daftar`}
                        onClick={() => void run(removeParticipant(db, p.id), 'Menghapus peserta')}
                      >
                        Hapus
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
              {participants.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={6}>
                    <Text size="sm" c="dimmed">
                      Belum ada peserta. Undang Ketua RT/RW, PSM, TKSK, LPMK dan tokoh masyarakat
                      dari daftar kontak.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="sm" style={{ flex: '1 1 320px' }}>
          <Title order={4} mb="xs">
            Rekap per unsur
          </Title>
          <Table data-testid="attendance-counts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Unsur</Table.Th>
                <Table.Th ta="right">Diundang</Table.Th>
                <Table.Th ta="right">Hadir</Table.Th>
                <Table.Th ta="right">L</Table.Th>
                <Table.Th ta="right">P</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...rows, total].map((row) => (
                <Table.Tr key={row.unsur} fw={row === total ? 700 : undefined}>
                  <Table.Td>{row.unsur}</Table.Td>
                  <Table.Td ta="right">{row.invited}</Table.Td>
                  <Table.Td ta="right">{row.present}</Table.Td>
                  <Table.Td ta="right">{row.presentBySex.L}</Table.Td>
                  <Table.Td ta="right">{row.presentBySex.P}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </Group>

      <ContactPickerModal
        opened={dialog === 'pick'}
        contacts={contacts}
        alreadyInvited={invitedContacts}
        onClose={() => setDialog(null)}
        onNewContact={() => setDialog('contact')}
        onPick={async (ids) => {
          await runAction(
            async () => {
              const added = await addParticipantsFromContacts(db, meeting.id, ids);
              notifications.show({ color: 'teal', message: `${added} peserta diundang.` });
              setDialog(null);
            },
            { what: 'Mengundang peserta' },
          );
        }}
      />
      <Modal opened={dialog === 'contact'} onClose={() => setDialog('pick')} title="Kontak baru">
        <PersonForm
          submitLabel="Simpan kontak"
          onSubmit={async (fields) => {
            await runAction(
              async () => {
                await addContact(db, fields);
                setDialog('pick');
              },
              { what: 'Menyimpan kontak' },
            );
          }}
        />
      </Modal>
      <Modal
        opened={dialog === 'guest'}
        onClose={() => setDialog(null)}
        title="Tambah peserta lain"
      >
        <PersonForm
          submitLabel="Tambahkan"
          offerSaveAsContact
          onSubmit={async (fields, saveAsContact) => {
            await runAction(
              async () => {
                if (saveAsContact) {
                  const contact = await addContact(db, fields);
                  await addParticipantsFromContacts(db, meeting.id, [contact.id]);
                } else {
                  await addParticipant(db, meeting.id, {
                    ...fields,
                    invited: false,
                    present: true,
                  });
                }
                setDialog(null);
              },
              { what: 'Menambah peserta' },
            );
          }}
        />
      </Modal>
    </Stack>
  );
}
