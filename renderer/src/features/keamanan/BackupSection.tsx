import { Alert, Button, Divider, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { PasswordField } from '../../kit/forms/PasswordField';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { canBackup } from '@shared/domain/keamanan/permissions';
import { useDatabase } from '../../kit/database-context';
import { deriveBackupKey } from '../../db/cadangan/file';
import { useDesktopApi } from '../../platform';
import { runBackupJob } from '../../workers/run-backup';
import type { BackupProgress } from '../../workers/run-backup';
import { setAutoBackupKey } from './backup-key';
import { progressLabel, progressPercent } from './backup-progress';
import { RestoreSection } from './RestoreSection';
import { useSession } from '../../kit/session/session-context';
import { lastBackupAt, markBackupMade } from '../../kit/session/session-store';
import { StorageStatus } from './StorageStatus';
import { readAutoBackupStatus, useAutoBackupKey } from './useAutoBackup';
import { formatWaktu } from '@shared/domain/core/tanggal';

const MIN_PASSPHRASE = 12;
const when = { format: (at: Date | string | number) => formatWaktu(new Date(at)) };

/** Pengaturan → Cadangan: encrypted backup now, the daily automatic one, restore and storage. */
export function BackupSection() {
  const { account } = useSession();
  return (
    <Stack gap="lg">
      {canBackup(account.role) ? (
        <>
          <BackupNow />
          <Divider />
          <AutomaticBackup />
        </>
      ) : (
        <Text>Cadangan dibuat oleh operator atau admin.</Text>
      )}
      {account.role === 'admin' && (
        <>
          <Divider />
          <RestoreSection />
        </>
      )}
      <Divider />
      <StorageStatus />
    </Stack>
  );
}

function BackupNow() {
  const api = useDesktopApi();
  const { db, kind } = useDatabase();
  const { account } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const last = lastBackupAt(db.name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE)
      return setError(`Kata sandi cadangan minimal ${MIN_PASSPHRASE} karakter`);
    if (passphrase !== confirm) return setError('Kedua kata sandi cadangan tidak sama');
    setError(null);
    setBusy(true);
    try {
      const info = await api.appInfo();
      const made = await runBackupJob(
        {
          type: 'create',
          dbName: db.name,
          kind,
          session: account,
          appVersion: info.version,
          secret: { passphrase },
          purpose: 'unduhan',
        },
        setProgress,
      ).promise;
      if (made.type !== 'created') return;
      const saved = await api.saveFile(made.bytes, made.fileName, 'backup');
      if (saved.status === 'saved') {
        markBackupMade(db.name);
        setPassphrase('');
        setConfirm('');
        notifications.show({
          color: 'teal',
          title: 'Cadangan dibuat',
          message: `${made.fileName} · ${saved.where}`,
        });
      } else if (saved.status === 'error') {
        setError(saved.message);
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack maw={560}>
        <Title order={3} size="h4">
          Buat cadangan sekarang
        </Title>
        <Text size="sm">
          Seluruh isi basis data{kind === 'training' ? ' latihan' : ''} (warga, usulan, musyawarah,
          surat, akun dan log) disimpan dalam satu berkas <b>.dtksbak</b> yang dienkripsi
          (AES-256-GCM). Simpan berkasnya di flashdisk atau komputer lain, bukan hanya di komputer
          ini. Tanpa kata sandinya, cadangan tidak dapat dibuka oleh siapa pun, termasuk oleh kantor
          sendiri.
        </Text>
        <Text size="sm" c="dimmed" data-testid="last-backup">
          {last
            ? `Cadangan terakhir dari komputer ini: ${when.format(last)}`
            : 'Belum pernah ada cadangan dari komputer ini.'}
        </Text>
        <PasswordField
          label="Kata sandi cadangan"
          description={`Minimal ${MIN_PASSPHRASE} karakter. Catat dan simpan terpisah dari berkasnya.`}
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.currentTarget.value)}
        />
        <PasswordField
          label="Ulangi kata sandi cadangan"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {busy && progress && (
          <Stack gap={4}>
            <Progress value={progressPercent(progress)} animated />
            <Text size="xs">{progressLabel(progress)}</Text>
          </Stack>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {api.runtime === 'electron' ? 'Buat dan simpan cadangan' : 'Buat dan unduh cadangan'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AutomaticBackup() {
  const api = useDesktopApi();
  const { db } = useDatabase();
  const key = useAutoBackupKey();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const status = readAutoBackupStatus(db.name);

  if (api.runtime !== 'electron') {
    return (
      <Stack maw={560} gap="xs">
        <Title order={3} size="h4">
          Cadangan otomatis harian
        </Title>
        <Alert color="blue">
          Di mode peramban, aplikasi tidak dapat menulis berkas ke folder sendiri. Buat dan unduh
          cadangan setiap hari kerja; pengingat oranye di bagian atas layar muncul bila belum ada
          cadangan hari ini.
        </Alert>
      </Stack>
    );
  }
  const activate = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE)
      return setError(`Kata sandi cadangan minimal ${MIN_PASSPHRASE} karakter`);
    setBusy(true);
    try {
      setAutoBackupKey(await deriveBackupKey(passphrase));
      setPassphrase('');
      setError(null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void activate(event)} noValidate>
      <Stack maw={560} gap="xs">
        <Title order={3} size="h4">
          Cadangan otomatis harian
        </Title>
        <Text size="sm">
          Sekali sehari aplikasi menyimpan cadangan terenkripsi di folder data aplikasi (14 terakhir
          disimpan). Kata sandinya hanya diingat selama sesi ini, tidak pernah disimpan di komputer:
          setelah masuk lagi, isi kembali.
        </Text>
        {status && (
          <Text size="sm" c="dimmed">
            Terakhir: {when.format(status.at)} di {status.where}
          </Text>
        )}
        {key ? (
          <Group>
            <Alert color="teal" flex={1}>
              Cadangan otomatis aktif untuk sesi ini.
            </Alert>
            <Button variant="subtle" onClick={() => setAutoBackupKey(null)}>
              Hentikan
            </Button>
          </Group>
        ) : (
          <>
            <PasswordField
              label="Kata sandi cadangan otomatis"
              autoComplete="off"
              value={passphrase}
              error={error}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
            />
            <Button type="submit" loading={busy} w="fit-content">
              Aktifkan untuk sesi ini
            </Button>
          </>
        )}
      </Stack>
    </form>
  );
}
