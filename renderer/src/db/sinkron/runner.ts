import { liveQuery, type Subscription } from 'dexie';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import {
  SYNC_INTERVAL_MS,
  SYNC_RETRY_MS,
  SYNC_WATCHED_INTERVAL_MS,
} from '@shared/domain/sinkron/settings';
import type { DtksDatabase } from '../core/database';
import { AUDIT_DOC_PREFIX } from './audit-perangkat';
import { SyncEngine, type SyncReport } from './engine';
import { watchServer, type ServerChange } from './live-feed';
import { setOfficeNumbering, settleOfficeNumbers } from './nomor-kantor';
import { settleOfficeSettings, settleOfficeSettingsSometimes } from './pengaturan-kantor';
import type { PouchFactory } from './pouch-types';

/** From a local change to the cycle that sends it. */
const LOCAL_CHANGE_DELAY_MS = 100;

/**
 * Runs the sync in the background while it is switched on: soon after every local change,
 * and as soon as the server's changes feed (a long poll) tells of another PC's change; every
 * second when the feed cannot be watched (every 10 s anyway while it is); every 15 s while
 * the server is away. One runner per database; "Sinkronkan sekarang" joins the cycle in
 * progress.
 */
export class SyncRunner {
  private engine: SyncEngine | undefined;
  private endpoint: CouchEndpoint | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watch: Subscription | undefined;
  private feed: AbortController | undefined;
  /** Whether the server's changes feed is being watched right now. */
  private watched = false;
  private stopped = true;

  constructor(
    private readonly db: DtksDatabase,
    private readonly loadPouch: () => Promise<PouchFactory>,
  ) {}

  async start(endpoint: CouchEndpoint): Promise<void> {
    await this.stop();
    this.stopped = false;
    // Letters take their numbers from the office, with the same server and credentials.
    setOfficeNumbering(this.db, { endpoint });
    this.endpoint = endpoint;
    this.engine = new SyncEngine(this.db, endpoint, await this.loadPouch());
    this.watch = liveQuery(() => this.db.sinkronOutbox.count()).subscribe((waiting) => {
      // Soon, not at once: the writes of one save (a row, then its audit entry) go together.
      if (waiting > 0) this.schedule(LOCAL_CHANGE_DELAY_MS);
    });
    const feed = new AbortController();
    this.feed = feed;
    void watchServer(endpoint, {
      signal: feed.signal,
      retryMs: SYNC_RETRY_MS,
      onState: (connected) => {
        this.watched = connected;
        // (Re)connected: one cycle catches up with what came before the feed was watched.
        if (connected) this.schedule(0);
      },
      onChanges: (changes) => void this.serverChanged(changes),
    });
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    // Back to the local counter (the reserve stays for when sync is switched on again).
    setOfficeNumbering(this.db, null);
    if (this.timer) clearTimeout(this.timer);
    this.watch?.unsubscribe();
    this.feed?.abort();
    this.feed = undefined;
    this.watched = false;
    const engine = this.engine;
    this.engine = undefined;
    await engine?.close();
  }

  get active(): boolean {
    return !this.stopped && this.engine !== undefined;
  }

  /** One cycle now; throws what went wrong, in Indonesian, for the header. */
  async syncNow(): Promise<SyncReport> {
    if (!this.engine) throw new Error('Sinkronisasi kantor belum diaktifkan.');
    const report = await this.engine.sync();
    await settleOfficeNumbers(this.db);
    // The office's settings (identity, letters …) are not rows: they settle on their own.
    if (this.endpoint) await settleOfficeSettings(this.db, this.endpoint);
    return report;
  }

  resolve(docId: string, rev: string): Promise<void> {
    if (!this.engine) throw new Error('Sinkronisasi kantor belum diaktifkan.');
    return this.engine.resolve(docId, rev);
  }

  versionsOf(docId: string) {
    if (!this.engine) throw new Error('Sinkronisasi kantor belum diaktifkan.');
    return this.engine.versionsOf(docId);
  }

  /**
   * Another PC's change on the server: a cycle now. This PC's own writes coming back (the
   * revision it recorded) and audit entries (they travel with the next cycle) wake nothing.
   */
  private async serverChanged(changes: ServerChange[]): Promise<void> {
    const others = changes.filter((change) => !change.id.startsWith(AUDIT_DOC_PREFIX));
    if (others.length === 0 || this.stopped) return;
    const known = await this.db.sinkronRevs.bulkGet(others.map((change) => change.id));
    if (others.every((change, i) => known[i]?.rev === change.rev)) return;
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    const engine = this.engine;
    if (!engine || this.stopped) return;
    try {
      await engine.sync();
      // Claims of numbers used offline go to the office; the reserve is refilled.
      await settleOfficeNumbers(this.db);
      if (this.endpoint) await settleOfficeSettingsSometimes(this.db, this.endpoint);
      this.schedule(this.watched ? SYNC_WATCHED_INTERVAL_MS : SYNC_INTERVAL_MS);
    } catch {
      // Recorded in sinkronState (the header shows it); try again later.
      this.schedule(SYNC_RETRY_MS);
    }
  }
}

const runners = new WeakMap<DtksDatabase, SyncRunner>();

export function runnerFor(db: DtksDatabase, loadPouch: () => Promise<PouchFactory>): SyncRunner {
  let runner = runners.get(db);
  if (!runner) {
    runner = new SyncRunner(db, loadPouch);
    runners.set(db, runner);
  }
  return runner;
}
