import { Alert, Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  accountEditSchema,
  MIN_PASSWORD_LENGTH,
  newAccountFormSchema,
  passwordResetSchema,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLES,
} from '@shared/domain/keamanan/accounts';
import type { NewAccountForm, Role } from '@shared/domain/keamanan/accounts';
import { createAccount, editAccount, resetPassword } from '../../db/keamanan/account-repository';
import type { AccountSummary } from '../../db/keamanan/account-repository';
import type { DtksDatabase } from '../../db/core/database';
import { PasswordField } from '../../kit/forms/PasswordField';
import { useSchemaForm } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { refusalIn, runAction } from '../../kit/run-action';
import type { ActionOutcome } from '../../kit/run-action';
import type { Refusal } from '@shared/domain/core/refusal';

export type AccountModal =
  | { kind: 'create' }
  | { kind: 'edit'; account: AccountSummary }
  | { kind: 'reset'; account: AccountSummary };

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

const NEW_ACCOUNT: NewAccountForm = {
  nama: '',
  username: '',
  role: 'operator',
  password: '',
  confirm: '',
};

type Form = {
  ownsRefusal: (refusal: Refusal) => refusal is Refusal & { field: string };
  showRefusal: (refusal: Refusal & { field: string }) => void;
};

/**
 * One save of an account dialog: a refusal naming a field of the form is shown
 * beside it, any other failure (a rule about the account as a whole, a full
 * disk) in the dialog itself, where the admin is looking. The input stays.
 */
function useSave(form: Form) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async <T,>(
    action: () => Promise<T>,
    what: string,
    success: string,
  ): Promise<ActionOutcome<T, Refusal & { field: string }>> => {
    setBusy(true);
    setFailure(null);
    const outcome = await runAction(action, {
      what,
      success,
      inForm: form.ownsRefusal,
      onFailure: setFailure,
    });
    setBusy(false);
    const refusal = refusalIn(outcome);
    if (refusal) form.showRefusal(refusal);
    return outcome;
  };
  return { busy, failure, save };
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
  const form = useSchemaForm(newAccountFormSchema, NEW_ACCOUNT);
  const { values, errors, setField } = form;
  const { busy, failure, save } = useSave(form);
  // The dialog puts the cursor in the name (data-autofocus).
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: form.dirty, focusFirst: false });
  const submit = async () => {
    const input = form.validate();
    if (!input) return;
    const { nama, username, role, password } = input;
    const outcome = await save(
      () => createAccount(accountsDb, { nama, username, role, password }),
      'Membuat akun',
      `Akun ${username} dibuat.`,
    );
    if (outcome.ok) onDone();
  };
  return (
    <form
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack>
        <TextInput
          label="Nama lengkap"
          name="nama"
          required
          data-autofocus
          value={values.nama}
          error={errors.nama}
          onChange={(e) => setField('nama', e.currentTarget.value)}
        />
        <TextInput
          label="Nama pengguna"
          name="username"
          description="Huruf kecil, angka, titik atau tanda hubung"
          required
          value={values.username}
          error={errors.username}
          onChange={(e) => setField('username', e.currentTarget.value)}
        />
        <RoleSelect
          value={values.role}
          onChange={(role) => setField('role', role)}
          error={errors.role}
        />
        <PasswordField
          label="Kata sandi awal"
          name="password"
          description={`Minimal ${MIN_PASSWORD_LENGTH} karakter; petugas dapat menggantinya sendiri nanti`}
          required
          autoComplete="new-password"
          value={values.password}
          error={errors.password}
          onChange={(e) => setField('password', e.currentTarget.value)}
        />
        <PasswordField
          label="Ulangi kata sandi"
          name="confirm"
          required
          autoComplete="new-password"
          value={values.confirm}
          error={errors.confirm}
          onChange={(e) => setField('confirm', e.currentTarget.value)}
        />
        {failure && <Alert color="red">{failure}</Alert>}
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
  const form = useSchemaForm(accountEditSchema, {
    nama: account.nama,
    role: account.role,
    active: account.active,
  });
  const { values, errors, setField } = form;
  const { busy, failure, save } = useSave(form);
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: form.dirty, focusFirst: false });
  const submit = async () => {
    const change = form.validate();
    if (!change) return;
    const outcome = await save(
      () => editAccount(accountsDb, account.id, change),
      'Menyimpan akun',
      `Akun ${account.username} disimpan.`,
    );
    if (outcome.ok) onDone();
  };
  return (
    <form
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack>
        <TextInput
          label="Nama lengkap"
          name="nama"
          required
          data-autofocus
          value={values.nama}
          error={errors.nama}
          onChange={(e) => setField('nama', e.currentTarget.value)}
        />
        <RoleSelect
          value={values.role}
          onChange={(role) => setField('role', role)}
          error={errors.role}
        />
        <Switch
          label="Akun aktif (akun nonaktif tidak dapat masuk; catatan lognya tetap ada)"
          checked={values.active}
          onChange={(e) => setField('active', e.currentTarget.checked)}
        />
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Simpan
          </Button>
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
  const form = useSchemaForm(passwordResetSchema, { username: account.username, password: '' });
  const { values, errors, setField } = form;
  const { busy, failure, save } = useSave(form);
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: form.dirty, focusFirst: false });
  const submit = async () => {
    const input = form.validate();
    if (!input) return;
    const outcome = await save(
      () => resetPassword(accountsDb, account.id, input.password),
      'Menyetel ulang kata sandi',
      `Kata sandi ${account.username} disetel ulang.`,
    );
    if (outcome.ok) onDone();
  };
  return (
    <form
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack>
        <PasswordField
          label="Kata sandi baru"
          name="password"
          description="Sampaikan langsung kepada petugasnya, lalu minta ia menggantinya"
          required
          data-autofocus
          autoComplete="new-password"
          value={values.password}
          error={errors.password}
          onChange={(e) => setField('password', e.currentTarget.value)}
        />
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            Setel ulang
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
