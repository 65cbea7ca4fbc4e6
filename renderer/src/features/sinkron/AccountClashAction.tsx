import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { SyncSettings } from '@shared/domain/sinkron/settings';
import { useDatabase } from '../../kit/database-context';
import { hasField, runAction } from '../../kit/run-action';
import { renameAccountAndApplyRefused } from '../../db/sinkron/akun-bentrok';
import { useDesktopApi } from '../../platform';
import { endpointOf } from './useSync';

/**
 * "Ganti nama akun" on a refused account from another PC (the same user name made on two
 * PCs while apart): this PC's account takes a new user name, the other is stored.
 */
export function AccountClashAction({
  accountId,
  settings,
}: {
  accountId: string;
  settings: SyncSettings | undefined;
}) {
  const { db } = useDatabase();
  const api = useDesktopApi();
  const [open, setOpen] = useState(false);
  const [username, setUsername] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!settings) return;
    setBusy(true);
    setError(null);
    const outcome = await runAction(
      async () => {
        const endpoint = await endpointOf(settings, api);
        if (!endpoint) throw new Error('Kata sandi server kantor belum tersimpan di PC ini.');
        return renameAccountAndApplyRefused(db, { accountId, newUsername: username }, endpoint);
      },
      { what: 'Mengganti nama akun', inForm: hasField, onFailure: setError },
    );
    setBusy(false);
    if (outcome.ok) {
      setOpen(false);
      const done = outcome.value;
      notifications.show({
        color: 'teal',
        message: done.renamedTo
          ? `Akun di PC ini sekarang bernama “${done.renamedTo}”; akun “${done.applied}” dari PC lain tersimpan di PC ini.`
          : `Akun “${done.applied}” dari PC lain tersimpan di PC ini.`,
      });
    } else if (outcome.refusal) {
      setError(outcome.refusal.message);
    }
  };

  return (
    <>
      <Button size="xs" variant="light" disabled={!settings} onClick={() => setOpen(true)}>
        Ganti nama akun
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Ganti nama akun di PC ini">
        <Stack>
          <Text size="sm">
            Akun dari PC lain memakai nama pengguna yang sama dengan akun di PC ini. Beri akun di PC
            ini nama pengguna baru; akun dari PC lain lalu disimpan di PC ini dengan namanya
            sendiri. Kata sandi keduanya tidak berubah. Pemilik akun di PC ini masuk berikutnya
            dengan nama pengguna baru, di semua PC kantor.
          </Text>
          <TextInput
            label="Nama pengguna baru untuk akun di PC ini"
            placeholder="contoh: admin-aula"
            value={username}
            error={error}
            data-autofocus
            onChange={(event) => {
              setUsername(event.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Batal
            </Button>
            <Button loading={busy} disabled={!username.trim()} onClick={() => void submit()}>
              Ganti nama dan simpan akun dari PC lain
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
