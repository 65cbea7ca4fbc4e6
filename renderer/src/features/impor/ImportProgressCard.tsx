import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { ImportProgress } from '../../workers/import-client';

const number = new Intl.NumberFormat('id-ID');

const LABEL: Record<ImportProgress['phase'], string> = {
  baca: 'Membaca berkas',
  periksa: 'Memeriksa baris',
  simpan: 'Menyimpan data',
};

export function ImportProgressCard({
  progress,
  onCancel,
}: {
  progress: ImportProgress;
  onCancel: () => void;
}) {
  const { phase, done, total } = progress;
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  return (
    <Paper withBorder p="lg" data-testid="import-progress">
      <Stack gap="sm">
        <Text fw={600}>{LABEL[phase]}…</Text>
        <Progress
          value={phase === 'baca' ? 100 : percent}
          animated
          striped={phase === 'baca'}
          aria-label={`Kemajuan: ${LABEL[phase].toLowerCase()}`}
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {phase === 'baca' || total === 0
              ? 'Mohon tunggu, berkas besar bisa memerlukan beberapa detik.'
              : `${number.format(done)} dari ${number.format(total)}`}
          </Text>
          <Button variant="default" color="red" onClick={onCancel}>
            Batalkan
          </Button>
        </Group>
        {phase === 'simpan' && (
          <Text size="xs" c="dimmed">
            Penyimpanan berjalan dalam satu transaksi: jika dibatalkan, tidak ada data yang
            tersimpan.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
