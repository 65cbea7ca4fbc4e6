import { Box, Center, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import { useDatabase } from '../../kit/database-context';
import { StartupWait } from '../../kit/StartupWait';
import {
  countAccounts,
  getActiveAccount,
  getIdleLockMinutes,
} from '../../db/keamanan/account-repository';
import { accountsDatabaseFor } from '../../db/core/accounts-database';
import { requireSession, setSessionAccount } from '../../db/core/session';
import { useAutoBackup } from './useAutoBackup';
import { LoginForm } from './LoginForm';
import { SessionContext } from '../../kit/session/session-context';
import type { SessionValue } from '../../kit/session/session-context';
import {
  closeProfileMarker,
  forgetSession,
  rememberSession,
  resumableAccountId,
} from '../../kit/session/session-store';
import { useIdleLock } from '../../kit/session/useIdleLock';
import { markOnce, STARTUP_MARKS } from '../../kit/startup-marks';
import { setAutoBackupKey } from './backup-key';

// The first run only: the sign-in screen of every other day does not load it (issue 17).
const CreateAdminPage = lazy(() =>
  import('./CreateAdminPage').then((m) => ({ default: m.CreateAdminPage })),
);
import { useOpenedBackupRedirect } from './useOpenedBackupRedirect';

type State =
  | { status: 'checking' }
  | { status: 'out' }
  | { status: 'in'; account: SessionAccount }
  | { status: 'locked'; account: SessionAccount };

/**
 * Nothing of the app shows without a signed-in account: first the admin
 * account is created, then everyone signs in. The session survives a reload
 * of this tab within the idle time; closing the app ends it. While locked,
 * the screens stay mounted (unsaved work survives) but hidden and inert, and
 * the data layer refuses every write.
 */
/**
 * `onFirstScreen` runs once the sign-in (or lock) screen is up: the shell (App.tsx) fetches
 * the rest of the app then, while the password is typed (issue 17).
 */
export function SessionGate({
  children,
  onFirstScreen,
  onSignInStart,
}: {
  children: ReactNode;
  onFirstScreen?: () => void;
  /** The sign-in form was sent (not yet checked): the shell prepares the first screen after it. */
  onSignInStart?: () => void;
}) {
  const { db, kind } = useDatabase();
  const accountsDb = useMemo(() => accountsDatabaseFor(db, kind), [db, kind]);
  const count = useLiveQuery(() => countAccounts(accountsDb), [accountsDb]);
  const idleMinutes = useLiveQuery(() => getIdleLockMinutes(accountsDb), [accountsDb]);
  const [state, setState] = useState<State>({ status: 'checking' });

  const apply = useCallback(
    (account: SessionAccount | null) => {
      for (const target of new Set([db, accountsDb])) setSessionAccount(target, account);
    },
    [db, accountsDb],
  );

  const signIn = useCallback(
    (account: SessionAccount) => {
      markOnce(STARTUP_MARKS.signedIn);
      apply(account);
      rememberSession(account.id, idleMinutes ?? 10);
      setState({ status: 'in', account });
    },
    [apply, idleMinutes],
  );

  // Once accounts exist, a write without a signed-in account is refused.
  useEffect(() => {
    if (count && count > 0) {
      requireSession(db);
      requireSession(accountsDb);
    }
  }, [count, db, accountsDb]);

  useEffect(() => {
    if (state.status !== 'checking' || count === undefined || idleMinutes === undefined) return;
    if (count === 0) return;
    const id = resumableAccountId(idleMinutes);
    if (!id) {
      setState({ status: 'out' });
      return;
    }
    let live = true;
    void getActiveAccount(accountsDb, id).then((account) => {
      if (!live) return;
      if (account) signIn(account);
      else {
        forgetSession();
        setState({ status: 'out' });
      }
    });
    return () => {
      live = false;
    };
  }, [state.status, count, idleMinutes, accountsDb, signIn]);

  const lock = useCallback(() => {
    setState((current) => {
      if (current.status !== 'in') return current;
      apply(null);
      // A reload must not skip the password: the lock forgets the tab's session too.
      forgetSession();
      return { status: 'locked', account: current.account };
    });
  }, [apply]);

  const signOut = useCallback(() => {
    apply(null);
    forgetSession();
    setAutoBackupKey(null);
    window.location.hash = '#/';
    window.location.reload();
  }, [apply]);

  const signedIn = state.status === 'in' ? state.account : null;
  useIdleLock(signedIn !== null, idleMinutes ?? 10, lock, () => {
    if (signedIn) rememberSession(signedIn.id, idleMinutes ?? 10);
  });

  // The projector window follows this one: closing or reloading it blanks the projector.
  useEffect(() => {
    window.addEventListener('pagehide', closeProfileMarker);
    return () => window.removeEventListener('pagehide', closeProfileMarker);
  }, []);

  const account = state.status === 'in' || state.status === 'locked' ? state.account : null;
  const value = useMemo<SessionValue | null>(
    () => (account ? { account, accountsDb, idleMinutes: idleMinutes ?? 10, lock, signOut } : null),
    [account, accountsDb, idleMinutes, lock, signOut],
  );
  useAutoBackup(state.status === 'in' ? value : null);
  useOpenedBackupRedirect(state.status === 'in' ? (account?.role ?? null) : null);

  if (count === undefined) return <StartupWait />;
  if (count > 0 && state.status === 'checking') return null;
  if (count === 0)
    return (
      <Suspense fallback={<StartupWait />}>
        <CreateAdminPage accountsDb={accountsDb} onCreated={signIn} />
      </Suspense>
    );
  if (state.status === 'out' || !value) {
    return (
      <Gatehouse title="Masuk ke DTKS Kelurahan" onShown={onFirstScreen}>
        <LoginForm accountsDb={accountsDb} onSuccess={signIn} onSubmitStart={onSignInStart} />
      </Gatehouse>
    );
  }
  return (
    <SessionContext.Provider value={value}>
      <Box
        inert={state.status === 'locked'}
        aria-hidden={state.status === 'locked' || undefined}
        style={state.status === 'locked' ? { visibility: 'hidden' } : undefined}
      >
        {children}
      </Box>
      {state.status === 'locked' && (
        <Box pos="fixed" inset={0} bg="gray.1" style={{ zIndex: 1000, overflow: 'auto' }}>
          <Gatehouse title="Aplikasi terkunci" onShown={onFirstScreen}>
            <LoginForm
              accountsDb={accountsDb}
              locked={state.account}
              onSuccess={(next) => {
                if (next.id === state.account.id) signIn(next);
                else {
                  // Another user: start clean rather than inherit the open screens.
                  rememberSession(next.id, idleMinutes ?? 10);
                  window.location.hash = '#/';
                  window.location.reload();
                }
              }}
              onSwitchUser={signOut}
            />
          </Gatehouse>
        </Box>
      )}
    </SessionContext.Provider>
  );
}

function Gatehouse({
  title,
  children,
  onShown,
}: {
  title: string;
  children: ReactNode;
  onShown?: () => void;
}) {
  // The sign-in is up: the shell fetches the rest of the app while the password is typed.
  useEffect(() => onShown?.(), [onShown]);
  return (
    <Center mih="100vh" p="md">
      <Container size={440} w="100%">
        <Paper withBorder p="xl" shadow="sm">
          <Stack>
            <Title order={1} size="h2">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              Data pribadi warga dilindungi UU 27/2022. Masuk dengan akun Anda sendiri.
            </Text>
            {children}
          </Stack>
        </Paper>
      </Container>
    </Center>
  );
}
