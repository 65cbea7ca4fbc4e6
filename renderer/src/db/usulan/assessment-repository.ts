import type { Assessment } from '@shared/domain/core/entities';
import { isoDate, localCalendarDate } from '@shared/domain/core/id-common';
import {
  assessmentInputSchema,
  assessmentSummary,
  STATUS_LABELS,
} from '@shared/domain/usulan/proposal';
import { newId } from '@shared/domain/core/ids';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { UsulanError } from './repository';
import { currentActor } from '../pengaturan/repository';

const ENTITY = 'penilaian verivali';

/**
 * Saves a field assessment: a new one, or corrections to `options.id`. Only
 * while the proposal is in verifikasi lapangan: that is when the field check
 * happens, and a proposal already before the musyawarah must not shift under it.
 */
export async function saveAssessment(
  db: DtksDatabase,
  input: unknown,
  options: { id?: string } = {},
  now = new Date(),
): Promise<Assessment> {
  checkPermission(db, 'update', 'penilaian verivali');
  const parsed = assessmentInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsulanError(
      issue?.message ?? 'Penilaian tidak valid',
      issue?.path.map(String).join('.') ?? '',
    );
  }
  const value = parsed.data;
  const l = localCalendarDate(now);
  if (value.date > isoDate(l.year, l.month, l.day)) {
    throw new UsulanError('Tanggal verifikasi tidak boleh di masa depan', 'date');
  }
  return db.transaction('rw', [db.proposals, db.assessments, db.settings, db.audit], async () => {
    const proposal = await db.proposals.get(value.proposalId);
    if (!proposal) throw new UsulanError('Usulan tidak ditemukan');
    if (proposal.status !== 'verifikasi_lapangan') {
      throw new UsulanError(
        `Penilaian hanya dapat diisi saat usulan berstatus verifikasi lapangan (sekarang ${STATUS_LABELS[proposal.status].toLowerCase()})`,
      );
    }
    const before = options.id ? await db.assessments.get(options.id) : undefined;
    if (options.id && (!before || before.proposalId !== proposal.id)) {
      throw new UsulanError('Penilaian yang akan diubah tidak ditemukan pada usulan ini');
    }
    const assessment: Assessment = {
      id: before?.id ?? newId(),
      proposalId: proposal.id,
      criteriaSetId: value.criteriaSetId,
      answers: value.answers,
      officer: value.officer,
      date: value.date,
      note: value.note,
      createdAt: before?.createdAt ?? now.toISOString(),
    };
    await db.assessments.put(assessment);
    const label = assessmentSummary(assessment)?.label ?? '';
    await appendAudit(
      db,
      {
        actor: await currentActor(db),
        action: before ? 'update' : 'create',
        entity: ENTITY,
        entityId: assessment.id,
        summary: `Penilaian verifikasi lapangan ${before ? 'diubah' : 'disimpan'} (${value.officer}, ${value.date}): ${label}`,
        before,
        after: assessment,
      },
      now,
    );
    return assessment;
  });
}

/** Latest first. */
export async function listAssessments(db: DtksDatabase, proposalId: string): Promise<Assessment[]> {
  const rows = await db.assessments.where('proposalId').equals(proposalId).toArray();
  return rows.sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
}
