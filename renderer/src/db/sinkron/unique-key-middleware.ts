import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

/**
 * NIK and No. KK stay unique on a PC (an import or a restore with one NIK twice is refused
 * by the index, as before sync existed), yet the same NIK entered on two PCs while apart must
 * arrive as a second record for the Duplikat page. The unique index is on a derived key:
 * the NIK itself, or, for a record that arrived by sync while another record here already had
 * its NIK, `<nik>#<id>` (set by the sync alone). Kept right on every write, whoever writes.
 */
export const UNIQUE_KEYS = {
  people: { field: 'nik', key: 'nikKey' },
  families: { field: 'noKk', key: 'noKkKey' },
} as const;

export function twinKey(value: string, id: string): string {
  return `${value}#${id}`;
}

export function withUniqueKey<T>(table: keyof typeof UNIQUE_KEYS, row: T): T {
  const { field, key } = UNIQUE_KEYS[table];
  const record = row as Record<string, unknown>;
  const value = record[field];
  if (typeof value !== 'string') return row;
  if (record[key] === value || record[key] === twinKey(value, String(record.id))) return row;
  return { ...record, [key]: value } as T;
}

export const uniqueKeyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sinkronUniqueKey',
  create(down) {
    return {
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'people' && name !== 'families') return table;
        if (!table.schema.indexes.some((index) => index.name === UNIQUE_KEYS[name].key))
          return table;
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
            const values: readonly unknown[] = request.values;
            return table.mutate({
              ...request,
              values: values.map((value) => withUniqueKey(name, value)),
            });
          },
        };
      },
    };
  },
};
