import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { batchLabel } from '@shared/domain/ekspor/batch';
import type { Batch } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import type { BatchCheck } from '../../db/ekspor/read';
import { deleteBatch, makeNewVersion, revalidateBatch } from '../../db/ekspor/repository';
import type { BatchResult } from '../../db/ekspor/repository';
import { useDesktopApi } from '../../platform';
import { runAction } from '../../kit/run-action';
import { exportBatchPackage } from '../../documents/export-package';
import type { ExportProgress } from '../../documents/export-package';

/** Why "Ekspor paket ZIP" is not available yet, or null when it is. */
export function exportBlocker(batch: Batch, check: BatchCheck | null | undefined): string | null {
  if (!check) return 'Menunggu hasil pemeriksaan…';
  if (check.corrupt) return 'Isi batch tidak cocok dengan kode hash-nya.';
  if (batch.state !== 'disiapkan' && batch.state !== 'tervalidasi') return null;
  if (check.stale) return 'Data warga berubah sejak batch diperiksa: tekan Periksa ulang dulu.';
  if (!check.report.ok || batch.state === 'disiapkan') {
    return `Masih ada ${check.report.errors} kesalahan: perbaiki datanya, lalu tekan Periksa ulang.`;
  }
  return null;
}

export function BatchActions({
  batch,
  check,
}: {
  batch: Batch;
  check: BatchCheck | null | undefined;
}) {
  const { db } = useDatabase();
  const desktop = useDesktopApi();
  const navigate = useNavigate();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const exportJob = useRef<AbortController | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ where: string; fileName: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const open = batch.state === 'disiapkan' || batch.state === 'tervalidasi';
  const blocker = exportBlocker(batch, check);

  const afterVersion = (result: BatchResult, action: string) => {
    const label = batchLabel(result.batch);
    notifications.show({
      color: result.report.ok ? 'teal' : 'orange',
      message: `${result.newVersion ? `Data berubah: dibuat batch ${label} versi ${result.batch.version}.` : `${action}.`} ${result.report.ok ? 'Lolos validasi.' : `${result.report.errors} kesalahan harus diperbaiki.`}`,
    });
    if (result.newVersion) navigate(`/ekspor/batch/${result.batch.id}`);
  };

  const run = async (action: string, task: () => Promise<void>) => {
    setBusy(true);
    try {
      await runAction(task, { what: action });
    } finally {
      setBusy(false);
    }
  };

  const exportZip = async () => {
    setFailure(null);
    setSaved(null);
    setProgress({ label: 'Memulai', percent: 0, cancellable: true });
    const controller = new AbortController();
    exportJob.current = controller;
    try {
      await runAction(
        async () => {
          const outcome = await exportBatchPackage(
            db,
            desktop,
            batch.id,
            setProgress,
            controller.signal,
          );
          if (outcome.status === 'saved') {
            setSaved({ where: outcome.where, fileName: outcome.fileName });
            notifications.show({ color: 'teal', message: `Paket ${outcome.fileName} tersimpan.` });
          }
        },
        {
          what: 'Mengekspor paket',
          onFailure: setFailure,
          onCancel: () =>
            notifications.show({ message: 'Ekspor dibatalkan. Batch tidak berubah.' }),
        },
      );
    } finally {
      exportJob.current = null;
      setProgress(null);
    }
  };

  return (
    <Stack gap="sm">
      <Group>
        {open && (
          <Button
            variant="default"
            loading={busy}
            onClick={() =>
              void run('Memeriksa ulang', async () =>
                afterVersion(await revalidateBatch(db, batch.id), 'Diperiksa ulang'),
              )
            }
          >
            Periksa ulang
          </Button>
        )}
        <Button
          onClick={() => void exportZip()}
          disabled={blocker !== null || progress !== null}
          loading={progress !== null}
        >
          {open ? 'Ekspor paket ZIP' : 'Unduh ulang paket ZIP'}
        </Button>
        {batch.state === 'diekspor' && check?.stale && (
          <Button
            variant="default"
            loading={busy}
            onClick={() =>
              void run('Membuat versi baru', async () =>
                afterVersion(await makeNewVersion(db, batch.id), 'Versi baru'),
              )
            }
          >
            Buat versi baru dari data terkini
          </Button>
        )}
        {open && (
          <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
            Hapus batch
          </Button>
        )}
      </Group>
      {blocker && open && (
        <Text size="sm" c="dimmed" data-testid="export-blocker">
          Ekspor belum bisa: {blocker}
        </Text>
      )}
      {progress && (
        <Stack gap={4}>
          <Progress value={progress.percent} animated aria-label="Kemajuan membuat paket" />
          <Group justify="space-between">
            <Text size="sm" c="dimmed" data-testid="export-progress">
              {progress.label}… {Math.round(progress.percent)}%
            </Text>
            {progress.cancellable && (
              <Button size="xs" variant="default" onClick={() => exportJob.current?.abort()}>
                Batalkan
              </Button>
            )}
          </Group>
        </Stack>
      )}
      {failure && (
        <Alert color="red" title="Paket tidak dibuat" role="alert">
          {failure}
        </Alert>
      )}
      {saved && <SavedNotice saved={saved} />}
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title="Hapus batch?">
        <Stack>
          <Text size="sm">
            Batch {batchLabel(batch)} belum pernah diekspor, jadi aman dihapus. Keputusan musyawarah
            tidak berubah; batch dapat dibuat lagi kapan saja.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              Batal
            </Button>
            <Button
              color="red"
              onClick={() =>
                void run('Menghapus batch', async () => {
                  await deleteBatch(db, batch.id);
                  setConfirmDelete(false);
                  navigate('/ekspor');
                })
              }
            >
              Hapus batch
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function SavedNotice({ saved }: { saved: { where: string; fileName: string } }) {
  const desktop = useDesktopApi();
  const show = async () => {
    const result = await desktop.showItemInFolder(saved.where);
    if (!result.ok) notifications.show({ color: 'gray', message: result.message });
  };
  return (
    <Alert color="teal" title="Paket tersimpan" data-testid="export-saved">
      <Stack gap="xs">
        <Text size="sm">
          {saved.where}. Langkah berikutnya: saat kantor online, unggah berkas ini di portal
          SIKS-NG, lalu catat tanggal dan nomor tanda terimanya di bawah.
        </Text>
        <Group>
          <Button size="compact-sm" variant="default" onClick={() => void show()}>
            Tampilkan di folder
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
