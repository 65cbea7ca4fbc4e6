import { describe, expect, it } from 'vitest';
import {
  getAuditEntries,
  listAuditEntities,
  listAuditIds,
  listFamilyHistory,
} from './audit-log-read';
import { appendAudit } from './audit-repository';
import { freshDatabase } from '../testing/helpers';

async function seeded() {
  const db = freshDatabase();
  const write = (actor: string, entity: string, entityId: string, at: string) =>
    db.transaction('rw', db.audit, () =>
      appendAudit(
        db,
        { actor, action: 'update', entity, entityId, summary: `${entity} ${at}` },
        new Date(at),
      ),
    );
  await write('Dewi', 'keluarga', 'f1', '2026-03-01T12:00:00.000Z');
  await write('Rudi', 'warga', 'f1', '2026-03-02T12:00:00.000Z');
  await write('Dewi Lestari', 'usulan', 'p1', '2026-03-03T12:00:00.000Z');
  await write('Rudi', 'keluarga', 'f2', '2026-03-04T12:00:00.000Z');
  return db;
}

const summaries = async (db: Awaited<ReturnType<typeof seeded>>, ids: string[]) =>
  (await getAuditEntries(db, ids)).map((entry) => entry.summary);

describe('audit log reading', () => {
  it('lists newest first and filters by entity, actor (part of the name) and dates', async () => {
    const db = await seeded();
    expect(await summaries(db, await listAuditIds(db))).toEqual([
      'keluarga 2026-03-04T12:00:00.000Z',
      'usulan 2026-03-03T12:00:00.000Z',
      'warga 2026-03-02T12:00:00.000Z',
      'keluarga 2026-03-01T12:00:00.000Z',
    ]);
    expect(await listAuditIds(db, { entity: 'keluarga' })).toHaveLength(2);
    expect(await listAuditIds(db, { actor: 'dewi' })).toHaveLength(2);
    expect(await listAuditIds(db, { actor: 'dewi', entity: 'usulan' })).toHaveLength(1);
    const march2to3 = await listAuditIds(db, { from: '2026-03-02', to: '2026-03-03' });
    expect(await summaries(db, march2to3)).toEqual([
      'usulan 2026-03-03T12:00:00.000Z',
      'warga 2026-03-02T12:00:00.000Z',
    ]);
  });

  it('gives the entity names for the filter and one family history', async () => {
    const db = await seeded();
    expect(await listAuditEntities(db)).toEqual(['keluarga', 'usulan', 'warga']);
    const history = await listFamilyHistory(db, 'f1');
    expect(history.map((entry) => entry.entity)).toEqual(['warga', 'keluarga']);
  });
});
