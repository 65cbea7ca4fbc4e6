import { beforeEach, describe, expect, it } from 'vitest';
import { CRITERIA_SETS } from '@shared/domain/usulan/criteria';
import type { Proposal } from '@shared/domain/core/entities';
import { listAssessments, saveAssessment } from './assessment-repository';
import { listAudit } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import { changeStatus, createProposal } from './repository';
import { freshDatabase } from '../testing/helpers';
import { headOf, proposalInput, seedFamilies } from '../testing/usulan-fixtures';

const NOW = new Date(2026, 10, 5, 10, 0);
const [set262, set146] = CRITERIA_SETS;

let db: DtksDatabase;
let proposal: Proposal;

beforeEach(async () => {
  db = freshDatabase();
  const { families, people } = await seedFamilies(db, 8);
  const family = families[0];
  if (!family) throw new Error('tidak ada keluarga');
  proposal = await createProposal(db, proposalInput(family, headOf(people, family)), NOW);
});

function input(overrides: Record<string, unknown> = {}) {
  return {
    proposalId: proposal.id,
    criteriaSetId: set146.id,
    answers: {
      'atap-ijuk-rumbia-buruk': { value: true, evidence: 'Atap rumbia bocor di dapur' },
      'luas-lantai-kurang-8m2-per-orang': { value: false, evidence: '' },
    },
    officer: 'Yuliana (TKSK)',
    date: '2026-11-04',
    note: 'Rumah panggung di bantaran sungai',
    ...overrides,
  };
}

describe('saveAssessment', () => {
  it('only accepts a field check while the proposal is in verifikasi lapangan', async () => {
    await expect(saveAssessment(db, input(), {}, NOW)).rejects.toThrow(
      'hanya dapat diisi saat usulan berstatus verifikasi lapangan (sekarang draf)',
    );
    expect(await db.assessments.count()).toBe(0);
  });

  it('stores the set it used, each answer with its evidence, officer and date', async () => {
    await changeStatus(db, proposal.id, 'verifikasi_lapangan', 'Jadwal kunjungan', NOW);
    const saved = await saveAssessment(db, input(), {}, NOW);
    expect(await db.assessments.get(saved.id)).toEqual({
      ...input(),
      id: saved.id,
      createdAt: NOW.toISOString(),
    });
    const [entry] = await listAudit(db);
    expect(entry).toMatchObject({ action: 'create', entity: 'penilaian verivali' });
    expect(entry?.summary).toContain('1 dari 11 kriteria terpenuhi (2 dari 11 dijawab)');
  });

  it('corrects an existing assessment in place, keeping when it was first written', async () => {
    await changeStatus(db, proposal.id, 'verifikasi_lapangan', 'Jadwal kunjungan', NOW);
    const first = await saveAssessment(db, input(), {}, NOW);
    const later = new Date(2026, 10, 6, 9, 0);
    const fixed = await saveAssessment(db, input({ officer: 'Yuliana' }), { id: first.id }, later);
    expect(fixed.id).toBe(first.id);
    expect(fixed.createdAt).toBe(NOW.toISOString());
    expect(await db.assessments.count()).toBe(1);
    expect((await listAudit(db))[0]?.action).toBe('update');
  });

  it('refuses a future date, a foreign criterion and a yes without evidence', async () => {
    await changeStatus(db, proposal.id, 'verifikasi_lapangan', 'Jadwal kunjungan', NOW);
    await expect(saveAssessment(db, input({ date: '2026-11-06' }), {}, NOW)).rejects.toThrow(
      'masa depan',
    );
    await expect(saveAssessment(db, input({ criteriaSetId: set262.id }), {}, NOW)).rejects.toThrow(
      'bukan bagian dari Kepmensos 262/HUK/2022',
    );
    await expect(
      saveAssessment(
        db,
        input({ answers: { 'atap-ijuk-rumbia-buruk': { value: true, evidence: '' } } }),
        {},
        NOW,
      ),
    ).rejects.toThrow('catatan bukti');
    expect(await db.assessments.count()).toBe(0);
  });

  it('lists a re-check before the first one', async () => {
    await changeStatus(db, proposal.id, 'verifikasi_lapangan', 'Jadwal kunjungan', NOW);
    await saveAssessment(db, input({ date: '2026-11-01' }), {}, NOW);
    const recheck = await saveAssessment(db, input({ date: '2026-11-03' }), {}, NOW);
    expect((await listAssessments(db, proposal.id))[0]?.id).toBe(recheck.id);
  });
});
