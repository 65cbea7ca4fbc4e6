import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { batchLabel } from '@shared/domain/ekspor/batch';
import type { Batch } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import { recordUpload } from '../../db/ekspor/outbox-repository';
import { runAction } from '../../kit/run-action';
import { shortDate, todayIso } from './format';
import { TanggalInput } from '../../kit/forms/TanggalInput';

/** "Catat unggahan": the day the operator uploaded the package and the portal's receipt. */
export function UploadForm({ batch }: { batch: Batch }) {
  const { db } = useDatabase();
  const recorded = batch.upload;
  const [editing, setEditing] = useState(!recorded);
  const [date, setDate] = useState(recorded?.date ?? todayIso());
  const [reference, setReference] = useState(recorded?.reference ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await runAction(() => recordUpload(db, batch.id, { date, reference }), {
        what: 'Mencatat unggahan',
        success: `Unggahan batch ${batchLabel(batch)} tercatat. Impor hasilnya bila portal sudah memberi jawaban.`,
        onFailure: setError,
      });
      if (outcome.ok) setEditing(false);
    } finally {
      setBusy(false);
    }
  };

  if (!editing && recorded) {
    return (
      <Group gap="sm">
        <Text size="sm">
          Diunggah {shortDate(recorded.date)}, referensi <b>{recorded.reference}</b> (dicatat oleh{' '}
          {recorded.by}).
        </Text>
        {batch.state === 'diunggah' && (
          <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)}>
            Perbaiki catatan unggahan
          </Button>
        )}
      </Group>
    );
  }

  return (
    <Stack gap="xs">
      <Title order={4}>Catat unggahan</Title>
      <Text size="sm" c="dimmed">
        Setelah paket diunggah di portal SIKS-NG, catat tanggalnya dan nomor tanda terima atau
        referensi yang diberikan portal.
      </Text>
      {/* The app's own message in Indonesian, never the browser's "Please fill out this field". */}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Group align="flex-start">
          <TanggalInput
            label="Tanggal unggah"
            required
            value={date}
            max={todayIso()}
            onChange={(event) => setDate(event.currentTarget.value)}
          />
          <TextInput
            label="Nomor tanda terima / referensi portal"
            required
            w={320}
            value={reference}
            error={error}
            onChange={(event) => setReference(event.currentTarget.value)}
          />
          <Button type="submit" mt={25} loading={busy}>
            Catat unggahan
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
