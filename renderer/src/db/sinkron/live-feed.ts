import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import { basicAuth, databaseUrl } from './pouch-types';

/** How long one long poll waits on the server for a change (CouchDB's own default is 60 s). */
export const LONGPOLL_TIMEOUT_MS = 25_000;

/** A document that changed on the server, at its winning revision. */
export type ServerChange = { id: string; rev: string };

export type WatchOptions = {
  /** Something changed on the server (any PC's write, this one's included). */
  onChanges(changes: ServerChange[]): void;
  /**
   * Connected (again), or lost the server. On connecting, changes made before are not
   * reported: the caller runs a cycle to catch up.
   */
  onState(connected: boolean): void;
  /** How long to wait before trying again after the server could not be reached. */
  retryMs: number;
  signal: AbortSignal;
  fetch?: typeof fetch;
};

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

/**
 * Watches the office database's changes feed (CouchDB's `feed=longpoll`): each request waits
 * on the server until something changes (or {@link LONGPOLL_TIMEOUT_MS} passes), so a change
 * made on another PC is known here at once instead of at the next poll. Each request reads
 * from where the previous answer ended, so nothing is missed between two; when the server
 * cannot be reached it says so and tries again after `retryMs`. Ends when `signal` aborts.
 * It only tells: the sync cycle fetches and applies the changes.
 */
export async function watchServer(endpoint: CouchEndpoint, options: WatchOptions): Promise<void> {
  const { signal } = options;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const headers: Record<string, string> = { accept: 'application/json' };
  const authorization = basicAuth(endpoint);
  if (authorization) headers.authorization = authorization;
  const base = databaseUrl(endpoint);
  const read = async (url: string): Promise<Record<string, unknown>> => {
    const response = await doFetch(url, { headers, signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  };
  let since: string | undefined;
  let connected: boolean | undefined;
  const state = (now: boolean) => {
    if (connected === now) return;
    connected = now;
    options.onState(now);
  };
  while (!signal.aborted) {
    try {
      if (since === undefined) {
        // (Re)connected: from the server's sequence now; what came before is the cycle's.
        since = String((await read(base)).update_seq);
        state(true);
      }
      const feed = await read(
        `${base}/_changes?feed=longpoll&timeout=${LONGPOLL_TIMEOUT_MS}&since=${encodeURIComponent(since)}`,
      );
      const results = (feed.results ?? []) as { id: string; changes: { rev: string }[] }[];
      since = String(feed.last_seq);
      const changes = results.flatMap((result) =>
        result.changes.map((change) => ({ id: result.id, rev: change.rev })),
      );
      if (changes.length > 0) options.onChanges(changes);
    } catch {
      if (signal.aborted) return;
      since = undefined;
      state(false);
      await wait(options.retryMs, signal);
    }
  }
}
