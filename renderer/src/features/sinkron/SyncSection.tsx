import { Alert, Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { TABLE_LABELS, isSyncedTable } from '@shared/domain/sinkron/documents';
import { useDatabase } from '../../kit/database-context';
import { testConnection, type ConnectionResult } from '../../db/sinkron/connection-test';
import { dismissNotice, listSyncNotices } from '../../db/sinkron/sync-settings';
import { useDesktopApi } from '../../platform';
import { ServerFields, useServerForm } from './ServerFields';
import { AccountClashAction } from './AccountClashAction';
import { DeviceNameField } from './DeviceNameField';
import { NomorCadangan } from './NomorCadangan';
import { accountsPresentHere } from '../../db/sinkron/akun-bentrok';
import { saveSyncForm, syncRunner, useSyncSettings } from './useSync';

/** Pengaturan → Sinkronisasi kantor (admin). */
export function SyncSection() {
  const { db, kind } = useDatabase();
  const api = useDesktopApi();
  const saved = useSyncSettings();
  const notices = useLiveQuery(() => listSyncNotices(db), [db]);
  // A refused account already stored here (resolved on the other PC) needs no rename.
  const presentAccounts = useLiveQuery(
    () =>
      accountsPresentHere(
        db,
        (notices ?? []).filter((n) => n.table === 'accounts').map((n) => n.rowId),
      ),
    [db, notices],
  );
  const [enabled, setEnabled] = useState(false);
  const form = useServerForm(enabled);
  const { set } = form;
  const { password } = form.values;
  const [result, setResult] = useState<ConnectionResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (loaded || saved === undefined) return;
    set('url', saved.url);
    set('database', saved.database);
    set('username', saved.username);
    setEnabled(saved.enabled);
    setLoaded(true);
    void api.syncSecret({ action: 'read' }).then((secret) => {
      if (secret.ok && secret.password) set('password', secret.password);
    });
  }, [saved, loaded, api, set]);

  if (kind !== 'real') {
    return <Alert color="orange">Data latihan tidak pernah disinkronkan.</Alert>;
  }

  const settings = form.settings;

  const check = async () => {
    if (!settings) return;
    setBusy(true);
    setResult(await testConnection({ ...settings, password }));
    setBusy(false);
  };

  const save = async () => {
    if (!settings) return;
    setBusy(true);
    try {
      await saveSyncForm(db, api, syncRunner(db), {
        previous: saved,
        next: settings,
        password,
      });
      notifications.show({
        color: 'teal',
        message: settings.enabled
          ? 'Sinkronisasi kantor aktif.'
          : 'Pengaturan sinkronisasi tersimpan (tidak aktif).',
      });
    } catch (error) {
      showFailure({
        message: `Pengaturan tidak tersimpan: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };

  const keepShown = async (key: string, docId: string) => {
    try {
      const versions = await syncRunner(db).versionsOf(docId);
      const shown = versions[0];
      if (shown) await syncRunner(db).resolve(docId, shown.rev);
      await dismissNotice(db, key);
    } catch (error) {
      showFailure({ message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <Stack>
      <Text size="sm">
        Beberapa PC satu kantor berbagi data melalui server Apache CouchDB 3 kantor. Tanpa server,
        aplikasi tetap bekerja di PC ini saja. Data latihan, kunci rahasia tanda tangan, foto dan
        register surat tidak ikut disinkronkan di sini.
      </Text>
      <DeviceNameField />
      <ServerFields form={form} />
      <Switch
        label="Sinkronisasi aktif"
        checked={enabled}
        onChange={(event) => setEnabled(event.currentTarget.checked)}
      />
      {result && (
        <Alert color={result.ok ? 'teal' : 'red'} data-testid="uji-sambungan">
          {result.message}
        </Alert>
      )}
      <Group>
        <Button variant="light" disabled={!settings} loading={busy} onClick={() => void check()}>
          Uji sambungan
        </Button>
        <Button disabled={!settings} loading={busy} onClick={() => void save()}>
          Simpan
        </Button>
      </Group>

      {saved?.enabled && <NomorCadangan />}

      <Title order={4}>Konflik dan perubahan yang ditolak</Title>
      {notices && notices.length === 0 && <Text size="sm">Tidak ada.</Text>}
      {notices && notices.length > 0 && (
        <Table data-testid="sinkron-daftar">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Data</Table.Th>
              <Table.Th>Keterangan</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {notices.map((notice) => (
              <Table.Tr key={notice.key}>
                <Table.Td>
                  {isSyncedTable(notice.table)
                    ? TABLE_LABELS[notice.table]
                    : notice.table === 'settings'
                      ? 'Pengaturan kantor'
                      : notice.table}
                </Table.Td>
                <Table.Td>{notice.message}</Table.Td>
                <Table.Td>
                  {notice.kind === 'konflik' ? (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => void keepShown(notice.key, `${notice.table}:${notice.rowId}`)}
                    >
                      Pakai versi yang tampil
                    </Button>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      {notice.table === 'accounts' && !presentAccounts?.has(notice.rowId) && (
                        <AccountClashAction accountId={notice.rowId} settings={saved} />
                      )}
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => void dismissNotice(db, notice.key)}
                      >
                        Tutup
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
