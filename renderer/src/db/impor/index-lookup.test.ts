import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { importRecords, seedSettings } from '../testing/import-fixtures';
import { commitImport } from './repository';
import { freshDatabase } from '../testing/helpers';
import { bulkGetByIndex, findByIndex } from './index-lookup';

async function registered() {
  const db = freshDatabase();
  await seedSettings(db);
  await commitImport(db, { records: importRecords(6, 3), fileName: 'a.xlsx', proposals: null });
  return db;
}

describe('bulkGetByIndex', () => {
  it('answers each key in order, undefined where no row has it', async () => {
    const db = await registered();
    const niks = ['6271011203900002', '6271011203909999', '6271011203900005'];
    const found = await bulkGetByIndex(db.people, 'nik', niks);
    expect(found.map((person) => person?.nik)).toEqual([niks[0], undefined, niks[2]]);
    expect(await findByIndex(db.families, 'noKk', ['6271010101100002', '0'])).toHaveLength(1);
    expect(await bulkGetByIndex(db.people, 'nik', [])).toEqual([]);
    db.close();
  });

  it('reads inside the caller transaction, sees its writes and stays in it', async () => {
    const db = await registered();
    const [person] = await findByIndex(db.people, 'nik', ['6271011203900001']);
    await db.transaction('rw', [db.people, db.audit], async () => {
      const outer = Dexie.currentTransaction;
      await db.people.update(person!.id, { nama: 'Nama Baru' });
      const [seen] = await findByIndex(db.people, 'nik', ['6271011203900001']);
      expect(seen?.nama).toBe('Nama Baru');
      expect(Dexie.currentTransaction).toBe(outer);
    });
    db.close();
  });
});
