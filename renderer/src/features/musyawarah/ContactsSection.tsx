import { Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Contact } from '@shared/domain/core/entities';
import { unsurUnconfirmed } from '@shared/domain/musyawarah/meeting';
import { useDatabase } from '../../kit/database-context';
import {
  addContact,
  listContacts,
  saveContact,
  setContactActive,
} from '../../db/musyawarah/contact-repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { PersonForm } from './PersonForm';

const SEX_LABEL = { L: 'Laki-laki', P: 'Perempuan' } as const;

/**
 * The musyawarah contact list (RT/RW heads, PSM, TKSK, leaders): corrected when an RT
 * head changes or a name was mistyped, set inactive instead of deleted, because past
 * meetings name them. Meetings copy the names, so an edit never rewrites old minutes.
 */
export function ContactsSection() {
  const { db } = useDatabase();
  const contacts = useLiveQuery(() => listContacts(db), [db]);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [query, setQuery] = useState('');
  const needle = query.trim().toLocaleLowerCase('id');
  const shown = (contacts ?? []).filter(
    (contact) =>
      needle === '' ||
      [contact.nama, contact.jabatan, contact.unsur].some((text) =>
        text.toLocaleLowerCase('id').includes(needle),
      ),
  );

  const fail = (error: unknown, action: string) =>
    showFailure({ message: describeStorageError(error, action) });

  const toggle = async (contact: Contact) => {
    try {
      await setContactActive(db, contact.id, !contact.aktif);
      notifications.show({
        color: 'teal',
        message: `${contact.nama} ${contact.aktif ? 'dinonaktifkan' : 'diaktifkan lagi'}.`,
      });
    } catch (error) {
      fail(error, 'Mengubah status kontak');
    }
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Kontak yang diundang ke musyawarah kelurahan: ketua RT/RW, pendamping, tokoh masyarakat.
        Berita Acara yang sudah dibuat tidak berubah saat kontak diubah. Kontak yang tidak aktif
        tidak ditawarkan lagi saat mengundang peserta.
      </Text>
      <Group align="flex-end">
        <Button onClick={() => setEditing('new')}>Tambah kontak</Button>
        <TextInput
          label="Cari kontak"
          placeholder="Nama, jabatan atau unsur (misalnya RT 003)"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={320}
        />
        {contacts && needle !== '' && (
          <Text size="sm" c="dimmed">
            {shown.length} dari {contacts.length} kontak
          </Text>
        )}
      </Group>
      {contacts && contacts.length === 0 && (
        <Text size="sm">Belum ada kontak. Tambahkan ketua RT/RW yang biasa diundang.</Text>
      )}
      {contacts && contacts.length > 0 && (
        <Table striped withTableBorder data-testid="contacts-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nama</Table.Th>
              <Table.Th>Unsur</Table.Th>
              <Table.Th>Jabatan</Table.Th>
              <Table.Th>Jenis kelamin</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((contact) => (
              <Table.Tr key={contact.id}>
                <Table.Td>{contact.nama}</Table.Td>
                <Table.Td>
                  {unsurUnconfirmed(contact) ? (
                    <Badge color="orange" variant="light" title="Ubah kontak untuk memastikan">
                      RT? belum dipastikan
                    </Badge>
                  ) : (
                    contact.unsur
                  )}
                </Table.Td>
                <Table.Td>{contact.jabatan || '—'}</Table.Td>
                <Table.Td>{SEX_LABEL[contact.jenisKelamin]}</Table.Td>
                <Table.Td>
                  <Badge color={contact.aktif ? 'teal' : 'gray'}>
                    {contact.aktif ? 'Aktif' : 'Tidak aktif'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Ubah ${contact.nama}`}
                      onClick={() => setEditing(contact)}
                    >
                      Ubah
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color={contact.aktif ? 'gray' : 'teal'}
                      aria-label={`${contact.aktif ? 'Nonaktifkan' : 'Aktifkan'} ${contact.nama}`}
                      onClick={() => void toggle(contact)}
                    >
                      {contact.aktif ? 'Nonaktifkan' : 'Aktifkan'}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'Kontak baru' : 'Ubah kontak'}
      >
        {editing !== null && (
          <PersonForm
            key={editing === 'new' ? 'new' : editing.id}
            submitLabel="Simpan kontak"
            {...(editing !== 'new' && {
              initial: {
                nama: editing.nama,
                unsur: editing.unsur,
                unsurConfirmed: editing.unsurConfirmed ?? false,
                jabatan: editing.jabatan,
                jenisKelamin: editing.jenisKelamin,
              },
            })}
            onSubmit={async (fields) => {
              try {
                await (editing === 'new'
                  ? addContact(db, fields)
                  : saveContact(db, { ...editing, ...fields }));
                notifications.show({ color: 'teal', message: `Kontak ${fields.nama} tersimpan.` });
                setEditing(null);
              } catch (error) {
                fail(error, 'Menyimpan kontak');
              }
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
