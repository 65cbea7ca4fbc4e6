import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { isSyncedTable } from '@shared/domain/sinkron/synced-tables';

export const OUTBOX_TABLE = 'sinkronOutbox';
export const STATE_TABLE = 'sinkronState';

/** One row per changed record, whatever wrote it; `token` tells a later change from this one. */
export type OutboxRow = { key: string; table: string; id: string; token: string };

/**
 * Whether writes are being recorded for the office database. Off on a PC that never set
 * sync up (the default: one PC, no cost on every write); on from the first set-up, also
 * while sync is switched off, so nothing written meanwhile is missed.
 */
export type OutboxSwitch = { tracking: boolean };

/** Transactions that apply what came from the server: they must not go back out. */
const applying = new WeakSet<DBCoreTransaction>();

let counter = 0;
function nextToken(): string {
  counter += 1;
  return `${Date.now().toString(36)}.${counter.toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Records every write to a replicated table in `sinkronOutbox`, in the same transaction as
 * the write (the outbox store joins every read-write transaction on a replicated table), so
 * a change and its "to send" mark commit or fail together. Transactions that also hold
 * `sinkronState` are the sync's own and are not recorded.
 */
export function outboxMiddleware(state: OutboxSwitch): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sinkronOutbox',
    create(down) {
      if (!down.schema.tables.some((table) => table.name === OUTBOX_TABLE)) return down;
      return {
        ...down,
        transaction(stores, mode, options) {
          const touchesSynced = mode === 'readwrite' && stores.some(isSyncedTable);
          const ownSync = stores.includes(STATE_TABLE);
          const scope =
            touchesSynced && !stores.includes(OUTBOX_TABLE) ? [...stores, OUTBOX_TABLE] : stores;
          const trans = down.transaction(scope, mode, options);
          if (ownSync) applying.add(trans);
          return trans;
        },
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (!isSyncedTable(name)) return table;
          const outbox = down.table(OUTBOX_TABLE);
          const record = async (trans: DBCoreTransaction, ids: readonly unknown[]) => {
            if (ids.length === 0) return;
            const token = nextToken();
            const values: OutboxRow[] = ids.map((id) => ({
              key: `${name}:${String(id)}`,
              table: name,
              id: String(id),
              token,
            }));
            await outbox.mutate({ type: 'put', trans, values });
          };
          return {
            ...table,
            async mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
              if (!state.tracking || applying.has(request.trans)) return table.mutate(request);
              let ids: readonly unknown[] = [];
              if (request.type === 'deleteRange') {
                const found = await table.query({
                  trans: request.trans,
                  values: false,
                  query: { index: table.schema.primaryKey, range: request.range },
                });
                ids = found.result;
              } else if (request.type === 'delete') {
                ids = request.keys;
              }
              const response = await table.mutate(request);
              if (request.type === 'add' || request.type === 'put') {
                const failed = new Set(Object.keys(response.failures).map(Number));
                ids = (request.keys ?? response.results ?? []).filter((_, i) => !failed.has(i));
              }
              await record(request.trans, ids);
              return response;
            },
          };
        },
      };
    },
  };
}
