import {
  Button,
  Code,
  Group,
  Loader,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { checkLetterTemplate, LETTER_NUMBER_TOKENS } from '@shared/domain/surat/number';
import type { Official } from '@shared/domain/core/settings';
import { useDatabase } from '../../kit/database-context';
import { useSchemaForm } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { letterSettingsSchema, saveLetterSettings } from '../../db/surat/settings-repository';
import type { LetterSettings } from '../../db/surat/settings-repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { KeySection } from './KeySection';
import { OtherLetterFormats } from './OtherLetterFormats';
import { DELEGATION_OPTIONS } from './purposes';
import { useActiveOfficials, useLetterSettings, useNextNumber } from './useSurat';

export function LetterSettingsPage() {
  const settings = useLetterSettings();
  const officials = useActiveOfficials();
  if (!settings || !officials) return <Loader aria-label="Memuat" />;
  return (
    <Stack maw={820}>
      <SettingsForm key={JSON.stringify(settings)} initial={settings} officials={officials} />
      <OtherLetterFormats />
      <KeySection />
    </Stack>
  );
}

function SettingsForm({ initial, officials }: { initial: LetterSettings; officials: Official[] }) {
  const { db } = useDatabase();
  const { values, errors, setField, validate, dirty } = useSchemaForm(
    letterSettingsSchema,
    initial,
  );
  // Saving changes `settings`, which remounts this form (its key): clean again.
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty });
  const templateOk = checkLetterTemplate(values.template).length === 0;
  const next = useNextNumber(templateOk ? values : undefined);

  const submit = async () => {
    const settings = validate();
    if (!settings) return;
    try {
      await saveLetterSettings(db, settings);
      notifications.show({ color: 'teal', message: 'Pengaturan surat tersimpan.' });
    } catch (error) {
      showFailure({ message: describeStorageError(error, 'Menyimpan') });
    }
  };

  return (
    <Paper withBorder p="lg">
      <form
        noValidate
        ref={attach}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Title order={3} size="h4">
            SKTM
          </Title>
          <TextInput
            label="Format nomor surat"
            required
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={values.template}
            error={errors.template}
            onChange={(event) => setField('template', event.currentTarget.value)}
          />
          <Text size="xs" c="dimmed">
            {LETTER_NUMBER_TOKENS.map((t) => (
              <span key={t.token}>
                <Code>{t.token}</Code> {t.meaning}.{' '}
              </span>
            ))}
            Nomor urut dimulai dari 1 setiap tahun.
          </Text>
          <TextInput
            label="Kode klasifikasi ({kode})"
            description="Menurut klasifikasi arsip daerah (Permendagri 83/2022)"
            value={values.kode}
            error={errors.kode}
            onChange={(event) => setField('kode', event.currentTarget.value)}
          />
          <Text data-testid="next-number-preview">
            Nomor berikutnya: <b>{templateOk ? next : 'perbaiki format nomor dahulu'}</b>
          </Text>
          <Group grow align="flex-start">
            <NumberInput
              label="Masa berlaku (hari)"
              min={1}
              max={366}
              value={values.validityDays}
              error={errors.validityDays}
              onChange={(value) => setField('validityDays', Number(value))}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Ukuran kertas
              </Text>
              <SegmentedControl
                aria-label="Ukuran kertas"
                data={[
                  { value: 'A4', label: 'A4' },
                  { value: 'F4', label: 'F4 (folio)' },
                ]}
                value={values.paperSize}
                onChange={(value) => setField('paperSize', value as 'A4' | 'F4')}
              />
            </Stack>
          </Group>
          <Group grow align="flex-start">
            <Select
              label="Penanda tangan bawaan"
              clearable
              data={officials.map((o) => ({ value: o.id, label: `${o.nama} — ${o.jabatan}` }))}
              value={values.defaultSignerId || null}
              onChange={(value) => setField('defaultSignerId', value ?? '')}
            />
            <Select
              label="Kedudukan bawaan bila bukan Lurah, Plt. atau Plh. Lurah"
              allowDeselect={false}
              data={DELEGATION_OPTIONS.filter((o) => o.value !== '').map((o) => ({
                value: o.value,
                label: o.label,
              }))}
              value={values.defaultDelegation || 'a.n.'}
              onChange={(value) =>
                setField('defaultDelegation', (value ?? '') as LetterSettings['defaultDelegation'])
              }
            />
            <TextInput
              label="Jabatan perantara (u.b.)"
              value={values.viaJabatan}
              error={errors.viaJabatan}
              onChange={(event) => setField('viaJabatan', event.currentTarget.value)}
            />
          </Group>
          <Switch
            label="Cetak No. KK pada identitas warga di SKTM"
            description="Nyalakan bila sekolah atau rumah sakit di wilayah ini meminta No. KK. Surat yang sudah terbit tidak berubah."
            checked={values.printNoKk}
            onChange={(event) => setField('printNoKk', event.currentTarget.checked)}
          />
          <Button type="submit" w="fit-content">
            Simpan pengaturan surat
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
