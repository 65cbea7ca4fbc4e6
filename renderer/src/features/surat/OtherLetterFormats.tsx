import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { MEETING_LETTER_TYPES } from '@shared/domain/core/entities';
import type { InvitationMode, MeetingLetterType } from '@shared/domain/core/entities';
import { checkLetterTemplate } from '@shared/domain/surat/number';
import { LETTER_TYPE_LABELS } from '@shared/domain/surat/types';
import { useDatabase } from '../../kit/database-context';
import {
  getLetterSettings,
  letterSettingsSchema,
  previewNextNumber,
  saveLetterSettings,
} from '../../db/surat/settings-repository';
import type { LetterSettings } from '../../db/surat/settings-repository';
import { describeStorageError } from '../../db/core/storage-errors';

/**
 * Number formats of the musyawarah's letters (issue 14.9, 20.5): each type has its own
 * counter, restarting every year, and its own format; the same tokens as the SKTM.
 */
export function OtherLetterFormats() {
  const { db } = useDatabase();
  const all = useLiveQuery(
    () =>
      Promise.all(
        MEETING_LETTER_TYPES.map(
          async (type) => [type, await getLetterSettings(db, type)] as const,
        ),
      ),
    [db],
  );
  if (!all) return null;
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={3} size="h4">
          Nomor surat musyawarah
        </Title>
        <Text size="sm" c="dimmed">
          Berita Acara, SPTJM, undangan, pengumuman dan surat pengantar dinomori dari buku agenda
          yang sama dengan SKTM, masing-masing dengan nomor urutnya sendiri. Format dan kode setiap
          jenis harus berbeda supaya nomornya tidak pernah sama.
        </Text>
        {all.map(([type, settings]) => (
          <FormatRow key={`${type}:${JSON.stringify(settings)}`} type={type} initial={settings} />
        ))}
      </Stack>
    </Paper>
  );
}

function FormatRow({ type, initial }: { type: MeetingLetterType; initial: LetterSettings }) {
  const { db } = useDatabase();
  const [template, setTemplate] = useState(initial.template);
  const [kode, setKode] = useState(initial.kode);
  const [mode, setMode] = useState<InvitationMode>(initial.invitationMode);
  const [error, setError] = useState<string | null>(null);
  const problem = checkLetterTemplate(template)[0]?.message;
  const next = useLiveQuery(
    () =>
      problem ? Promise.resolve('') : previewNextNumber(db, { template, kode }, new Date(), type),
    [db, template, kode, problem, type],
  );
  const label = LETTER_TYPE_LABELS[type];

  const save = async () => {
    const parsed = letterSettingsSchema.safeParse({
      ...initial,
      template,
      kode,
      invitationMode: mode,
    });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Isian tidak valid');
      return;
    }
    try {
      await saveLetterSettings(db, parsed.data, type);
      setError(null);
      notifications.show({ color: 'teal', message: `Format nomor ${label} tersimpan.` });
    } catch (failure) {
      setError(describeStorageError(failure, 'Menyimpan'));
    }
  };

  return (
    <Stack gap={4} data-testid={`format-${type}`}>
      <Text fw={600}>{label}</Text>
      <Group align="flex-start" grow>
        <TextInput
          label="Format nomor"
          aria-label={`Format nomor ${label}`}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={template}
          error={problem ?? error}
          onChange={(event) => setTemplate(event.currentTarget.value)}
        />
        <TextInput
          label="Kode klasifikasi"
          aria-label={`Kode klasifikasi ${label}`}
          maw={180}
          value={kode}
          onChange={(event) => setKode(event.currentTarget.value)}
        />
      </Group>
      {type === 'undangan' && (
        <Group gap="xs">
          <Text size="sm">Undangan dibuat:</Text>
          <SegmentedControl
            aria-label="Bentuk undangan"
            size="xs"
            value={mode}
            onChange={(value) => setMode(value as InvitationMode)}
            data={[
              { value: 'per_peserta', label: 'Satu surat per peserta' },
              { value: 'daftar', label: 'Satu surat dengan daftar undangan' },
            ]}
          />
        </Group>
      )}
      <Group justify="space-between">
        <Text size="sm" data-testid={`next-number-${type}`}>
          Nomor berikutnya: <b>{problem ? 'perbaiki format nomor dahulu' : next}</b>
        </Text>
        <Button size="xs" variant="light" onClick={() => void save()}>
          Simpan format {label}
        </Button>
      </Group>
    </Stack>
  );
}
