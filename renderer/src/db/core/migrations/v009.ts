import { recomputeIn } from '../../beranda/summary-source';
import type { SchemaVersion } from './migration';

// Issue 17: the Beranda reads a small summary (counts per RT/RW, decile, presence,
// duplicate groups) kept by a middleware in the transactions that write families and
// people, instead of counting the whole registry on each visit. The upgrade counts it
// once from the indexes of the data already there.
export const migration: SchemaVersion = {
  version: 9,
  stores: { berandaSummary: 'id' },
  upgrade: async (tx) => {
    const fresh = await recomputeIn(tx.idbtrans);
    await tx.table('berandaSummary').put(fresh);
  },
};
