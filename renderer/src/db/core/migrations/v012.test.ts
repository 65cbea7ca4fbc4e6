import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../schema';
import { upgradeFrom } from '../../testing/helpers';
import { assertKkFree, assertNikFree } from '../../warga/guards';
import { rankPeople } from '../../warga/search';
import { findDuplicateCandidates } from '../../impor/duplicates-repository';
import { findByNumber } from '../../impor/index-lookup';
import { twinKey } from '../../sinkron/unique-key-middleware';
import { seedSettings } from '../../testing/import-fixtures';

describe('version 12: NIK and No. KK are indexed once, by their unique key', () => {
  const v12 = SCHEMA_VERSIONS.find((schema) => schema.version === 12);
  const before = SCHEMA_VERSIONS.filter((schema) => schema.version < 12);
  const previousSpec = (table: string) =>
    [...before].reverse().find((schema) => typeof schema.stores[table] === 'string')?.stores[table];

  it('drops the plain nik and noKk indexes and keeps every other one', () => {
    expect(v12?.stores.people).toBe(previousSpec('people')?.replace('nik, ', ''));
    expect(v12?.stores.families).toBe(previousSpec('families')?.replace('noKk, ', ''));
    expect(Object.keys(v12?.stores ?? {}).sort()).toEqual(['families', 'people']);
  });

  it('keeps every row, and a NIK that also arrived by sync stays findable and a duplicate pair', async () => {
    const [familyId, twinFamilyId, here, twin, alone] = [
      newId(),
      newId(),
      newId(),
      newId(),
      newId(),
    ];
    const nik = '6271014507900001';
    const noKk = '6271010101200001';
    const person = (id: string, family: string, nama: string, nikKey: string, ownNik = nik) => ({
      id,
      familyId: family,
      nik: ownNik,
      nikKey,
      nama,
      shdk: 1,
      tanggalLahir: '1990-07-05',
      statusKeberadaan: 'ada',
      searchTokens: nama.toLowerCase().split(' '),
      dupNameKey: `${nama.toLowerCase()}|1990-07-05`,
      dupMotherKey: '',
    });
    const db = await upgradeFrom(11, async (old) => {
      await seedSettings(old);
      await old.table('families').bulkAdd([
        { id: familyId, noKk, noKkKey: noKk, rt: '001', rw: '002' },
        // The same No. KK entered on another PC while apart.
        { id: twinFamilyId, noKk, noKkKey: twinKey(noKk, twinFamilyId), rt: '003', rw: '002' },
      ]);
      await old
        .table('people')
        .bulkAdd([
          person(here, familyId, 'Siti Aminah', nik),
          person(twin, twinFamilyId, 'Sity Aminah', twinKey(nik, twin)),
          person(alone, familyId, 'Rahmat Hidayat', '6271011203850002', '6271011203850002'),
        ]);
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.people.schema.indexes.map((index) => index.name)).not.toContain('nik');
    expect(db.families.schema.indexes.map((index) => index.name)).not.toContain('noKk');
    expect(await db.people.count()).toBe(3);
    expect((await db.people.get(twin))?.nikKey).toBe(twinKey(nik, twin));

    // The form's guard, the search box, the import's check and the Duplikat page.
    await expect(assertNikFree(db, nik)).rejects.toMatchObject({ field: 'nik' });
    await expect(assertNikFree(db, nik, here)).resolves.toBeUndefined();
    await expect(assertKkFree(db, noKk)).rejects.toMatchObject({ field: 'noKk' });
    await expect(assertNikFree(db, '6271014507900009')).resolves.toBeUndefined();
    expect((await rankPeople(db, nik)).map((hit) => hit.id).sort()).toEqual([here, twin].sort());
    expect((await rankPeople(db, '62710145')).map((hit) => hit.id).sort()).toEqual(
      [here, twin].sort(),
    );
    expect((await findByNumber(db.people, 'nikKey', [nik]))[0]?.id).toBe(here);
    expect((await findByNumber(db.families, 'noKkKey', [noKk]))[0]?.id).toBe(familyId);
    const { candidates } = await findDuplicateCandidates(db);
    const byNik = candidates.filter((candidate) => candidate.reasons.includes('nik'));
    expect(byNik.map((pair) => [pair.a.id, pair.b.id].sort())).toEqual([[here, twin].sort()]);

    // The record entered here goes: its twin still holds the NIK for every lookup.
    await db.people.delete(here);
    expect((await findByNumber(db.people, 'nikKey', [nik]))[0]?.id).toBe(twin);
    await expect(assertNikFree(db, nik)).rejects.toMatchObject({ field: 'nik' });
    expect((await rankPeople(db, nik)).map((hit) => hit.id)).toEqual([twin]);
    // A NIK that only starts like another is not it.
    expect(await findByNumber(db.people, 'nikKey', ['627101450790000'])).toEqual([]);
    db.close();
  });
});
