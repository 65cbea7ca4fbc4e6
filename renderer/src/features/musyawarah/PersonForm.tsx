import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { UNSUR } from '@shared/domain/core/entities';
import type { Sex, Unsur } from '@shared/domain/core/entities';
import { nameProblem, normalizeName } from '@shared/domain/warga/person-name';
import { unsurUnconfirmed } from '@shared/domain/musyawarah/meeting';

export type PersonFields = { nama: string; unsur: Unsur; jabatan: string; jenisKelamin: Sex };

type Props = {
  submitLabel: string;
  /** The fields to start from when editing; a new person otherwise. */
  initial?: PersonFields & { unsurConfirmed?: boolean };
  /** Offers "also keep in the contact list" for one-off participants. */
  offerSaveAsContact?: boolean;
  onSubmit: (fields: PersonFields, saveAsContact: boolean) => Promise<void>;
};

/**
 * A new person's sex and unsur are chosen, never assumed: the minutes count
 * attendance by both. An old row whose 'RT' may be the form's former default
 * starts with no unsur, so editing it asks again.
 */
type Draft = Omit<PersonFields, 'jenisKelamin' | 'unsur'> & {
  jenisKelamin: Sex | null;
  unsur: Unsur | null;
};

function draftOf(initial: Props['initial']): Draft {
  if (!initial) return { nama: '', unsur: null, jabatan: '', jenisKelamin: null };
  const { unsurConfirmed: _confirmed, ...fields } = initial;
  return { ...fields, unsur: unsurUnconfirmed(initial) ? null : initial.unsur };
}

/** Name, element, title and sex: what a contact and a participant have in common. */
export function PersonForm({ submitLabel, initial, offerSaveAsContact = false, onSubmit }: Props) {
  const [fields, setFields] = useState<Draft>(() => draftOf(initial));
  const unsurWasDefault = initial !== undefined && unsurUnconfirmed(initial);
  const [saveAsContact, setSaveAsContact] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [sexError, setSexError] = useState<string | null>(null);
  const [unsurError, setUnsurError] = useState<string | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setFields((current) => ({ ...current, [key]: value }));
  // Opens in a modal, which puts the cursor in the name (data-autofocus).
  const { attach } = useUnsavedGuard<HTMLFormElement>({
    dirty: JSON.stringify(fields) !== JSON.stringify(draftOf(initial)),
    focusFirst: false,
  });

  return (
    <form
      noValidate
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        const nama = normalizeName(fields.nama);
        const namaProblem = nameProblem(nama);
        if (namaProblem) setError(namaProblem);
        if (fields.jenisKelamin === null) setSexError('Pilih jenis kelamin');
        if (fields.unsur === null) setUnsurError('Pilih unsur');
        if (namaProblem || fields.jenisKelamin === null || fields.unsur === null) return;
        void onSubmit(
          { ...fields, nama, unsur: fields.unsur, jenisKelamin: fields.jenisKelamin },
          offerSaveAsContact && saveAsContact,
        );
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
          placeholder="Pilih"
          description={
            unsurWasDefault
              ? 'Tercatat "RT" oleh isian lama yang mengisinya otomatis: pastikan unsurnya.'
              : undefined
          }
          value={fields.unsur}
          error={unsurError}
          onChange={(value) => {
            setUnsurError(null);
            if (value) set('unsur', value as Unsur);
          }}
        />
        <TextInput
          label="Jabatan"
          placeholder="contoh: Ketua RT 003 / RW 002"
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
          placeholder="Pilih"
          value={fields.jenisKelamin}
          error={sexError}
          onChange={(value) => {
            setSexError(null);
            if (value) set('jenisKelamin', value as Sex);
          }}
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
