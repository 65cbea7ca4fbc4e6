import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { registeredDatabase } from '../testing/import-fixtures';
import { bulkGetByNumber, findByNumber } from './index-lookup';

describe('bulkGetByNumber', () => {
  it('answers each key in order, undefined where no row has it', async () => {
    const db = await registeredDatabase();
    const niks = ['6271011203900002', '6271011203909999', '6271011203900005'];
    const found = await bulkGetByNumber(db.people, 'nikKey', niks);
    expect(found.map((person) => person?.nik)).toEqual([niks[0], undefined, niks[2]]);
    expect(await findByNumber(db.families, 'noKkKey', ['6271010101100002', '0'])).toHaveLength(1);
    expect(await bulkGetByNumber(db.people, 'nikKey', [])).toEqual([]);
    db.close();
  });

  it('reads inside the caller transaction, sees its writes and stays in it', async () => {
    const db = await registeredDatabase();
    const [person] = await findByNumber(db.people, 'nikKey', ['6271011203900001']);
    await db.transaction('rw', [db.people, db.audit], async () => {
      const outer = Dexie.currentTransaction;
      await db.people.update(person!.id, { nama: 'Nama Baru' });
      const [seen] = await findByNumber(db.people, 'nikKey', ['6271011203900001']);
      expect(seen?.nama).toBe('Nama Baru');
      expect(Dexie.currentTransaction).toBe(outer);
    });
    db.close();
  });
});
