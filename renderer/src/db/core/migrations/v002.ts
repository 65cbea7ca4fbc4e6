import type { SchemaVersion } from './migration';

// The presence index becomes sparse: `awayStatus` is set only for people who are not
// "ada", so the index lists the few who are away instead of an entry per person.
// Filled here while the old statusKeberadaan index still exists, so the upgrade reads
// only those few rows, not the whole registry.
export const migration: SchemaVersion = {
  version: 2,
  stores: {
    people:
      'id, &nik, familyId, nama, tanggalLahir, statusKeberadaan, *searchTokens, dupNameKey, dupMotherKey, awayStatus',
  },
  upgrade: async (tx) => {
    await tx
      .table('people')
      .where('statusKeberadaan')
      .noneOf(['ada'])
      .modify((person: { statusKeberadaan: string; awayStatus?: string }) => {
        person.awayStatus = person.statusKeberadaan;
      });
  },
};
