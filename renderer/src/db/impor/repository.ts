import Dexie from 'dexie';
import { Refusal } from '@shared/domain/core/refusal';
import type { Family, ImportLayout, PersonRow, Proposal } from '@shared/domain/core/entities';
import { desilSource } from '@shared/domain/usulan/desil';
import { isoDate, localCalendarDate } from '@shared/domain/core/id-common';
import {
  familyDesil,
  groupByFamily,
  importProposal,
  listedFamilyFields,
  newFamily,
  newPerson,
} from '@shared/domain/impor/families';
import type { ProposalChoice } from '@shared/domain/impor/families';
import type { FieldMapping } from '@shared/domain/impor/fields';
import type { ImportRecord, RegistrySnapshot } from '@shared/domain/impor/validate-rows';
import { maskNik } from '@shared/domain/warga/nik';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import { periodLabel } from '@shared/domain/core/settings';
import { newId } from '@shared/domain/core/ids';
import { appendAudit } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import { recordImportRun } from './history';
import type { ListedFamilyChange, ListedFields } from './history';
import { findByNumber } from './index-lookup';
import { pipelinedWriter } from '../core/pipelined-writer';
import {
  deferFamilyListFacts,
  familiesWithFacts,
  refreshFamilyListFacts,
} from '../warga/family-list-facts';
import { currentActor, getIdentity, getPeriod } from '../pengaturan/repository';
import { checkPermission } from '../keamanan/permission-door';
import { applyDeferredWrites, deferBerandaSummary } from '../beranda/summary-middleware';

const LOOKUP_SLICE = 2_000;

/** What a save is writing now, in the clerk's words: the figure counts these. */
export type SaveUnit = 'keluarga' | 'warga' | 'usulan';

/** The registry changed between the check and the write; nothing was written. */
export class ImportConflictError extends Refusal {
  override name = 'ImportConflictError';
  constructor(message: string) {
    super(message, { kind: 'impor' });
  }
}

/**
 * What the registry holds about these NIKs and KKs, looked up through the unique
 * indexes only: a 20,000-row file never loads the whole registry.
 */
export async function registrySnapshot(
  db: DtksDatabase,
  keys: { niks: readonly string[]; kks: readonly string[] },
  onProgress: (done: number, total: number) => void = () => {},
): Promise<RegistrySnapshot> {
  // In slices, so a 20,000-row file shows the lookup moving instead of a frozen "0 dari".
  const total = keys.niks.length + keys.kks.length;
  let done = 0;
  onProgress(0, total);
  const lookUp = async <T>(list: readonly string[], find: (slice: string[]) => Promise<T[]>) => {
    const found: T[] = [];
    for (let i = 0; i < list.length; i += LOOKUP_SLICE) {
      const slice = list.slice(i, i + LOOKUP_SLICE);
      found.push(...(await find(slice)));
      done += slice.length;
      onProgress(done, total);
    }
    return found;
  };
  const people = await lookUp(keys.niks, (slice) => findByNumber(db.people, 'nikKey', slice));
  const families = await lookUp(keys.kks, (slice) => findByNumber(db.families, 'noKkKey', slice));
  const familyIds = [...new Set(people.map((person) => person.familyId))];
  const holders = await db.families.bulkGet(familyIds);
  const kkById = new Map<string, string>();
  for (const family of [...holders, ...families]) if (family) kkById.set(family.id, family.noKk);

  const familyKkByNik = new Map<string, string>();
  for (const person of people) {
    const kk = kkById.get(person.familyId);
    if (kk !== undefined) familyKkByNik.set(person.nik, kk);
  }
  const heads = new Set<string>();
  if (families.length > 0) {
    await db.people
      .where('familyId')
      .anyOf(families.map((family) => family.id))
      .each((person) => {
        if (person.shdk === 1) heads.add(person.familyId);
      });
  }
  const familyHasHead = new Map(families.map((family) => [family.noKk, heads.has(family.id)]));
  return { familyKkByNik, familyHasHead };
}

export type CommitInput = {
  records: readonly ImportRecord[];
  fileName: string;
  /** Null: write the people only, no proposals. */
  proposals: ProposalChoice | null;
  now?: Date;
  /**
   * The No. KKs the check found registered. Given, the write reads back only these
   * families and lets the unique index catch any registered since (see commitImport).
   */
  registeredKks?: ReadonlySet<string>;
  /** Rows per bulk write; small in tests to exercise several chunks. */
  chunkSize?: number;
};

export type CommitResult = {
  familiesCreated: number;
  familiesReused: number;
  peopleCreated: number;
  peopleSkipped: number;
  proposalsCreated: number;
  proposalsSkipped: number;
  /** Families whose decile the file set or replaced (new families included). */
  desilSet: number;
  auditId: string;
  /** Carried by every row this import created; undoImport() removes them by it. */
  importId: string;
};

const CHUNK = 1_000;

/**
 * Writes the valid rows of one file in ONE transaction with its audit entry: either
 * everything lands or nothing does. Families are matched by No. KK and reused; a person
 * already registered in the same family is left as is. The registry is re-read inside
 * the transaction, so a change made since the check aborts the import instead of
 * splitting a person across two families.
 *
 * The re-read trusts the check first: it reads back only the people the check found
 * registered (`record.existing`) and, when given, the families it found (`registeredKks`);
 * everything else is added as new, and the unique NIK and No. KK indexes refuse any of it
 * that was registered since. Such a refusal aborts the attempt (nothing written) and the
 * import runs once more reading every NIK and No. KK, so the outcome is always the one a
 * full re-read gives; on a registry of 200,000 people the trusted re-read saves one
 * backend lookup per row of the file (BENCHMARKS.md).
 */
export async function commitImport(
  db: DtksDatabase,
  input: CommitInput,
  onProgress: (done: number, total: number, unit: SaveUnit) => void = () => {},
): Promise<CommitResult> {
  checkPermission(db, 'import', 'impor data');
  try {
    return await writeImport(db, input, onProgress, true);
  } catch (error) {
    if (!isConstraintFailure(error)) throw error;
    return writeImport(db, input, onProgress, false);
  }
}

/** A unique index refused a row: a NIK or No. KK exists that the re-read did not ask for. */
function isConstraintFailure(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ConstraintError' || error.name === 'BulkError');
}

async function writeImport(
  db: DtksDatabase,
  input: CommitInput,
  onProgress: (done: number, total: number, unit: SaveUnit) => void,
  trustCheck: boolean,
): Promise<CommitResult> {
  const now = input.now ?? new Date();
  const stamp = now.toISOString();
  const chunk = input.chunkSize ?? CHUNK;
  const importId = newId();
  const tables = [db.families, db.people, db.proposals, db.settings, db.audit];
  return db.transaction('rw', tables, async () => {
    // The Beranda's summary takes this import once, at the end (applyDeferredWrites).
    deferBerandaSummary();
    const [actor, identity, period] = await Promise.all([
      currentActor(db),
      getIdentity(db),
      getPeriod(db),
    ]);
    const groups = groupByFamily(input.records);
    const [registered, families] = await Promise.all([
      findByNumber(
        db.people,
        'nikKey',
        (trustCheck ? input.records.filter((record) => record.existing) : input.records).map(
          (record) => record.nik,
        ),
      ),
      findByNumber(
        db.families,
        'noKkKey',
        groups
          .map((group) => group.noKk)
          .filter((kk) => !trustCheck || !input.registeredKks || input.registeredKks.has(kk)),
      ),
    ]);
    const familyByKk = new Map(families.map((family) => [family.noKk, family]));
    const registeredByNik = await assertNoConflict(db, input.records, registered);
    const { year, month, day } = localCalendarDate(now);
    const desilStamp = {
      source: desilSource({
        fileName: input.fileName,
        period: periodLabel(period, now),
        prelist: input.proposals?.source === 'prelist',
      }),
      date: isoDate(year, month, day),
    };

    const newFamilies: Family[] = [];
    // Families already registered get the list's ID DTKS, prelist fingerprint and the
    // decile of the newer list (never typed by hand); their own data (address, members)
    // is left as the office keeps it.
    const listedFamilies: Family[] = [];
    const listedChanges: ListedFamilyChange[] = [];
    const listedBefore: Family[] = [];
    let rankedFamilies = 0;
    const prelist = input.proposals?.source === 'prelist';
    // The people's rows are built chunk by chunk while the previous chunk is being
    // written (below), so building them costs no time of its own.
    const newPeople: PlannedPerson[] = [];
    const heads = new Map<string, string>();
    for (const group of groups) {
      let family = familyByKk.get(group.noKk);
      const desil = familyDesil(group, desilStamp);
      if (!family) {
        family = {
          ...newFamily(
            group,
            { id: newId(), kodeWilayah: identity?.kodeWilayah ?? '', now: stamp },
            desil,
          ),
          ...listedFamilyFields(group, { prelist, now: stamp }),
          importId,
        };
        newFamilies.push(family);
      } else {
        const listed = listedFamilyFields(group, { prelist, now: stamp });
        const relisted =
          (listed.idDtks !== undefined && listed.idDtks !== family.idDtks) ||
          (listed.prelistFingerprint !== undefined &&
            listed.prelistFingerprint !== family.prelistFingerprint);
        const reranked = desil !== undefined && family.desil?.value !== desil.value;
        if (reranked) rankedFamilies += 1;
        if (relisted || reranked) {
          const changed: Family = {
            ...family,
            ...(relisted ? listed : {}),
            ...(reranked ? { desil, updatedAt: stamp } : {}),
          };
          listedFamilies.push(changed);
          listedBefore.push(family);
          listedChanges.push({
            familyId: family.id,
            before: listedFieldsOf(family),
            after: listedFieldsOf(changed),
          });
        }
      }
      for (const record of group.records) {
        const existing = registeredByNik.get(record.nik);
        const personId = existing?.id ?? newId();
        if (!existing) newPeople.push({ record, group, id: personId, familyId: family.id });
        if (record.shdk === 1 || !heads.has(family.id)) heads.set(family.id, personId);
      }
    }
    // A family already registered keeps its own head as the subject of its proposal.
    if (families.length > 0) {
      await db.people
        .where('familyId')
        .anyOf(families.map((family) => family.id))
        .each((person) => {
          if (person.shdk === 1) heads.set(person.familyId, person.id);
        });
    }
    const proposals = input.proposals
      ? await plannedProposals(db, groups, familyByKk, newFamilies, heads, {
          choice: input.proposals,
          period: periodLabel(period, now),
          actor,
          now: stamp,
          fileName: input.fileName,
        })
      : { create: [] as Proposal[], skipped: 0 };

    // One figure per kind of row, each with a total that never changes: the chunks land
    // in order, families first, then people, then proposals.
    const stages: [SaveUnit, number][] = [
      ['keluarga', newFamilies.length],
      ['warga', newPeople.length],
      ['usulan', proposals.create.length],
    ];
    const total = stages.reduce((sum, [, count]) => sum + count, 0);
    const writer = pipelinedWriter(chunk, total, (done) => {
      let before = 0;
      for (const [unit, count] of stages) {
        if (count > 0 && done <= before + count) return onProgress(done - before, count, unit);
        before += count;
      }
    });
    // The Warga list's head name and member count (schema v11): a new family's members are
    // all in this import, so its facts are counted here and written with it; the registered
    // families that gain members are counted once at the end. Row by row, the middleware
    // would count each new family twice (when it is added, then when its people are).
    deferFamilyListFacts();
    const newFamilyIds = new Set(newFamilies.map((family) => family.id));
    const joined = new Set<string>();
    for (const planned of newPeople)
      if (!newFamilyIds.has(planned.familyId)) joined.add(planned.familyId);
    await writer.write(
      db.families,
      familiesWithFacts(
        newFamilies,
        newPeople.map(({ id, familyId, record }) => ({
          id,
          familyId,
          shdk: record.shdk,
          nama: record.nama,
        })),
      ),
    );
    if (listedFamilies.length > 0) await db.families.bulkPut(listedFamilies);
    const peopleRows: PersonRow[] = [];
    await writer.write(db.people, newPeople, (planned) => {
      const row: PersonRow = {
        ...toPersonRow(
          newPerson(planned.record, {
            id: planned.id,
            familyId: planned.familyId,
            now: stamp,
          }),
        ),
        importId,
      };
      peopleRows.push(row);
      return row;
    });
    const proposalRows = proposals.create.map((proposal) => ({ ...proposal, importId }));
    await writer.write(db.proposals, proposalRows);
    await writer.flush();
    await refreshFamilyListFacts(Dexie.currentTransaction, joined);
    await applyDeferredWrites({
      addedFamilies: newFamilies,
      replacedFamilies: listedFamilies.map((after, i) => ({
        before: listedBefore[i],
        after,
      })),
      addedPeople: peopleRows,
      addedProposals: proposalRows,
    });

    const result: Omit<CommitResult, 'auditId' | 'importId'> = {
      familiesCreated: newFamilies.length,
      familiesReused: groups.length - newFamilies.length,
      peopleCreated: newPeople.length,
      peopleSkipped: input.records.length - newPeople.length,
      proposalsCreated: proposals.create.length,
      proposalsSkipped: proposals.skipped,
      desilSet: newFamilies.filter((family) => family.desil).length + rankedFamilies,
    };
    const entry = await appendAudit(
      db,
      {
        actor,
        action: 'import',
        entity: 'impor data',
        entityId: importId,
        summary:
          `Impor ${input.fileName}: ${result.peopleCreated} warga baru, ` +
          `${result.familiesCreated} keluarga baru, ${result.familiesReused} keluarga sudah ada, ` +
          `${result.peopleSkipped} warga sudah terdaftar tidak diubah, ` +
          `${result.proposalsCreated} usulan dibuat` +
          (result.desilSet > 0 ? `, desil ${result.desilSet} keluarga diisi dari berkas` : ''),
        after: {
          importId,
          fileName: input.fileName,
          rows: input.records.length,
          ...result,
          proposalChoice: input.proposals,
          period: periodLabel(period, now),
        },
      },
      now,
    );
    await recordImportRun(db, {
      id: importId,
      fileName: input.fileName,
      at: stamp,
      actor,
      rows: input.records.length,
      familiesCreated: result.familiesCreated,
      peopleCreated: result.peopleCreated,
      proposalsCreated: result.proposalsCreated,
      auditId: entry.id,
      ...(listedChanges.length > 0 ? { listedFamilies: listedChanges } : {}),
    });
    return { ...result, auditId: entry.id, importId };
  });
}

/** The fields an import may write onto a registered family, only those present. */
function listedFieldsOf(family: Family): ListedFields {
  return {
    ...(family.idDtks !== undefined ? { idDtks: family.idDtks } : {}),
    ...(family.prelistFingerprint !== undefined
      ? { prelistFingerprint: family.prelistFingerprint }
      : {}),
    ...(family.desil !== undefined ? { desil: family.desil } : {}),
    updatedAt: family.updatedAt,
  };
}

type PlannedPerson = {
  record: ImportRecord;
  group: ReturnType<typeof groupByFamily>[number];
  id: string;
  familyId: string;
};

/** People already registered by NIK, after checking none of them sits in another family. */
async function assertNoConflict(
  db: DtksDatabase,
  records: readonly ImportRecord[],
  registered: PersonRow[],
): Promise<Map<string, PersonRow>> {
  const byNik = new Map(registered.map((person) => [person.nik, person]));
  if (registered.length === 0) return byNik;
  const holders = await db.families.bulkGet([...new Set(registered.map((p) => p.familyId))]);
  const kkById = new Map(holders.filter((f) => f !== undefined).map((f) => [f.id, f.noKk]));
  for (const record of records) {
    const person = byNik.get(record.nik);
    if (person && kkById.get(person.familyId) !== record.noKk) {
      throw new ImportConflictError(
        `NIK ${maskNik(record.nik)} (baris ${record.row}) sudah terdaftar di keluarga lain. ` +
          'Data warga berubah sejak berkas diperiksa: periksa ulang berkasnya.',
      );
    }
  }
  return byNik;
}

/** One proposal per family, unless the family already has the same one this period. */
async function plannedProposals(
  db: DtksDatabase,
  groups: ReturnType<typeof groupByFamily>,
  familyByKk: Map<string, Family>,
  newFamilies: Family[],
  heads: Map<string, string>,
  meta: { choice: ProposalChoice; period: string; actor: string; now: string; fileName: string },
): Promise<{ create: Proposal[]; skipped: number }> {
  const familyIdByKk = new Map(familyByKk);
  for (const family of newFamilies) familyIdByKk.set(family.noKk, family);
  const existing = new Set<string>();
  if (familyByKk.size > 0) {
    await db.proposals
      .where('familyId')
      .anyOf([...familyByKk.values()].map((family) => family.id))
      .each((proposal) => {
        if (
          proposal.period === meta.period &&
          proposal.source === meta.choice.source &&
          proposal.kind === meta.choice.kind
        ) {
          existing.add(proposal.familyId);
        }
      });
  }
  const create: Proposal[] = [];
  let skipped = 0;
  for (const group of groups) {
    const family = familyIdByKk.get(group.noKk);
    const personId = family ? heads.get(family.id) : undefined;
    if (!family || personId === undefined) continue;
    if (existing.has(family.id)) {
      skipped += 1;
      continue;
    }
    create.push(
      importProposal({
        id: newId(),
        familyId: family.id,
        personId,
        ...meta,
      }),
    );
  }
  return { create, skipped };
}

export function findRememberedLayout(
  db: DtksDatabase,
  signature: string,
): Promise<ImportLayout | undefined> {
  return db.importLayouts.where('signature').equals(signature).first();
}

/** Remembers a column mapping for every later file with the same columns. */
export async function rememberLayout(
  db: DtksDatabase,
  input: { signature: string; name: string; mapping: FieldMapping },
  now = new Date(),
): Promise<ImportLayout> {
  checkPermission(db, 'settings', 'tata letak impor');
  return db.transaction('rw', [db.importLayouts, db.settings, db.audit], async () => {
    const before = await findRememberedLayout(db, input.signature);
    const layout: ImportLayout = {
      id: before?.id ?? newId(),
      signature: input.signature,
      name: input.name,
      mapping: { ...input.mapping } as Record<string, string>,
      updatedAt: now.toISOString(),
    };
    await db.importLayouts.put(layout);
    await appendAudit(
      db,
      {
        actor: await currentActor(db),
        action: 'settings',
        entity: 'tata letak impor',
        entityId: layout.id,
        summary: `Pemetaan kolom impor disimpan: ${layout.name}`,
        before,
        after: layout,
      },
      now,
    );
    return layout;
  });
}

/** The error report holds NIKs and names: saving it is an export, and is logged. */
export async function logReportExport(
  db: DtksDatabase,
  input: { fileName: string; reportName: string; badRows: number },
): Promise<void> {
  checkPermission(db, 'export', 'laporan impor');
  await db.transaction('rw', [db.settings, db.audit], async () => {
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'export',
      entity: 'laporan impor',
      entityId: input.fileName,
      summary: `Laporan pemeriksaan ${input.fileName} disimpan sebagai ${input.reportName} (${input.badRows} baris bermasalah)`,
    });
  });
}
