import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';

/**
 * The part of PouchDB the sync uses, typed here: the community types (@types/pouchdb-*)
 * declare a global `Buffer` that breaks Node's own types elsewhere in the project.
 */
export type PouchDoc = {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
  t?: string;
  d?: unknown;
};

export type PouchWriteResult = { ok?: boolean; id?: string; rev?: string; error?: string };

export type PouchDatabase = {
  /** Every leaf of a document's revision tree (deleted ones too), with their history. */
  get(
    id: string,
    options: { open_revs: 'all'; revs: true },
  ): Promise<({ ok: PouchDoc } | { missing: string })[]>;
  get(
    id: string,
    options?: { rev?: string; revs?: boolean; conflicts?: boolean },
  ): Promise<PouchDoc>;
  /** `_bulk_get`: the named revisions (the winning one without `rev`), with their history. */
  bulkGet(options: { docs: { id: string; rev?: string }[]; revs?: boolean }): Promise<{
    results: { id: string; docs: ({ ok: PouchDoc } | { error: unknown })[] }[];
  }>;
  bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<PouchWriteResult[]>;
  allDocs(options: { keys: string[]; include_docs?: boolean }): Promise<{
    rows: (
      | {
          key: string;
          value?: { rev: string; deleted?: boolean };
          doc?: PouchDoc | null;
          error?: string;
        }
      | undefined
    )[];
  }>;
  changes(options: {
    since: number | string;
    limit: number;
    include_docs: boolean;
    conflicts: boolean;
    /** Changes per HTTP request of the server (PouchDB's HTTP adapter asks 25 by default). */
    batch_size?: number;
  }): Promise<{ results: { id: string; doc?: PouchDoc }[]; last_seq: number | string }>;
  replicate: {
    from(source: PouchDatabase, options?: ReplicateOptions): Promise<unknown>;
    to(target: PouchDatabase, options?: ReplicateOptions): Promise<unknown>;
  };
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  close(): Promise<void>;
  destroy(): Promise<void>;
};

export type ReplicateOptions = {
  batch_size?: number;
  batches_limit?: number;
  /** Start after this sequence of the source (its checkpoint is set there). */
  since?: number | string;
};

export type PouchConstructor = new (name: string, options?: object) => PouchDatabase;

/** What the engine needs of PouchDB: the local mirror and the office server. */
export type PouchFactory = {
  mirror(name: string): PouchDatabase;
  remote(endpoint: CouchEndpoint): PouchDatabase;
};

/** The database URL, without credentials (they go in the Authorization header). */
export function databaseUrl(endpoint: CouchEndpoint): string {
  return `${endpoint.url.replace(/\/+$/, '')}/${encodeURIComponent(endpoint.database)}`;
}

export function basicAuth(endpoint: CouchEndpoint): string | undefined {
  if (!endpoint.username) return undefined;
  const bytes = new TextEncoder().encode(`${endpoint.username}:${endpoint.password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** Options for PouchDB's HTTP adapter: credentials in a header, never in the URL. */
export function remoteOptions(endpoint: CouchEndpoint): object {
  const authorization = basicAuth(endpoint);
  return {
    skip_setup: true,
    fetch: (url: string | Request, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      if (authorization) headers.set('authorization', authorization);
      return fetch(url, { ...init, headers });
    },
  };
}
