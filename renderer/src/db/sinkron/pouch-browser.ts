import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import { databaseUrl, remoteOptions, type PouchFactory } from './pouch-types';

/**
 * PouchDB for the app: the browser edition (IndexedDB mirror + HTTP + replication), loaded
 * only when sync is set up, so a PC that never syncs never downloads it.
 */
export async function loadBrowserPouch(): Promise<PouchFactory> {
  const { default: PouchDB } = await import('pouchdb-browser');
  return {
    mirror: (name: string) => new PouchDB(name, { auto_compaction: true }),
    remote: (endpoint: CouchEndpoint) =>
      new PouchDB(databaseUrl(endpoint), remoteOptions(endpoint)),
  };
}
