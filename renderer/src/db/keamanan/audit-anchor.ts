import Dexie, { liveQuery } from 'dexie';
import type { Transaction } from 'dexie';
import type {
  AnchorDatabase,
  AnchorUpdate,
  AnchorUpdateResult,
  AuditAnchorReadResult,
} from '@shared/domain/keamanan/audit-anchor';
import { linkTo } from '@shared/domain/keamanan/audit-chain';
import { DATABASE_NAMES } from '../core/database';
import type { DtksDatabase } from '../core/database';

/**
 * Moves the audit chain's anchor (kept outside IndexedDB by the DesktopApi)
 * forward after every append, once the transaction has committed. An anchor
 * that cannot be updated never fails the user's action: the failure is kept
 * here and shown by the log check.
 */

/** The two DesktopApi calls the keeper needs; the app passes the DesktopApi itself. */
export type AuditAnchorPort = {
  auditAnchorRead(database: AnchorDatabase): Promise<AuditAnchorReadResult>;
  auditAnchorUpdate(database: AnchorDatabase, update: AnchorUpdate): Promise<AnchorUpdateResult>;
};

type Keeper = {
  kind: AnchorDatabase;
  port: AuditAnchorPort;
  queue: Promise<void>;
  /** A plain advance is queued and not started: another append needs no second one. */
  queued: boolean;
  lastError: string | null;
};

export type AuditAnchorStatus = { attached: boolean; lastError: string | null };

const keepers = new WeakMap<DtksDatabase, Keeper>();
/** The anchored connections by name: backup jobs run in a worker and report the name only. */
const byName = new Map<string, DtksDatabase>();
let defaultPort: AuditAnchorPort | null = null;

function kindOfName(name: string): AnchorDatabase | null {
  if (name === DATABASE_NAMES.real) return 'real';
  if (name === DATABASE_NAMES.training) return 'training';
  return null;
}

/** Called once at start-up: every connection to the app's databases is anchored through it. */
export function setAuditAnchorPort(port: AuditAnchorPort | null): void {
  defaultPort = port;
}

/** Anchors one database explicitly (tests, or a connection under another name). */
export function attachAuditAnchor(
  db: DtksDatabase,
  kind: AnchorDatabase,
  port: AuditAnchorPort,
): void {
  keepers.set(db, { kind, port, queue: Promise.resolve(), queued: false, lastError: null });
  byName.set(db.name, db);
}

/** The connection of this window anchored under that database name, if any. */
export function anchoredDatabaseNamed(name: string): DtksDatabase | null {
  return byName.get(name) ?? null;
}

function keeperOf(db: DtksDatabase): Keeper | null {
  const existing = keepers.get(db);
  if (existing) return existing;
  const kind = kindOfName(db.name);
  if (!defaultPort || !kind) return null;
  attachAuditAnchor(db, kind, defaultPort);
  return keepers.get(db) ?? null;
}

type Extra = Pick<AnchorUpdate, 'backup' | 'replace'>;

async function advance(db: DtksDatabase, keeper: Keeper, extra: Extra): Promise<void> {
  const head = await db.audit.orderBy('seq').last();
  if (!head) return;
  const read = await keeper.port.auditAnchorRead(keeper.kind);
  if (read.status === 'gagal') throw new Error(read.message);
  if (read.status === 'rusak' && !extra.replace) {
    throw new Error(`Anchor log rusak (${read.reason}); tidak diperbarui.`);
  }
  const update: AnchorUpdate = { count: head.seq, headHash: linkTo(head), ...extra };
  if (read.status === 'ok') {
    const anchored = read.anchor.count;
    // A log shorter than its anchor stays as it is: the check reports the missing entries.
    if (head.seq <= anchored && !extra.backup && !extra.replace) return;
    const atBase = await db.audit.where('seq').equals(anchored).first();
    update.base = { count: anchored, hash: atBase ? linkTo(atBase) : '' };
  }
  const result = await keeper.port.auditAnchorUpdate(keeper.kind, update);
  if (!result.ok) throw new Error(result.message);
}

function enqueue(db: DtksDatabase, keeper: Keeper, extra: Extra = {}): Promise<void> {
  const plain = !extra.backup && !extra.replace;
  if (plain && keeper.queued) return keeper.queue;
  if (plain) keeper.queued = true;
  keeper.queue = keeper.queue.then(async () => {
    if (plain) keeper.queued = false;
    try {
      // Out of the committed transaction's zone: Dexie would otherwise route these
      // reads to that finished transaction and wait on it forever.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await Dexie.ignoreTransaction(() => advance(db, keeper, extra));
      keeper.lastError = null;
    } catch (error) {
      keeper.lastError = error instanceof Error ? error.message : String(error);
      console.warn(`Anchor log audit tidak diperbarui: ${keeper.lastError}`);
    }
  });
  return keeper.queue;
}

const hooked = new WeakSet<Transaction>();

/**
 * appendAudit calls this inside its transaction: the anchor moves once the
 * outermost transaction has committed (an aborted one leaves it alone).
 */
export function noteAuditAppend(db: DtksDatabase): void {
  const keeper = keeperOf(db);
  let tx: Transaction | null = Dexie.currentTransaction;
  if (!keeper || !tx) return;
  while (tx.parent) tx = tx.parent;
  if (hooked.has(tx)) return;
  hooked.add(tx);
  tx.on('complete', () => {
    void enqueue(db, keeper);
  });
}

/**
 * Appends made in a worker (imports, restores, training data) or another
 * window do not pass through this window's appendAudit: follow the newest
 * entry instead. Returns the unsubscribe.
 */
export function watchAuditAnchor(db: DtksDatabase): () => void {
  const keeper = keeperOf(db);
  if (!keeper) return () => {};
  const subscription = liveQuery(() => db.audit.orderBy('seq').last()).subscribe({
    next: (head) => {
      if (head) void enqueue(db, keeper);
    },
    error: () => {},
  });
  return () => subscription.unsubscribe();
}

/** Waits until every queued anchor update has run (the check reads the anchor after it). */
export async function flushAuditAnchor(db: DtksDatabase): Promise<void> {
  await keepers.get(db)?.queue;
}

export function auditAnchorStatus(db: DtksDatabase): AuditAnchorStatus {
  const keeper = keepers.get(db);
  return { attached: keeper !== undefined, lastError: keeper?.lastError ?? null };
}

type HeaderHead = { createdAt: string; auditHead: { seq: number; hash: string } | null };

function backupOf(header: HeaderHead): AnchorUpdate['backup'] {
  const head = header.auditHead;
  if (!head || head.seq < 1 || !/^[0-9a-f]{64}$/.test(head.hash)) return undefined;
  return { count: head.seq, hash: head.hash, createdAt: header.createdAt };
}

/** A backup was made: its header's audit head becomes a checkpoint of the anchor. */
export function recordBackupHead(db: DtksDatabase, header: HeaderHead): Promise<void> {
  const keeper = keeperOf(db);
  const backup = backupOf(header);
  if (!keeper || !backup) return Promise.resolve();
  return enqueue(db, keeper, { backup });
}

/**
 * Starts the anchor again from the live log (the old head kept on record).
 * For the admin after a damaged anchor (a key the OS can no longer decrypt,
 * e.g. a data folder copied to another PC) or a rewrite that has been looked
 * into; the caller logs it first (audit-chain-check.ts).
 */
export async function replaceAuditAnchor(db: DtksDatabase): Promise<void> {
  const keeper = keeperOf(db);
  if (!keeper) throw new Error('Anchor log tidak tersedia di jendela ini.');
  await enqueue(db, keeper, { replace: 'mulai-ulang' });
  if (keeper.lastError) throw new Error(keeper.lastError);
}

/**
 * A restore replaced the whole log: the anchor starts again from the restored
 * chain (the replaced head stays on record), with the backup's head as its
 * first checkpoint.
 */
export function replaceAuditAnchorAfterRestore(
  db: DtksDatabase,
  header: HeaderHead,
): Promise<void> {
  const keeper = keeperOf(db);
  if (!keeper) return Promise.resolve();
  const backup = backupOf(header);
  return enqueue(db, keeper, { replace: 'pemulihan', ...(backup && { backup }) });
}
