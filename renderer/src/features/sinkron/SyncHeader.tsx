import { Badge, Button, Group, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useDatabase } from '../../kit/database-context';
import { syncRunner, useSyncBackground, useSyncSettings, useSyncStatus } from './useSync';

function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString('id-ID', {
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Last synchronised, changes waiting, conflicts; "Sinkronkan sekarang". Only when set up. */
export function SyncHeader() {
  const { db, kind } = useDatabase();
  const settings = useSyncSettings();
  const status = useSyncStatus();
  const [busy, setBusy] = useState(false);
  useSyncBackground(settings);
  if (kind !== 'real' || !settings?.enabled || !status) return null;

  const syncNow = async () => {
    setBusy(true);
    try {
      const report = await syncRunner(db).syncNow();
      notifications.show({
        color: report.conflicts > 0 || report.refused > 0 ? 'orange' : 'teal',
        message: `Sinkron selesai: ${report.pulled} diterima, ${report.pushed} dikirim${report.conflicts ? `, ${report.conflicts} konflik` : ''}${report.refused ? `, ${report.refused} ditolak` : ''}.`,
      });
    } catch (error) {
      showFailure({
        message: `Sinkronisasi gagal: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Group gap={6} wrap="nowrap" data-testid="sinkron-header">
      <Tooltip label={status.lastError ?? 'Sinkronisasi kantor'}>
        <Text
          size="xs"
          c={status.lastError ? 'red' : 'dimmed'}
          lh={1.2}
          style={{ whiteSpace: 'nowrap' }}
          data-testid="sinkron-terakhir"
        >
          {status.lastError ? 'Server tak terjangkau' : 'Sinkron kantor'}
          <br />
          {status.lastSyncedAt ? `terakhir ${clock(status.lastSyncedAt)}` : 'belum pernah'}
        </Text>
      </Tooltip>
      <Badge
        style={{ flexShrink: 0, overflow: 'visible' }}
        variant="light"
        color={status.waiting > 0 ? 'blue' : 'gray'}
        data-testid="sinkron-menunggu"
      >
        {status.waiting} menunggu
      </Badge>
      {(status.conflicts > 0 || status.refused > 0) && (
        <Badge
          component={Link}
          to="/pengaturan?tab=sinkron"
          color="orange"
          style={{ flexShrink: 0, overflow: 'visible' }}
          data-testid="sinkron-konflik"
        >
          {[
            status.conflicts > 0 ? `${status.conflicts} konflik` : '',
            status.refused > 0 ? `${status.refused} ditolak` : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </Badge>
      )}
      <Button
        size="xs"
        variant="light"
        style={{ flexShrink: 0 }}
        loading={busy}
        aria-label="Sinkronkan sekarang"
        onClick={() => void syncNow()}
      >
        Sinkronkan
      </Button>
    </Group>
  );
}
