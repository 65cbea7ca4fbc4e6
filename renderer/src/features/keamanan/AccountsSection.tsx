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
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  DEFAULT_IDLE_LOCK_MINUTES,
  idleLockSchema,
  MIN_PASSWORD_LENGTH,
  ownPasswordFormSchema,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
} from '@shared/domain/keamanan/accounts';
import { useDatabase } from '../../kit/database-context';
import {
  changeOwnPassword,
  listAccounts,
  saveIdleLockMinutes,
} from '../../db/keamanan/account-repository';
import { AccountModals } from './AccountModals';
import { LoginLocksPanel } from './LoginLocksPanel';
import type { AccountModal } from './AccountModals';
import { useSession } from '../../kit/session/session-context';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { useSchemaForm } from '../../kit/forms/useSchemaForm';
import { refusalIn, runAction } from '../../kit/run-action';

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

export function OwnPasswordForm() {
  const { account, accountsDb } = useSession();
  const empty = { username: account.username, current: '', next: '', confirm: '' };
  const form = useSchemaForm(ownPasswordFormSchema, empty);
  const { values, errors, setField } = form;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: form.dirty, focusFirst: false });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate();
    if (!input) return;
    setBusy(true);
    setFailure(null);
    const outcome = await runAction(
      () => changeOwnPassword(accountsDb, input.current, input.next),
      {
        what: 'Mengganti kata sandi',
        success: 'Kata sandi Anda sudah diganti.',
        inForm: form.ownsRefusal,
        onFailure: setFailure,
      },
    );
    setBusy(false);
    const refusal = refusalIn(outcome);
    if (refusal) form.showRefusal(refusal);
    // Saved: the fields empty again, and nothing typed is left to guard.
    if (outcome.ok) form.setValues(empty);
  };
  return (
    <form ref={attach} onSubmit={(event) => void submit(event)} noValidate>
      <Stack maw={420}>
        <Title order={3} size="h4">
          Kata sandi Anda ({account.username})
        </Title>
        <PasswordField
          label="Kata sandi sekarang"
          name="current"
          autoComplete="current-password"
          value={values.current}
          error={errors.current}
          onChange={(e) => setField('current', e.currentTarget.value)}
        />
        <PasswordField
          label="Kata sandi baru"
          name="next"
          description={`Minimal ${MIN_PASSWORD_LENGTH} karakter`}
          autoComplete="new-password"
          value={values.next}
          error={errors.next}
          onChange={(e) => setField('next', e.currentTarget.value)}
        />
        <PasswordField
          label="Ulangi kata sandi baru"
          name="confirm"
          autoComplete="new-password"
          value={values.confirm}
          error={errors.confirm}
          onChange={(e) => setField('confirm', e.currentTarget.value)}
        />
        {failure && <Alert color="red">{failure}</Alert>}
        <Button type="submit" loading={busy} w="fit-content">
          Ganti kata sandi
        </Button>
      </Stack>
    </form>
  );
}

export function IdleLockForm() {
  const { accountsDb, idleMinutes } = useSession();
  const form = useSchemaForm(idleLockSchema, { minutes: idleMinutes });
  const { values, errors, setField } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: form.dirty, focusFirst: false });
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate();
    if (!input) return;
    setFailure(null);
    const outcome = await runAction(() => saveIdleLockMinutes(accountsDb, input.minutes), {
      what: 'Menyimpan',
      success: `Aplikasi terkunci sendiri setelah ${input.minutes} menit tanpa aktivitas.`,
      onFailure: setFailure,
    });
    if (outcome.ok) form.markClean();
  };
  return (
    <form ref={attach} onSubmit={(event) => void save(event)} noValidate>
      <Group align="flex-end">
        <NumberInput
          label="Kunci otomatis setelah tidak ada aktivitas (menit)"
          description={`Bawaan ${DEFAULT_IDLE_LOCK_MINUTES} menit. Komputer kantor dipakai bersama: jangan terlalu lama.`}
          name="minutes"
          min={1}
          max={120}
          w={420}
          value={Number.isNaN(values.minutes) ? '' : values.minutes}
          error={errors.minutes ?? failure}
          // An emptied field is no number: the schema says "Isi jumlah menit".
          onChange={(value) => setField('minutes', typeof value === 'number' ? value : NaN)}
        />
        <Button type="submit" variant="default">
          Simpan
        </Button>
      </Group>
    </form>
  );
}
