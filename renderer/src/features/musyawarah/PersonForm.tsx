import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { UNSUR } from '@shared/domain/entities';
import type { Sex, Unsur } from '@shared/domain/entities';

export type PersonFields = { nama: string; unsur: Unsur; jabatan: string; jenisKelamin: Sex };

type Props = {
  submitLabel: string;
  /** The fields to start from when editing; a new person otherwise. */
  initial?: PersonFields;
  /** Offers "also keep in the contact list" for one-off participants. */
  offerSaveAsContact?: boolean;
  onSubmit: (fields: PersonFields, saveAsContact: boolean) => Promise<void>;
};

/** Name, element, title and sex: what a contact and a participant have in common. */
export function PersonForm({ submitLabel, initial, offerSaveAsContact = false, onSubmit }: Props) {
  const [fields, setFields] = useState<PersonFields>(
    initial ?? { nama: '', unsur: 'RT', jabatan: '', jenisKelamin: 'L' },
  );
  const [saveAsContact, setSaveAsContact] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof PersonFields>(key: K, value: PersonFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (fields.nama.trim() === '') {
          setError('Nama wajib diisi');
          return;
        }
        void onSubmit({ ...fields, nama: fields.nama.trim() }, offerSaveAsContact && saveAsContact);
      }}
    >
      <Stack>
        <TextInput
          label="Nama"
          required
          data-autofocus
          value={fields.nama}
          error={error}
          onChange={(e) => {
            setError(null);
            set('nama', e.currentTarget.value);
          }}
        />
        <Select
          label="Unsur"
          required
          allowDeselect={false}
          data={[...UNSUR]}
          value={fields.unsur}
          onChange={(value) => value && set('unsur', value as Unsur)}
        />
        <TextInput
          label="Jabatan"
          placeholder="Contoh: Ketua RT 003 / RW 002"
          value={fields.jabatan}
          onChange={(e) => set('jabatan', e.currentTarget.value)}
        />
        <Select
          label="Jenis kelamin"
          required
          allowDeselect={false}
          data={[
            { value: 'L', label: 'Laki-laki' },
            { value: 'P', label: 'Perempuan' },
          ]}
          value={fields.jenisKelamin}
          onChange={(value) => value && set('jenisKelamin', value as Sex)}
        />
        {offerSaveAsContact && (
          <Checkbox
            label="Simpan juga ke daftar kontak untuk musyawarah berikutnya"
            checked={saveAsContact}
            onChange={(e) => setSaveAsContact(e.currentTarget.checked)}
          />
        )}
        <Group>
          <Button type="submit">{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
