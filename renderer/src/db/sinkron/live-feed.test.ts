// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import { startSyncServer, type SyncTestServer } from '../../../../tests/sync-server/server';
import { basicAuth } from './pouch-types';
import { watchServer, type ServerChange } from './live-feed';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

/** Resolves at the next call of the returned callback, with its argument. */
function nextCall<T>() {
  let waiting: ((value: T) => void)[] = [];
  const seen: T[] = [];
  return {
    seen,
    call(value: T) {
      seen.push(value);
      const listeners = waiting;
      waiting = [];
      for (const listener of listeners) listener(value);
    },
    next: () => new Promise<T>((resolve) => waiting.push(resolve)),
  };
}

async function put(endpoint: CouchEndpoint, id: string): Promise<string> {
  const authorization = basicAuth(endpoint);
  const response = await fetch(`${endpoint.url}/${endpoint.database}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ t: 'people', d: { id } }),
  });
  return ((await response.json()) as { rev: string }).rev;
}

describe('watching the office server’s changes feed', () => {
  it('tells of each change as it lands, says when the server goes and comes back, and stops on abort', async () => {
    const database = await server.createDatabase('kantor-feed');
    const endpoint = {
      url: server.url,
      database,
      username: server.username,
      password: server.password,
    };
    const states = nextCall<boolean>();
    const changes = nextCall<ServerChange[]>();
    const stop = new AbortController();
    const connected = states.next();
    const watching = watchServer(endpoint, {
      signal: stop.signal,
      retryMs: 50,
      onState: states.call,
      onChanges: changes.call,
    });
    expect(await connected).toBe(true);

    const first = changes.next();
    const id = `people:${newId()}`;
    const rev = await put(endpoint, id);
    expect(await first).toEqual([{ id, rev }]);
    const told = [id];

    if (!server.real) {
      const lost = states.next();
      await server.stop();
      expect(await lost).toBe(false);
      const back = states.next();
      await server.start();
      expect(await back).toBe(true);
      // Watched again from the server's sequence now: a later change is told, once.
      const later = changes.next();
      const id2 = `people:${newId()}`;
      const rev2 = await put(endpoint, id2);
      expect(await later).toEqual([{ id: id2, rev: rev2 }]);
      told.push(id2);
    }

    stop.abort();
    await watching;
    // Each change told once, and nothing after the abort.
    expect(changes.seen.flat().map((change) => change.id)).toEqual(told);
  });
});
