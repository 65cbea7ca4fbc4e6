import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { HashRouter, Route, Routes } from 'react-router-dom';
import type { DatabaseKind, DtksDatabase } from '../db/database';
import { getIdentity } from '../db/settings-repository';
import { EksporRoutes } from '../features/ekspor/EksporRoutes';
import { HomePage } from '../features/home/HomePage';
import { DuplicatesPage } from '../features/impor/DuplicatesPage';
import { ImportRoutes } from '../features/impor/ImportRoutes';
import { MusyawarahRoutes } from '../features/musyawarah/MusyawarahRoutes';
import { ProjectorPage } from '../features/musyawarah/ProjectorPage';
import { ProjectorGuard } from '../features/keamanan/ProjectorGuard';
import { RoleGuard } from '../features/keamanan/RoleGuard';
import { SessionGate } from '../features/keamanan/SessionGate';
import { SuratRoutes } from '../features/surat/SuratRoutes';
import { UsulanRoutes } from '../features/usulan/UsulanRoutes';
import { AuditLogPage } from '../features/warga/AuditLogPage';
import { WargaRoutes } from '../features/warga/WargaRoutes';
import { FirstRunPage } from '../features/settings/FirstRunPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { DesktopApi } from '../platform';
import { DesktopApiContext } from '../platform';
import { DatabaseContext } from './database-context';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import { theme } from './theme';

type Props = { db: DtksDatabase; kind: DatabaseKind; desktopApi: DesktopApi };

export function App({ db, kind, desktopApi }: Props) {
  const database = useMemo(() => ({ db, kind }), [db, kind]);
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
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
  if (identity === 'loading') return null;
  if (identity === null) return <FirstRunPage />;
  return (
    <HashRouter>
      <Routes>
        {/* The projector window has no shell: nothing but what the room may see. */}
        <Route
          path="/proyektor/*"
          element={
            <ProjectorGuard>
              <ProjectorPage />
            </ProjectorGuard>
          }
        />
        <Route
          path="*"
          element={
            <SessionGate>
              <Shell identity={identity}>
                <ErrorBoundary>
                  <RoleGuard>
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
                  </RoleGuard>
                </ErrorBoundary>
              </Shell>
            </SessionGate>
          }
        />
      </Routes>
    </HashRouter>
  );
}
