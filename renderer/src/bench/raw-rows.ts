// Bench helpers over raw IndexedDB rows (the ceilings' variants).

/**
 * A copy of a row without the fields the store's indexes read (the first field of a
 * compound index, the top of a dotted path), so adding it writes the row alone, no index
 * entry: what storing the same people would cost with no secondary index at all.
 */
export function withoutIndexedFields(db: IDBDatabase, store: string) {
  const source = db.transaction(store, 'readonly').objectStore(store);
  const fields = new Set<string>();
  for (const name of Array.from(source.indexNames)) {
    const path = source.index(name).keyPath;
    const first = Array.isArray(path) ? path[0] : path;
    if (first) fields.add(first.split('.')[0] ?? first);
  }
  return (row: unknown) => {
    const copy = { ...(row as Record<string, unknown>) };
    for (const field of fields) delete copy[field];
    return copy;
  };
}
