import { Refusal } from '@shared/domain/core/refusal';
import type { Proposal, ProposalStatus } from '@shared/domain/core/entities';
import {
  checkOverlapOverride,
  checkTransition,
  findOpenDuplicate,
  isBackStep,
  KIND_LABELS,
  latestAssessment,
  newProposalSchema,
  proposalFieldsSchema,
  readinessProblems,
  STATUS_LABELS,
} from '@shared/domain/usulan/proposal';
import type { ProposalFields } from '@shared/domain/usulan/proposal';
import { periodLabel } from '@shared/domain/core/settings';
import type { z } from 'zod';
import { newId } from '@shared/domain/core/ids';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { currentActor, getPeriod } from '../pengaturan/repository';

/** A refusal worded for the clerk; nothing was written. */
export class UsulanError extends Refusal {
  constructor(message: string, field?: string) {
    super(message, { kind: 'usulan', field });
    this.name = 'UsulanError';
  }
}

export function isUsulanError(error: unknown): error is UsulanError {
  return error instanceof UsulanError;
}

function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new UsulanError(issue?.message ?? 'Data usulan tidak valid', String(issue?.path[0] ?? ''));
}

const ENTITY = 'usulan';

/** Open statuses the usulan screens may still edit. */
const EDITABLE: readonly ProposalStatus[] = ['draf', 'verifikasi_lapangan', 'siap_musyawarah'];

async function checkDuplicate(
  db: DtksDatabase,
  candidate: { id?: string; familyId: string; kind: Proposal['kind']; period: string },
): Promise<void> {
  const existing = await db.proposals.where('familyId').equals(candidate.familyId).toArray();
  const duplicate = findOpenDuplicate(existing, candidate);
  if (duplicate) {
    throw new UsulanError(
      `Keluarga ini sudah punya usulan ${KIND_LABELS[candidate.kind].toLowerCase()} yang masih berjalan pada periode ${candidate.period} (status ${STATUS_LABELS[duplicate.status].toLowerCase()}). Lanjutkan usulan itu, jangan membuat yang baru.`,
      'kind',
    );
  }
}

/** Returns the override to store, or throws when a flagged proposal lacks its justification. */
async function resolveOverlap(
  db: DtksDatabase,
  familyId: string,
  fields: ProposalFields,
  previous: Proposal['overlapOverride'],
  actor: string,
  at: string,
): Promise<{ override: Proposal['overlapOverride']; isNew: boolean; reason: string }> {
  const aid = await db.aid.where('familyId').equals(familyId).toArray();
  const justification = fields.overlapJustification ?? previous?.justification;
  const check = checkOverlapOverride(aid, fields.programme, justification);
  if (!check.ok) throw new UsulanError(check.message, 'overlapJustification');
  if (!check.flag.overlapping || justification === undefined) {
    return { override: undefined, isNew: false, reason: '' };
  }
  if (previous && previous.justification === justification) {
    return { override: previous, isNew: false, reason: check.flag.reason };
  }
  return { override: { justification, by: actor, at }, isNew: true, reason: check.flag.reason };
}

export async function createProposal(
  db: DtksDatabase,
  input: unknown,
  now = new Date(),
): Promise<Proposal> {
  checkPermission(db, 'create', 'usulan');
  const fields = parseOrThrow(newProposalSchema, input);
  return db.transaction(
    'rw',
    [db.proposals, db.families, db.people, db.aid, db.settings, db.audit],
    async () => {
      const [family, person] = await Promise.all([
        db.families.get(fields.familyId),
        db.people.get(fields.personId),
      ]);
      if (!family) throw new UsulanError('Keluarga tidak ditemukan', 'familyId');
      if (!person || person.familyId !== family.id) {
        throw new UsulanError('Warga yang dipilih bukan anggota keluarga ini', 'personId');
      }
      const period = periodLabel(await getPeriod(db), now);
      await checkDuplicate(db, { familyId: family.id, kind: fields.kind, period });
      const actor = await currentActor(db);
      const at = now.toISOString();
      const overlap = await resolveOverlap(db, family.id, fields, undefined, actor, at);

      const proposal: Proposal = {
        id: newId(),
        familyId: family.id,
        personId: person.id,
        kind: fields.kind,
        ...(fields.nonaktifReason ? { nonaktifReason: fields.nonaktifReason } : {}),
        source: fields.source,
        programme: fields.programme,
        documents: fields.documents,
        status: 'draf',
        history: [{ from: null, to: 'draf', at, by: actor, reason: 'Usulan dibuat' }],
        period,
        ...(fields.note ? { note: fields.note } : {}),
        ...(overlap.override ? { overlapOverride: overlap.override } : {}),
        createdAt: at,
        updatedAt: at,
      };
      await db.proposals.add(proposal);
      await appendAudit(
        db,
        {
          actor,
          action: 'create',
          entity: ENTITY,
          entityId: proposal.id,
          summary: `Usulan ${KIND_LABELS[proposal.kind].toLowerCase()} (${proposal.programme}) dibuat untuk ${person.nama}, periode ${period}`,
          after: proposal,
        },
        now,
      );
      if (overlap.isNew && overlap.override) {
        await appendAudit(
          db,
          {
            actor,
            action: 'override',
            entity: ENTITY,
            entityId: proposal.id,
            summary: `Aturan tumpang tindih bantuan dikecualikan untuk ${person.nama}: ${overlap.override.justification}`,
            after: { reason: overlap.reason, justification: overlap.override.justification },
          },
          now,
        );
      }
      return proposal;
    },
  );
}

/** Edits kind, source, programme, documents and note of an open proposal. */
export async function updateProposal(
  db: DtksDatabase,
  id: string,
  input: unknown,
  now = new Date(),
): Promise<Proposal> {
  checkPermission(db, 'update', 'usulan');
  const fields = parseOrThrow(proposalFieldsSchema, input);
  return db.transaction(
    'rw',
    [db.proposals, db.assessments, db.aid, db.settings, db.audit],
    async () => {
      const before = await db.proposals.get(id);
      if (!before) throw new UsulanError('Usulan tidak ditemukan');
      if (!EDITABLE.includes(before.status)) {
        throw new UsulanError(
          `Usulan berstatus ${STATUS_LABELS[before.status].toLowerCase()} tidak dapat diubah lagi`,
        );
      }
      if (fields.kind !== before.kind) {
        if (before.status !== 'draf') {
          throw new UsulanError('Jenis usulan hanya dapat diubah selama masih draf', 'kind');
        }
        await checkDuplicate(db, {
          id,
          familyId: before.familyId,
          kind: fields.kind,
          period: before.period,
        });
      }
      if (before.status === 'siap_musyawarah') {
        const assessments = await db.assessments.where('proposalId').equals(id).toArray();
        const problems = readinessProblems({
          kind: fields.kind,
          documents: fields.documents,
          latestAssessment: latestAssessment(assessments),
        });
        if (problems.length > 0) {
          throw new UsulanError(
            `Perubahan ini membuat usulan belum siap musyawarah (${problems.join('; ')}). Kembalikan dulu ke verifikasi lapangan.`,
          );
        }
      }
      const actor = await currentActor(db);
      const at = now.toISOString();
      const overlap = await resolveOverlap(
        db,
        before.familyId,
        fields,
        before.overlapOverride,
        actor,
        at,
      );
      const after: Proposal = {
        ...before,
        kind: fields.kind,
        nonaktifReason: fields.nonaktifReason,
        source: fields.source,
        programme: fields.programme,
        documents: fields.documents,
        note: fields.note,
        overlapOverride: overlap.override,
        updatedAt: at,
      };
      for (const key of ['nonaktifReason', 'note', 'overlapOverride'] as const) {
        if (after[key] === undefined) delete after[key];
      }
      await db.proposals.put(after);
      await appendAudit(
        db,
        {
          actor,
          action: 'update',
          entity: ENTITY,
          entityId: id,
          summary: `Data usulan diubah (${KIND_LABELS[after.kind].toLowerCase()}, ${after.programme})`,
          before,
          after,
        },
        now,
      );
      if (overlap.isNew && overlap.override) {
        await appendAudit(
          db,
          {
            actor,
            action: 'override',
            entity: ENTITY,
            entityId: id,
            summary: `Aturan tumpang tindih bantuan dikecualikan: ${overlap.override.justification}`,
            after: { reason: overlap.reason, justification: overlap.override.justification },
          },
          now,
        );
      }
      return after;
    },
  );
}

/** Moves a proposal one step, appending who, when and why to its history. */
export async function changeStatus(
  db: DtksDatabase,
  id: string,
  to: ProposalStatus,
  reason: string,
  now = new Date(),
): Promise<Proposal> {
  checkPermission(db, 'update', 'usulan');
  return db.transaction('rw', [db.proposals, db.assessments, db.settings, db.audit], async () => {
    const before = await db.proposals.get(id);
    if (!before) throw new UsulanError('Usulan tidak ditemukan');
    const assessments = await db.assessments.where('proposalId').equals(id).toArray();
    const refusal = checkTransition(before.status, to, reason, {
      kind: before.kind,
      documents: before.documents,
      latestAssessment: latestAssessment(assessments),
    });
    if (refusal) throw new UsulanError(refusal, 'reason');
    const actor = await currentActor(db);
    const at = now.toISOString();
    const trimmed = reason.trim();
    const after: Proposal = {
      ...before,
      status: to,
      history: [...before.history, { from: before.status, to, at, by: actor, reason: trimmed }],
      updatedAt: at,
    };
    await db.proposals.put(after);
    await appendAudit(
      db,
      {
        actor,
        action: 'update',
        entity: ENTITY,
        entityId: id,
        summary: `Status usulan ${isBackStep(before.status, to) ? 'dikembalikan' : 'diubah'}: ${STATUS_LABELS[before.status]} → ${STATUS_LABELS[to]} (${trimmed})`,
        before: { status: before.status },
        after: { status: to, reason: trimmed },
      },
      now,
    );
    return after;
  });
}

/** A draft entered by mistake may be deleted, with its assessments and photos. */
export async function deleteDraftProposal(
  db: DtksDatabase,
  id: string,
  now = new Date(),
): Promise<void> {
  checkPermission(db, 'delete', 'usulan');
  await db.transaction(
    'rw',
    [db.proposals, db.assessments, db.photos, db.settings, db.audit],
    async () => {
      const before = await db.proposals.get(id);
      if (!before) return;
      if (before.status !== 'draf') {
        throw new UsulanError('Hanya usulan berstatus draf yang dapat dihapus');
      }
      await db.assessments.where('proposalId').equals(id).delete();
      await db.photos.where('proposalId').equals(id).delete();
      await db.proposals.delete(id);
      await appendAudit(
        db,
        {
          actor: await currentActor(db),
          action: 'delete',
          entity: ENTITY,
          entityId: id,
          summary: `Draf usulan ${KIND_LABELS[before.kind].toLowerCase()} dihapus`,
          before,
        },
        now,
      );
    },
  );
}

export {
  countProposalsByStatus,
  getProposalDetail,
  getProposalRows,
  listFamilyProposals,
  listProposalIds,
  listProposalPeriods,
  listProposals,
  PROPOSAL_SORTS,
} from './read';
export type {
  ProposalDetail,
  ProposalFilter,
  ProposalListRow,
  ProposalQuery,
  ProposalSort,
} from './read';
