import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { DatabaseKind, DtksDatabase } from '../db/core/database';
import { getIdentity } from '../db/pengaturan/repository';
import { SessionGate } from '../features/keamanan/SessionGate';
import type { DesktopApi } from '../platform';
import { DesktopApiContext } from '../platform';
import { DatabaseContext } from '../kit/database-context';
import { ErrorBoundary } from './ErrorBoundary';
import { afterFirstScreen, loadSignedInApp, prepareSignedIn } from './signed-in-loader';
import { StartupWait } from '../kit/StartupWait';
import { cssVariablesResolver, theme } from './theme';

// Issue 17: the router, the shell, the Beranda and every job's screens load after the
// first screen (sign-in) is interactive; the start-up bundle holds the sign-in only.
const FirstRunPage = lazy(() =>
  import('./FirstRunPage').then((m) => ({ default: m.FirstRunPage })),
);
const SignedInApp = lazy(() => loadSignedInApp().then((m) => ({ default: m.SignedInApp })));

/** The navigation bar is 230 px wide (Shell.tsx); its padding keeps this inside it. */
const NOTIFICATION_WIDTH = 214;

type Props = { db: DtksDatabase; kind: DatabaseKind; desktopApi: DesktopApi };

export function App({ db, kind, desktopApi }: Props) {
  const database = useMemo(() => ({ db, kind }), [db, kind]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {/* Over the foot of the navigation bar, never over a row's buttons; three at most. */}
      <Notifications position="bottom-left" limit={3} containerWidth={NOTIFICATION_WIDTH} />
      <DesktopApiContext.Provider value={desktopApi}>
        <DatabaseContext.Provider value={database}>
          <ErrorBoundary>
            <Gate db={db} />
          </ErrorBoundary>
        </DatabaseContext.Provider>
      </DesktopApiContext.Provider>
    </MantineProvider>
  );
}

/**
 * Nothing else opens until the kelurahan identity exists, then until someone
 * signs in (the first time: creates the admin account).
 */
function Gate({ db }: { db: DtksDatabase }) {
  const identity = useLiveQuery(() => getIdentity(db), [db], 'loading' as const);
  const projector = useProjectorHash();
  if (identity === 'loading') return <StartupWait />;
  if (identity === null)
    return (
      <Suspense fallback={<StartupWait />}>
        <FirstRunPage />
      </Suspense>
    );
  const app = (
    <Suspense fallback={<StartupWait />}>
      <SignedInApp db={db} identity={identity} projector={projector} />
    </Suspense>
  );
  // The projector window has no sign-in of its own (ProjectorGuard decides what it shows).
  return projector ? (
    app
  ) : (
    <SessionGate onFirstScreen={afterFirstScreen} onSignInStart={() => prepareSignedIn(db)}>
      {app}
    </SessionGate>
  );
}

const isProjectorHash = () => window.location.hash.startsWith('#/proyektor');

function useProjectorHash(): boolean {
  const [projector, setProjector] = useState(isProjectorHash);
  useEffect(() => {
    const onHash = () => setProjector(isProjectorHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return projector;
}
