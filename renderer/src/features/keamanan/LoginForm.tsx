import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { PasswordField } from '../../kit/forms/PasswordField';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import { ROLE_LABELS } from '@shared/domain/keamanan/accounts';
import { lockedMessage } from '@shared/domain/keamanan/login-lockout';
import { verifyLogin } from '../../db/keamanan/account-repository';
import type { DtksDatabase } from '../../db/core/database';
import { describeStorageError } from '../../db/core/storage-errors';
import { markOnce, STARTUP_MARKS } from '../../kit/startup-marks';

type Props = {
  accountsDb: DtksDatabase;
  /** Set on the lock screen: the user name is fixed, another user may still sign in. */
  locked?: SessionAccount;
  onSuccess: (account: SessionAccount) => void;
  onSwitchUser?: () => void;
  /** The form was sent: the shell starts what the screen after the sign-in needs meanwhile. */
  onSubmitStart?: () => void;
};

/** Sign-in and unlock. The password check takes about a second by design (PBKDF2). */
export function LoginForm({ accountsDb, locked, onSuccess, onSwitchUser, onSubmitStart }: Props) {
  const [username, setUsername] = useState(locked?.username ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // While a user name is locked the message counts down, so nobody retries blindly.
  const [lock, setLock] = useState<{ until: number; remaining: number } | null>(null);
  const lockUntil = lock?.until ?? null;
  useEffect(() => {
    if (lockUntil === null) return;
    const timer = window.setInterval(() => {
      const remaining = lockUntil - Date.now();
      if (remaining > 0) setLock({ until: lockUntil, remaining });
      else {
        setLock(null);
        setError(null);
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [lockUntil]);
  const shownError = lock ? lockedMessage(lock.remaining) : error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError('Isi nama pengguna dan kata sandi.');
      return;
    }
    setBusy(true);
    setError(null);
    markOnce(STARTUP_MARKS.signInStart);
    // The password check (PBKDF2, most of a second) runs off the main thread: the next
    // screen's code and data load meanwhile.
    onSubmitStart?.();
    try {
      const result = await verifyLogin(accountsDb, username, password);
      if (result.ok) onSuccess(result.account);
      else {
        setError(result.message);
        setLock(
          result.retryAfterMs
            ? { until: Date.now() + result.retryAfterMs, remaining: result.retryAfterMs }
            : null,
        );
        setPassword('');
      }
    } catch (failure) {
      setError(describeStorageError(failure, 'Masuk'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        {locked ? (
          <Text>
            Masuk lagi sebagai <b>{locked.nama}</b> ({ROLE_LABELS[locked.role]}) untuk melanjutkan
            pekerjaan yang terbuka.
          </Text>
        ) : (
          <TextInput
            label="Nama pengguna"
            name="username"
            autoComplete="username"
            autoFocus
            required
            value={username}
            onChange={(event) => {
              setUsername(event.currentTarget.value);
              setLock(null);
            }}
          />
        )}
        <PasswordField
          label="Kata sandi"
          name="password"
          autoComplete="current-password"
          autoFocus={Boolean(locked)}
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        {shownError && (
          <Alert color="red" role="alert">
            {shownError}
          </Alert>
        )}
        <Button type="submit" loading={busy}>
          {locked ? 'Buka kunci' : 'Masuk'}
        </Button>
        {locked && onSwitchUser && (
          <Anchor component="button" type="button" size="sm" onClick={onSwitchUser}>
            Masuk sebagai pengguna lain (pekerjaan yang belum disimpan ditutup)
          </Anchor>
        )}
      </Stack>
    </form>
  );
}
