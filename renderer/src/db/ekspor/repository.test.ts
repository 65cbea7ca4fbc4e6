import { describe, expect, it } from 'vitest';
import { batchContentHash } from '@shared/domain/ekspor/batch';
import { listAudit } from '../keamanan/audit-repository';
import { checkBatch, countAwaitingUpload, listLockedMeetings, listOutbox } from './read';
import { markExported, recordUpload } from './outbox-repository';
import {
  BatchError,
  createBatchFromMeeting,
  deleteBatch,
  makeNewVersion,
  revalidateBatch,
} from './repository';
import { seedIdentity, seedLockedMeeting } from '../testing/batch-seed';
import type { SeedCase } from '../testing/batch-seed';
import { importFeedback } from './feedback-repository';
import { freshDatabase } from '../testing/helpers';

const NOW = new Date(2026, 10, 25, 10, 0);
const FILE = { fileName: 'DTKS_6271011001_20261125_001.zip', packageSha256: 'f'.repeat(64) };

async function setup(cases: readonly SeedCase[]) {
  const db = freshDatabase();
  await seedIdentity(db);
  const seeded = await seedLockedMeeting(db, cases);
  return { db, ...seeded };
}

const MIXED: SeedCase[] = [
  { decision: 'layak', kind: 'baru' },
  { decision: 'layak', kind: 'perbaikan' },
  { decision: 'layak', kind: 'nonaktif' },
  { decision: 'tidak_layak', kind: 'perbaikan', source: 'prelist', reason: 'Meninggal dunia' },
  { decision: 'tidak_layak', kind: 'baru' },
  { decision: 'tidak_layak', kind: 'nonaktif' },
  { decision: 'ditunda', kind: 'baru', reason: 'Perlu verifikasi lapangan ulang' },
  { decision: 'layak', kind: 'sanggah' },
];

describe('creating a batch from a locked meeting', () => {
  it('takes the layak baru/perbaikan and the nonaktif decisions, frozen and validated', async () => {
    const { db, meeting, people } = await setup(MIXED);
    const { batch, report } = await createBatchFromMeeting(db, meeting.id, NOW);

    expect(report.ok).toBe(true);
    expect(batch.state).toBe('tervalidasi');
    expect(batch.number).toBe(1);
    expect(batch.version).toBe(1);
    expect(batch.kodeWilayah).toBe('6271011001');
    expect(batch.decisionDocument).toEqual({
      kind: 'berita_acara',
      number: meeting.number,
      date: meeting.date,
      hash: meeting.contentHash,
    });
    const kinds = Object.fromEntries(batch.rows.map((row) => [row.proposalId, row.kind]));
    expect(kinds).toEqual({
      [people[0]!.proposalId]: 'baru',
      [people[1]!.proposalId]: 'perbaikan',
      [people[2]!.proposalId]: 'nonaktif',
      [people[3]!.proposalId]: 'nonaktif',
    });
    const prelist = batch.rows.find((row) => row.proposalId === people[3]!.proposalId);
    expect(prelist?.record?.nonaktifReason).toBe('meninggal');
    expect(batch.rows.map((row) => row.kind)).toEqual([
      'baru',
      'perbaikan',
      'nonaktif',
      'nonaktif',
    ]);
    expect(batch.contentHash).toBe(batchContentHash(batch, batch.rows));
    expect(batch.history.map((h) => h.state)).toEqual(['disiapkan', 'tervalidasi']);

    const [entry] = await listAudit(db);
    expect(entry).toMatchObject({ action: 'create', entityId: batch.id, actor: 'Siti Rahmawati' });
    expect(entry?.summary).toContain('4 baris (baru 1, perbaikan 1, nonaktif 2)');
  });

  it('sends a prelist family kept only when changed, the ID DTKS on corrections and removals, no regional aid', async () => {
    const { db, meeting, people } = await setup([
      { decision: 'layak', kind: 'perbaikan', source: 'prelist', listed: 'same', idDtks: 'ID-1' },
      {
        decision: 'layak',
        kind: 'perbaikan',
        source: 'prelist',
        listed: 'different',
        idDtks: 'ID-2',
      },
      { decision: 'tidak_layak', kind: 'perbaikan', source: 'prelist', idDtks: 'ID-3' },
      { decision: 'layak', kind: 'nonaktif', idDtks: 'ID-4' },
      { decision: 'layak', kind: 'baru', idDtks: 'ID-5' },
      { decision: 'layak', kind: 'baru', programme: 'Bansos Daerah' },
    ]);
    const { batch } = await createBatchFromMeeting(db, meeting.id, NOW);
    const rows = new Map(batch.rows.map((row) => [row.proposalId, row]));
    const id = (i: number) => people[i]!.proposalId;
    expect(rows.has(id(0))).toBe(false);
    expect(rows.get(id(1))).toMatchObject({ kind: 'perbaikan', record: { idDtks: 'ID-2' } });
    expect(rows.get(id(2))).toMatchObject({
      kind: 'nonaktif',
      record: { idDtks: 'ID-3', nonaktifReason: 'sudah_mampu' },
    });
    expect(rows.get(id(3))).toMatchObject({ kind: 'nonaktif', record: { idDtks: 'ID-4' } });
    expect(rows.get(id(4))?.kind).toBe('baru');
    expect(rows.get(id(4))?.record).not.toHaveProperty('idDtks');
    expect(rows.has(id(5))).toBe(false);
    expect(batch.rows).toHaveLength(4);
  });

  it('refuses an unlocked meeting, a second batch and a meeting with nothing to send', async () => {
    const { db, meeting } = await setup([{ decision: 'layak' }]);
    await db.meetings.update(meeting.id, { status: 'berlangsung' });
    await expect(createBatchFromMeeting(db, meeting.id, NOW)).rejects.toThrow(/belum dikunci/);
    await db.meetings.update(meeting.id, { status: 'terkunci' });
    await createBatchFromMeeting(db, meeting.id, NOW);
    await expect(createBatchFromMeeting(db, meeting.id, NOW)).rejects.toThrow(
      'Batch 001 dari musyawarah ini sudah ada. Buka batch itu.',
    );
    const other = await seedLockedMeeting(db, [{ decision: 'ditunda', reason: 'Cek ulang' }]);
    await expect(createBatchFromMeeting(db, other.meeting.id, NOW)).rejects.toBeInstanceOf(
      BatchError,
    );
  });

  it('leaves out people suspended on their request and says so', async () => {
    const { db, meeting } = await setup([
      { decision: 'layak' },
      { decision: 'layak', suspended: true },
    ]);
    const result = await createBatchFromMeeting(db, meeting.id, NOW);
    expect(result.batch.rows).toHaveLength(1);
    expect(result.excluded).toEqual([
      expect.objectContaining({ why: 'Data ditangguhkan atas permintaan warga' }),
    ]);
  });

  it('numbers batches within the year and lists them in the outbox', async () => {
    const { db, meeting } = await setup([{ decision: 'layak' }]);
    const second = await seedLockedMeeting(db, [{ decision: 'layak' }], { number: '006/BA' });
    await createBatchFromMeeting(db, meeting.id, NOW);
    const { batch } = await createBatchFromMeeting(db, second.meeting.id, NOW);
    expect(batch.number).toBe(2);
    const outbox = await listOutbox(db);
    expect(outbox.map((row) => [row.batch.number, row.meeting?.number, row.counts.total])).toEqual([
      [2, '006/BA', 1],
      [1, '005/BA-MUSKEL/KEL-PHD/XI/2026', 1],
    ]);
    const meetings = await listLockedMeetings(db);
    expect(meetings.every((option) => option.batch !== null)).toBe(true);
  });
});

describe('the validation gate against the register', () => {
  it('keeps a batch with errors in disiapkan and refuses to export it', async () => {
    const { db, meeting } = await setup([
      { decision: 'layak' },
      { decision: 'layak', person: { namaIbuKandung: '' } },
    ]);
    const { batch, report } = await createBatchFromMeeting(db, meeting.id, NOW);
    expect(batch.state).toBe('disiapkan');
    expect(report.rows).toEqual([
      expect.objectContaining({
        index: 2,
        problems: [{ severity: 'error', message: 'Belum diisi: nama ibu kandung' }],
      }),
    ]);
    expect(batch.validation).toMatchObject({ errors: 1 });
    await expect(markExported(db, batch.id, FILE, NOW)).rejects.toThrow(/belum lolos validasi/);
  });

  it('makes a new version when the register changed, never editing the old rows', async () => {
    const { db, meeting, people } = await setup([
      { decision: 'layak' },
      { decision: 'layak', person: { namaIbuKandung: '' } },
    ]);
    const first = (await createBatchFromMeeting(db, meeting.id, NOW)).batch;
    const frozen = structuredClone(first.rows);

    expect((await checkBatch(db, first.id))?.stale).toBe(false);
    await db.people.update(people[1]!.personId, { namaIbuKandung: 'Rahmah' });
    expect((await checkBatch(db, first.id))?.stale).toBe(true);

    const result = await revalidateBatch(db, first.id, NOW);
    expect(result.newVersion).toBe(true);
    expect(result.batch).toMatchObject({
      version: 2,
      number: 1,
      supersedes: first.id,
      state: 'tervalidasi',
    });
    expect(result.batch.id).not.toBe(first.id);
    const old = await db.batches.get(first.id);
    expect(old?.rows).toEqual(frozen);
    expect(old?.contentHash).toBe(first.contentHash);
    expect(old?.supersededBy).toBe(result.batch.id);
    await expect(revalidateBatch(db, first.id, NOW)).rejects.toThrow(/sudah diganti versi 2/);
    expect((await listOutbox(db)).map((row) => row.batch.id)).toEqual([result.batch.id]);
  });

  it('re-checks in place when nothing changed', async () => {
    const { db, meeting } = await setup([{ decision: 'layak' }]);
    const { batch } = await createBatchFromMeeting(db, meeting.id, NOW);
    const again = await revalidateBatch(db, batch.id, NOW);
    expect(again.newVersion).toBe(false);
    expect(again.batch.id).toBe(batch.id);
    expect(again.batch.history.at(-1)?.note).toBe('Diperiksa ulang: lolos validasi');
  });

  it('refuses a person already in an earlier batch unless the portal rejected them', async () => {
    const { db, meeting, people } = await setup([{ decision: 'layak' }, { decision: 'layak' }]);
    const first = (await createBatchFromMeeting(db, meeting.id, NOW)).batch;
    const again = await seedLockedMeeting(db, [{ decision: 'layak' }], {
      reuse: [people[0]!],
      number: '009/BA',
    });
    const second = await createBatchFromMeeting(db, again.meeting.id, NOW);
    expect(second.report.ok).toBe(false);
    expect(second.report.rows[0]?.problems[0]?.message).toBe(
      'Sudah ada di batch 001 (tervalidasi, November 2026) yang tidak ditolak',
    );

    await markExported(db, first.id, FILE, NOW);
    await recordUpload(db, first.id, { date: '2026-11-25', reference: 'SIKS-123' }, NOW);
    await importFeedback(
      db,
      first.id,
      [{ row: 2, nik: people[0]!.nik, padan: false, accepted: false, reason: 'Tidak padan' }],
      'hasil.xlsx',
      NOW,
    );
    const rechecked = await revalidateBatch(db, second.batch.id, NOW);
    expect(rechecked.report.ok).toBe(true);
    expect(rechecked.batch.state).toBe('tervalidasi');
  });
});

describe('export, upload and versions after export', () => {
  it('marks the batch exported and its proposals dikirim, with the audit of what left', async () => {
    const { db, meeting, people } = await setup([
      { decision: 'layak' },
      { decision: 'tidak_layak' },
    ]);
    const { batch } = await createBatchFromMeeting(db, meeting.id, NOW);
    const exported = await markExported(db, batch.id, FILE, NOW);
    expect(exported).toMatchObject({
      state: 'diekspor',
      fileName: FILE.fileName,
      exportedBy: 'Siti Rahmawati',
    });
    const sent = await db.proposals.get(people[0]!.proposalId);
    expect(sent?.status).toBe('dikirim');
    expect(sent?.history.at(-1)).toMatchObject({ from: 'diputuskan', to: 'dikirim' });
    expect((await db.proposals.get(people[1]!.proposalId))?.status).toBe('diputuskan');
    const [entry] = await listAudit(db);
    expect(entry).toMatchObject({ action: 'export', entityId: batch.id });
    expect(entry?.summary).toContain(FILE.fileName);
    expect(await countAwaitingUpload(db)).toBe(1);

    await markExported(db, batch.id, FILE, NOW);
    const [again] = await listAudit(db);
    expect(again?.summary).toMatch(/diekspor ulang/);
    expect((await db.batches.get(batch.id))?.history).toHaveLength(exported.history.length);
  });

  it('records the upload with its date and the portal reference', async () => {
    const { db, meeting } = await setup([{ decision: 'layak' }]);
    const { batch } = await createBatchFromMeeting(db, meeting.id, NOW);
    await expect(
      recordUpload(db, batch.id, { date: '2026-11-25', reference: 'SIKS-1' }, NOW),
    ).rejects.toThrow(/setelah paket diekspor/);
    await markExported(db, batch.id, FILE, NOW);
    await expect(
      recordUpload(db, batch.id, { date: '2026-11-26', reference: 'SIKS-1' }, NOW),
    ).rejects.toThrow('Tanggal unggah tidak boleh di masa depan.');
    await expect(
      recordUpload(db, batch.id, { date: '2026-11-25', reference: ' x ' }, NOW),
    ).rejects.toThrow(/minimal 3 karakter/);
    const uploaded = await recordUpload(
      db,
      batch.id,
      { date: '2026-11-25', reference: 'SIKS-77' },
      NOW,
    );
    expect(uploaded.state).toBe('diunggah');
    expect(uploaded.upload).toEqual({
      date: '2026-11-25',
      reference: 'SIKS-77',
      by: 'Siti Rahmawati',
    });
    expect(await countAwaitingUpload(db)).toBe(0);
    await expect(makeNewVersion(db, batch.id, NOW)).rejects.toThrow(/Usulkan lagi/);
  });

  it('makes a new version of an exported batch only when the data changed', async () => {
    const { db, meeting, people } = await setup([{ decision: 'layak' }]);
    const { batch } = await createBatchFromMeeting(db, meeting.id, NOW);
    await markExported(db, batch.id, FILE, NOW);
    await expect(makeNewVersion(db, batch.id, NOW)).rejects.toThrow(/tidak berubah/);
    await db.people.update(people[0]!.personId, { nama: 'Warga Dibetulkan' });
    const next = await makeNewVersion(db, batch.id, NOW);
    expect(next.batch.rows[0]?.record?.nama).toBe('Warga Dibetulkan');
    expect((await db.batches.get(batch.id))?.rows[0]?.record?.nama).not.toBe('Warga Dibetulkan');
  });

  it('deletes a batch that never left the office and restores the version it replaced', async () => {
    const { db, meeting, people } = await setup([{ decision: 'layak' }]);
    const { batch } = await createBatchFromMeeting(db, meeting.id, NOW);
    await db.people.update(people[0]!.personId, { pekerjaan: 'Petani' });
    const v2 = (await revalidateBatch(db, batch.id, NOW)).batch;
    await deleteBatch(db, v2.id, NOW);
    expect(await db.batches.get(v2.id)).toBeUndefined();
    expect((await db.batches.get(batch.id))?.supersededBy).toBeUndefined();
    await markExported(db, batch.id, FILE, NOW);
    await expect(deleteBatch(db, batch.id, NOW)).rejects.toThrow(/tidak dapat dihapus/);
  });
});
