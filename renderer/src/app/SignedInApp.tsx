import { Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { createHashRouter, Route, RouterProvider, Routes } from 'react-router-dom';
import type { KelurahanIdentity } from '@shared/domain/core/settings';
import type { DtksDatabase } from '../db/core/database';
import { getIdentity } from '../db/pengaturan/repository';
import { HomePage } from '../features/beranda/HomePage';
import { prefetchRecap } from '../features/beranda/useRecap';
import { ProjectorGuard } from '../features/keamanan/ProjectorGuard';
import { RoleGuard } from '../features/keamanan/RoleGuard';
import { ErrorBoundary } from './ErrorBoundary';
import { UnsavedGuardHost } from '../kit/forms/UnsavedGuardHost';
import { Shell } from './Shell';

// Every job's screens load when first opened: the start-up bundle holds the
// shell, the sign-in and the Beranda only (issue 9: ≤ 350 KB gzip).
const EksporRoutes = lazy(() =>
  import('../features/ekspor/EksporRoutes').then((m) => ({ default: m.EksporRoutes })),
);
const DuplicatesPage = lazy(() =>
  import('../features/impor/DuplicatesPage').then((m) => ({ default: m.DuplicatesPage })),
);
const ImportRoutes = lazy(() =>
  import('../features/impor/ImportRoutes').then((m) => ({ default: m.ImportRoutes })),
);
const MusyawarahRoutes = lazy(() =>
  import('../features/musyawarah/MusyawarahRoutes').then((m) => ({ default: m.MusyawarahRoutes })),
);
const ProjectorPage = lazy(() =>
  import('../features/musyawarah/ProjectorPage').then((m) => ({ default: m.ProjectorPage })),
);
const SuratRoutes = lazy(() =>
  import('../features/surat/SuratRoutes').then((m) => ({ default: m.SuratRoutes })),
);
const UsulanRoutes = lazy(() =>
  import('../features/usulan/UsulanRoutes').then((m) => ({ default: m.UsulanRoutes })),
);
const AuditLogPage = lazy(() =>
  import('../features/warga/AuditLogPage').then((m) => ({ default: m.AuditLogPage })),
);
const WargaRoutes = lazy(() =>
  import('../features/warga/WargaRoutes').then((m) => ({ default: m.WargaRoutes })),
);
const SettingsPage = lazy(() =>
  import('./SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

/** Counts the Beranda's figures ahead of its first render (signed-in-loader.ts). */
export function prepareBeranda(db: DtksDatabase): void {
  prefetchRecap(db);
}

/**
 * A data router (not `<HashRouter>`): only a data router lets a form with
 * unsaved input hold a change of screen (`useBlocker`). The routes themselves
 * stay declared as elements below.
 */
export function SignedInApp({
  db,
  identity,
  projector,
}: {
  db: DtksDatabase;
  identity: KelurahanIdentity;
  /** The projector window: its route only, never the shell (it has no sign-in). */
  projector: boolean;
}) {
  // Made once: a new router would reset the screen. The identity is read live below.
  const [router] = useState(() =>
    createHashRouter([
      {
        path: '*',
        element: projector ? <ProjectorRoutes /> : <AppRoutes db={db} initial={identity} />,
      },
    ]),
  );
  return <RouterProvider router={router} />;
}

function ProjectorRoutes() {
  return (
    <Routes>
      {/* The projector window has no shell: nothing but what the room may see. */}
      <Route
        path="/proyektor/*"
        element={
          <ProjectorGuard>
            <Suspense fallback={null}>
              <ProjectorPage />
            </Suspense>
          </ProjectorGuard>
        }
      />
    </Routes>
  );
}

/** Inside the SessionGate (App.tsx): nothing here shows without a signed-in account. */
function AppRoutes({ db, initial }: { db: DtksDatabase; initial: KelurahanIdentity }) {
  const identity = useLiveQuery(() => getIdentity(db), [db]) ?? initial;
  return (
    <UnsavedGuardHost>
      <Shell identity={identity}>
        <ErrorBoundary>
          <RoleGuard>
            <Suspense fallback={<Loader m="xl" aria-label="Memuat layar" />}>
              <Routes>
                <Route path="/" element={<HomePage />} />
                <Route path="/warga/*" element={<WargaRoutes />} />
                <Route path="/impor/*" element={<ImportRoutes />} />
                <Route path="/duplikat" element={<DuplicatesPage />} />
                <Route path="/log" element={<AuditLogPage />} />
                <Route path="/usulan/*" element={<UsulanRoutes />} />
                <Route path="/musyawarah/*" element={<MusyawarahRoutes />} />
                <Route path="/surat/*" element={<SuratRoutes />} />
                <Route path="/ekspor/*" element={<EksporRoutes />} />
                <Route path="/pengaturan" element={<SettingsPage />} />
                <Route path="*" element={<HomePage />} />
              </Routes>
            </Suspense>
          </RoleGuard>
        </ErrorBoundary>
      </Shell>
    </UnsavedGuardHost>
  );
}
