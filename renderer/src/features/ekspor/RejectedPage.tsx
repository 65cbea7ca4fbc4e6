import { Alert, Loader, Stack, Text } from '@mantine/core';
import { RejectedTable } from './RejectedTable';
import { useRejected } from './useEkspor';

export function RejectedPage() {
  const rows = useRejected();
  if (!rows) return <Loader size="sm" />;
  const open = rows.filter((row) => !row.reproposed).length;
  return (
    <Stack>
      <Text size="sm" c="dimmed" maw={760}>
        Baris yang ditolak SIKS-NG, dari semua batch. Perbaiki data warganya (misalnya NIK atau nama
        ibu kandung yang tidak padan dengan Dukcapil), lalu usulkan lagi: usulan baru dibuat sebagai
        draf untuk periode berikut dan melalui verifikasi serta musyawarah lagi.
      </Text>
      {rows.length === 0 ? (
        <Alert color="gray" title="Tidak ada baris yang ditolak">
          Hasil dari portal belum ada, atau semua usulan diterima.
        </Alert>
      ) : (
        <>
          <Text size="sm">
            {rows.length} baris ditolak, {open} belum diusulkan lagi.
          </Text>
          <RejectedTable rows={rows} showBatch />
        </>
      )}
    </Stack>
  );
}
