import { describe, expect, it } from 'vitest';
import { listAudit } from '../keamanan/audit-repository';
import { markExported, recordUpload } from './outbox-repository';
import { createBatchFromMeeting } from './repository';
import { seedIdentity, seedLockedMeeting } from '../testing/batch-seed';
import {
  findFeedbackMapping,
  importFeedback,
  listRejected,
  nextPeriodLabel,
  reproposeRejected,
} from './feedback-repository';
import { freshDatabase } from '../testing/helpers';

const NOW = new Date(2026, 10, 25, 10, 0);
const LATER = new Date(2026, 11, 20, 10, 0);

async function uploadedBatch() {
  const db = freshDatabase();
  await seedIdentity(db);
  const { meeting, people } = await seedLockedMeeting(db, [
    { decision: 'layak' },
    { decision: 'layak' },
    // Kept, and changed since the prelist: sent as a perbaikan (issue 14.3).
    { decision: 'layak', kind: 'perbaikan', source: 'prelist', listed: 'different' },
  ]);
  const { batch } = await createBatchFromMeeting(db, meeting.id, NOW);
  await markExported(db, batch.id, { fileName: 'x.zip', packageSha256: 'a'.repeat(64) }, NOW);
  return { db, batch, people };
}

/** An exported batch whose upload to the portal is recorded: ready for its results. */
async function recordedBatch() {
  const setup = await uploadedBatch();
  await recordUpload(setup.db, setup.batch.id, { date: '2026-11-25', reference: 'SIKS-1' }, NOW);
  return setup;
}

describe('importing the portal results', () => {
  it('needs the upload to be recorded first', async () => {
    const { db, batch, people } = await uploadedBatch();
    await expect(
      importFeedback(
        db,
        batch.id,
        [{ row: 2, nik: people[0]!.nik, padan: true, accepted: true, reason: '' }],
        'h.xlsx',
        NOW,
      ),
    ).rejects.toThrow(/Catat unggahan/);
  });

  it('sets each proposal’s result by NIK and moves the batch to hasil diterima', async () => {
    const { db, batch, people } = await recordedBatch();
    const result = await importFeedback(
      db,
      batch.id,
      [
        { row: 2, nik: people[0]!.nik, padan: true, accepted: true, reason: '' },
        {
          row: 3,
          nik: people[1]!.nik,
          padan: false,
          accepted: false,
          reason: 'Tidak padan Dukcapil',
        },
        { row: 4, nik: '3171011203900001', padan: true, accepted: true, reason: '' },
      ],
      'hasil.xlsx',
      LATER,
    );
    expect(result).toEqual({
      accepted: 1,
      rejected: 1,
      unmatched: ['************0001'],
      withoutResult: 1,
    });
    const rejected = await db.proposals.get(people[1]!.proposalId);
    expect(rejected?.feedback).toEqual({
      padan: false,
      accepted: false,
      reason: 'Tidak padan Dukcapil',
      batchId: batch.id,
      at: LATER.toISOString(),
    });
    const stored = await db.batches.get(batch.id);
    expect(stored?.state).toBe('hasil_diterima');
    expect(stored?.feedbackAt).toBe(LATER.toISOString());
    const [entry] = await listAudit(db);
    expect(entry).toMatchObject({ action: 'import', entityId: batch.id });
    expect(entry?.summary).toContain('1 diterima, 1 ditolak, 1 NIK tidak dikenali');

    const again = await importFeedback(
      db,
      batch.id,
      [{ row: 2, nik: people[1]!.nik, padan: true, accepted: true, reason: '' }],
      'hasil-2.xlsx',
      LATER,
    );
    expect(again).toMatchObject({ accepted: 2, rejected: 0, withoutResult: 1 });
    expect(await db.feedback.where('batchId').equals(batch.id).count()).toBe(2);
  });

  it('refuses a file with no NIK of this batch', async () => {
    const { db, batch } = await recordedBatch();
    await expect(
      importFeedback(
        db,
        batch.id,
        [{ row: 2, nik: '3171011203900001', padan: true, accepted: true, reason: '' }],
        'h.xlsx',
        NOW,
      ),
    ).rejects.toThrow(/Tidak ada NIK/);
    expect((await db.batches.get(batch.id))?.state).toBe('diunggah');
  });
});

describe('remembering the columns of the results file', () => {
  const headers = ['No', 'NIK ART', 'Hasil Cek', 'Ket. Dinas'];
  const mapping = { nik: 'nik_art', status: 'hasil_cek', alasan: 'ket_dinas' };

  it('remembers the confirmed columns with the import, for files with the same headers', async () => {
    const { db, batch, people } = await recordedBatch();
    expect(await findFeedbackMapping(db, headers)).toBeNull();
    await importFeedback(
      db,
      batch.id,
      [{ row: 2, nik: people[0]!.nik, padan: true, accepted: true, reason: '' }],
      'hasil.xlsx',
      NOW,
      { headers, mapping },
    );
    expect(await findFeedbackMapping(db, headers)).toEqual(mapping);
    // Same columns in another order and case: the same layout.
    expect(await findFeedbackMapping(db, ['ket. dinas', 'Hasil Cek', 'NIK ART', 'No'])).toEqual(
      mapping,
    );
    expect(await findFeedbackMapping(db, ['NIK', 'Status'])).toBeNull();
  });

  it('remembers nothing when the import is refused', async () => {
    const { db, batch } = await recordedBatch();
    await expect(
      importFeedback(
        db,
        batch.id,
        [{ row: 2, nik: '3171011203900001', padan: true, accepted: true, reason: '' }],
        'h.xlsx',
        NOW,
        { headers, mapping },
      ),
    ).rejects.toThrow(/Tidak ada NIK/);
    expect(await findFeedbackMapping(db, headers)).toBeNull();
  });
});

describe('rejected rows and proposing them again', () => {
  async function withRejection() {
    const setup = await recordedBatch();
    const { db, batch, people } = setup;
    await importFeedback(
      db,
      batch.id,
      [
        { row: 2, nik: people[0]!.nik, padan: true, accepted: true, reason: '' },
        {
          row: 3,
          nik: people[1]!.nik,
          padan: false,
          accepted: false,
          reason: 'Tidak padan Dukcapil',
        },
      ],
      'hasil.xlsx',
      LATER,
    );
    return setup;
  }

  it('lists the rejected rows with their batch and reason', async () => {
    const { db, batch, people } = await withRejection();
    const rows = await listRejected(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      batch: { id: batch.id, number: 1 },
      nama: expect.stringMatching(/^Warga/),
      kind: 'baru',
      feedback: { nik: people[1]!.nik, reason: 'Tidak padan Dukcapil' },
      reproposed: null,
    });
    expect(await listRejected(db, 'other')).toEqual([]);
  });

  it('makes a linked draft for the next period, once', async () => {
    const { db, people } = await withRejection();
    expect(await nextPeriodLabel(db, LATER)).toBe('Januari 2027');
    const proposal = await reproposeRejected(db, people[1]!.proposalId, LATER);
    expect(proposal).toMatchObject({
      status: 'draf',
      kind: 'baru',
      period: 'Januari 2027',
      personId: people[1]!.personId,
      previousProposalId: people[1]!.proposalId,
    });
    expect(proposal.documents).toMatchObject({ ktp: false, kk: false, fotoRumah: false });
    expect(proposal.note).toBe(
      'Diusulkan lagi setelah ditolak SIKS-NG (batch 001): Tidak padan Dukcapil',
    );
    expect((await db.proposals.get(people[1]!.proposalId))?.reproposedAs).toBe(proposal.id);
    expect((await listRejected(db))[0]?.reproposed).toEqual({
      id: proposal.id,
      period: 'Januari 2027',
    });
    await expect(reproposeRejected(db, people[1]!.proposalId, LATER)).rejects.toThrow(
      /sudah diusulkan lagi/,
    );
    await expect(reproposeRejected(db, people[0]!.proposalId, LATER)).rejects.toThrow(
      /ditolak portal/,
    );
    const [entry] = await listAudit(db);
    expect(entry).toMatchObject({ action: 'create', entity: 'usulan', entityId: proposal.id });
  });
});
