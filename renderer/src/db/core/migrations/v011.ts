import { refillFamilyListFacts } from '../../warga/family-list-facts';
import type { SchemaVersion } from './migration';

// Issue 17: the Warga list reads one row per family. Each family row carries its head's
// name and its member count (`headName`, `memberCount`), kept by familyListMiddleware
// (db/warga/family-list-facts.ts) in every write. No index changes; the upgrade counts
// them once for the families already stored.
export const migration: SchemaVersion = {
  version: 11,
  stores: {},
  upgrade: async (tx) => {
    await refillFamilyListFacts(tx);
  },
};
