import { Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';

type Estimate = { persisted: boolean | null; usage: number | null; quota: number | null };

const size = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
function bytes(value: number): string {
  if (value >= 1024 ** 3) return `${size.format(value / 1024 ** 3)} GB`;
  if (value >= 1024 ** 2) return `${size.format(value / 1024 ** 2)} MB`;
  return `${size.format(value / 1024)} KB`;
}

/**
 * Whether the browser promised not to evict the data under storage pressure,
 * and how full the storage is: a full disk is better seen coming.
 */
export function StorageStatus() {
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const refresh = useCallback(async () => {
    const storage = navigator.storage;
    const [persisted, used] = await Promise.all([
      storage?.persisted?.().catch(() => null) ?? null,
      storage?.estimate?.().catch(() => null) ?? null,
    ]);
    setEstimate({ persisted, usage: used?.usage ?? null, quota: used?.quota ?? null });
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!estimate) return null;
  const percent =
    estimate.usage !== null && estimate.quota ? (estimate.usage / estimate.quota) * 100 : null;
  return (
    <Stack gap="xs" data-testid="storage-status">
      <Title order={3} size="h4">
        Penyimpanan
      </Title>
      <Text>
        {estimate.persisted === true
          ? 'Penyimpanan permanen: ya. Peramban tidak akan menghapus data ini walau ruang disk menipis.'
          : estimate.persisted === false
            ? 'Penyimpanan permanen: belum diizinkan. Saat ruang disk sangat sempit, peramban boleh menghapus data situs; buat cadangan secara teratur.'
            : 'Status penyimpanan permanen tidak diketahui di peramban ini.'}
      </Text>
      {percent !== null && estimate.usage !== null && estimate.quota !== null && (
        <>
          <Progress
            value={Math.max(percent, 0.5)}
            color={percent > 80 ? 'red' : 'teal'}
            aria-label="Ruang penyimpanan terpakai"
          />
          <Text size="sm" c="dimmed">
            Terpakai {bytes(estimate.usage)} dari batas {bytes(estimate.quota)} yang diizinkan
            peramban.
          </Text>
        </>
      )}
      {estimate.persisted === false && (
        <Group>
          <Button
            variant="default"
            onClick={() => void navigator.storage?.persist?.().then(() => refresh())}
          >
            Minta penyimpanan permanen
          </Button>
        </Group>
      )}
    </Stack>
  );
}
