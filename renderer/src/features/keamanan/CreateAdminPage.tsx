import { Alert, Button, Container, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { MIN_PASSWORD_LENGTH, newAccountFormSchema } from '@shared/domain/keamanan/accounts';
import type { NewAccountForm, SessionAccount } from '@shared/domain/keamanan/accounts';
import { createAccount } from '../../db/keamanan/account-repository';
import type { DtksDatabase } from '../../db/core/database';
import { getOperator } from '../../db/pengaturan/repository';
import { PasswordField } from '../../kit/forms/PasswordField';
import { useSchemaForm } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { refusalIn, runAction } from '../../kit/run-action';
import { FirstRunRestore } from './FirstRunRestore';

type Props = { accountsDb: DtksDatabase; onCreated: (account: SessionAccount) => void };

const FIRST_ADMIN: NewAccountForm = {
  nama: '',
  username: 'admin',
  role: 'admin',
  password: '',
  confirm: '',
};

/** First run, after the identity: the admin account that manages everyone else. */
export function CreateAdminPage({ accountsDb, onCreated }: Props) {
  const form = useSchemaForm(newAccountFormSchema, FIRST_ADMIN);
  const { values, errors, setField, setValues } = form;
  // What is not about one field on screen (another window made an admin meanwhile, a full disk).
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty: form.dirty });

  useEffect(() => {
    // The operator named with the identity is most likely the admin; a name typed meanwhile stays.
    void getOperator(accountsDb).then((operator) => {
      if (operator)
        setValues((current) => (current.nama ? current : { ...current, nama: operator.nama }));
    });
  }, [accountsDb, setValues]);

  const submit = async () => {
    setFailure(null);
    const input = form.validate();
    if (!input) return;
    const { nama, username, password } = input;
    setBusy(true);
    const outcome = await runAction(
      () => createAccount(accountsDb, { nama, username, role: 'admin', password }),
      { what: 'Membuat akun admin', inForm: form.ownsRefusal, onFailure: setFailure },
    );
    setBusy(false);
    if (outcome.ok) {
      const created = outcome.value;
      onCreated({
        id: created.id,
        username: created.username,
        nama: created.nama,
        role: created.role,
      });
      return;
    }
    const refusal = refusalIn(outcome);
    if (refusal) form.showRefusal(refusal);
  };

  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="xl" shadow="sm">
        <form
          ref={attach}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          noValidate
        >
          <Stack>
            <Title order={1} size="h2">
              Buat akun admin
            </Title>
            <Text>
              Aplikasi ini menyimpan NIK, kondisi keluarga dan status kemiskinan warga, yang
              dilindungi UU 27/2022 tentang Pelindungan Data Pribadi. Setiap petugas masuk dengan
              akunnya sendiri, dan setiap perubahan tercatat atas namanya.
            </Text>
            <Text size="sm" c="dimmed">
              Admin mengatur akun petugas lain, pengaturan, cadangan dan pemulihan. Simpan kata
              sandinya di tempat aman: tanpa akun admin, akun lain tidak dapat dikelola.
            </Text>
            <TextInput
              label="Nama lengkap"
              name="nama"
              required
              value={values.nama}
              error={errors.nama}
              onChange={(event) => setField('nama', event.currentTarget.value)}
            />
            <TextInput
              label="Nama pengguna"
              name="username"
              autoComplete="username"
              description="Huruf kecil, angka, titik atau tanda hubung"
              required
              value={values.username}
              error={errors.username}
              onChange={(event) => setField('username', event.currentTarget.value)}
            />
            <PasswordField
              label="Kata sandi"
              name="password"
              autoComplete="new-password"
              description={`Minimal ${MIN_PASSWORD_LENGTH} karakter; gabungan kata lebih mudah diingat, misalnya Pahandut-Sejahtera-2026`}
              required
              value={values.password}
              error={errors.password}
              onChange={(event) => setField('password', event.currentTarget.value)}
            />
            <PasswordField
              label="Ulangi kata sandi"
              name="confirm"
              autoComplete="new-password"
              required
              value={values.confirm}
              error={errors.confirm}
              onChange={(event) => setField('confirm', event.currentTarget.value)}
            />
            {(failure ?? errors.role) && (
              <Alert color="red" role="alert">
                {failure ?? errors.role}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              Buat akun dan masuk
            </Button>
          </Stack>
        </form>
        <Stack mt="md">
          <FirstRunRestore />
        </Stack>
      </Paper>
    </Container>
  );
}
