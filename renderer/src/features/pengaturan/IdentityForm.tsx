import {
  Button,
  Group,
  Image,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { kelurahanIdentitySchema, MAX_LOGO_BYTES } from '@shared/domain/core/settings';
import type { KelurahanIdentity } from '@shared/domain/core/settings';
import { OFFICE_TIME_ZONES, zoneOfProvince } from '@shared/domain/core/time-zone';
import type { OfficeTimeZone } from '@shared/domain/core/time-zone';
import { RepickableFileButton } from '../../kit/forms/RepickableFileButton';
import { useSchemaForm } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';

export const EMPTY_IDENTITY: KelurahanIdentity = {
  namaKelurahan: '',
  kecamatan: '',
  kota: '',
  provinsi: '',
  kodeWilayah: '',
  kodeSurat: '',
  alamatKantor: '',
  telepon: '',
  email: '',
  kodePos: '',
  zonaWaktu: '',
  logoDataUrl: '',
};

type Props = {
  initial: KelurahanIdentity;
  submitLabel: string;
  onSubmit: (identity: KelurahanIdentity) => Promise<void>;
};

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Berkas tidak terbaca'));
    reader.readAsDataURL(file);
  });
}

export function IdentityForm({ initial, submitLabel, onSubmit }: Props) {
  const form = useSchemaForm(kelurahanIdentitySchema, initial);
  const [busy, setBusy] = useState(false);
  const [logoError, setLogoError] = useState<string | null>(null);
  const { values, errors, setField } = form;
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: form.dirty });

  const text = (
    key: Exclude<keyof KelurahanIdentity, 'zonaWaktu'>,
    label: string,
    extra: Record<string, unknown> = {},
  ) => (
    <TextInput
      label={label}
      value={values[key]}
      error={errors[key]}
      onChange={(event) => setField(key, event.currentTarget.value)}
      name={key}
      {...extra}
    />
  );

  const pickLogo = async (file: File | null) => {
    setLogoError(null);
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) {
      setLogoError('Logo harus berupa gambar PNG atau JPEG.');
      return;
    }
    if (file.size > MAX_LOGO_BYTES) {
      setLogoError(`Logo terlalu besar (${Math.round(file.size / 1024)} KB); maksimal 300 KB.`);
      return;
    }
    setField('logoDataUrl', await readAsDataUrl(file));
  };

  const submit = async () => {
    const identity = form.validate();
    if (!identity) return;
    setBusy(true);
    try {
      await onSubmit(identity);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('namaKelurahan', 'Nama kelurahan', {
            required: true,
            placeholder: 'contoh: Pahandut',
          })}
          {text('kecamatan', 'Kecamatan', { required: true, placeholder: 'contoh: Pahandut' })}
          {text('kota', 'Kota/Kabupaten', {
            required: true,
            placeholder: 'contoh: Kota Palangka Raya',
          })}
          {text('provinsi', 'Provinsi', {
            required: true,
            placeholder: 'contoh: Kalimantan Tengah',
          })}
          {text('kodeWilayah', 'Kode wilayah (10 digit)', {
            required: true,
            placeholder: 'contoh: 6271011001',
            description: 'Kode Kemendagri: provinsi 2, kota 2, kecamatan 2, kelurahan 4 digit',
            inputMode: 'numeric',
          })}
          {text('kodeSurat', 'Kode kelurahan pada nomor surat', { placeholder: 'contoh: KEL-PHD' })}
        </SimpleGrid>
        {text('alamatKantor', 'Alamat kantor', {
          required: true,
          placeholder: 'contoh: Jl. Kalimantan No. 1',
        })}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {text('telepon', 'Telepon', { placeholder: 'contoh: (0536) 1234567' })}
          {text('email', 'Email', { placeholder: 'contoh: kel.pahandut@palangkaraya.go.id' })}
          {text('kodePos', 'Kode pos', { placeholder: 'contoh: 73111', inputMode: 'numeric' })}
        </SimpleGrid>
        <NativeSelect
          label="Zona waktu kantor"
          description="Dicetak di belakang setiap jam pada dokumen (Berita Acara, rekap, buku agenda)"
          name="zonaWaktu"
          value={values.zonaWaktu ?? ''}
          onChange={(event) =>
            setField('zonaWaktu', event.currentTarget.value as OfficeTimeZone | '')
          }
          data={[
            {
              value: '',
              label: `Ikuti provinsi pada kode wilayah (${zoneOfProvince(values.kodeWilayah)})`,
            },
            ...OFFICE_TIME_ZONES.map((zone) => ({ value: zone, label: zone })),
          ]}
        />
        <Group align="center">
          {values.logoDataUrl ? (
            <Image src={values.logoDataUrl} alt="Logo kop surat" h={64} w="auto" fit="contain" />
          ) : (
            <Text size="sm" c="dimmed">
              Belum ada logo untuk kop surat.
            </Text>
          )}
          <RepickableFileButton
            onChange={(file) => void pickLogo(file)}
            accept="image/png,image/jpeg"
          >
            {(props) => (
              <Button variant="default" {...props}>
                Pilih logo (PNG/JPEG, maks. 300 KB)
              </Button>
            )}
          </RepickableFileButton>
          {values.logoDataUrl && (
            <Button variant="subtle" color="red" onClick={() => setField('logoDataUrl', '')}>
              Hapus logo
            </Button>
          )}
        </Group>
        {(logoError ?? errors.logoDataUrl) && (
          <Text c="red" size="sm" role="alert">
            {logoError ?? errors.logoDataUrl}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
