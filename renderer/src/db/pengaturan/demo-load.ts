import type { Family, Person } from '@shared/domain/core/entities';
import type { DemoWorkflow } from '@shared/demo/demo-workflow';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import { appendAudit } from '../keamanan/audit-repository';
import { deferBerandaSummary, rebuildBerandaSummary } from '../beranda/summary-middleware';
import { deferFamilyListFacts, familiesWithFacts } from '../warga/family-list-facts';
import type { DtksDatabase } from '../core/database';
import { checkPermission } from '../keamanan/permission-door';

const CHUNK = 2_000;

export type DemoPayload = { families: Family[]; people: Person[] } & DemoWorkflow;

/** What a training-data load is writing now, in the words the progress line shows. */
export type DemoUnit = 'keluarga' | 'warga' | 'bantuan' | 'usulan' | 'penilaian' | 'kontak';

/**
 * Replaces everything in a (training) database with generated data, in one
 * transaction: an interrupted load leaves the previous contents intact.
 * Settings and officials are copied from the real database so letters and
 * exports work in training.
 */
export async function replaceWithDemoData(
  target: DtksDatabase,
  data: DemoPayload,
  copy: { settings: { key: string; value: unknown }[]; officials: unknown[] },
  meta: { actor: string; seed: number },
  onProgress: (done: number, total: number, unit: DemoUnit) => void = () => {},
): Promise<void> {
  checkPermission(target, 'demo-data', 'basis data latihan');
  // One figure per kind of row, its total fixed: "warga" counts the people chosen.
  const lists = [
    // Each family carries its head's name and member count for the Warga list (schema v11).
    ['keluarga', target.families, familiesWithFacts(data.families, data.people)],
    ['warga', target.people, data.people.map(toPersonRow)],
    ['bantuan', target.aid, data.aid],
    ['usulan', target.proposals, data.proposals],
    ['penilaian', target.assessments, data.assessments],
    ['kontak', target.contacts, data.contacts],
  ] as const;
  // Every table except the audit log starts empty; the log keeps its chain.
  const cleared = target.tables.filter((table) => table.name !== 'audit' && table.name !== 'keys');
  await target.transaction('rw', target.tables, async () => {
    // The Beranda's summary is counted once at the end, not row by row.
    deferBerandaSummary();
    // The families are written with their list facts already (familiesWithFacts).
    deferFamilyListFacts();
    await Promise.all(cleared.map((table) => table.clear()));
    await target.settings.bulkPut(copy.settings);
    await target.officials.bulkPut(copy.officials as never[]);
    for (const [unit, table, rows] of lists) {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const slice = rows.slice(i, i + CHUNK);
        await (table as { bulkAdd(rows: readonly unknown[]): Promise<unknown> }).bulkAdd(slice);
        onProgress(i + slice.length, rows.length, unit);
      }
    }
    await rebuildBerandaSummary();
    await appendAudit(target, {
      actor: meta.actor,
      action: 'demo-data',
      entity: 'basis data latihan',
      entityId: 'latihan',
      summary: `Data latihan dimuat: ${data.people.length} warga dalam ${data.families.length} keluarga, ${data.proposals.length} usulan (benih ${meta.seed})`,
    });
  });
}

/** What a new load would throw away, for the confirmation; counted from indexes only. */
export async function demoContents(db: DtksDatabase): Promise<{
  families: number;
  people: number;
  proposals: number;
  meetings: number;
  letters: number;
}> {
  const [families, people, proposals, meetings, letters] = await Promise.all([
    db.families.count(),
    db.people.count(),
    db.proposals.count(),
    db.meetings.count(),
    db.letters.count(),
  ]);
  return { families, people, proposals, meetings, letters };
}
