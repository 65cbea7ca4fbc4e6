import { z } from 'zod';
import { getCriteriaSet, summarizeAssessment } from './criteria';
import type { AssessmentSummary } from './criteria';
import {
  NONAKTIF_REASONS,
  PROPOSAL_KINDS,
  PROPOSAL_SOURCES,
  PROPOSED_PROGRAMMES,
} from '../core/entities';
import type {
  AidReceived,
  Assessment,
  ProposalDocuments,
  ProposalKind,
  ProposalStatus,
  ProposedProgramme,
} from '../core/entities';
import { parseIsoDate } from '../core/id-common';
import { MONTHS_ID } from '../core/settings';
import { checkAidOverlap } from '../warga/overlap';
import type { OverlapFlag } from '../warga/overlap';

// ---- Labels shown to the clerk ----

/** One set of words for the kinds, screens and reports alike. */
export { KIND_LABELS } from '../core/labels';

export const NONAKTIF_REASON_LABELS: Record<(typeof NONAKTIF_REASONS)[number], string> = {
  meninggal: 'Meninggal',
  pindah: 'Pindah',
  tidak_ditemukan: 'Tidak ditemukan',
  sudah_mampu: 'Sudah mampu',
  ganda: 'Ganda (duplikat)',
};

export const SOURCE_LABELS: Record<(typeof PROPOSAL_SOURCES)[number], string> = {
  mandiri: 'Mandiri di kelurahan',
  rt_rw: 'Usulan RT/RW',
  survei_dinsos: 'Survei Dinas Sosial',
  cek_bansos: 'Daftar online Cek Bansos',
  prelist: 'Prelist DTKS',
};

export const STATUS_LABELS: Record<ProposalStatus, string> = {
  draf: 'Draf',
  verifikasi_lapangan: 'Verifikasi lapangan',
  siap_musyawarah: 'Siap musyawarah',
  diputuskan: 'Diputuskan',
  dikirim: 'Dikirim',
};

// ---- New proposal input ----

/** A written justification shorter than this is not a justification. */
export const MIN_JUSTIFICATION_LENGTH = 20;
export const MIN_REASON_LENGTH = 5;

const isoDateString = z
  .string()
  .trim()
  .refine((value) => parseIsoDate(value) !== undefined, 'Tanggal tidak valid (format TTTT-BB-HH)');

const documentsSchema = z.object({
  ktp: z.boolean(),
  kk: z.boolean(),
  suratPengantar: z.boolean(),
  suratPengantarNomor: z.string().trim().max(80).optional(),
  suratPengantarTanggal: z.string().trim().optional(),
  fotoRumah: z.boolean(),
});

const proposalFieldsShape = {
  kind: z.enum(PROPOSAL_KINDS, 'Pilih jenis usulan'),
  nonaktifReason: z.enum(NONAKTIF_REASONS).optional(),
  source: z.enum(PROPOSAL_SOURCES, 'Pilih sumber usulan'),
  programme: z.enum(PROPOSED_PROGRAMMES, 'Pilih program yang diusulkan'),
  documents: documentsSchema,
  note: z.string().trim().max(1000).optional(),
  overlapJustification: z.string().trim().max(1000).optional(),
};
const fieldsObject = z.object(proposalFieldsShape);
type FieldsShape = z.output<typeof fieldsObject>;

function refineFields(value: FieldsShape, ctx: z.RefinementCtx): void {
  if (value.kind === 'nonaktif' && !value.nonaktifReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['nonaktifReason'],
      message: 'Usulan nonaktif wajib menyebut alasannya',
    });
  }
  if (needsCoverLetter(value.source, value.documents)) {
    if (!value.documents.suratPengantarNomor) {
      ctx.addIssue({
        code: 'custom',
        path: ['suratPengantarNomor'],
        message: 'Nomor surat pengantar RT/RW wajib diisi',
      });
    }
    if (parseIsoDate(value.documents.suratPengantarTanggal ?? '') === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['suratPengantarTanggal'],
        message: 'Tanggal surat pengantar RT/RW wajib diisi',
      });
    }
  }
}

function cleanFields<T extends FieldsShape>(value: T): T {
  return {
    ...value,
    // A reason left over from switching kinds must not travel with a non-removal.
    nonaktifReason: value.kind === 'nonaktif' ? value.nonaktifReason : undefined,
    documents: cleanDocuments(value.source, value.documents),
    note: value.note || undefined,
    overlapJustification: value.overlapJustification || undefined,
  };
}

/** What the clerk can change on a proposal; family and person are fixed once created. */
export const proposalFieldsSchema = fieldsObject
  .superRefine(refineFields)
  .transform((value) => cleanFields(value));
export type ProposalFieldsInput = z.input<typeof proposalFieldsSchema>;
export type ProposalFields = z.output<typeof proposalFieldsSchema>;

export const newProposalSchema = z
  .object({
    familyId: z.string().min(1, 'Pilih keluarga'),
    personId: z.string().min(1, 'Pilih warga yang diusulkan'),
    ...proposalFieldsShape,
  })
  .superRefine(refineFields)
  .transform((value) => cleanFields(value));
export type NewProposalInput = z.input<typeof newProposalSchema>;
export type NewProposal = z.output<typeof newProposalSchema>;

/** The cover letter is needed when the RT/RW proposed it, or when the clerk says there is one. */
export function needsCoverLetter(source: string, documents: { suratPengantar: boolean }): boolean {
  return source === 'rt_rw' || documents.suratPengantar;
}

function cleanDocuments(
  source: string,
  documents: z.output<typeof documentsSchema>,
): ProposalDocuments {
  const withLetter = needsCoverLetter(source, documents);
  return {
    ktp: documents.ktp,
    kk: documents.kk,
    suratPengantar: withLetter,
    ...(withLetter
      ? {
          suratPengantarNomor: documents.suratPengantarNomor,
          suratPengantarTanggal: documents.suratPengantarTanggal,
        }
      : {}),
    fotoRumah: documents.fotoRumah,
  };
}

// ---- Status flow ----

/**
 * Transitions the usulan screens may make. `diputuskan` is written only by the
 * musyawarah lock and `dikirim` only by the batch export, so neither appears here
 * as a target, and a decided proposal is never moved back by hand.
 */
export const MANUAL_TRANSITIONS: Record<ProposalStatus, readonly ProposalStatus[]> = {
  draf: ['verifikasi_lapangan'],
  verifikasi_lapangan: ['siap_musyawarah', 'draf'],
  siap_musyawarah: ['verifikasi_lapangan'],
  diputuskan: [],
  dikirim: [],
};

export const STATUS_ORDER: readonly ProposalStatus[] = [
  'draf',
  'verifikasi_lapangan',
  'siap_musyawarah',
  'diputuskan',
  'dikirim',
];

export function isBackStep(from: ProposalStatus, to: ProposalStatus): boolean {
  return STATUS_ORDER.indexOf(to) < STATUS_ORDER.indexOf(from);
}

/** Open: not yet decided by a musyawarah nor sent. */
export function isOpenStatus(status: ProposalStatus): boolean {
  return status !== 'diputuskan' && status !== 'dikirim';
}

/** Kinds whose readiness depends on a field check of the poverty criteria. */
export function kindNeedsAssessment(kind: ProposalKind): boolean {
  // Removal (death, move, duplicate) and objections are checked on facts written in
  // the note; a poverty checklist only makes sense when entry or data is at stake.
  return kind === 'baru' || kind === 'perbaikan';
}

/** Complete: every criterion answered, or the outright-poor item answered yes. */
export function isAssessmentComplete(
  assessment: Pick<Assessment, 'criteriaSetId' | 'answers'>,
): boolean {
  const summary = assessmentSummary(assessment);
  return summary !== null && (summary.outrightPoor || summary.answered === summary.total);
}

export function assessmentSummary(
  assessment: Pick<Assessment, 'criteriaSetId' | 'answers'>,
): AssessmentSummary | null {
  const set = getCriteriaSet(assessment.criteriaSetId);
  if (!set) return null;
  const answers: Record<string, boolean | undefined> = {};
  for (const [id, answer] of Object.entries(assessment.answers)) {
    if (answer.value !== null) answers[id] = answer.value;
  }
  return summarizeAssessment(set, answers);
}

export type TransitionContext = {
  kind: ProposalKind;
  documents: ProposalDocuments;
  latestAssessment: Pick<Assessment, 'criteriaSetId' | 'answers'> | null;
};

/** What stands in the way of being ready for the musyawarah; empty when ready. */
export function readinessProblems(context: TransitionContext): string[] {
  const problems: string[] = [];
  if (!context.documents.ktp) problems.push('KTP belum diperiksa');
  if (!context.documents.kk) problems.push('KK belum diperiksa');
  if (kindNeedsAssessment(context.kind)) {
    if (!context.latestAssessment) problems.push('Penilaian verifikasi lapangan belum diisi');
    else if (!isAssessmentComplete(context.latestAssessment))
      problems.push(
        'Penilaian verifikasi lapangan belum lengkap: masih ada kriteria belum dijawab',
      );
  }
  return problems;
}

/** Why a manual transition is refused; null when it is allowed. */
export function checkTransition(
  from: ProposalStatus,
  to: ProposalStatus,
  reason: string,
  context: TransitionContext,
): string | null {
  if (to === 'diputuskan') return 'Status diputuskan hanya ditetapkan saat musyawarah dikunci';
  if (to === 'dikirim') return 'Status dikirim hanya ditetapkan saat paket ekspor dibuat';
  if (!MANUAL_TRANSITIONS[from].includes(to)) {
    return `Status tidak dapat diubah dari ${STATUS_LABELS[from]} ke ${STATUS_LABELS[to]}`;
  }
  if (reason.trim().length < MIN_REASON_LENGTH) {
    return `Tulis alasan perubahan status (minimal ${MIN_REASON_LENGTH} karakter)`;
  }
  if (to === 'siap_musyawarah') {
    const problems = readinessProblems(context);
    if (problems.length > 0) return `Belum siap musyawarah: ${problems.join('; ')}`;
  }
  return null;
}

// ---- One open proposal per family, kind and period ----

export type ProposalKey = {
  id?: string;
  familyId: string;
  kind: ProposalKind;
  period: string;
  status: ProposalStatus;
};

export function findOpenDuplicate<T extends ProposalKey>(
  existing: readonly T[],
  candidate: Omit<ProposalKey, 'status'>,
): T | undefined {
  return existing.find(
    (row) =>
      row.id !== candidate.id &&
      row.familyId === candidate.familyId &&
      row.kind === candidate.kind &&
      row.period === candidate.period &&
      isOpenStatus(row.status),
  );
}

// ---- Overlap of central and regional aid ----

export type OverlapCheck =
  { ok: true; flag: OverlapFlag } | { ok: false; flag: OverlapFlag; message: string };

/** A flagged proposal may go ahead only with a written justification. */
export function checkOverlapOverride(
  aid: readonly AidReceived[],
  programme: ProposedProgramme,
  justification: string | undefined,
): OverlapCheck {
  const flag = checkAidOverlap(aid, programme);
  if (!flag.overlapping) return { ok: true, flag };
  if ((justification ?? '').trim().length < MIN_JUSTIFICATION_LENGTH) {
    return {
      ok: false,
      flag,
      message: `${flag.reason} Tulis alasan pengecualian (minimal ${MIN_JUSTIFICATION_LENGTH} karakter) untuk tetap mengusulkan.`,
    };
  }
  return { ok: true, flag };
}

/** The short form of the refusal, for the field itself (the alert beside it says why). */
export function justificationProblem(
  flag: OverlapFlag,
  justification: string | undefined,
): string | null {
  if (!flag.overlapping) return null;
  const length = (justification ?? '').trim().length;
  return length < MIN_JUSTIFICATION_LENGTH
    ? `Tulis alasan pengecualian, minimal ${MIN_JUSTIFICATION_LENGTH} karakter`
    : null;
}

// ---- Verivali assessment input ----

export const assessmentInputSchema = z
  .object({
    proposalId: z.string().min(1),
    criteriaSetId: z.string().refine((id) => getCriteriaSet(id) !== undefined, {
      message: 'Pilih set kriteria yang dikenal',
    }),
    answers: z.record(
      z.string(),
      z.object({ value: z.boolean().nullable(), evidence: z.string().trim().max(500) }),
    ),
    officer: z.string().trim().min(1, 'Nama petugas wajib diisi').max(120),
    date: isoDateString,
    note: z.string().trim().max(2000),
  })
  .superRefine((value, ctx) => {
    const set = getCriteriaSet(value.criteriaSetId);
    if (!set) return;
    const known = new Set(set.items.map((item) => item.id));
    for (const [id, answer] of Object.entries(value.answers)) {
      if (!known.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers', id],
          message: `Kriteria ${id} bukan bagian dari ${set.title}`,
        });
      } else if (answer.value === true && answer.evidence === '') {
        // A criterion claimed met must say what the officer saw.
        ctx.addIssue({
          code: 'custom',
          path: ['answers', id],
          message: 'Kriteria yang dijawab "Ya" wajib disertai catatan bukti',
        });
      }
    }
  });
export type AssessmentInput = z.input<typeof assessmentInputSchema>;

/** The latest assessment of a proposal: by field date, then by when it was written. */
export function latestAssessment<T extends Pick<Assessment, 'date' | 'createdAt'>>(
  assessments: readonly T[],
): T | null {
  let latest: T | null = null;
  for (const item of assessments) {
    if (
      !latest ||
      item.date > latest.date ||
      (item.date === latest.date && item.createdAt > latest.createdAt)
    ) {
      latest = item;
    }
  }
  return latest;
}

/** Orders period labels ("November 2026", "Semester II 2026") in time; unknown ones last. */
export function periodSortKey(label: string): number {
  const semester = /^Semester (I|II) (\d{4})$/.exec(label);
  if (semester) return Number(semester[2]) * 100 + (semester[1] === 'I' ? 0 : 6);
  const month = /^(\p{L}+) (\d{4})$/u.exec(label);
  const index = month ? MONTHS_ID.indexOf(month[1] as (typeof MONTHS_ID)[number]) : -1;
  if (month && index >= 0) return Number(month[2]) * 100 + index;
  return -1;
}
