import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useDatabase } from '../../kit/database-context';
import { testConnection, type ConnectionResult } from '../../db/sinkron/connection-test';
import { joinOffice, type JoinProgress } from '../../db/sinkron/gabung';
import { loadBrowserPouch } from '../../db/sinkron/pouch-browser';
import { useDesktopApi } from '../../platform';
import { ServerFields, useServerForm } from './ServerFields';

const PHASE_TEXT: Record<JoinProgress['phase'], string> = {
  uji: 'Menguji sambungan ke server kantor…',
  pengaturan: 'Membaca pengaturan kantor…',
  unduh: 'Mengunduh data kantor',
  simpan: 'Menyimpan data kantor di PC ini',
  selesai: 'Selesai. Silakan masuk dengan akun kantor Anda.',
};

const number = (n: number) => n.toLocaleString('id-ID');

function progressLine(progress: JoinProgress): string {
  const base = PHASE_TEXT[progress.phase];
  if (progress.phase === 'unduh') {
    return progress.total
      ? `${base}: ${number(progress.done)} dari ${number(progress.total)} dokumen`
      : `${base}…`;
  }
  if (progress.phase === 'simpan') return `${base}: ${number(progress.done)} catatan`;
  return base;
}

/**
 * First run, the second path: this PC joins an office that already syncs through its
 * CouchDB. The first pull brings the office's settings, accounts and data; then the
 * sign-in screen opens and the clerk uses the office account they already have.
 */
export function JoinOffice() {
  const { db } = useDatabase();
  const api = useDesktopApi();
  const form = useServerForm(true);
  const { password } = form.values;
  const [result, setResult] = useState<ConnectionResult | null>(null);
  const [progress, setProgress] = useState<JoinProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const endpoint = form.settings ? { ...form.settings, password } : null;

  const check = async () => {
    if (!endpoint) return;
    setBusy(true);
    setError(null);
    setResult(await testConnection(endpoint));
    setBusy(false);
  };

  const join = async () => {
    if (!endpoint) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      await joinOffice(db, endpoint, {
        pouch: await loadBrowserPouch(),
        onProgress: setProgress,
        keepPassword: async () => {
          const kept = await api.syncSecret({
            action: 'save',
            password,
            origin: new URL(endpoint.url).origin,
          });
          if (!kept.ok) throw new Error(kept.message);
        },
      });
      // The identity is now stored: the app moves on to the sign-in by itself.
    } catch (caught) {
      setProgress(null);
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  };

  const percent =
    progress?.phase === 'unduh' && progress.total
      ? Math.min(100, Math.round((progress.done / progress.total) * 100))
      : progress?.phase === 'simpan' || progress?.phase === 'selesai'
        ? 100
        : 0;

  return (
    <Stack data-testid="gabung-kantor">
      <Title order={2} size="h4">
        Gabung ke kantor
      </Title>
      <Text size="sm">
        Kantor ini sudah memakai DTKS Kelurahan dengan server CouchDB kantor? Isi alamat server dan
        akun server yang diberikan admin. PC ini lalu mengambil identitas kelurahan, pengaturan
        surat, pejabat, akun pengguna dan data kantor; setelah itu masuk dengan akun kantor Anda.
        Nama PC, kata sandi server dan kunci tanda tangan surat tetap milik PC ini.
      </Text>
      <ServerFields form={form} disabled={busy} />
      {result && (
        <Alert color={result.ok ? 'teal' : 'red'} data-testid="gabung-uji">
          {result.message}
        </Alert>
      )}
      {progress && (
        <Stack gap={4} data-testid="gabung-progres" aria-live="polite">
          <Text size="sm">{progressLine(progress)}</Text>
          <Progress
            value={percent}
            animated={progress.phase !== 'selesai'}
            aria-label="Kemajuan pengambilan data kantor"
          />
          <Text size="xs" c="dimmed">
            Kantor yang besar dapat memerlukan beberapa menit. Jangan tutup aplikasi.
          </Text>
        </Stack>
      )}
      {error && (
        <Alert color="red" title="Belum bergabung" role="alert" data-testid="gabung-gagal">
          {error}
        </Alert>
      )}
      <Group>
        <Button
          variant="light"
          disabled={!endpoint || busy}
          loading={busy && !progress}
          onClick={() => void check()}
        >
          Uji sambungan
        </Button>
        <Button disabled={!endpoint || busy} loading={busy} onClick={() => void join()}>
          Gabung ke kantor
        </Button>
      </Group>
    </Stack>
  );
}
