import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { registeredDatabase } from '../testing/import-fixtures';
import { findByNumber } from '../impor/index-lookup';
import { bulkKeysByIndex } from './index-keys';

describe('bulkKeysByIndex', () => {
  it('gives the id holding each exact key, in order, inside the caller transaction only', async () => {
    const db = await registeredDatabase();
    const [first, fifth] = await findByNumber(db.people, 'nikKey', [
      '6271011203900001',
      '6271011203900005',
    ]);
    const keys = ['6271011203900005', '6271011203909999', '6271011203900001'];
    await db.transaction('rw', [db.people, db.audit], async () => {
      const outer = Dexie.currentTransaction;
      expect(await bulkKeysByIndex('people', 'nikKey', keys)).toEqual([
        fifth?.id,
        undefined,
        first?.id,
      ]);
      // A key written in this transaction is seen; a twin's key is not its NIK's holder.
      await db.people.update(first!.id, { nikKey: `6271011203900001#${first!.id}` });
      expect(await bulkKeysByIndex('people', 'nikKey', ['6271011203900001'])).toEqual([undefined]);
      expect(await bulkKeysByIndex('people', 'nikKey', [])).toEqual([]);
      expect(Dexie.currentTransaction).toBe(outer);
    });
    await expect(bulkKeysByIndex('people', 'nikKey', keys)).rejects.toThrow(/no transaction/);
    db.close();
  });
});
