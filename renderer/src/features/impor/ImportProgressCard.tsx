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
  const { phase, stage, done, total, unit } = progress;
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  const waiting = phase === 'baca' || total === 0;
  return (
    <Paper withBorder p="lg" data-testid="import-progress">
      <Stack gap="sm">
        <Text fw={600}>{LABEL[phase]}…</Text>
        <Progress
          value={waiting ? 100 : percent}
          animated
          striped={waiting}
          aria-label={`Kemajuan: ${LABEL[phase].toLowerCase()}`}
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="import-progress-figure">
            {waiting
              ? `${stage}… mohon tunggu, berkas besar bisa memerlukan beberapa detik.`
              : `${stage}: ${number.format(done)} dari ${number.format(total)} ${unit}`}
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
