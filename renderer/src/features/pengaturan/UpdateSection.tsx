import {
  Alert,
  Button,
  Divider,
  Group,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { UpdateResponse, UpdateStatus } from '@shared/ipc/contract';
import { useDesktopApi } from '../../platform';
import { useOptionalSession } from '../../kit/session/session-context';

const when = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short' });

export function describeUpdateState(status: UpdateStatus): string {
  switch (status.state) {
    case 'idle':
      return status.feedUrl
        ? 'Belum diperiksa sejak aplikasi dibuka.'
        : 'Alamat server belum diisi.';
    case 'checking':
      return 'Sedang memeriksa…';
    case 'up-to-date':
      return `Versi ${status.currentVersion} adalah yang terbaru.`;
    case 'downloading':
      return `Versi ${status.version ?? 'baru'} sedang diunduh (${status.percent ?? 0}%).`;
    case 'downloaded':
      return `Versi ${status.version ?? 'baru'} siap dipasang.`;
    case 'error':
      return status.message ?? 'Pemeriksaan gagal.';
    case 'unsupported':
      return 'Pembaruan otomatis hanya untuk aplikasi yang dipasang dari pemasang resmi.';
  }
}

/**
 * Pengaturan → Tentang → Pembaruan aplikasi (desktop only). The city's update server
 * is a setting; the app looks there on request or once a week when online, downloads
 * in the background, and installs only when someone presses the button, never while
 * the projector is open. Offline offices install from a copied installer instead.
 */
export function UpdateSection() {
  const api = useDesktopApi();
  const role = useOptionalSession()?.account.role ?? null;
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isAdmin = role === 'admin';
  const mayInstall = role === 'admin' || role === 'operator';

  const apply = useCallback((response: UpdateResponse) => {
    if (response.ok) {
      setStatus(response.status);
      setError(null);
    } else {
      setError(response.message);
    }
    return response;
  }, []);

  useEffect(() => {
    if (api.runtime !== 'electron') return;
    void api.update({ action: 'status' }).then((response) => {
      apply(response);
      if (response.ok) setAddress(response.status.feedUrl ?? '');
    });
  }, [api, apply]);

  // Follow a download while the screen is open.
  const downloading = status?.state === 'downloading' || status?.state === 'checking';
  useEffect(() => {
    if (!downloading) return;
    const timer = setInterval(() => void api.update({ action: 'status' }).then(apply), 2000);
    return () => clearInterval(timer);
  }, [api, apply, downloading]);

  if (api.runtime !== 'electron') {
    return (
      <Text size="sm" c="dimmed">
        Pembaruan aplikasi hanya ada di aplikasi desktop. Versi peramban diperbarui bersama server
        yang menyajikannya.
      </Text>
    );
  }

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setNotice(null);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const saveAddress = () =>
    run(async () => {
      const trimmed = address.trim();
      const response = apply(
        await api.update({ action: 'configure', feedUrl: trimmed === '' ? null : trimmed }),
      );
      if (response.ok) setNotice('Alamat server pembaruan tersimpan.');
    });

  const openInstaller = () =>
    run(async () => {
      const result = await api.openInstaller();
      if (result.ok) setNotice(result.message);
      else if (!result.canceled) setError(result.message);
    });

  return (
    <Stack maw={640} gap="sm" data-testid="update-section">
      <Title order={3} size="h4">
        Pembaruan aplikasi
      </Title>
      <Text size="sm">
        Aplikasi memeriksa server pembaruan kota seminggu sekali bila komputer tersambung ke
        jaringan, atau saat tombol di bawah ditekan. Pembaruan diunduh di latar belakang dan baru
        dipasang bila diminta; tidak pernah selama musyawarah (jendela proyektor terbuka). Data
        kantor tidak tersentuh.
      </Text>
      <Group align="flex-end">
        <TextInput
          flex={1}
          label="Alamat server pembaruan"
          description="Dari dinas/kota, mis. https://pembaruan.kota.go.id/dtks/ (http:// hanya di jaringan kantor)"
          value={address}
          disabled={!isAdmin}
          onChange={(event) => setAddress(event.currentTarget.value)}
        />
        <Button variant="light" onClick={() => void saveAddress()} disabled={!isAdmin || busy}>
          Simpan alamat
        </Button>
      </Group>
      {!isAdmin && (
        <Text size="xs" c="dimmed">
          Hanya admin yang dapat mengubah alamat server.
        </Text>
      )}
      {status && (
        <Stack gap={4}>
          <Text size="sm" data-testid="update-state">
            {describeUpdateState(status)}
          </Text>
          {status.lastCheckAt !== null && (
            <Text size="xs" c="dimmed">
              Terakhir diperiksa: {when.format(status.lastCheckAt)}
            </Text>
          )}
          {status.state === 'downloading' && <Progress value={status.percent ?? 0} animated />}
        </Stack>
      )}
      <Group>
        <Button
          onClick={() => void run(async () => apply(await api.update({ action: 'check' })))}
          loading={busy && downloading}
          disabled={busy || !mayInstall || !status?.feedUrl}
        >
          Periksa pembaruan sekarang
        </Button>
        {status?.state === 'downloaded' && (
          <Button
            color="teal"
            disabled={busy || !mayInstall}
            onClick={() => void run(async () => apply(await api.update({ action: 'install' })))}
          >
            Pasang dan mulai ulang
          </Button>
        )}
      </Group>
      <Divider label="Tanpa internet" labelPosition="left" />
      <Text size="sm">
        Salin berkas pemasang bersama SHA256SUMS (atau latest.yml) dari folder bersama atau
        flashdisk ke satu folder, lalu pilih pemasangnya. Aplikasi memeriksa sidik berkas dan tanda
        tangan digitalnya sebelum menjalankannya.
      </Text>
      <Button
        variant="default"
        w="fit-content"
        disabled={busy || !mayInstall}
        onClick={() => void openInstaller()}
      >
        Pasang dari berkas…
      </Button>
      {notice && <Alert color="teal">{notice}</Alert>}
      {error && <Alert color="red">{error}</Alert>}
    </Stack>
  );
}
