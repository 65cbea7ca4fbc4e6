import {
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { PasswordField } from '../../kit/forms/PasswordField';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  DEFAULT_IDLE_LOCK_MINUTES,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
} from '@shared/domain/keamanan/accounts';
import { useDatabase } from '../../kit/database-context';
import {
  AccountError,
  changeOwnPassword,
  listAccounts,
  saveIdleLockMinutes,
} from '../../db/keamanan/account-repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { AccountModals } from './AccountModals';
import { LoginLocksPanel } from './LoginLocksPanel';
import type { AccountModal } from './AccountModals';
import { useSession } from '../../kit/session/session-context';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';

/** Pengaturan → Akun pengguna: one's own password for everyone; the accounts for the admin. */
export function AccountsSection() {
  const { account } = useSession();
  const { kind } = useDatabase();
  const isAdmin = account.role === 'admin';
  return (
    <Stack gap="lg">
      <OwnPasswordForm />
      {isAdmin && (
        <>
          <Divider />
          {kind === 'training' && (
            <Alert color="orange">
              Akun pengguna berlaku untuk data asli dan data latihan sekaligus; perubahan di sini
              mengubah akun yang sebenarnya.
            </Alert>
          )}
          <AccountList />
          <Divider />
          <LoginLocksPanel />
          <Divider />
          <IdleLockForm />
        </>
      )}
      {!isAdmin && (
        <Text size="sm" c="dimmed">
          Akun petugas dikelola oleh admin kelurahan. Lupa kata sandi? Minta admin menyetel ulang.
        </Text>
      )}
    </Stack>
  );
}

function AccountList() {
  const { account: me, accountsDb } = useSession();
  const accounts = useLiveQuery(() => listAccounts(accountsDb), [accountsDb]);
  const [modal, setModal] = useState<AccountModal | null>(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3} size="h4">
          Akun petugas
        </Title>
        <Button onClick={() => setModal({ kind: 'create' })}>Tambah akun</Button>
      </Group>
      <Table withTableBorder striped aria-label="Akun petugas">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nama</Table.Th>
            <Table.Th>Nama pengguna</Table.Th>
            <Table.Th>Peran</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(accounts ?? []).map((row) => (
            <Table.Tr key={row.id} data-testid="account-row">
              <Table.Td>
                {row.nama}
                {row.id === me.id && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (Anda)
                  </Text>
                )}
              </Table.Td>
              <Table.Td ff="monospace">{row.username}</Table.Td>
              <Table.Td>{ROLE_LABELS[row.role]}</Table.Td>
              <Table.Td>
                <Badge color={row.active ? 'teal' : 'gray'} variant="light">
                  {row.active ? 'Aktif' : 'Nonaktif'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => setModal({ kind: 'edit', account: row })}
                  >
                    Ubah
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setModal({ kind: 'reset', account: row })}
                  >
                    Setel ulang sandi
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap={2}>
        {ROLES.map((role) => (
          <Text key={role} size="sm">
            <b>{ROLE_LABELS[role]}</b>: {ROLE_DESCRIPTIONS[role]}
          </Text>
        ))}
      </Stack>
      <AccountModals modal={modal} accountsDb={accountsDb} onClose={() => setModal(null)} />
    </Stack>
  );
}

function OwnPasswordForm() {
  const { account, accountsDb } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== confirm) return setErrors({ confirm: 'Kedua kata sandi tidak sama' });
    setBusy(true);
    setErrors({});
    try {
      await changeOwnPassword(accountsDb, current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      notifications.show({ color: 'teal', message: 'Kata sandi Anda sudah diganti.' });
    } catch (failure) {
      setErrors(
        failure instanceof AccountError && failure.field
          ? { [failure.field]: failure.message }
          : { form: describeStorageError(failure, 'Mengganti kata sandi') },
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack maw={420}>
        <Title order={3} size="h4">
          Kata sandi Anda ({account.username})
        </Title>
        <PasswordField
          label="Kata sandi sekarang"
          autoComplete="current-password"
          value={current}
          error={errors.current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
        />
        <PasswordField
          label="Kata sandi baru"
          autoComplete="new-password"
          value={next}
          error={errors.next}
          onChange={(e) => setNext(e.currentTarget.value)}
        />
        <PasswordField
          label="Ulangi kata sandi baru"
          autoComplete="new-password"
          value={confirm}
          error={errors.confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
        />
        {errors.form && <Alert color="red">{errors.form}</Alert>}
        <Button type="submit" loading={busy} w="fit-content">
          Ganti kata sandi
        </Button>
      </Stack>
    </form>
  );
}

function IdleLockForm() {
  const { accountsDb, idleMinutes } = useSession();
  const [minutes, setMinutes] = useState<number | string>(idleMinutes);
  const [error, setError] = useState<string | null>(null);
  const { attach } = useUnsavedGuard<HTMLFormElement>({
    dirty: Number(minutes) !== idleMinutes,
    focusFirst: false,
  });
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await saveIdleLockMinutes(accountsDb, Number(minutes));
      setError(null);
      notifications.show({
        color: 'teal',
        message: `Aplikasi terkunci sendiri setelah ${Number(minutes)} menit tanpa aktivitas.`,
      });
    } catch (failure) {
      setError(
        failure instanceof Error && failure.name === 'ZodError'
          ? 'Isi antara 1 dan 120 menit'
          : describeStorageError(failure, 'Menyimpan'),
      );
    }
  };
  return (
    <form ref={attach} onSubmit={(event) => void save(event)} noValidate>
      <Group align="flex-end">
        <NumberInput
          label="Kunci otomatis setelah tidak ada aktivitas (menit)"
          description={`Bawaan ${DEFAULT_IDLE_LOCK_MINUTES} menit. Komputer kantor dipakai bersama: jangan terlalu lama.`}
          min={1}
          max={120}
          w={420}
          value={minutes}
          error={error}
          onChange={setMinutes}
        />
        <Button type="submit" variant="default">
          Simpan
        </Button>
      </Group>
    </form>
  );
}
