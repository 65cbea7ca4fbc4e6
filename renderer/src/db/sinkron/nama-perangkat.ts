import type { DtksDatabase } from '../core/database';
import { deviceCodeOf, peekOwnDeviceId, readDeviceName } from './perangkat';

/**
 * The names the office's PCs go by ("Nama PC ini"), as this PC knows them: its own from its
 * settings, another PC's from the audit entries that PC wrote when it named itself (they
 * replicate with its chain: entity `sinkronisasi`, entityId its device id, `after.name`),
 * else the PC's short code, which is also what that PC shows as its name until named.
 */
export async function deviceNames(
  db: DtksDatabase,
  deviceIds: Iterable<string>,
): Promise<Map<string, string>> {
  const ids = [...new Set(deviceIds)];
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  const own = await readDeviceName(db);
  const ownId = peekOwnDeviceId(db);
  const entries = await db.audit.where('entityId').anyOf(ids).toArray();
  // The latest by the PC's own numbering (deviceSeq): two renames may share a millisecond.
  const latest = new Map<string, { seq: number; name: string | null }>();
  for (const entry of entries) {
    // Only the PC's own word about its name counts: the entry is in its own chain.
    if (entry.entity !== 'sinkronisasi' || entry.deviceId !== entry.entityId) continue;
    const after = entry.after as { name?: unknown } | undefined;
    if (!after || !('name' in after)) continue;
    const name = typeof after.name === 'string' && after.name.trim() ? after.name : null;
    const seen = latest.get(entry.entityId);
    const seq = entry.deviceSeq ?? 0;
    if (!seen || seen.seq <= seq) latest.set(entry.entityId, { seq, name });
  }
  for (const id of ids) {
    if (id === ownId) names.set(id, own.name ?? own.code);
    else names.set(id, latest.get(id)?.name ?? deviceCodeOf(id));
  }
  return names;
}
