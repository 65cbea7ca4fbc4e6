import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { withAwayStatus } from '@shared/domain/warga/person-keys';

/**
 * Keeps `awayStatus` (the sparse presence index) right on every write of a person,
 * whichever code writes it: forms, imports, merges, demo data, backup restores.
 * A derived value maintained in one place cannot drift from `statusKeberadaan`.
 */
export const presenceIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'presenceIndex',
  create(down) {
    return {
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'people') return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
            const values: readonly unknown[] = request.values;
            return table.mutate({ ...request, values: values.map(withAwayStatus) });
          },
        };
      },
    };
  },
};
