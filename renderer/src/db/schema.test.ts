import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { freshDatabase, upgradeFrom } from './test-helpers';

describe('schema versions', () => {
  it('are append-only: strictly increasing and starting at 1', () => {
    expect(SCHEMA_VERSIONS[0]?.version).toBe(1);
    SCHEMA_VERSIONS.forEach((schema, index) => {
      if (index > 0)
        expect(schema.version).toBeGreaterThan(SCHEMA_VERSIONS[index - 1]?.version ?? 0);
    });
  });

  it('use UUID string primary keys for every table (first key is a plain "id" or a named key)', () => {
    for (const schema of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(schema.stores)) {
        if (spec === null) continue;
        const primary = spec.split(',')[0]?.trim() ?? '';
        expect(primary.startsWith('++'), `${table} memakai kunci auto-increment`).toBe(false);
      }
    }
  });

  it('opens a new database at the latest version', async () => {
    const db = freshDatabase();
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });
});

describe('migration harness', () => {
  it('keeps version-1 data intact when opened by the current code', async () => {
    const db = await upgradeFrom(1, async (old) => {
      await old.table('settings').put({ key: 'kelurahan', value: { namaKelurahan: 'Pahandut' } });
      await old.table('families').add({
        id: 'f1',
        noKk: '6271010101200001',
        alamat: 'Jl. Rajawali No. 5',
        rt: '001',
        rw: '002',
        kodeWilayah: '6271011001',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect((await db.settings.get('kelurahan'))?.value).toEqual({ namaKelurahan: 'Pahandut' });
    expect((await db.families.get('f1'))?.noKk).toBe('6271010101200001');
    expect(await db.families.where('noKk').equals('6271010101200001').count()).toBe(1);
    db.close();
  });
});

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
    expect(indexes).toEqual(
      ['awayStatus', 'dupMotherKey', 'dupNameKey', 'familyId', 'nik', 'searchTokens'].sort(),
    );
    expect(db.families.schema.indexes.map((index) => index.name).sort()).toEqual([
      '[rw+rt]',
      'noKk',
    ]);
    expect(await db.people.where('awayStatus').equals('meninggal').primaryKeys()).toEqual(['p2']);
    expect((await db.people.orderBy('awayStatus').primaryKeys()).sort()).toEqual(['p2', 'p3']);
    expect(await db.people.get('p1')).not.toHaveProperty('awayStatus');
    expect((await db.people.get('p3'))?.nama).toBe('Warga p3');
    expect(await db.people.count()).toBe(4);
    db.close();
  });
});
