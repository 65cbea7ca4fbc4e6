import {
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { PasswordField } from '../../kit/forms/PasswordField';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useDatabase } from '../../kit/database-context';
import { BackupError, openContainer } from '../../db/cadangan/file';
import type { BackupHeader } from '../../db/cadangan/file';
import { runBackupJob } from '../../workers/run-backup';
import type { BackupProgress } from '../../workers/run-backup';
import { progressLabel, progressPercent } from './backup-progress';
import { takePendingRestoreFile, usePendingRestoreFile } from './opened-backup';
import { useOptionalSession } from '../../kit/session/session-context';
import { forgetSession } from '../../kit/session/session-store';
import { formatWaktu } from '@shared/domain/core/tanggal';

const when = { format: (at: Date | string) => formatWaktu(at) };
const number = new Intl.NumberFormat('id-ID');

type Picked = { bytes: Uint8Array; header: BackupHeader; name: string };

/**
 * Restore, for the admin. The file is read and its header shown before any
 * passphrase is asked; the worker then decrypts and checks everything and
 * only then replaces all tables in one transaction. Any failure leaves the
 * current data exactly as it was.
 *
 * `freshInstall`: offered on the first-run screens of a new or replaced PC,
 * before any account exists, so nobody has to create a throw-away admin; the
 * data layer refuses it once the database has an account.
 */
export function RestoreSection({ freshInstall = false }: { freshInstall?: boolean }) {
  const { db, kind } = useDatabase();
  const account = useOptionalSession()?.account ?? null;
  const [picked, setPicked] = useState<Picked | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const load = (name: string, bytes: Uint8Array) => {
    try {
      setPicked({ bytes, header: openContainer(bytes).header, name });
    } catch (failure) {
      setError(failure instanceof BackupError ? failure.message : 'Berkas tidak dapat dibaca.');
    }
  };

  const pick = async (file: File | null) => {
    setPicked(null);
    setError(null);
    setConfirmed(false);
    if (!file) return;
    try {
      load(file.name, new Uint8Array(await file.arrayBuffer()));
    } catch {
      setError('Berkas tidak dapat dibaca.');
    }
  };

  // A .dtksbak double-clicked in the file manager (desktop app): shown here, header
  // first, exactly as if it had been picked; nothing happens without the passphrase.
  const opened = usePendingRestoreFile();
  useEffect(() => {
    if (!opened || busy) return;
    const file = takePendingRestoreFile();
    if (!file) return;
    setError(null);
    setConfirmed(false);
    setDone(null);
    load(file.name, file.bytes);
  }, [opened, busy]);

  const restore = async (event: FormEvent) => {
    event.preventDefault();
    if (!picked || !confirmed) return;
    setBusy(true);
    setError(null);
    try {
      const bytes = picked.bytes.slice();
      const result = await runBackupJob(
        freshInstall || !account
          ? { type: 'restore-fresh', dbName: db.name, kind, session: null, bytes, passphrase }
          : { type: 'restore', dbName: db.name, kind, session: account, bytes, passphrase },
        setProgress,
      ).promise;
      if (result.type !== 'restored') return;
      setDone(
        `Data dipulihkan: ${number.format(result.counts.families ?? 0)} keluarga, ${number.format(result.counts.people ?? 0)} warga.` +
          (result.auditBroken
            ? ' Perhatian: log audit di dalam cadangan tidak utuh; periksa di tab Log audit.'
            : ''),
      );
      // Accounts came back from the backup too: everyone signs in again.
      forgetSession();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  if (done) {
    return (
      <Stack maw={640}>
        <Title order={3} size="h4">
          Pulihkan dari cadangan
        </Title>
        <Alert color="teal" title="Pemulihan selesai" data-testid="restore-done">
          {done}
        </Alert>
        {freshInstall && (
          <Text size="sm">Masuk dengan nama pengguna dan kata sandi akun dari cadangan.</Text>
        )}
        <Button w="fit-content" onClick={() => window.location.reload()}>
          {freshInstall ? 'Lanjut ke layar masuk' : 'Masuk lagi'}
        </Button>
      </Stack>
    );
  }

  const header = picked?.header;
  return (
    <form onSubmit={(event) => void restore(event)} noValidate>
      <Stack maw={640}>
        <Title order={3} size="h4">
          Pulihkan dari cadangan
        </Title>
        {freshInstall ? (
          <Text size="sm">
            Untuk komputer baru atau pengganti: pilih berkas cadangan dari komputer lama (.dtksbak)
            dan masukkan kata sandi cadangannya. Identitas kelurahan, data warga, buku agenda surat,
            kunci publik surat lama dan akun pengguna kembali seperti saat cadangan dibuat;
            sesudahnya masuk dengan akun dari cadangan.
          </Text>
        ) : (
          <Text size="sm">
            Pemulihan <b>mengganti seluruh isi</b> basis data{kind === 'training' ? ' latihan' : ''}{' '}
            dengan isi cadangan, termasuk akun pengguna. Berkas diperiksa seluruhnya lebih dulu;
            bila kata sandi salah atau berkas rusak, data sekarang tidak berubah.
          </Text>
        )}
        <FileInput
          label="Berkas cadangan (.dtksbak)"
          placeholder="Pilih berkas"
          accept=".dtksbak,application/octet-stream"
          clearable
          onChange={(file) => void pick(file)}
        />
        {picked && (
          <Text size="sm" data-testid="restore-file-name">
            Berkas: {picked.name}
          </Text>
        )}
        {header && (
          <Table withTableBorder data-testid="restore-preview">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={200}>Dibuat</Table.Th>
                <Table.Td>{when.format(new Date(header.createdAt))}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Kelurahan</Table.Th>
                <Table.Td>
                  {header.kelurahan
                    ? `${header.kelurahan.nama} (${header.kelurahan.kodeWilayah})`
                    : 'tidak tercatat'}
                  {header.database === 'training' ? ' · data latihan' : ''}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Isi</Table.Th>
                <Table.Td>
                  {number.format(header.counts.families ?? 0)} keluarga,{' '}
                  {number.format(header.counts.people ?? 0)} warga,{' '}
                  {number.format(header.counts.proposals ?? 0)} usulan,{' '}
                  {number.format(header.counts.letters ?? 0)} surat
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Versi aplikasi</Table.Th>
                <Table.Td>
                  {header.appVersion} (skema data {header.schemaVersion})
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        {picked && (
          <>
            <PasswordField
              label="Kata sandi cadangan"
              autoComplete="off"
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
            />
            <Checkbox
              label="Saya paham seluruh data sekarang akan diganti dengan isi cadangan ini"
              checked={confirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
            />
          </>
        )}
        {error && (
          <Alert color="red" role="alert" data-testid="restore-error">
            {error}
          </Alert>
        )}
        {busy && progress && (
          <Stack gap={4}>
            <Progress value={progressPercent(progress)} animated />
            <Text size="xs">{progressLabel(progress)}</Text>
          </Stack>
        )}
        {picked && (
          <Group>
            <Button type="submit" color="red" loading={busy} disabled={!confirmed || !passphrase}>
              Pulihkan data
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
