import type { SchemaVersion } from './migration';

// Issue 15.7: an import can be undone as a whole until a meeting locks any of it. The
// rows it created carry its id; these sparse indexes list only those rows, so finding
// them reads no other row and costs nothing for rows typed by hand. Each spec is the
// previous one plus `importId` (v008.test.ts checks that nothing else changed).
export const migration: SchemaVersion = {
  version: 8,
  stores: {
    families: 'id, &noKk, [rw+rt], desil.value, importId',
    people: 'id, &nik, familyId, *searchTokens, dupNameKey, dupMotherKey, awayStatus, importId',
    proposals: 'id, familyId, personId, status, kind, period, createdAt, importId',
  },
};
