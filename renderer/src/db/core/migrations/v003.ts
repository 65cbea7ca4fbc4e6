import type { SchemaVersion } from './migration';

// Fewer index entries per person: a 20,000-person import wrote ~40% slower with the
// v1 set (bench import_prelist_20k). `nama`, `tanggalLahir` (people) and `updatedAt`
// (families) were never queried; `statusKeberadaan` is replaced by `awayStatus` (v2).
export const migration: SchemaVersion = {
  version: 3,
  stores: {
    families: 'id, &noKk, [rw+rt]',
    people: 'id, &nik, familyId, *searchTokens, dupNameKey, dupMotherKey, awayStatus',
  },
};
