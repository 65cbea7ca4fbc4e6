/**
 * A conflict (two versions of one record, both kept on the server until someone chooses)
 * or a refusal (a change this PC or another made that the office's rules turned down, such
 * as an edit of a locked meeting from a stale copy).
 */
export type SyncConflictRow = {
  key: string;
  kind: 'konflik' | 'ditolak';
  table: string;
  rowId: string;
  /** Indonesian, for the list. */
  message: string;
  at: string;
  /** The revisions in conflict (konflik only). */
  revs?: string[];
};

export const STATE_KEYS = {
  tracking: 'tracking',
  deviceId: 'deviceId',
  appliedSeq: 'appliedSeq',
  /**
   * A new PC's first pull, straight from the server into the app database: `{ since }`, the
   * server's sequence reached, while it runs (and until the mirror starts from there).
   */
  firstPull: 'firstPull',
  lastSyncedAt: 'lastSyncedAt',
  lastError: 'lastError',
  lockedHere: 'lockedHere',
  /** The highest local seq of this PC's own audit entries already written to the mirror. */
  auditPushedSeq: 'auditPushedSeq',
} as const;
