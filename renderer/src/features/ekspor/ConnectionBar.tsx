import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import { showFailure } from '../../kit/run-action';
import { useDesktopApi } from '../../platform';
import { useAwaitingUpload, usePortalUrl } from './useEkspor';
import { useOnline } from './useOnline';

const number = new Intl.NumberFormat('id-ID');

/**
 * The office is offline most of the time: this says whether the connection is
 * there now and, when it is, that batches wait for the portal.
 */
export function ConnectionBar() {
  const online = useOnline();
  const waiting = useAwaitingUpload() ?? 0;
  const portal = usePortalUrl();
  const desktop = useDesktopApi();

  const openPortal = async () => {
    if (!portal) return;
    const result = await desktop.openExternal(portal);
    if (!result.ok) showFailure({ message: result.message });
  };

  return (
    <>
      <Group gap="xs" data-testid="connection-status">
        <Badge
          color={online ? 'teal' : 'gray'}
          variant="dot"
          size="lg"
          aria-label={online ? 'Status koneksi: online' : 'Status koneksi: offline'}
        >
          {online ? 'Online' : 'Offline'}
        </Badge>
        <Text size="sm" c="dimmed">
          {online
            ? 'Komputer ini terhubung ke jaringan.'
            : 'Tidak ada koneksi. Paket tetap bisa dibuat; unggah saat kantor online.'}
        </Text>
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => void openPortal()}
          disabled={!portal}
        >
          Buka portal SIKS-NG
        </Button>
      </Group>
      {online && waiting > 0 && (
        <Alert color="blue" title="Saatnya mengunggah" data-testid="upload-banner">
          <Group justify="space-between">
            <Text size="sm">
              Anda sedang online dan ada {number.format(waiting)} batch menunggu diunggah. Buka
              portal, unggah paket ZIP-nya, lalu catat tanggal dan nomor tanda terimanya di batch.
            </Text>
            <Button onClick={() => void openPortal()} disabled={!portal}>
              Unggah sekarang di portal
            </Button>
          </Group>
        </Alert>
      )}
    </>
  );
}
