import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/domain/ekspor/batch';
import { newId } from '@shared/domain/core/ids';
import { MAX_SCAN_BYTES } from '@shared/domain/ekspor/signed-scan';
import { listAudit } from '../keamanan/audit-repository';
import { markExported, recordUpload } from './outbox-repository';
import { createBatchFromMeeting } from './repository';
import { seedIdentity, seedLockedMeeting } from '../testing/batch-seed';
import { setSessionAccount } from '../core/session';
import { attachSignedScan, getSignedScan } from './signed-scan-repository';
import { freshDatabase } from '../testing/helpers';

const NOW = new Date(2026, 10, 25, 10, 0);
const PDF = new TextEncoder().encode('%PDF-1.5\n% pindaian BA\n%%EOF\n');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 9, 8, 7]);

async function setup() {
  const db = freshDatabase();
  await seedIdentity(db);
  const { meeting } = await seedLockedMeeting(db, [{ decision: 'layak', kind: 'baru' }]);
  const { batch } = await createBatchFromMeeting(db, meeting.id, NOW);
  return { db, meeting, batch };
}

describe('attachSignedScan', () => {
  it("stores the scan for the batch's meeting with its hash, and logs it without the bytes", async () => {
    const { db, meeting, batch } = await setup();
    const info = await attachSignedScan(
      db,
      { batchId: batch.id, fileName: 'BA tertanda.pdf', bytes: PDF },
      NOW,
    );
    expect(info).toMatchObject({
      meetingId: meeting.id,
      kind: 'pdf',
      fileName: 'BA tertanda.pdf',
      size: PDF.byteLength,
      sha256: sha256Hex(PDF),
    });
    expect(info).not.toHaveProperty('bytes');
    const stored = await getSignedScan(db, meeting.id);
    expect([...(stored?.bytes ?? [])]).toEqual([...PDF]);

    const [entry] = await listAudit(db, 1);
    expect(entry).toMatchObject({ action: 'create', entity: 'batch usulan', entityId: batch.id });
    expect(entry?.summary).toContain(`SHA-256 ${sha256Hex(PDF)}`);
    expect(JSON.stringify(entry?.after)).not.toContain('bytes":{');
  });

  it('replaces an earlier scan: one scan per meeting', async () => {
    const { db, meeting, batch } = await setup();
    await attachSignedScan(db, { batchId: batch.id, fileName: 'a.pdf', bytes: PDF }, NOW);
    await attachSignedScan(db, { batchId: batch.id, fileName: 'b.jpg', bytes: JPEG }, NOW);
    expect(await db.signedScans.where('meetingId').equals(meeting.id).count()).toBe(1);
    expect((await getSignedScan(db, meeting.id))?.kind).toBe('jpeg');
    const [entry] = await listAudit(db, 1);
    expect(entry?.action).toBe('update');
    expect(entry?.summary).toContain('diganti');
  });

  it('refuses by content, not by name, and keeps what was there', async () => {
    const { db, meeting, batch } = await setup();
    await attachSignedScan(db, { batchId: batch.id, fileName: 'a.pdf', bytes: PDF }, NOW);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    await expect(
      attachSignedScan(db, { batchId: batch.id, fileName: 'palsu.pdf', bytes: png }, NOW),
    ).rejects.toThrow('Berkas palsu.pdf bukan PDF atau JPEG');
    const big = new Uint8Array(MAX_SCAN_BYTES + 1024 * 1024);
    big.set(PDF);
    await expect(
      attachSignedScan(db, { batchId: batch.id, fileName: 'besar.pdf', bytes: big }, NOW),
    ).rejects.toThrow(/terlalu besar \(11,0 MB; maksimal 10 MB\)/);
    expect((await getSignedScan(db, meeting.id))?.fileName).toBe('a.pdf');
  });

  it('no longer replaces the scan once the package reached the portal', async () => {
    const { db, batch } = await setup();
    await markExported(
      db,
      batch.id,
      { fileName: 'x.zip', packageSha256: 'f'.repeat(64), signedScanSha256: null },
      NOW,
    );
    await recordUpload(db, batch.id, { date: '2026-11-25', reference: 'SIKS-1' }, NOW);
    await expect(
      attachSignedScan(db, { batchId: batch.id, fileName: 'a.pdf', bytes: PDF }, NOW),
    ).rejects.toThrow('sudah diunggah');
  });

  it('is refused to a fasilitator before anything is read', async () => {
    const { db, batch } = await setup();
    setSessionAccount(db, { id: newId(), username: 'fas', nama: 'Fas', role: 'fasilitator' });
    await expect(
      attachSignedScan(db, { batchId: batch.id, fileName: 'a.pdf', bytes: PDF }, NOW),
    ).rejects.toThrow();
    expect(await db.signedScans.count()).toBe(0);
  });
});

describe('the export audit entry says what personal data left', () => {
  it('names the archival copy with full numbers and the scan it carried', async () => {
    const { db, batch } = await setup();
    await markExported(
      db,
      batch.id,
      { fileName: 'x.zip', packageSha256: 'f'.repeat(64), signedScanSha256: 'e'.repeat(64) },
      NOW,
    );
    const [entry] = await listAudit(db, 1);
    expect(entry?.summary).toContain('salinan arsip (NIK dan No. KK lengkap)');
    expect(entry?.summary).toContain(`pindaian bertanda tangan SHA-256 ${'e'.repeat(64)}`);
  });
});
