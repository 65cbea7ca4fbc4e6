import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../schema';
import { upgradeFrom } from '../../testing/helpers';

describe('version 11: the Warga list reads one row per family', () => {
  it('changes no index', () => {
    expect(SCHEMA_VERSIONS.find((schema) => schema.version === 11)?.stores).toEqual({});
  });

  it("writes each family's head name and member count, and keeps every row", async () => {
    const [withHead, noHead, empty] = [newId(), newId(), newId()];
    const person = (familyId: string, nama: string, shdk: number) => ({
      id: newId(),
      familyId,
      nik: `62710145079${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`,
      nama,
      shdk,
      tanggalLahir: '1990-07-05',
      statusKeberadaan: 'ada',
      searchTokens: [nama.toLowerCase()],
      dupNameKey: '',
      dupMotherKey: '',
    });
    const family = (id: string, noKk: string) => ({ id, noKk, rt: '001', rw: '002' });
    const db = await upgradeFrom(10, async (old) => {
      await old
        .table('families')
        .bulkAdd([
          family(withHead, '6271010101200001'),
          family(noHead, '6271010101200002'),
          family(empty, '6271010101200003'),
        ]);
      await old
        .table('people')
        .bulkAdd([
          person(withHead, 'Anak Pertama', 4),
          person(withHead, 'Siti Aminah', 1),
          person(withHead, 'Istri', 3),
          person(noHead, 'Cucu', 7),
        ]);
      // An app at version 10 keeps nothing of this on the family.
      expect(await old.families.get(withHead)).not.toHaveProperty('memberCount');
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.families.get(withHead)).toMatchObject({
      noKk: '6271010101200001',
      headName: 'Siti Aminah',
      memberCount: 3,
    });
    const headless = await db.families.get(noHead);
    expect(headless?.memberCount).toBe(1);
    expect(headless).not.toHaveProperty('headName');
    const alone = await db.families.get(empty);
    expect(alone).toMatchObject(family(empty, '6271010101200003'));
    expect(alone).not.toHaveProperty('memberCount');
    expect(await db.people.count()).toBe(4);
    db.close();
  });
});
