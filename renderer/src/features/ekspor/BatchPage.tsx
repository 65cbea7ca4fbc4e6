import { Alert, Anchor, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { batchLabel } from '@shared/domain/ekspor/batch';
import { BatchActions } from './BatchActions';
import { BatchHistory } from './BatchHistory';
import { BatchRowsTable } from './BatchRowsTable';
import { BatchStateBadge } from './BatchStateBadge';
import { BatchSummary } from './BatchSummary';
import { FeedbackImport } from './FeedbackImport';
import { RejectedTable } from './RejectedTable';
import { SignedScanPanel } from './SignedScanPanel';
import { UploadForm } from './UploadForm';
import { useBatch, useBatchCheck, useRejected } from './useEkspor';
import { ValidationReport } from './ValidationReport';

export function BatchPage() {
  const { batchId = '' } = useParams();
  const batch = useBatch(batchId);
  const check = useBatchCheck(batchId);
  const rejected = useRejected(batchId);

  if (batch === undefined) return <Loader size="sm" />;
  if (batch === null) {
    return (
      <Alert color="red" title="Batch tidak ditemukan">
        <Anchor component={Link} to="/ekspor">
          Kembali ke kotak keluar
        </Anchor>
      </Alert>
    );
  }
  const replaced = Boolean(batch.supersededBy);
  const open = batch.state === 'disiapkan' || batch.state === 'tervalidasi';
  const afterExport = batch.state !== 'disiapkan' && batch.state !== 'tervalidasi';

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>
            Batch {batchLabel({ number: batch.number, version: 1 })}
            {batch.version > 1 ? `, versi ${batch.version}` : ''}
          </Title>
          <span data-testid="batch-state">
            <BatchStateBadge state={batch.state} replaced={replaced} />
          </span>
        </Group>
        <Anchor component={Link} to="/ekspor">
          ← Kotak keluar
        </Anchor>
      </Group>
      {replaced && (
        <Alert color="gray" title="Versi lama">
          Isi batch ini sudah diganti karena datanya berubah. Versi lama disimpan apa adanya untuk
          jejak audit dan tidak dapat diekspor.{' '}
          <Anchor component={Link} to={`/ekspor/batch/${batch.supersededBy}`}>
            Buka versi terbaru
          </Anchor>
        </Alert>
      )}
      <BatchSummary batch={batch} />
      {!replaced && (
        <Paper withBorder p="md">
          <Stack>
            {open && <ValidationReport batch={batch} check={check} />}
            <SignedScanPanel batch={batch} />
            <BatchActions batch={batch} check={check} />
            {batch.state === 'diekspor' || batch.state === 'diunggah' ? (
              <UploadForm batch={batch} />
            ) : null}
            {(batch.state === 'diunggah' || batch.state === 'hasil_diterima') && (
              <FeedbackImport batch={batch} />
            )}
          </Stack>
        </Paper>
      )}
      {rejected && rejected.length > 0 && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={4}>Ditolak portal ({rejected.length})</Title>
            <Text size="sm" c="dimmed">
              Perbaiki data warganya, lalu usulkan lagi pada periode berikut: usulan baru dibuat
              sebagai draf dan melalui verifikasi serta musyawarah lagi.
            </Text>
            <RejectedTable rows={rejected} />
          </Stack>
        </Paper>
      )}
      <Tabs defaultValue="baris" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="baris">Isi batch ({batch.rows.length})</Tabs.Tab>
          <Tabs.Tab value="riwayat">Riwayat ({batch.history.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="baris" pt="sm">
          <BatchRowsTable batch={batch} showResults={afterExport} />
        </Tabs.Panel>
        <Tabs.Panel value="riwayat" pt="sm">
          <BatchHistory batch={batch} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
