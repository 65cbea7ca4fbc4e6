import type { Transaction } from 'dexie';

/**
 * One Dexie schema version. Each lives in its own file, `vNNN.ts` (NNN = the version),
 * exporting `migration`; schema.ts collects them in order. A released file is never edited
 * (released.test.ts holds a frozen copy of each released version's stores): a change is a
 * new version. Its upgrade test sits beside it as `vNNN.test.ts`: it opens a database at
 * the previous version with data in it and checks the data afterwards.
 */
export type SchemaVersion = {
  version: number;
  /** Only the tables this version adds or changes (null drops a table); Dexie carries the rest. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};
