/**
 * Tables that replicate. Left out on purpose: `settings` (per PC: identity is entered once,
 * the sync settings themselves are per PC), the letter register, its counters and the audit
 * log (their own cross-PC rules, issue 18.3), photos and signed scans (binary, kept on the PC
 * that took them), export batches and their feedback (made and uploaded by one PC), and the
 * sync bookkeeping tables. The training database never replicates at all.
 *
 * Its own file, apart from the document mapping (`./documents`): the outbox middleware is
 * registered when the database opens and needs only this list, not the mapping (issue 17).
 */
export const SYNCED_TABLES = [
  'officials',
  'accounts',
  'keys',
  'contacts',
  'importLayouts',
  'families',
  'people',
  'aid',
  'proposals',
  'assessments',
  'duplicateDecisions',
  'meetings',
  'participants',
  'decisions',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

const SYNCED = new Set<string>(SYNCED_TABLES);
export function isSyncedTable(name: string): name is SyncedTable {
  return SYNCED.has(name);
}
