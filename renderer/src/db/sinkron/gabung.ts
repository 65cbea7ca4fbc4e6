import { Refusal } from '@shared/domain/core/refusal';
import { kelurahanIdentitySchema } from '@shared/domain/core/settings';
import { SYNCED_TABLES } from '@shared/domain/sinkron/documents';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import type { SyncSettings } from '@shared/domain/sinkron/settings';
import { DATABASE_NAMES, type DtksDatabase } from '../core/database';
import { replaceAuditAnchor } from '../keamanan/audit-anchor';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import { getIdentity } from '../pengaturan/repository';
import { getSigningKeyInfo } from '../surat/signing';
import { testConnection } from './connection-test';
import { SyncEngine, describeError } from './engine';
import { OfficeUnreachable } from './nomor-kantor';
import { adoptOfficeSettings, readOfficeSettings } from './pengaturan-kantor';
import { ensureOwnDeviceIdStored, ownDeviceName, peekOwnDeviceId } from './perangkat';
import type { PouchDatabase, PouchFactory } from './pouch-types';
import { STATE_KEYS } from './sync-tables';

/**
 * "Gabung ke kantor" (issue 18): a new PC joins an office that already syncs, instead of
 * creating a kelurahan and an admin of its own. The first pull brings the office's
 * settings, accounts and data; the clerk then signs in with the office account they
 * already have. It is all or nothing: a join that fails (server away mid-pull, no
 * accounts in the office, the password not kept) leaves the PC as it was, ready to try
 * again or to start a new office.
 */
export class JoinRefusal extends Refusal {
  constructor(message: string) {
    super(message, { kind: 'sinkron' });
    this.name = 'JoinRefusal';
  }
}

export type JoinPhase = 'uji' | 'pengaturan' | 'unduh' | 'simpan' | 'selesai';
export type JoinProgress = {
  phase: JoinPhase;
  /** Documents so far (downloaded, or stored on this PC), and of how many when known. */
  done: number;
  total?: number;
};

export type JoinResult = { rows: number; accounts: number; kelurahan: string };

export type JoinOptions = {
  pouch: PouchFactory;
  onProgress?: (progress: JoinProgress) => void;
  /** Keeps the password (the OS key store on the desktop); a failure undoes the join. */
  keepPassword?: () => Promise<void>;
  fetch?: typeof fetch;
  /** How often the progress is read during the pull. */
  pollMs?: number;
};

/** Whether this PC may still join: nothing entered yet (no identity, accounts or registry). */
async function assertFresh(db: DtksDatabase): Promise<void> {
  const [identity, accounts, families, people] = await Promise.all([
    getIdentity(db),
    db.accounts.count(),
    db.families.count(),
    db.people.count(),
  ]);
  if (identity || accounts > 0 || families > 0 || people > 0) {
    throw new JoinRefusal(
      'PC ini sudah berisi data kelurahan. Gabung ke kantor hanya untuk PC baru; PC yang sudah dipakai disambungkan lewat Pengaturan → Sinkronisasi kantor.',
    );
  }
}

export async function joinOffice(
  db: DtksDatabase,
  endpoint: CouchEndpoint,
  options: JoinOptions,
): Promise<JoinResult> {
  checkPermission(db, 'settings', 'sinkronisasi');
  if (db.name === DATABASE_NAMES.training) {
    throw new JoinRefusal('Data latihan tidak pernah disinkronkan.');
  }
  const report = options.onProgress ?? (() => undefined);
  await assertFresh(db);

  report({ phase: 'uji', done: 0 });
  const connection = await testConnection(endpoint, options.fetch);
  if (!connection.ok) throw new JoinRefusal(connection.message);

  report({ phase: 'pengaturan', done: 0 });
  const server = { endpoint, ...(options.fetch ? { fetch: options.fetch } : {}) };
  const office = await readOfficeSettings(server).catch((error: unknown) => {
    if (error instanceof OfficeUnreachable) throw new JoinRefusal(unreachable(endpoint));
    throw error;
  });
  const identityDoc = office.find((doc) => doc.key === 'kelurahan');
  const identity = kelurahanIdentitySchema.safeParse(identityDoc?.value);
  if (!identity.success) {
    throw new JoinRefusal(
      `Database ${endpoint.database} belum berisi identitas kelurahan. Siapkan kantor dulu di PC pertama (identitas kelurahan, akun admin, lalu aktifkan Sinkronisasi kantor di sana), atau periksa nama database.`,
    );
  }

  let mirror: PouchDatabase | undefined;
  const pouch: PouchFactory = {
    mirror: (name) => {
      mirror = options.pouch.mirror(name);
      return mirror;
    },
    remote: (target) => options.pouch.remote(target),
  };
  let engine: SyncEngine | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  try {
    const remote = options.pouch.remote(endpoint);
    const total = (await remote.info().finally(() => remote.close())).doc_count;
    report({ phase: 'unduh', done: 0, total });
    engine = new SyncEngine(db, endpoint, pouch);
    let reading = false;
    poll = setInterval(() => {
      if (reading || !mirror) return;
      reading = true;
      void Promise.all([mirror.info(), db.sinkronRevs.count()])
        .then(([info, stored]) => {
          if (stored > 0) report({ phase: 'simpan', done: stored });
          else report({ phase: 'unduh', done: info.doc_count, total });
        })
        .catch(() => undefined)
        .finally(() => {
          reading = false;
        });
    }, options.pollMs ?? 500);
    const pulled = await engine.sync();
    clearInterval(poll);
    await engine.close();
    engine = undefined;

    const accounts = await db.accounts.count();
    if (accounts === 0) {
      throw new JoinRefusal(
        `Database ${endpoint.database} belum berisi akun pengguna kantor. Aktifkan Sinkronisasi kantor di PC pertama dan tunggu sampai tersinkron, lalu coba lagi.`,
      );
    }
    await options.keepPassword?.();

    await ensureOwnDeviceIdStored(db);
    const pcName = await ownDeviceName(db);
    const settings: SyncSettings = {
      url: endpoint.url,
      database: endpoint.database,
      username: endpoint.username,
      enabled: true,
    };
    // This PC's own writes are recorded for the office from here on; the pulled rows are
    // already the office's and were not recorded to be sent back.
    db.sinkronSwitch.tracking = true;
    // This PC signs letters with a key of its own; its public half goes to the office
    // with the next sync, so the other PCs verify its letters. Made before the identity is
    // stored: the identity opens the sign-in screen, whose session gate refuses every write
    // without a signed-in account from then on (under load that refusal came first, the
    // join was undone behind the sign-in and the PC showed "Buat akun admin").
    await getSigningKeyInfo(db);
    // The last write, in one transaction: the office's settings (the identity opens the
    // sign-in), this PC's sync settings and the stored tracking switch.
    await db.transaction('rw', db.settings, db.sinkronState, db.audit, async () => {
      await adoptOfficeSettings(db, office);
      await db.sinkronState.put({ key: 'settings', value: settings });
      await db.sinkronState.put({ key: STATE_KEYS.tracking, value: true });
      await appendAudit(db, {
        actor: `PC ${pcName}`,
        action: 'settings',
        entity: 'sinkronisasi',
        entityId: endpoint.database,
        summary: `PC ${pcName} bergabung ke kantor ${identity.data.namaKelurahan}: ${endpoint.url} / ${endpoint.database} (${pulled.pulled} data diterima, ${accounts} akun)`,
      });
    });
    report({ phase: 'selesai', done: pulled.pulled });
    return { rows: pulled.pulled, accounts, kelurahan: identity.data.namaKelurahan };
  } catch (error) {
    if (poll) clearInterval(poll);
    db.sinkronSwitch.tracking = false;
    await engine?.close().catch(() => undefined);
    await undoJoin(db, mirror);
    if (error instanceof Refusal) throw error;
    throw new JoinRefusal(
      `Gagal mengambil data kantor: ${describeError(error)}. Tidak ada yang tertinggal di PC ini; periksa sambungan lalu coba lagi.`,
    );
  }
}

function unreachable(endpoint: CouchEndpoint): string {
  return `Server kantor tidak dapat dihubungi di ${endpoint.url}. Periksa jaringan, lalu coba lagi.`;
}

/** Takes back what a failed join stored: the PC is as it was before. */
async function undoJoin(db: DtksDatabase, mirror: PouchDatabase | undefined): Promise<void> {
  await mirror?.destroy().catch(() => undefined);
  const tables = [
    ...SYNCED_TABLES.map((name) => db.table(name)),
    db.sinkronState,
    db.sinkronRevs,
    db.sinkronOutbox,
    db.sinkronConflicts,
  ];
  // Holding sinkronState marks this as the sync's own transaction: nothing is recorded.
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
  });
  db.sinkronSwitch.tracking = false;
  // Other PCs' audit entries the pull stored: this PC's own chain stays as it was.
  const own = peekOwnDeviceId(db);
  const foreign = await db.audit
    .filter((entry) => Boolean(entry.deviceId) && entry.deviceId !== own)
    .primaryKeys();
  if (foreign.length > 0) {
    await db.audit.bulkDelete(foreign);
    // The anchor had moved over them: it starts again from this PC's own log.
    await replaceAuditAnchor(db).catch(() => undefined);
  }
}
