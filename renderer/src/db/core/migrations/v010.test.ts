import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../schema';
import { upgradeFrom } from '../../testing/helpers';

describe('version 10: office sync', () => {
  const v10 = SCHEMA_VERSIONS.find((schema) => schema.version === 10);
  const before = SCHEMA_VERSIONS.filter((schema) => schema.version < 10);
  const previousSpec = (table: string) =>
    [...before].reverse().find((schema) => typeof schema.stores[table] === 'string')?.stores[table];

  it('moves the uniqueness of NIK and No. KK to a derived key; every other index is kept', () => {
    expect(v10?.stores.people).toBe(`${previousSpec('people')?.replace('&nik', 'nik')}, &nikKey`);
    expect(v10?.stores.families).toBe(
      `${previousSpec('families')?.replace('&noKk', 'noKk')}, &noKkKey`,
    );
    for (const table of ['sinkronOutbox', 'sinkronRevs', 'sinkronState', 'sinkronConflicts'])
      expect(previousSpec(table), table).toBeUndefined();
  });

  it('keeps every row, and lets one NIK arrive twice only by sync (for the Duplikat page)', async () => {
    const [familyId, personId] = [newId(), newId()];
    const person = {
      id: personId,
      familyId,
      nik: '6271014507900001',
      nama: 'Siti Aminah',
      tanggalLahir: '1990-07-05',
      statusKeberadaan: 'ada',
      searchTokens: ['siti', 'aminah'],
      dupNameKey: 'siti aminah|1990-07-05',
      dupMotherKey: '',
    };
    const previous = before[before.length - 1]?.version ?? 1;
    const db = await upgradeFrom(previous, async (old) => {
      await old.table('families').add({ id: familyId, noKk: '6271010101200001', rt: '1', rw: '2' });
      await old.table('people').add(person);
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect((await db.people.get(personId))?.nama).toBe('Siti Aminah');
    expect((await db.people.get(personId))?.nikKey).toBe(person.nik);
    expect((await db.families.get(familyId))?.noKkKey).toBe('6271010101200001');
    // Still unique on one PC: a second record with the NIK is refused by the index...
    await expect(db.people.add({ ...person, id: newId() } as never)).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    // ...unless it arrived by sync as a twin (the key the sync gives it).
    const twin = newId();
    await db.people.add({ ...person, id: twin, nikKey: `${person.nik}#${twin}` } as never);
    expect(await db.people.where('nikKey').startsWith(person.nik).primaryKeys()).toHaveLength(2);
    // A twin edited here keeps its key; the first record keeps the plain one.
    await db.people.update(twin, { nama: 'Siti Aminah binti Ali' });
    expect((await db.people.get(twin))?.nikKey).toBe(`${person.nik}#${twin}`);
    expect(await db.sinkronOutbox.count()).toBe(0);
    expect(db.sinkronSwitch.tracking).toBe(false);
    db.close();
  });
});
