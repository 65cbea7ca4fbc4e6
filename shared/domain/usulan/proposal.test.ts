import { describe, expect, it } from 'vitest';
import { CRITERIA_SETS } from './criteria';
import type { AidReceived, Assessment, ProposalStatus } from '../core/entities';
import {
  assessmentInputSchema,
  checkOverlapOverride,
  checkTransition,
  findOpenDuplicate,
  isAssessmentComplete,
  isBackStep,
  justificationProblem,
  latestAssessment,
  MANUAL_TRANSITIONS,
  newProposalSchema,
  periodSortKey,
  proposalFieldsSchema,
  readinessProblems,
} from './proposal';
import type { NewProposalInput, TransitionContext } from './proposal';

const base: NewProposalInput = {
  familyId: 'fam-1',
  personId: 'per-1',
  kind: 'baru',
  source: 'mandiri',
  programme: 'PKH',
  documents: { ktp: true, kk: true, suratPengantar: false, fotoRumah: false },
};

const [set262, set146] = CRITERIA_SETS;

function answersFor(
  set: (typeof CRITERIA_SETS)[number],
  value: boolean | null,
): Assessment['answers'] {
  return Object.fromEntries(set.items.map((item) => [item.id, { value, evidence: 'dilihat' }]));
}

describe('newProposalSchema', () => {
  it('accepts a complete walk-in proposal and drops empty notes', () => {
    const parsed = newProposalSchema.parse({ ...base, note: '  ' });
    expect(parsed.note).toBeUndefined();
    expect(parsed.documents.suratPengantar).toBe(false);
  });

  it('requires the reason of a removal, and drops it from other kinds', () => {
    const missing = newProposalSchema.safeParse({ ...base, kind: 'nonaktif' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => issue.path[0])).toContain('nonaktifReason');
    const ok = newProposalSchema.parse({ ...base, kind: 'nonaktif', nonaktifReason: 'meninggal' });
    expect(ok.nonaktifReason).toBe('meninggal');
    const other = newProposalSchema.parse({ ...base, nonaktifReason: 'pindah' });
    expect(other.nonaktifReason).toBeUndefined();
  });

  it('requires the cover letter number and date when the RT/RW proposed', () => {
    const result = proposalFieldsSchema.safeParse({ ...base, source: 'rt_rw' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['suratPengantarNomor', 'suratPengantarTanggal']));

    const ok = proposalFieldsSchema.parse({
      ...base,
      source: 'rt_rw',
      documents: {
        ...base.documents,
        suratPengantarNomor: '12/RT03/XI/2026',
        suratPengantarTanggal: '2026-11-02',
      },
    });
    // Proposed by the RT/RW means the letter exists, ticked or not.
    expect(ok.documents.suratPengantar).toBe(true);
  });

  it('requires the cover letter details when the box is ticked, and rejects impossible dates', () => {
    const result = proposalFieldsSchema.safeParse({
      ...base,
      documents: {
        ...base.documents,
        suratPengantar: true,
        suratPengantarNomor: '7',
        suratPengantarTanggal: '2026-02-30',
      },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe('suratPengantarTanggal');
  });

  it('forgets cover letter details when no letter is needed', () => {
    const parsed = proposalFieldsSchema.parse({
      ...base,
      documents: { ...base.documents, suratPengantarNomor: 'x', suratPengantarTanggal: 'y' },
    });
    expect(parsed.documents.suratPengantarNomor).toBeUndefined();
  });

  it('refuses unknown kinds and programmes with Indonesian messages', () => {
    const result = newProposalSchema.safeParse({ ...base, kind: 'lain', programme: 'BLT' });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message).join(' ');
    expect(messages).toContain('Pilih jenis usulan');
    expect(messages).toContain('Pilih program');
  });
});

describe('status transitions', () => {
  const ready: TransitionContext = {
    kind: 'baru',
    documents: { ktp: true, kk: true, suratPengantar: false, fotoRumah: true },
    latestAssessment: { criteriaSetId: set262.id, answers: answersFor(set262, false) },
  };

  it('never lets the usulan screens set diputuskan or dikirim', () => {
    for (const from of Object.keys(MANUAL_TRANSITIONS) as ProposalStatus[]) {
      expect(MANUAL_TRANSITIONS[from]).not.toContain('diputuskan');
      expect(MANUAL_TRANSITIONS[from]).not.toContain('dikirim');
      expect(checkTransition(from, 'diputuskan', 'alasan panjang', ready)).toMatch(/musyawarah/);
      expect(checkTransition(from, 'dikirim', 'alasan panjang', ready)).toMatch(/ekspor/);
    }
    expect(MANUAL_TRANSITIONS.diputuskan).toHaveLength(0);
  });

  it('walks forward one step at a time and allows sensible back-steps', () => {
    expect(checkTransition('draf', 'verifikasi_lapangan', 'Dokumen lengkap', ready)).toBeNull();
    expect(checkTransition('draf', 'siap_musyawarah', 'Lompat saja', ready)).toMatch(/tidak dapat/);
    expect(
      checkTransition('siap_musyawarah', 'verifikasi_lapangan', 'perlu cek ulang', ready),
    ).toBeNull();
    expect(isBackStep('siap_musyawarah', 'verifikasi_lapangan')).toBe(true);
    expect(isBackStep('draf', 'verifikasi_lapangan')).toBe(false);
  });

  it('requires a reason for every change', () => {
    expect(checkTransition('draf', 'verifikasi_lapangan', '  ok ', ready)).toMatch(/alasan/);
  });

  it('needs KTP, KK and a complete assessment before the musyawarah for new entries', () => {
    const noDocs = { ...ready, documents: { ...ready.documents, ktp: false, kk: false } };
    expect(readinessProblems(noDocs)).toEqual(['KTP belum diperiksa', 'KK belum diperiksa']);
    expect(
      checkTransition('verifikasi_lapangan', 'siap_musyawarah', 'sudah dicek', noDocs),
    ).toMatch(/KTP/);

    const none = { ...ready, latestAssessment: null };
    expect(readinessProblems(none)).toEqual(['Penilaian verifikasi lapangan belum diisi']);
    const half = {
      ...ready,
      latestAssessment: {
        criteriaSetId: set262.id,
        answers: { 'kepala-keluarga-tidak-bekerja': { value: true, evidence: 'x' } },
      },
    };
    expect(readinessProblems(half)[0]).toMatch(/belum lengkap/);
    expect(readinessProblems(ready)).toEqual([]);
  });

  it('does not ask a poverty assessment of removals and objections', () => {
    for (const kind of ['nonaktif', 'sanggah'] as const) {
      expect(readinessProblems({ ...ready, kind, latestAssessment: null })).toEqual([]);
    }
    expect(readinessProblems({ ...ready, kind: 'perbaikan', latestAssessment: null })).toHaveLength(
      1,
    );
  });
});

describe('assessments', () => {
  it('counts the outright-poor answer as complete even with other items open', () => {
    expect(
      isAssessmentComplete({
        criteriaSetId: set262.id,
        answers: { 'tidak-punya-tempat-tinggal': { value: true, evidence: 'tidur di pasar' } },
      }),
    ).toBe(true);
    expect(
      isAssessmentComplete({ criteriaSetId: set146.id, answers: answersFor(set146, null) }),
    ).toBe(false);
    expect(
      isAssessmentComplete({ criteriaSetId: set146.id, answers: answersFor(set146, true) }),
    ).toBe(true);
    expect(isAssessmentComplete({ criteriaSetId: 'tidak-ada', answers: {} })).toBe(false);
  });

  it('validates officer, date, set membership and evidence for yes answers', () => {
    const input = {
      proposalId: 'p',
      criteriaSetId: set262.id,
      answers: answersFor(set262, false),
      officer: 'Budi',
      date: '2026-11-03',
      note: '',
    };
    expect(assessmentInputSchema.safeParse(input).success).toBe(true);
    expect(assessmentInputSchema.safeParse({ ...input, officer: ' ' }).success).toBe(false);
    expect(assessmentInputSchema.safeParse({ ...input, date: '03-11-2026' }).success).toBe(false);
    expect(
      assessmentInputSchema.safeParse({ ...input, criteriaSetId: 'kepmensos-1-1999' }).success,
    ).toBe(false);
    const foreign = {
      ...input,
      answers: { 'atap-ijuk-rumbia-buruk': { value: false, evidence: '' } },
    };
    expect(assessmentInputSchema.safeParse(foreign).success).toBe(false);
    const noEvidence = {
      ...input,
      answers: { 'tidak-punya-jamban-sendiri': { value: true, evidence: '  ' } },
    };
    const result = assessmentInputSchema.safeParse(noEvidence);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/bukti/);
  });

  it('picks the latest assessment by field date, then by writing time', () => {
    const rows = [
      { id: 'a', date: '2026-11-01', createdAt: '2026-11-05T00:00:00Z' },
      { id: 'b', date: '2026-11-03', createdAt: '2026-11-03T00:00:00Z' },
      { id: 'c', date: '2026-11-03', createdAt: '2026-11-04T00:00:00Z' },
    ];
    expect(latestAssessment(rows)?.id).toBe('c');
    expect(latestAssessment([])).toBeNull();
  });
});

describe('open duplicates', () => {
  const existing = [
    {
      id: '1',
      familyId: 'f',
      kind: 'baru' as const,
      period: 'November 2026',
      status: 'draf' as const,
    },
    {
      id: '2',
      familyId: 'f',
      kind: 'perbaikan' as const,
      period: 'November 2026',
      status: 'diputuskan' as const,
    },
  ];

  it('finds an open proposal of the same kind in the same period only', () => {
    expect(
      findOpenDuplicate(existing, { familyId: 'f', kind: 'baru', period: 'November 2026' })?.id,
    ).toBe('1');
    expect(
      findOpenDuplicate(existing, { familyId: 'f', kind: 'baru', period: 'Desember 2026' }),
    ).toBeUndefined();
    expect(
      findOpenDuplicate(existing, { familyId: 'f', kind: 'perbaikan', period: 'November 2026' }),
    ).toBeUndefined();
    expect(
      findOpenDuplicate(existing, {
        id: '1',
        familyId: 'f',
        kind: 'baru',
        period: 'November 2026',
      }),
    ).toBeUndefined();
  });
});

describe('checkOverlapOverride', () => {
  const pkh: AidReceived = {
    id: 'a',
    familyId: 'f',
    programme: 'PKH',
    level: 'pusat',
    since: '2024-01-01',
    createdAt: '2024-01-01T00:00:00Z',
  };

  it('requires a justification of at least 20 characters for a flagged family', () => {
    const refused = checkOverlapOverride([pkh], 'Bansos Daerah', 'karena miskin');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/PKH.*minimal 20/);
    expect(
      checkOverlapOverride(
        [pkh],
        'Bansos Daerah',
        'PKH dihentikan sejak Oktober 2026 menurut pendamping',
      ).ok,
    ).toBe(true);
    expect(checkOverlapOverride([pkh], 'PBI-JK', undefined).ok).toBe(true);
    expect(checkOverlapOverride([], 'Bansos Daerah', undefined).flag.overlapping).toBe(false);
  });

  it('gives the form a short message only while the justification is missing', () => {
    const flag = checkOverlapOverride([pkh], 'Bansos Daerah', undefined).flag;
    expect(justificationProblem(flag, ' pendek ')).toBe(
      'Tulis alasan pengecualian, minimal 20 karakter',
    );
    expect(justificationProblem(flag, 'x'.repeat(20))).toBeNull();
    expect(justificationProblem({ overlapping: false }, undefined)).toBeNull();
  });
});

describe('periodSortKey', () => {
  it('orders monthly and semester labels in time', () => {
    const labels = ['Januari 2027', 'Semester II 2026', 'November 2026', 'Februari 2026', 'lain'];
    const sorted = [...labels].sort((a, b) => periodSortKey(a) - periodSortKey(b));
    expect(sorted).toEqual([
      'lain',
      'Februari 2026',
      'Semester II 2026',
      'November 2026',
      'Januari 2027',
    ]);
  });
});
