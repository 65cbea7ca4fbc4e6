import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { constantTimeEqual } from './accounts';
import { canonicalJson } from './audit-chain';

/**
 * The anchor of the audit chain, kept OUTSIDE IndexedDB (a file in the desktop
 * data folder, localStorage in a plain browser) under an HMAC. The chain alone
 * proves only that the log is self-consistent: whoever can write the database
 * can recompute every hash after an edit, cut the newest entries or delete one
 * and renumber. The anchor remembers how long the log was and what its newest
 * hash was, plus earlier heads (checkpoints), so those rewrites show.
 */

export const ANCHOR_DATABASES = ['real', 'training'] as const;
export type AnchorDatabase = (typeof ANCHOR_DATABASES)[number];

/** How the HMAC key is kept: encrypted by the OS (Electron safeStorage), in plain, or in the browser. */
export type AnchorProtection = 'safeStorage' | 'tanpa-enkripsi' | 'browser';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'Sidik harus 64 digit heksadesimal');
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const anchorCheckpointSchema = z.strictObject({
  count,
  headHash: hex64,
  /** Where this head was seen: an earlier anchor head, or the header of a backup. */
  source: z.enum(['perangkat', 'cadangan']),
  at: z.string().max(40),
  /** The next update did not continue from this head: evidence, never pruned. */
  broken: z.literal(true).optional(),
});
export type AnchorCheckpoint = z.infer<typeof anchorCheckpointSchema>;

export const auditAnchorStateSchema = z.strictObject({
  count,
  headHash: hex64,
  updatedAt: z.string().max(40),
  checkpoints: z.array(anchorCheckpointSchema).max(1_000),
  /** Heads of logs replaced by a restore (or a damaged anchor started afresh), for the record. */
  replaced: z
    .array(
      z.strictObject({
        at: z.string().max(40),
        count,
        headHash: z.string().max(64),
        reason: z.enum(['pemulihan', 'mulai-ulang', 'anchor-rusak']),
      }),
    )
    .max(100),
});
export type AuditAnchorState = z.infer<typeof auditAnchorStateSchema>;

/** What the renderer sends after an append (or a backup, or a restore). */
export const anchorUpdateSchema = z.strictObject({
  /** seq of the newest entry of the live log. */
  count: count.min(1),
  headHash: hex64,
  /** The live entry at the anchor's current count: lets the anchor see a chain that does not continue. */
  base: z.strictObject({ count, hash: z.string().max(64) }).optional(),
  /** The audit head a backup header carries (a backup made, or restored). */
  backup: z
    .strictObject({ count: count.min(1), hash: hex64, createdAt: z.string().max(40) })
    .optional(),
  /**
   * Start a new anchor, keeping the old head on record: the log was replaced by a
   * restore, or the admin starts again after a damaged anchor or a looked-into rewrite.
   */
  replace: z.enum(['pemulihan', 'mulai-ulang']).optional(),
});
export type AnchorUpdate = z.infer<typeof anchorUpdateSchema>;

export const RECENT_CHECKPOINTS = 32;
export const BACKUP_CHECKPOINTS = 64;
const REPLACED_KEEP = 20;

function prune(checkpoints: AnchorCheckpoint[]): AnchorCheckpoint[] {
  const recent = checkpoints.filter((c) => c.source === 'perangkat' && !c.broken);
  const backups = checkpoints.filter((c) => c.source === 'cadangan');
  const keep = new Set([
    ...checkpoints.filter((c) => c.broken),
    ...recent.slice(-RECENT_CHECKPOINTS),
    ...backups.slice(-BACKUP_CHECKPOINTS),
  ]);
  return checkpoints.filter((c) => keep.has(c));
}

/**
 * The next anchor state. The count only grows, except on a restore
 * (`replace`), which keeps the replaced head on record. A head the update does
 * not continue from (its `base` differs) stays as a "broken" checkpoint, so an
 * append after a rewrite cannot wash the evidence away.
 */
export function advanceAnchor(
  state: AuditAnchorState | null,
  update: AnchorUpdate,
  now: Date,
): AuditAnchorState {
  const at = now.toISOString();
  let next: AuditAnchorState;
  if (!state || update.replace) {
    next = {
      count: update.count,
      headHash: update.headHash,
      updatedAt: at,
      checkpoints: [],
      replaced: state
        ? [
            ...state.replaced,
            {
              at,
              count: state.count,
              headHash: state.headHash,
              reason: update.replace ?? 'pemulihan',
            },
          ].slice(-REPLACED_KEEP)
        : [],
    };
  } else if (update.count > state.count) {
    const broken =
      update.base !== undefined &&
      update.base.count === state.count &&
      update.base.hash !== state.headHash;
    const previous: AnchorCheckpoint = {
      count: state.count,
      headHash: state.headHash,
      source: 'perangkat',
      at: state.updatedAt,
      ...(broken && { broken: true as const }),
    };
    next = {
      ...state,
      count: update.count,
      headHash: update.headHash,
      updatedAt: at,
      checkpoints: [...state.checkpoints, previous],
    };
  } else {
    next = { ...state, checkpoints: [...state.checkpoints] };
  }
  const backup = update.backup;
  if (
    backup &&
    !next.checkpoints.some(
      (c) => c.source === 'cadangan' && c.count === backup.count && c.headHash === backup.hash,
    )
  ) {
    next.checkpoints.push({
      count: backup.count,
      headHash: backup.hash,
      source: 'cadangan',
      at: backup.createdAt,
    });
  }
  next.checkpoints = prune(next.checkpoints);
  return next;
}

// ---- The sealed file ----

export type AnchorDatabases = Partial<Record<AnchorDatabase, AuditAnchorState>>;

const sealedSchema = z.strictObject({
  format: z.literal(1),
  databases: z.strictObject({
    real: auditAnchorStateSchema.optional(),
    training: auditAnchorStateSchema.optional(),
  }),
  mac: hex64,
});

function macOf(key: Uint8Array, databases: AnchorDatabases): Uint8Array {
  return hmac(sha256, key, utf8ToBytes(canonicalJson({ format: 1, databases })));
}

/** The anchor file's text: both databases' anchors and one HMAC-SHA256 over them. */
export function sealAnchors(key: Uint8Array, databases: AnchorDatabases): string {
  return JSON.stringify({ format: 1, databases, mac: bytesToHex(macOf(key, databases)) });
}

export type OpenedAnchors =
  { status: 'ok'; databases: AnchorDatabases } | { status: 'rusak'; reason: string };

const HMAC_MISMATCH = 'HMAC tidak cocok: berkas anchor diubah atau diganti di luar aplikasi';

export function openAnchors(text: string, key: Uint8Array): OpenedAnchors {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'rusak', reason: 'berkas anchor bukan JSON yang utuh' };
  }
  const parsed = sealedSchema.safeParse(raw);
  if (!parsed.success) return { status: 'rusak', reason: 'susunan berkas anchor tidak dikenal' };
  const { databases, mac } = parsed.data;
  const expected = macOf(key, databases);
  const given = Uint8Array.from(mac.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  if (!constantTimeEqual(expected, given)) return { status: 'rusak', reason: HMAC_MISMATCH };
  return { status: 'ok', databases };
}

// ---- Reading and updating through a platform's storage ----

/** Where one platform keeps the anchor file and its key; every method may throw an OS error. */
export type AnchorStorage = {
  readonly protection: AnchorProtection;
  loadKey(): Promise<Uint8Array | null>;
  /** Makes a new random key, stores it (encrypted where the platform can) and returns it. */
  createKey(): Promise<Uint8Array>;
  readText(): Promise<string | null>;
  /** Replaces the anchor file, atomically where the platform can. */
  writeText(text: string): Promise<void>;
};

export type AnchorReadResult =
  | { status: 'kosong'; protection: AnchorProtection }
  | { status: 'ok'; protection: AnchorProtection; anchor: AuditAnchorState }
  | { status: 'rusak'; protection: AnchorProtection; reason: string };

/** A read as the renderer sees it: also when the anchor could not be reached at all. */
export type AuditAnchorReadResult = AnchorReadResult | { status: 'gagal'; message: string };

export type AnchorUpdateResult =
  { ok: true; anchor: AuditAnchorState } | { ok: false; message: string };

type Loaded =
  | { status: 'kosong'; key: Uint8Array | null; databases: AnchorDatabases }
  | { status: 'ok'; key: Uint8Array; databases: AnchorDatabases }
  | { status: 'rusak'; key: Uint8Array | null; reason: string };

async function load(storage: AnchorStorage): Promise<Loaded> {
  const [key, text] = [await storage.loadKey(), await storage.readText()];
  if (text === null) {
    // The key is made with the first anchor: a key without a file means the file was removed.
    return key
      ? { status: 'rusak', key, reason: 'berkas anchor hilang padahal kuncinya ada (dihapus?)' }
      : { status: 'kosong', key, databases: {} };
  }
  if (!key) return { status: 'rusak', key, reason: 'kunci HMAC anchor hilang atau tidak terbaca' };
  const opened = openAnchors(text, key);
  if (opened.status === 'rusak') return { status: 'rusak', key, reason: opened.reason };
  return { status: 'ok', key, databases: opened.databases };
}

/**
 * Reads and updates the anchors one call at a time, so two windows' appends
 * never interleave a read and a write of the same file.
 */
export function createAnchorVault(storage: AnchorStorage, clock: () => Date = () => new Date()) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    read: (database: AnchorDatabase): Promise<AnchorReadResult> =>
      serial(async () => {
        const loaded = await load(storage);
        const protection = storage.protection;
        if (loaded.status === 'rusak')
          return { status: 'rusak', protection, reason: loaded.reason };
        const anchor = loaded.databases[database];
        return anchor ? { status: 'ok', protection, anchor } : { status: 'kosong', protection };
      }),
    update: (database: AnchorDatabase, update: AnchorUpdate): Promise<AnchorUpdateResult> =>
      serial(async () => {
        const loaded = await load(storage);
        let databases: AnchorDatabases;
        let key: Uint8Array | null = loaded.key;
        if (loaded.status === 'rusak') {
          // Overwriting a damaged anchor would erase the evidence; only a restore starts afresh.
          if (!update.replace) {
            return { ok: false, message: `Anchor log rusak (${loaded.reason}); tidak diperbarui.` };
          }
          databases = {};
        } else {
          databases = loaded.databases;
        }
        key ??= await storage.createKey();
        const now = clock();
        const anchor = advanceAnchor(databases[database] ?? null, update, now);
        if (loaded.status === 'rusak') {
          anchor.replaced.push({
            at: now.toISOString(),
            count: 0,
            headHash: '',
            reason: 'anchor-rusak',
          });
        }
        await storage.writeText(sealAnchors(key, { ...databases, [database]: anchor }));
        return { ok: true, anchor };
      }),
  };
}
export type AnchorVault = ReturnType<typeof createAnchorVault>;
