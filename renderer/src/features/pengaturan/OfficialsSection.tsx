import {
  Autocomplete,
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatNip, nipAgeWarning } from '@shared/domain/core/nip';
import { SIGNER_TITLE_CHOICES } from '@shared/domain/core/signer';
import { officialSchema } from '@shared/domain/core/settings';
import type { Official } from '@shared/domain/core/settings';
import { useConfirm } from '../../kit/confirm/useConfirm';
import { useDatabase } from '../../kit/database-context';
import { useSchemaForm } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { deleteOfficial, listOfficials, saveOfficial } from '../../db/pengaturan/repository';
import { describeStorageError } from '../../db/core/storage-errors';

function newOfficial(): Official {
  return {
    id: crypto.randomUUID(),
    nama: '',
    jabatan: 'Lurah',
    pangkatGolongan: '',
    nip: '',
    aktif: true,
  };
}

export function OfficialsSection() {
  const { db } = useDatabase();
  const officials = useLiveQuery(() => listOfficials(db), [db]);
  const [editing, setEditing] = useState<Official | null>(null);
  const { confirm, dialog } = useConfirm();

  return (
    <Stack>
      {dialog}
      <Text size="sm" c="dimmed">
        Pejabat yang menandatangani surat dan Berita Acara. Nama, jabatan dan NIP dicetak di bawah
        tanda tangan.
      </Text>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nama</Table.Th>
            <Table.Th>Jabatan</Table.Th>
            <Table.Th>Pangkat/Golongan</Table.Th>
            <Table.Th>NIP</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(officials ?? []).map((official) => (
            <Table.Tr key={official.id}>
              <Table.Td>{official.nama}</Table.Td>
              <Table.Td>{official.jabatan}</Table.Td>
              <Table.Td>{official.pangkatGolongan}</Table.Td>
              <Table.Td>{official.nip ? formatNip(official.nip) : '—'}</Table.Td>
              <Table.Td>
                <Badge color={official.aktif ? 'teal' : 'gray'}>
                  {official.aktif ? 'Aktif' : 'Tidak aktif'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button size="xs" variant="default" onClick={() => setEditing(official)}>
                    Ubah
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={async () => {
                      const ok = await confirm({
                        title: `Hapus pejabat ${official.nama}?`,
                        message:
                          'Surat yang sudah terbit tetap memuat nama dan jabatannya; pejabat ini tidak bisa dipilih lagi untuk surat baru.',
                        lost: [`${official.nama} (${official.jabatan}) dari daftar penanda tangan`],
                        confirmLabel: 'Hapus pejabat',
                      });
                      if (ok) void deleteOfficial(db, official.id);
                    }}
                  >
                    Hapus
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
          {officials?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text size="sm" c="dimmed">
                  Belum ada pejabat. Tambahkan Lurah dan pejabat yang menandatangani atas nama
                  Lurah.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Button w="fit-content" onClick={() => setEditing(newOfficial())}>
        Tambah pejabat
      </Button>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title="Data pejabat">
        {editing && (
          <OfficialForm
            key={editing.id}
            initial={editing}
            onDone={async (official) => {
              try {
                await saveOfficial(db, official);
                notifications.show({
                  color: 'teal',
                  message: `Pejabat ${official.nama} tersimpan.`,
                });
                setEditing(null);
              } catch (error) {
                showFailure({ message: describeStorageError(error, 'Menyimpan pejabat') });
              }
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function OfficialForm({
  initial,
  onDone,
}: {
  initial: Official;
  onDone: (official: Official) => Promise<void>;
}) {
  const { values, errors, setField, validate, dirty } = useSchemaForm(officialSchema, initial);
  // The modal puts the cursor in the name (data-autofocus).
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty, focusFirst: false });
  return (
    <form
      noValidate
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        const official = validate();
        if (official) void onDone(official);
      }}
    >
      <Stack>
        <TextInput
          label="Nama lengkap dengan gelar"
          required
          data-autofocus
          value={values.nama}
          error={errors.nama}
          onChange={(e) => setField('nama', e.currentTarget.value)}
        />
        <Autocomplete
          label="Jabatan"
          required
          description="Pilih atau ketik. Plt./Plh. Lurah menandatangani atas namanya sendiri dengan jabatan itu."
          data={[...SIGNER_TITLE_CHOICES]}
          value={values.jabatan}
          error={errors.jabatan}
          onChange={(value) => setField('jabatan', value)}
        />
        <TextInput
          label="Pangkat/Golongan"
          placeholder="contoh: Penata Tk. I (III/d)"
          value={values.pangkatGolongan}
          error={errors.pangkatGolongan}
          onChange={(e) => setField('pangkatGolongan', e.currentTarget.value)}
        />
        <TextInput
          label="NIP (18 digit)"
          inputMode="numeric"
          value={values.nip}
          error={errors.nip}
          onChange={(e) => setField('nip', e.currentTarget.value)}
        />
        {!errors.nip && nipAgeWarning(values.nip) && (
          <Text size="sm" c="orange.8" role="status" data-testid="nip-warning">
            {nipAgeWarning(values.nip)}
          </Text>
        )}
        <Switch
          label="Aktif (dapat dipilih sebagai penanda tangan)"
          checked={values.aktif}
          onChange={(e) => setField('aktif', e.currentTarget.checked)}
        />
        <Button type="submit">Simpan</Button>
      </Stack>
    </form>
  );
}
