import type { SchemaVersion } from './migration';

// Issue 17: every person row carried its NIK twice in the indexes, once in `nik` and once
// in the unique `nikKey` (version 10), which is the NIK itself for every record but a sync
// twin (`<nik>#<id>`); the same for `noKk` and `noKkKey`. Each index entry is a write in
// every import, restore and sync pull. The plain indexes go; lookups read the unique key
// between the number and its twins (shared/domain/warga/number-keys.ts). Dropping an index needs no
// upgrade of the rows.
export const migration: SchemaVersion = {
  version: 12,
  stores: {
    families: 'id, [rw+rt], desil.value, importId, &noKkKey',
    people: 'id, familyId, *searchTokens, dupNameKey, dupMotherKey, awayStatus, importId, &nikKey',
  },
};
