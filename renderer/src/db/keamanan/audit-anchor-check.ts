import type {
  AnchorCheckpoint,
  AnchorProtection,
  AuditAnchorReadResult,
  AuditAnchorState,
} from '@shared/domain/keamanan/audit-anchor';
import { linkTo } from '@shared/domain/keamanan/audit-chain';
import type { DtksDatabase } from '../core/database';
import { formatWaktu } from '@shared/domain/core/tanggal';

export type AnchorFinding = {
  kind: 'anchor-rusak' | 'ditulis-ulang' | 'hilang';
  message: string;
};

/** The live log held against every head the anchor knows: its own, earlier ones, and backups'. */
export type AnchorComparison =
  | { status: 'tanpa-anchor'; liveCount: number; protection: AnchorProtection | null }
  | { status: 'tidak-terbaca'; liveCount: number; message: string }
  | {
      status: 'cocok' | 'bermasalah';
      liveCount: number;
      protection: AnchorProtection | null;
      findings: AnchorFinding[];
      /** How many heads were compared, and how many of them came from backup headers. */
      compared: number;
      backups: number;
      anchor: AuditAnchorState | null;
    };

type Point = Pick<AnchorCheckpoint, 'count' | 'headHash' | 'source' | 'at'>;

const when = (iso: string) => formatWaktu(iso);

function labelOf(point: Point): string {
  return point.source === 'cadangan' ? `anchor cadangan ${when(point.at)}` : 'anchor';
}

/**
 * Compares the live log with the anchor read from outside IndexedDB. Each
 * head the anchor knows names a seq and the hash that entry had; a missing
 * entry or a different hash is reported with its number, in Indonesian, the
 * way an admin would repeat it to an auditor.
 */
export async function compareWithAnchor(
  db: DtksDatabase,
  read: AuditAnchorReadResult,
): Promise<AnchorComparison> {
  const liveCount = (await db.audit.orderBy('seq').last())?.seq ?? 0;
  if (read.status === 'gagal') return { status: 'tidak-terbaca', liveCount, message: read.message };
  if (read.status === 'kosong') {
    return { status: 'tanpa-anchor', liveCount, protection: read.protection };
  }
  if (read.status === 'rusak') {
    return {
      status: 'bermasalah',
      liveCount,
      protection: read.protection,
      findings: [
        {
          kind: 'anchor-rusak',
          message: `Anchor rusak (${read.reason}). Log tidak dapat dibandingkan dengan anchor; bandingkan dengan cadangan terakhir.`,
        },
      ],
      compared: 0,
      backups: 0,
      anchor: null,
    };
  }
  const anchor = read.anchor;
  const points: Point[] = [
    { count: anchor.count, headHash: anchor.headHash, source: 'perangkat', at: anchor.updatedAt },
    ...anchor.checkpoints,
  ];
  const matched: Point[] = [];
  const differing: Point[] = [];
  let furthest: Point = points[0]!;
  for (const point of points) {
    if (point.count > furthest.count) furthest = point;
    if (point.count > liveCount || point.count < 1) continue;
    const entry = await db.audit.where('seq').equals(point.count).first();
    if (entry && linkTo(entry) === point.headHash) matched.push(point);
    else differing.push(point);
  }
  const findings: AnchorFinding[] = [];
  if (differing.length > 0) {
    const first = differing.reduce((a, b) => (b.count < a.count ? b : a));
    const lastGood = matched
      .filter((point) => point.count < first.count)
      .reduce<Point | null>((a, b) => (!a || b.count > a.count ? b : a), null);
    findings.push({
      kind: 'ditulis-ulang',
      message:
        `Rantai ditulis ulang: hash entri #${first.count} tidak cocok dengan ${labelOf(first)}.` +
        (lastGood
          ? ` Log masih cocok dengan ${labelOf(lastGood)} sampai entri #${lastGood.count}.`
          : ''),
    });
  }
  if (furthest.count > liveCount) {
    const missing = furthest.count - liveCount;
    // "Newest" only when the entry the log now ends with is the one the anchor once saw there.
    const newest = differing.length === 0 && matched.some((point) => point.count === liveCount);
    findings.push({
      kind: 'hilang',
      message: `${missing} entri ${newest ? 'terbaru ' : ''}hilang (${labelOf(furthest)} mencatat ${furthest.count}, log berisi ${liveCount}).`,
    });
  }
  return {
    status: findings.length > 0 ? 'bermasalah' : 'cocok',
    liveCount,
    protection: read.protection,
    findings,
    compared: points.length,
    backups: points.filter((point) => point.source === 'cadangan').length,
    anchor,
  };
}
