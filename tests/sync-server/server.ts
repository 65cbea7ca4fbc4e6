import type { AddressInfo, Socket } from 'node:net';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import express from 'express';
import expressPouchDb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import mapreduce from 'pouchdb-mapreduce';

/**
 * A server speaking CouchDB's HTTP protocol for the sync tests: express-pouchdb in memory,
 * bound to 127.0.0.1 on a free port. With `COUCHDB_URL` set (e.g.
 * `http://admin:secret@127.0.0.1:5984`), the same tests run against a real CouchDB 3 instead:
 * each database gets a fresh name and is deleted on close.
 */
export type SyncTestServer = {
  /** Base URL without credentials, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Credentials the tests use (a real CouchDB's admin from COUCHDB_URL, none in memory). */
  username: string;
  password: string;
  real: boolean;
  /** Creates an empty database with a unique name and returns the name. */
  createDatabase(prefix?: string): Promise<string>;
  /** Stops answering (sockets closed) until `start` is called again; data is kept. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
};

/**
 * PouchDB's plugins are registered on the one constructor of the process; the tests' own
 * PouchDB (the PCs' mirrors) registers some of them too, so each goes on once.
 */
function withPlugins(): typeof PouchDB {
  const registered = PouchDB.adapters;
  const has = (name: string) => name in PouchDB.prototype || Object.hasOwn(PouchDB, name);
  if (!registered.memory) PouchDB.plugin(memoryAdapter);
  if (!registered.http) PouchDB.plugin(httpAdapter);
  if (!has('replicate')) PouchDB.plugin(replication);
  if (!has('query')) PouchDB.plugin(mapreduce);
  return PouchDB;
}

function authHeader(username: string, password: string): Record<string, string> {
  if (!username) return {};
  return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
}

async function realCouch(raw: string): Promise<SyncTestServer> {
  const parsed = new URL(raw);
  const username = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  const url = parsed.toString().replace(/\/$/, '');
  const created: string[] = [];
  const headers = authHeader(username, password);
  return {
    url,
    username,
    password,
    real: true,
    async createDatabase(prefix = 'dtks-uji') {
      const name = `${prefix}-${randomBytes(6).toString('hex')}`;
      const response = await fetch(`${url}/${name}`, { method: 'PUT', headers });
      if (!response.ok) throw new Error(`PUT /${name}: ${response.status}`);
      created.push(name);
      return name;
    },
    async stop() {
      throw new Error('Server CouchDB sungguhan tidak dapat dihentikan dari uji ini');
    },
    async start() {},
    async close() {
      for (const name of created) await fetch(`${url}/${name}`, { method: 'DELETE', headers });
    },
  };
}

export async function startSyncServer(options: { port?: number } = {}): Promise<SyncTestServer> {
  const fromEnv = process.env.COUCHDB_URL;
  if (fromEnv) return realCouch(fromEnv);

  const MemoryPouch = (withPlugins() as unknown as { defaults(options: object): unknown }).defaults(
    {
      adapter: 'memory',
    },
  );
  const app = express();
  // Browser-mode tests call the server from another origin (the app's own port).
  app.use((request, response, next) => {
    const origin = request.headers.origin;
    if (origin) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-allow-credentials', 'true');
      response.setHeader('access-control-allow-methods', 'GET, PUT, POST, HEAD, DELETE');
      response.setHeader(
        'access-control-allow-headers',
        'accept, authorization, content-type, origin, referer',
      );
    }
    if (request.method === 'OPTIONS') {
      response.status(204).end();
      return;
    }
    next();
  });
  app.use('/', expressPouchDb(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true }));

  let server: Server | undefined;
  let port = options.port ?? 0;
  const sockets = new Set<Socket>();
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = app.listen(port, '127.0.0.1', () => {
        port = (next.address() as AddressInfo).port;
        resolve();
      });
      next.on('error', reject);
      next.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server = next;
    });
  const shut = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
      server = undefined;
    });
  await listen();
  const base = () => `http://127.0.0.1:${port}`;
  return {
    get url() {
      return base();
    },
    username: '',
    password: '',
    real: false,
    async createDatabase(prefix = 'dtks-uji') {
      const name = `${prefix}-${randomBytes(6).toString('hex')}`;
      const response = await fetch(`${base()}/${name}`, { method: 'PUT' });
      if (!response.ok) throw new Error(`PUT /${name}: ${response.status}`);
      return name;
    },
    stop: shut,
    start: listen,
    close: shut,
  };
}
