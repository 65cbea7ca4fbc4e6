import { Alert, Button, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
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
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  const formBox = useRef<HTMLDivElement | null>(null);
  const keepButton = useRef<HTMLButtonElement | null>(null);
  // The field the cursor was in when the question came: "Batal" puts it back there.
  const returnTo = useRef<HTMLElement | null>(null);
  const questionId = useId();

  useEffect(() => {
    if (asking) {
      keepButton.current?.focus();
      return;
    }
    const box = formBox.current;
    const field = returnTo.current;
    returnTo.current = null;
    if (!field || !box) return;
    (box.contains(field) ? field : box.querySelector<HTMLElement>('input, textarea'))?.focus();
  }, [asking]);

  const close = () => {
    setAsking(false);
    setDirty(false);
    onClose();
  };
  const keep = () => setAsking(false);
  /** Esc, a click beside the dialog or its ×: typed input is not thrown away unasked. */
  const requestClose = () => {
    if (asking) return keep();
    if (!dirty) return close();
    const active = document.activeElement;
    returnTo.current =
      active instanceof HTMLElement && formBox.current?.contains(active)
        ? active
        : (formBox.current?.querySelector<HTMLElement>('input, textarea') ?? null);
    setAsking(true);
  };

  const title =
    modal?.kind === 'create'
      ? 'Tambah akun petugas'
      : modal?.kind === 'edit'
        ? `Ubah akun ${modal.account.username}`
        : modal?.kind === 'reset'
          ? `Setel ulang kata sandi ${modal.account.username}`
          : '';
  const form = { accountsDb, onDone: close, onDirty: setDirty };
  return (
    <Modal opened={modal !== null} onClose={requestClose} title={title} size="lg">
      {asking && (
        <Stack
          role="alertdialog"
          aria-labelledby={`${questionId}-judul`}
          aria-describedby={`${questionId}-isi`}
        >
          <Text id={`${questionId}-judul`} fw={600}>
            Isian belum disimpan
          </Text>
          <Text id={`${questionId}-isi`} size="sm">
            Formulir ini berisi isian yang belum disimpan. Jika dialog ditutup, isian itu hilang.
          </Text>
          <Group justify="flex-end">
            <Button ref={keepButton} variant="default" onClick={keep}>
              Batal
            </Button>
            <Button color="red" onClick={close}>
              Buang perubahan
            </Button>
          </Group>
        </Stack>
      )}
      {/* Hidden, not unmounted, while the question is open: "Batal" finds every input as it was. */}
      <div ref={formBox} hidden={asking}>
        {modal?.kind === 'create' && <CreateForm {...form} />}
        {modal?.kind === 'edit' && <EditForm {...form} account={modal.account} />}
        {modal?.kind === 'reset' && <ResetForm {...form} account={modal.account} />}
      </div>
    </Modal>
  );
}

type FormProps = {
  accountsDb: DtksDatabase;
  onDone: () => void;
  /** Tells the dialog whether its form holds unsaved input (it asks before closing then). */
  onDirty: (dirty: boolean) => void;
};

function useReportDirty(dirty: boolean, onDirty: (dirty: boolean) => void) {
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
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

function CreateForm({ accountsDb, onDone, onDirty }: FormProps) {
  const form = useSchemaForm(newAccountFormSchema, NEW_ACCOUNT);
  const { values, errors, setField } = form;
  const { busy, failure, save } = useSave(form);
  // The dialog puts the cursor in the name (data-autofocus).
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: form.dirty, focusFirst: false });
  useReportDirty(form.dirty, onDirty);
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
  onDirty,
}: FormProps & { account: AccountSummary }) {
  const form = useSchemaForm(accountEditSchema, {
    nama: account.nama,
    role: account.role,
    active: account.active,
  });
  const { values, errors, setField } = form;
  const { busy, failure, save } = useSave(form);
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: form.dirty, focusFirst: false });
  useReportDirty(form.dirty, onDirty);
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
  onDirty,
}: FormProps & { account: AccountSummary }) {
  const form = useSchemaForm(passwordResetSchema, { username: account.username, password: '' });
  const { values, errors, setField } = form;
  const { busy, failure, save } = useSave(form);
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: form.dirty, focusFirst: false });
  useReportDirty(form.dirty, onDirty);
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
