import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { importRecords, seedSettings } from '../testing/import-fixtures';
import { commitImport } from './repository';
import { freshDatabase } from '../testing/helpers';
import { bulkGetByNumber, findByNumber } from './index-lookup';

async function registered() {
  const db = freshDatabase();
  await seedSettings(db);
  await commitImport(db, { records: importRecords(6, 3), fileName: 'a.xlsx', proposals: null });
  return db;
}

describe('bulkGetByNumber', () => {
  it('answers each key in order, undefined where no row has it', async () => {
    const db = await registered();
    const niks = ['6271011203900002', '6271011203909999', '6271011203900005'];
    const found = await bulkGetByNumber(db.people, 'nikKey', niks);
    expect(found.map((person) => person?.nik)).toEqual([niks[0], undefined, niks[2]]);
    expect(await findByNumber(db.families, 'noKkKey', ['6271010101100002', '0'])).toHaveLength(1);
    expect(await bulkGetByNumber(db.people, 'nikKey', [])).toEqual([]);
    db.close();
  });

  it('reads inside the caller transaction, sees its writes and stays in it', async () => {
    const db = await registered();
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
