import { localIsoDate } from '@shared/domain/core/tanggal';
import { Alert, Button, Code, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../run-action';
import { useState } from 'react';
import { useDatabase } from '../database-context';
import { auditAnchorStatus, flushAuditAnchor } from '../../db/keamanan/audit-anchor';
import {
  auditSheetRows,
  readAuditForExport,
  restartAuditAnchor,
  verifyAuditChain,
} from '../../db/keamanan/audit-chain-check';
import type { ChainReport } from '../../db/keamanan/audit-chain-check';
import { describeStorageError } from '../../db/core/storage-errors';
import { useDesktopApi } from '../../platform';
import { renderXlsx } from '../../workers/render-xlsx';
import { AuditAnchorResult } from './AuditAnchorResult';
import { useSession } from '../session/session-context';

const number = new Intl.NumberFormat('id-ID');
const stamp = () => localIsoDate();

/**
 * The tamper check of the activity log: every entry carries the hash of the
 * one before, so an edited, removed or inserted entry breaks the chain at a
 * place this screen names. The last hash is worth writing down: it is what
 * shows a log cut short at its end.
 */
export function AuditChainSection() {
  const { db, kind } = useDatabase();
  const { account } = useSession();
  const api = useDesktopApi();
  const [report, setReport] = useState<ChainReport | null>(null);
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [busy, setBusy] = useState<'check' | 'xlsx' | 'json' | null>(null);

  const check = async () => {
    setBusy('check');
    setReport(null);
    try {
      // The anchor is read after the updates still queued from this window's last appends.
      await flushAuditAnchor(db);
      const anchor = await api.auditAnchorRead(kind);
      setReport(
        await verifyAuditChain(db, (done, total) => setProgress([done, total]), { anchor }),
      );
    } catch (failure) {
      showFailure({ message: describeStorageError(failure, 'Memeriksa log') });
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const restart = async (comparison: ChainReport['anchor']) => {
    const finding =
      comparison && 'findings' in comparison
        ? comparison.findings.map((item) => item.message).join(' ')
        : '';
    try {
      await restartAuditAnchor(db, finding);
      notifications.show({ color: 'teal', message: 'Anchor log dimulai ulang dari log sekarang.' });
      await check();
    } catch (failure) {
      const why = failure instanceof Error ? failure.message : String(failure);
      showFailure({ message: `Anchor tidak dimulai ulang: ${why}` });
    }
  };

  const exportLog = async (format: 'xlsx' | 'json') => {
    setBusy(format);
    try {
      const entries = await readAuditForExport(db, format);
      const bytes =
        format === 'xlsx'
          ? await renderXlsx([{ name: 'Log audit', rows: auditSheetRows(entries) }])
          : new TextEncoder().encode(
              JSON.stringify(
                { app: 'DTKS Kelurahan', exportedAt: new Date().toISOString(), entries },
                null,
                1,
              ),
            );
      const saved = await api.saveFile(bytes, `log-audit-${stamp()}`, format);
      if (saved.status === 'saved')
        notifications.show({ color: 'teal', message: `Log diekspor: ${saved.where}` });
      if (saved.status === 'error') showFailure({ message: saved.message });
    } catch (failure) {
      showFailure({ message: describeStorageError(failure, 'Mengekspor log') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack maw={760}>
      <Title order={3} size="h4">
        Keutuhan log aktivitas
      </Title>
      <Text size="sm">
        Setiap catatan log memuat sidik (hash SHA-256) catatan sebelumnya. Bila ada catatan yang
        diubah, dihapus atau disisipkan langsung di basis data, pemeriksaan ini menunjukkan catatan
        pertama yang rantainya putus. Karena rantai dapat dihitung ulang oleh siapa pun yang
        mengubah basis data, jumlah dan sidik catatan terakhir juga disimpan di luar basis data
        (anchor: berkas bersegel HMAC di folder data aplikasi desktop, atau localStorage di mode
        peramban) bersama sidik dari setiap cadangan; pemeriksaan membandingkan log dengan semuanya.
      </Text>
      <Group>
        <Button onClick={() => void check()} loading={busy === 'check'}>
          Periksa keutuhan log
        </Button>
        {account.role === 'admin' && (
          <>
            <Button
              variant="default"
              onClick={() => void exportLog('xlsx')}
              loading={busy === 'xlsx'}
            >
              Ekspor log (XLSX)
            </Button>
            <Button
              variant="default"
              onClick={() => void exportLog('json')}
              loading={busy === 'json'}
            >
              Ekspor log lengkap (JSON)
            </Button>
          </>
        )}
      </Group>
      {progress && (
        <Progress
          value={progress[1] ? (progress[0] / progress[1]) * 100 : 0}
          aria-label="Kemajuan pemeriksaan"
        />
      )}
      {report &&
        (report.problem ? (
          <Alert
            color="red"
            title={`Rantai log putus pada catatan #${report.problem.seq}`}
            data-testid="chain-result"
          >
            {report.problem.message} {number.format(report.checked)} catatan sebelumnya utuh.
            Laporkan kepada admin dan simpan cadangan terakhir yang utuh sebagai pembanding.
          </Alert>
        ) : report.anchor?.status === 'bermasalah' ? (
          <Alert
            color="red"
            title="Rantai tersambung, tetapi log tidak cocok dengan anchor"
            data-testid="chain-result"
          >
            {number.format(report.checked)} catatan diperiksa dan rantainya tersambung, namun anchor
            di luar basis data mencatat hal lain: rantai dapat dihitung ulang sesudah catatan
            diubah, dipotong atau dinomori ulang. Rinciannya di bawah.
          </Alert>
        ) : (
          <Alert color="teal" title="Log utuh" data-testid="chain-result">
            {number.format(report.checked)} catatan diperiksa, rantainya tersambung.
            {report.legacy > 0 &&
              ` ${number.format(report.legacy)} catatan awal dibuat sebelum rantai hash diterapkan.`}
            {report.devices.some((chain) => !chain.own) && (
              <span data-testid="chain-devices">
                {' '}
                Rantai setiap PC diperiksa sendiri-sendiri:{' '}
                {report.devices
                  .map((chain) => `${chain.label} ${number.format(chain.checked)} catatan`)
                  .join('; ')}
                .
              </span>
            )}
            {report.head && (
              <>
                {' '}
                Catatan terakhir #{report.head.seq}, sidik{' '}
                <Code>{report.head.hash.slice(0, 16)}</Code>. Catat sidik ini (misalnya di buku
                agenda) untuk memastikan kelak tidak ada catatan yang dipotong dari ujung log.
              </>
            )}
          </Alert>
        ))}
      {report?.anchor && (
        <AuditAnchorResult
          comparison={report.anchor}
          updateError={auditAnchorStatus(db).lastError}
          onRestart={account.role === 'admin' ? () => restart(report.anchor) : undefined}
        />
      )}
      <Text size="xs" c="dimmed">
        Ekspor XLSX memuat ringkasan dan sidik setiap catatan; ekspor JSON memuat catatan lengkap
        (termasuk isi sebelum/sesudah, yang dapat berisi data pribadi) sehingga sidiknya dapat
        diperiksa di luar aplikasi. Setiap ekspor tercatat di log.
      </Text>
    </Stack>
  );
}
