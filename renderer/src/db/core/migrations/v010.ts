import type { SchemaVersion } from './migration';

// Issue 18: office sync. The same NIK (or No. KK) entered on two PCs while apart must
// arrive as two records for the Duplikat page, yet stay unique on one PC (an import or a
// restore with one NIK twice is refused, as before). The unique index moves to a derived
// key (`nikKey`, `noKkKey`: the number itself, or `<number>#<id>` for a record that
// arrived by sync as a twin; renderer/src/db/sinkron/unique-key-middleware.ts), and
// `nik`/`noKk` stay plain indexes for lookups. The sync keeps its own small tables: what
// is still to send, the revision each row was last seen at, its state, the conflicts.
export const migration: SchemaVersion = {
  version: 10,
  stores: {
    families: 'id, noKk, [rw+rt], desil.value, importId, &noKkKey',
    people:
      'id, nik, familyId, *searchTokens, dupNameKey, dupMotherKey, awayStatus, importId, &nikKey',
    sinkronOutbox: 'key, table',
    sinkronRevs: 'key',
    sinkronState: 'key',
    sinkronConflicts: 'key, kind',
  },
  upgrade: async (tx) => {
    await tx
      .table('families')
      .toCollection()
      .modify((family: { noKk?: string; noKkKey?: string }) => {
        if (typeof family.noKk === 'string') family.noKkKey = family.noKk;
      });
    await tx
      .table('people')
      .toCollection()
      .modify((person: { nik?: string; nikKey?: string }) => {
        if (typeof person.nik === 'string') person.nikKey = person.nik;
      });
  },
};
