import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import mapreduce from 'pouchdb-mapreduce';

/**
 * A server speaking CouchDB's HTTP protocol, in memory, on 127.0.0.1 (toolchain.md,
 * "A CouchDB-protocol server for tests"). Express 4 as the outer app: Express 5 breaks
 * `_changes`. `stop()` closes the port but keeps the data, so a test can take the
 * "server" down and bring it back on the same address.
 *
 * With COUCHDB_URL set (e.g. http://admin:secret@127.0.0.1:5984), the tests use that
 * real CouchDB 3 instead, each on a database of its own.
 */
export type CouchTestServer = {
  url: string;
  username: string;
  password: string;
  createDatabase(name: string): Promise<void>;
  /** Connection refused from now on; the documents stay. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
};

function realServer(raw: string): CouchTestServer {
  const parsed = new URL(raw);
  const username = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  const url = parsed.toString().replace(/\/+$/, '');
  const auth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  return {
    url,
    username,
    password,
    async createDatabase(name) {
      const response = await fetch(`${url}/${name}`, {
        method: 'PUT',
        headers: { authorization: auth },
      });
      if (response.status !== 201) throw new Error(`PUT /${name}: ${response.status}`);
    },
    stop: () => Promise.reject(new Error('A real CouchDB cannot be stopped from the test')),
    start: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

export async function startCouchTestServer(): Promise<CouchTestServer> {
  if (process.env.COUCHDB_URL) return realServer(process.env.COUCHDB_URL);
  const Pouch = PouchDB.plugin(memoryAdapter)
    .plugin(httpAdapter)
    .plugin(replication)
    .plugin(mapreduce)
    .defaults({ adapter: 'memory' });
  const app = express();
  app.use('/', expressPouchdb(Pouch, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = app.listen(port, '127.0.0.1', () => {
        port = (next.address() as AddressInfo).port;
        resolve();
      }) as Server;
      next.on('error', reject);
      server = next;
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const current = server;
      server = null;
      if (!current) return resolve();
      current.close(() => resolve());
      current.closeAllConnections();
    });
  await listen();
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    username: 'petugas',
    password: 'rahasia',
    async createDatabase(name) {
      const response = await fetch(`${url}/${name}`, { method: 'PUT' });
      if (response.status !== 201) throw new Error(`PUT /${name}: ${response.status}`);
    },
    stop,
    start: listen,
    close: stop,
  };
}
