import { TextInput } from '@mantine/core';
import { PasswordField } from '../../kit/forms/PasswordField';
import { useDesktopApi } from '../../platform';

export type ServerField = 'url' | 'database' | 'username' | 'password';

/**
 * The office server's address, database, user and password: the same four fields where an
 * admin sets up sync (Pengaturan) and where a new PC joins the office (first run).
 */
export function ServerFields({
  values,
  setters,
  errorOf,
  disabled,
}: {
  values: Record<ServerField, string>;
  setters: Record<ServerField, (value: string) => void>;
  /** The schema's message for a field; shown once the field holds something. */
  errorOf: (field: 'url' | 'database') => string | undefined;
  disabled?: boolean;
}) {
  const api = useDesktopApi();
  return (
    <>
      <TextInput
        label="Alamat server"
        placeholder="http://192.168.1.10:5984"
        value={values.url}
        disabled={disabled}
        onChange={(event) => setters.url(event.currentTarget.value)}
        error={values.url ? errorOf('url') : undefined}
      />
      <TextInput
        label="Nama database kantor"
        placeholder="dtks-kelurahan"
        value={values.database}
        disabled={disabled}
        onChange={(event) => setters.database(event.currentTarget.value)}
        error={values.database ? errorOf('database') : undefined}
      />
      <TextInput
        label="Nama pengguna server"
        value={values.username}
        disabled={disabled}
        autoComplete="off"
        onChange={(event) => setters.username(event.currentTarget.value)}
      />
      <PasswordField
        label="Kata sandi server"
        description={
          api.runtime === 'electron'
            ? 'Disimpan terenkripsi oleh sistem operasi (safeStorage).'
            : 'Di peramban hanya disimpan selama sesi ini; isi lagi setelah peramban ditutup.'
        }
        value={values.password}
        disabled={disabled}
        autoComplete="off"
        onChange={(event) => setters.password(event.currentTarget.value)}
      />
    </>
  );
}
