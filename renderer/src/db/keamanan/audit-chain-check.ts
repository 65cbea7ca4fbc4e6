import type { AuditAnchorReadResult } from '@shared/domain/keamanan/audit-anchor';
import {
  checkNextDevice,
  finishDeviceChains,
  startDeviceChains,
} from '@shared/domain/sinkron/audit-devices';
import type { DeviceChainProblem, DeviceChainSummary } from '@shared/domain/sinkron/audit-devices';
import { replaceAuditAnchor } from './audit-anchor';
import { compareWithAnchor } from './audit-anchor-check';
import type { AnchorComparison } from './audit-anchor-check';
import { appendAudit } from './audit-repository';
import type { AuditEntry } from './audit-repository';
import { checkPermission } from './permission-door';
import type { DtksDatabase } from '../core/database';
import { deviceNames } from '../sinkron/nama-perangkat';
import { peekOwnDeviceId } from '../sinkron/perangkat';

export type ChainReport = {
  checked: number;
  /** Entries written before the log was chained (allowed only at its start). */
  legacy: number;
  /** The first broken link, naming the PC whose chain breaks (null: the pre-sync log). */
  problem: DeviceChainProblem | null;
  /** Each PC's chain that was checked (issue 18.3), the pre-sync log of this PC first. */
  devices: DeviceChainSummary[];
  /** The newest entry: write its seq and hash down to detect a cut-off tail later. */
  head: { seq: number; hash: string; at: string } | null;
  /**
   * The chain alone cannot show a log rewritten with fresh hashes, cut at its
   * end, or renumbered: the comparison with the anchor kept outside IndexedDB
   * (and the backup heads it holds) can. Null when no anchor was given.
   */
  anchor: AnchorComparison | null;
};

const PAGE = 2_000;

/**
 * Walks the whole log in seq order, a page at a time, and reports the first
 * broken link. Each PC's entries form their own chain (deviceId, deviceSeq), checked
 * separately; entries from before device ids are this PC's legacy chain, as before. Pages keep memory flat on logs of hundreds of thousands of
 * entries; the caller shows progress.
 */
export async function verifyAuditChain(
  db: DtksDatabase,
  onProgress: (done: number, total: number) => void = () => {},
  options: { anchor?: AuditAnchorReadResult } = {},
): Promise<ChainReport> {
  const total = await db.audit.count();
  let state = startDeviceChains(peekOwnDeviceId(db));
  let last: AuditEntry | undefined;
  let after = 0;
  for (;;) {
    const page = await db.audit.where('seq').above(after).limit(PAGE).toArray();
    if (page.length === 0) break;
    for (const entry of page) {
      state = checkNextDevice(state, entry);
      last = entry;
    }
    after = page[page.length - 1]?.seq ?? after;
    onProgress(state.checked, total);
    if (state.problem) break;
    // Let the page breathe between pages when this runs on the main thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // The PCs are named as they named themselves (their "Nama PC ini" entries replicate).
  const names = await deviceNames(db, state.devices.keys());
  const result = finishDeviceChains(state, names);
  return {
    checked: result.checked,
    legacy: result.legacy,
    problem: result.problem,
    devices: result.devices,
    head: last && !result.problem ? { seq: last.seq, hash: last.hash ?? '', at: last.at } : null,
    anchor: options.anchor ? await compareWithAnchor(db, options.anchor) : null,
  };
}

/**
 * The admin starts the anchor again from the log as it is now. Logged first,
 * in its own transaction (a role that may not do it is refused there, before
 * the anchor is touched), so the new anchor's head is the entry that says why.
 */
export async function restartAuditAnchor(db: DtksDatabase, finding: string): Promise<void> {
  checkPermission(db, 'update', 'anchor log audit');
  await db.transaction('rw', db.audit, () =>
    appendAudit(db, {
      actor: 'sistem',
      action: 'update',
      entity: 'anchor log audit',
      entityId: db.name,
      summary: `Anchor log audit dimulai ulang dari log sekarang. Temuan sebelumnya: ${finding}`,
    }),
  );
  await replaceAuditAnchor(db);
}

export const AUDIT_EXPORT_HEADER = [
  'No. urut',
  'Waktu (UTC)',
  'Pelaku',
  'Nama pengguna',
  'Peran',
  'Tindakan',
  'Jenis data',
  'ID data',
  'Ringkasan',
  'Hash sebelumnya',
  'Hash',
];

/**
 * Reads the whole log, oldest first, for an export, and logs the export in
 * the same transaction (the log says what left the office, itself included).
 */
export async function readAuditForExport(
  db: DtksDatabase,
  format: 'xlsx' | 'json',
): Promise<AuditEntry[]> {
  checkPermission(db, 'export', 'log audit');
  return db.transaction('rw', db.audit, async () => {
    await appendAudit(db, {
      actor: 'sistem',
      action: 'export',
      entity: 'log audit',
      entityId: format,
      summary: `Log audit diekspor ke ${format.toUpperCase()} (${await db.audit.count()} catatan)`,
    });
    return db.audit.orderBy('seq').toArray();
  });
}

/**
 * The spreadsheet view: one row per entry with its hashes. Before/after
 * details stay out (they hold personal data); the JSON export carries whole
 * entries, which is what an outside check of the hashes needs.
 */
export function auditSheetRows(entries: readonly AuditEntry[]): string[][] {
  return [
    AUDIT_EXPORT_HEADER,
    ...entries.map((entry) => [
      String(entry.seq),
      entry.at,
      entry.actor,
      entry.username ?? '',
      entry.role ?? '',
      entry.action,
      entry.entity,
      entry.entityId,
      entry.summary,
      entry.prevHash ?? '',
      entry.hash ?? '',
    ]),
  ];
}
