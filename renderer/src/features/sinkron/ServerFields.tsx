import { TextInput } from '@mantine/core';
import { useCallback, useState } from 'react';
import { syncSettingsSchema, type SyncSettings } from '@shared/domain/sinkron/settings';
import { PasswordField } from '../../kit/forms/PasswordField';
import { useDesktopApi } from '../../platform';

export type ServerField = 'url' | 'database' | 'username' | 'password';

/** The four fields' values, checked against the sync settings' schema. */
export type ServerForm = {
  values: Record<ServerField, string>;
  set: (field: ServerField, value: string) => void;
  /** The settings the fields make (with `enabled`) when they are valid, else null. */
  settings: SyncSettings | null;
  /** The schema's message for a field. */
  errorOf: (field: 'url' | 'database') => string | undefined;
};

const EMPTY: Record<ServerField, string> = { url: '', database: '', username: '', password: '' };

/** The state behind `ServerFields`, for the settings section and the join screen alike. */
export function useServerForm(enabled: boolean): ServerForm {
  const [values, setValues] = useState(EMPTY);
  const set = useCallback(
    (field: ServerField, value: string) => setValues((now) => ({ ...now, [field]: value })),
    [],
  );
  const { url, database, username } = values;
  const parsed = syncSettingsSchema.safeParse({ url, database, username, enabled });
  return {
    values,
    set,
    settings: parsed.success ? parsed.data : null,
    errorOf: (field) =>
      parsed.success
        ? undefined
        : parsed.error.issues.find((issue) => issue.path[0] === field)?.message,
  };
}

/**
 * The office server's address, database, user and password: the same four fields where an
 * admin sets up sync (Pengaturan) and where a new PC joins the office (first run).
 */
export function ServerFields({ form, disabled }: { form: ServerForm; disabled?: boolean }) {
  const api = useDesktopApi();
  const { values, set, errorOf } = form;
  return (
    <>
      <TextInput
        label="Alamat server"
        placeholder="http://192.168.1.10:5984"
        value={values.url}
        disabled={disabled}
        onChange={(event) => set('url', event.currentTarget.value)}
        // Shown once the field holds something.
        error={values.url ? errorOf('url') : undefined}
      />
      <TextInput
        label="Nama database kantor"
        placeholder="dtks-kelurahan"
        value={values.database}
        disabled={disabled}
        onChange={(event) => set('database', event.currentTarget.value)}
        error={values.database ? errorOf('database') : undefined}
      />
      <TextInput
        label="Nama pengguna server"
        value={values.username}
        disabled={disabled}
        autoComplete="off"
        onChange={(event) => set('username', event.currentTarget.value)}
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
        onChange={(event) => set('password', event.currentTarget.value)}
      />
    </>
  );
}
