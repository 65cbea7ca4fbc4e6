import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { upgradeFrom } from '../../testing/helpers';

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
    expect(await db.families.where('noKkKey').equals('6271010101200001').count()).toBe(1);
    db.close();
  });
});
