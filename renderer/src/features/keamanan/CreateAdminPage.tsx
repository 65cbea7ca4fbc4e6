import {
  Alert,
  Button,
  Container,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '@shared/domain/keamanan/accounts';
import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import { AccountError, createAccount } from '../../db/keamanan/account-repository';
import type { DtksDatabase } from '../../db/core/database';
import { getOperator } from '../../db/pengaturan/repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { FirstRunRestore } from './FirstRunRestore';

type Props = { accountsDb: DtksDatabase; onCreated: (account: SessionAccount) => void };

type Errors = Partial<Record<'nama' | 'username' | 'password' | 'confirm' | 'form', string>>;

/** First run, after the identity: the admin account that manages everyone else. */
export function CreateAdminPage({ accountsDb, onCreated }: Props) {
  const [nama, setNama] = useState('');
  const [username, setUsername] = useState('admin');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void getOperator(accountsDb).then((operator) => {
      if (operator) setNama((current) => current || operator.nama);
    });
  }, [accountsDb]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) {
      setErrors({ confirm: 'Kedua kata sandi tidak sama' });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const created = await createAccount(accountsDb, { username, nama, role: 'admin', password });
      const { id, nama: name, role } = created;
      onCreated({ id, username: created.username, nama: name, role });
    } catch (failure) {
      if (failure instanceof AccountError && failure.field) {
        setErrors({ [failure.field]: failure.message });
      } else {
        setErrors({ form: describeStorageError(failure, 'Membuat akun admin') });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container size="sm" py="xl">
      <Paper withBorder p="xl" shadow="sm">
        <form onSubmit={(event) => void submit(event)} noValidate>
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
              value={nama}
              error={errors.nama}
              onChange={(event) => setNama(event.currentTarget.value)}
            />
            <TextInput
              label="Nama pengguna"
              name="username"
              autoComplete="username"
              description="Huruf kecil, angka, titik atau tanda hubung"
              required
              value={username}
              error={errors.username}
              onChange={(event) => setUsername(event.currentTarget.value)}
            />
            <PasswordInput
              label="Kata sandi"
              name="password"
              autoComplete="new-password"
              description={`Minimal ${MIN_PASSWORD_LENGTH} karakter; gabungan kata lebih mudah diingat, misalnya Pahandut-Sejahtera-2026`}
              required
              value={password}
              error={errors.password}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <PasswordInput
              label="Ulangi kata sandi"
              name="confirm"
              autoComplete="new-password"
              required
              value={confirm}
              error={errors.confirm}
              onChange={(event) => setConfirm(event.currentTarget.value)}
            />
            {errors.form && (
              <Alert color="red" role="alert">
                {errors.form}
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
