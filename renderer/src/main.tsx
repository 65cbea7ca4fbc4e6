import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setAuditAnchorPort, watchAuditAnchor } from './db/keamanan/audit-anchor';
import { getActiveDatabaseKind, openDatabase } from './db/core/database';
import { initI18n } from './i18n';
import { detectDesktopApi } from './platform';

async function start(): Promise<void> {
  await initI18n();
  const kind = getActiveDatabaseKind();
  const db = openDatabase(kind);
  const desktopApi = detectDesktopApi();
  // The audit log's anchor lives outside IndexedDB (data folder or localStorage):
  // every connection to the app's databases moves it forward after each append.
  setAuditAnchorPort(desktopApi);
  watchAuditAnchor(db);
  // Ask the browser not to evict the data under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
  const root = document.getElementById('root');
  if (!root) throw new Error('Elemen #root tidak ada');
  createRoot(root).render(
    <StrictMode>
      <App db={db} kind={kind} desktopApi={desktopApi} />
    </StrictMode>,
  );
}

void start();
