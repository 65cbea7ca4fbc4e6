import {
  Alert,
  Button,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  MIN_PASSWORD_LENGTH,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
} from '@shared/domain/keamanan/accounts';
import type { Role } from '@shared/domain/keamanan/accounts';
import {
  AccountError,
  createAccount,
  editAccount,
  resetPassword,
} from '../../db/keamanan/account-repository';
import type { AccountSummary } from '../../db/keamanan/account-repository';
import type { DtksDatabase } from '../../db/core/database';
import { describeStorageError } from '../../db/core/storage-errors';

export type AccountModal =
  | { kind: 'create' }
  | { kind: 'edit'; account: AccountSummary }
  | { kind: 'reset'; account: AccountSummary };

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

type Errors = Record<string, string>;

function failureToErrors(failure: unknown, action: string): Errors {
  if (failure instanceof AccountError && failure.field) return { [failure.field]: failure.message };
  if (
    failure instanceof Error &&
    (failure.name === 'AccountError' || failure.name === 'PermissionError')
  ) {
    return { form: failure.message };
  }
  return { form: describeStorageError(failure, action) };
}

export function AccountModals({
  modal,
  accountsDb,
  onClose,
}: {
  modal: AccountModal | null;
  accountsDb: DtksDatabase;
  onClose: () => void;
}) {
  const title =
    modal?.kind === 'create'
      ? 'Tambah akun petugas'
      : modal?.kind === 'edit'
        ? `Ubah akun ${modal.account.username}`
        : modal?.kind === 'reset'
          ? `Setel ulang kata sandi ${modal.account.username}`
          : '';
  return (
    <Modal opened={modal !== null} onClose={onClose} title={title} size="lg">
      {modal?.kind === 'create' && <CreateForm accountsDb={accountsDb} onDone={onClose} />}
      {modal?.kind === 'edit' && (
        <EditForm accountsDb={accountsDb} account={modal.account} onDone={onClose} />
      )}
      {modal?.kind === 'reset' && (
        <ResetForm accountsDb={accountsDb} account={modal.account} onDone={onClose} />
      )}
    </Modal>
  );
}

function RoleSelect({
  value,
  onChange,
  error,
}: {
  value: Role;
  onChange: (role: Role) => void;
  error?: string;
}) {
  return (
    <Select
      label="Peran"
      data={ROLE_OPTIONS}
      value={value}
      allowDeselect={false}
      description={ROLE_DESCRIPTIONS[value]}
      error={error}
      onChange={(next) => next && onChange(next as Role)}
    />
  );
}

function CreateForm({ accountsDb, onDone }: { accountsDb: DtksDatabase; onDone: () => void }) {
  const [nama, setNama] = useState('');
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<Role>('operator');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) return setErrors({ confirm: 'Kedua kata sandi tidak sama' });
    setBusy(true);
    try {
      const created = await createAccount(accountsDb, { nama, username, role, password });
      notifications.show({ color: 'teal', message: `Akun ${created.username} dibuat.` });
      onDone();
    } catch (failure) {
      setErrors(failureToErrors(failure, 'Membuat akun'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <TextInput
          label="Nama lengkap"
          required
          value={nama}
          error={errors.nama}
          onChange={(e) => setNama(e.currentTarget.value)}
        />
        <TextInput
          label="Nama pengguna"
          description="Huruf kecil, angka, titik atau tanda hubung"
          required
          value={username}
          error={errors.username}
          onChange={(e) => setUsername(e.currentTarget.value)}
        />
        <RoleSelect value={role} onChange={setRole} error={errors.role} />
        <PasswordInput
          label="Kata sandi awal"
          description={`Minimal ${MIN_PASSWORD_LENGTH} karakter; petugas dapat menggantinya sendiri nanti`}
          required
          autoComplete="new-password"
          value={password}
          error={errors.password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <PasswordInput
          label="Ulangi kata sandi"
          required
          autoComplete="new-password"
          value={confirm}
          error={errors.confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
        />
        {errors.form && <Alert color="red">{errors.form}</Alert>}
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Buat akun
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditForm({
  accountsDb,
  account,
  onDone,
}: {
  accountsDb: DtksDatabase;
  account: AccountSummary;
  onDone: () => void;
}) {
  const [nama, setNama] = useState(account.nama);
  const [role, setRole] = useState<Role>(account.role);
  const [active, setActive] = useState(account.active);
  const [errors, setErrors] = useState<Errors>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await editAccount(accountsDb, account.id, { nama, role, active });
      notifications.show({ color: 'teal', message: `Akun ${account.username} disimpan.` });
      onDone();
    } catch (failure) {
      setErrors(failureToErrors(failure, 'Menyimpan akun'));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <TextInput
          label="Nama lengkap"
          required
          value={nama}
          error={errors.nama}
          onChange={(e) => setNama(e.currentTarget.value)}
        />
        <RoleSelect value={role} onChange={setRole} />
        <Switch
          label="Akun aktif (akun nonaktif tidak dapat masuk; catatan lognya tetap ada)"
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
        {errors.form && <Alert color="red">{errors.form}</Alert>}
        <Group justify="flex-end">
          <Button type="submit">Simpan</Button>
        </Group>
      </Stack>
    </form>
  );
}

function ResetForm({
  accountsDb,
  account,
  onDone,
}: {
  accountsDb: DtksDatabase;
  account: AccountSummary;
  onDone: () => void;
}) {
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await resetPassword(accountsDb, account.id, password);
      notifications.show({
        color: 'teal',
        message: `Kata sandi ${account.username} disetel ulang.`,
      });
      onDone();
    } catch (failure) {
      setErrors(failureToErrors(failure, 'Menyetel ulang kata sandi'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <PasswordInput
          label="Kata sandi baru"
          description="Sampaikan langsung kepada petugasnya, lalu minta ia menggantinya"
          required
          autoComplete="new-password"
          value={password}
          error={errors.password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        {errors.form && <Alert color="red">{errors.form}</Alert>}
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Setel ulang
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
