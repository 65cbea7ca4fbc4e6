import type { Family, Person } from '@shared/domain/entities';
import { toPersonRow } from '@shared/domain/person-keys';
import { appendAudit } from './audit-repository';
import type { DtksDatabase } from './database';

const CHUNK = 2_000;

/**
 * Replaces the registry of a (training) database with generated data, in one
 * transaction: an interrupted load leaves the previous contents intact.
 * Settings are copied from the source so letters and exports work in training.
 */
export async function replaceWithDemoData(
  target: DtksDatabase,
  data: { families: Family[]; people: Person[] },
  copy: { settings: { key: string; value: unknown }[]; officials: unknown[] },
  meta: { actor: string; seed: number },
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  const total = data.families.length + data.people.length;
  let done = 0;
  await target.transaction(
    'rw',
    [target.families, target.people, target.settings, target.officials, target.audit],
    async () => {
      await Promise.all([target.families.clear(), target.people.clear()]);
      await target.settings.bulkPut(copy.settings);
      await target.officials.clear();
      await target.officials.bulkPut(copy.officials as never[]);
      for (let i = 0; i < data.families.length; i += CHUNK) {
        const slice = data.families.slice(i, i + CHUNK);
        await target.families.bulkAdd(slice);
        done += slice.length;
        onProgress(done, total);
      }
      for (let i = 0; i < data.people.length; i += CHUNK) {
        const slice = data.people.slice(i, i + CHUNK);
        await target.people.bulkAdd(slice.map(toPersonRow));
        done += slice.length;
        onProgress(done, total);
      }
      await appendAudit(target, {
        actor: meta.actor,
        action: 'demo-data',
        entity: 'basis data latihan',
        entityId: 'latihan',
        summary: `Data latihan dimuat: ${data.people.length} warga dalam ${data.families.length} keluarga (benih ${meta.seed})`,
      });
    },
  );
}
