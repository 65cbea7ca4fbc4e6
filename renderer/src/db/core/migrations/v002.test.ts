import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { upgradeFrom } from '../../testing/helpers';

describe('versions 2 and 3: leaner person indexes', () => {
  it('drops the unused indexes and fills the sparse presence index from existing people', async () => {
    const row = (id: string, nik: string, statusKeberadaan: string) => ({
      id,
      familyId: 'f1',
      nik,
      nama: `Warga ${id}`,
      tanggalLahir: '1990-01-01',
      statusKeberadaan,
      searchTokens: ['warga'],
      dupNameKey: '',
      dupMotherKey: '',
    });
    const db = await upgradeFrom(1, async (old) => {
      await old
        .table('people')
        .bulkAdd([
          row('p1', '6271014507880001', 'ada'),
          row('p2', '6271014507880002', 'meninggal'),
          row('p3', '6271014507880003', 'pindah'),
          row('p4', '6271014507880004', 'ada'),
        ]);
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const indexes = db.people.schema.indexes.map((index) => index.name).sort();
    // (importId: version 8; nikKey: version 10; nik and noKk dropped: version 12.)
    expect(indexes).toEqual(
      [
        'awayStatus',
        'dupMotherKey',
        'dupNameKey',
        'familyId',
        'importId',
        'nikKey',
        'searchTokens',
      ].sort(),
    );
    // Version 6 adds the decile index; the ones dropped by version 3 stay dropped.
    expect(db.families.schema.indexes.map((index) => index.name).sort()).toEqual([
      '[rw+rt]',
      'desil.value',
      'importId',
      'noKkKey',
    ]);
    expect(await db.people.where('awayStatus').equals('meninggal').primaryKeys()).toEqual(['p2']);
    expect((await db.people.orderBy('awayStatus').primaryKeys()).sort()).toEqual(['p2', 'p3']);
    expect(await db.people.get('p1')).not.toHaveProperty('awayStatus');
    expect((await db.people.get('p3'))?.nama).toBe('Warga p3');
    expect(await db.people.count()).toBe(4);
    db.close();
  });
});
