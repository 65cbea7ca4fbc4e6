import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import { databaseUrl, remoteOptions, type PouchFactory } from './pouch-types';

// Plugins are global to the constructor (the test server registers them too): once each.
const registered = PouchDB.adapters;
if (!registered.memory) PouchDB.plugin(memoryAdapter);
if (!registered.http) PouchDB.plugin(httpAdapter);
if (!Object.hasOwn(PouchDB, 'replicate')) PouchDB.plugin(replication);
const TestPouch = PouchDB;

let counter = 0;

/**
 * PouchDB for unit tests (Node): the mirror in memory, one per PC under test (the name gets
 * a prefix so two "PCs" in one process never share a mirror), the server over real HTTP.
 */
export function memoryPouch(pc: string): PouchFactory {
  counter += 1;
  const prefix = `${pc}-${counter}-`;
  return {
    mirror: (name: string) =>
      new TestPouch(`${prefix}${name}`, { adapter: 'memory', auto_compaction: true }),
    remote: (endpoint: CouchEndpoint) =>
      new TestPouch(databaseUrl(endpoint), remoteOptions(endpoint)),
  };
}
