import type { Family, Person } from '@shared/domain/entities';
import type { DemoWorkflow } from '@shared/domain/demo-workflow';
import { toPersonRow } from '@shared/domain/person-keys';
import { appendAudit } from './audit-repository';
import type { DtksDatabase } from './database';

const CHUNK = 2_000;

export type DemoPayload = { families: Family[]; people: Person[] } & DemoWorkflow;

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
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  const lists = [
    [target.families, data.families],
    [target.people, data.people.map(toPersonRow)],
    [target.aid, data.aid],
    [target.proposals, data.proposals],
    [target.assessments, data.assessments],
    [target.contacts, data.contacts],
  ] as const;
  const total = lists.reduce((sum, [, rows]) => sum + rows.length, 0);
  let done = 0;
  // Every table except the audit log starts empty; the log keeps its chain.
  const cleared = target.tables.filter((table) => table.name !== 'audit' && table.name !== 'keys');
  await target.transaction('rw', target.tables, async () => {
    await Promise.all(cleared.map((table) => table.clear()));
    await target.settings.bulkPut(copy.settings);
    await target.officials.bulkPut(copy.officials as never[]);
    for (const [table, rows] of lists) {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const slice = rows.slice(i, i + CHUNK);
        await (table as { bulkAdd(rows: readonly unknown[]): Promise<unknown> }).bulkAdd(slice);
        done += slice.length;
        onProgress(done, total);
      }
    }
    await appendAudit(target, {
      actor: meta.actor,
      action: 'demo-data',
      entity: 'basis data latihan',
      entityId: 'latihan',
      summary: `Data latihan dimuat: ${data.people.length} warga dalam ${data.families.length} keluarga, ${data.proposals.length} usulan (benih ${meta.seed})`,
    });
  });
}
