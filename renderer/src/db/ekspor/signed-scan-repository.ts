import { batchLabel, sha256Hex } from '@shared/domain/ekspor/batch';
import type { SignedScan } from '@shared/domain/core/entities';
import { newId } from '@shared/domain/core/ids';
import { checkScanFile } from '@shared/domain/ekspor/signed-scan';
import { appendAudit, assertMayWrite } from '../keamanan/audit-repository';
import { BatchError } from './read';
import { BATCH_ENTITY } from './repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { currentActor } from '../pengaturan/repository';

/** The scan as the screens and the audit log describe it: never its bytes. */
export type SignedScanInfo = Omit<SignedScan, 'bytes'>;

export function scanInfo(scan: SignedScan): SignedScanInfo {
  const { bytes: _bytes, ...info } = scan;
  return info;
}

/** The signed scan of a meeting's Berita Acara/SPTJM, if one was attached. */
export async function getSignedScan(
  db: DtksDatabase,
  meetingId: string,
): Promise<SignedScan | undefined> {
  const scans = await db.signedScans.where('meetingId').equals(meetingId).toArray();
  return scans.sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt))[0];
}

/**
 * Attaches the signed scan on a batch's screen: checked by its bytes (PDF or JPEG,
 * size limit), stored for the batch's meeting, replacing an earlier scan, in one
 * transaction with its audit entry. Once the package reached the portal the scan it
 * carried stands: a later one would no longer match what was uploaded.
 */
export async function attachSignedScan(
  db: DtksDatabase,
  input: { batchId: string; fileName: string; bytes: Uint8Array },
  now = new Date(),
): Promise<SignedScanInfo> {
  checkPermission(db, 'create', 'batch usulan');
  assertMayWrite(db, {
    actor: '',
    action: 'create',
    entity: BATCH_ENTITY,
    entityId: input.batchId,
    summary: '',
  });
  const check = checkScanFile(input.fileName, input.bytes);
  if (!check.ok) throw new BatchError(check.reason);
  const sha256 = sha256Hex(input.bytes);
  return db.transaction('rw', [db.batches, db.signedScans, db.settings, db.audit], async () => {
    const batch = await db.batches.get(input.batchId);
    if (!batch) throw new BatchError('Batch tidak ditemukan.');
    if (batch.supersededBy) {
      throw new BatchError('Versi lama batch: lampirkan pindaian pada versi terbarunya.');
    }
    if (batch.state === 'diunggah' || batch.state === 'hasil_diterima') {
      throw new BatchError(
        'Paket sudah diunggah ke SIKS-NG dengan pindaian yang ada: pindaian tidak diganti lagi.',
      );
    }
    const previous = await db.signedScans.where('meetingId').equals(batch.meetingId).toArray();
    const scan: SignedScan = {
      id: newId(),
      meetingId: batch.meetingId,
      kind: check.kind,
      fileName: input.fileName.trim().slice(0, 200),
      bytes: input.bytes,
      size: input.bytes.byteLength,
      sha256,
      uploadedAt: now.toISOString(),
      uploadedBy: await currentActor(db),
    };
    await db.signedScans.bulkDelete(previous.map((old) => old.id));
    await db.signedScans.add(scan);
    const document = batch.decisionDocument.kind === 'sptjm' ? 'SPTJM' : 'Berita Acara';
    await appendAudit(
      db,
      {
        actor: scan.uploadedBy,
        action: previous.length > 0 ? 'update' : 'create',
        entity: BATCH_ENTITY,
        entityId: batch.id,
        summary:
          `Pindaian ${document} bertanda tangan ${previous.length > 0 ? 'diganti' : 'dilampirkan'} ` +
          `pada batch ${batchLabel(batch)}: ${scan.fileName} (${scan.kind.toUpperCase()}, ` +
          `${scan.size} byte, SHA-256 ${sha256})`,
        ...(previous[0] && { before: scanInfo(previous[0]) }),
        after: scanInfo(scan),
      },
      now,
    );
    return scanInfo(scan);
  });
}
