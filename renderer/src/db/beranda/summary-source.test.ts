import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { recomputeSummary } from '@shared/domain/beranda/summary';
import type { BerandaSummary } from '@shared/domain/beranda/summary';
import type { AidReceived } from '@shared/domain/core/entities';
import { generateDemoData } from '@shared/demo/demo-data';
import { newId } from '@shared/domain/core/ids';
import { freshDatabase } from '../testing/helpers';
import { recomputeIn } from './summary-source';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('request failed'));
  });
}

/** The way recomputeIn read before stop 29: a key cursor over each index. */
function cursorEntries(trans: IDBTransaction, store: string, index: string) {
  return new Promise<{ keys: IDBValidKey[]; primaryKeys: IDBValidKey[] }>((resolve, reject) => {
    const cursorRequest = trans.objectStore(store).index(index).openKeyCursor();
    const keys: IDBValidKey[] = [];
    const primaryKeys: IDBValidKey[] = [];
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return resolve({ keys, primaryKeys });
      keys.push(cursor.key);
      primaryKeys.push(cursor.primaryKey);
      cursor.continue();
    };
    cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('cursor failed'));
  });
}

async function byCursors(trans: IDBTransaction): Promise<BerandaSummary> {
  const families = trans.objectStore('families');
  const people = trans.objectStore('people');
  const [place, desil, familyIds, dupName, dupMother, nikKeys] = await Promise.all([
    cursorEntries(trans, 'families', '[rw+rt]'),
    cursorEntries(trans, 'families', 'desil.value'),
    cursorEntries(trans, 'people', 'familyId'),
    cursorEntries(trans, 'people', 'dupNameKey'),
    cursorEntries(trans, 'people', 'dupMotherKey'),
    cursorEntries(trans, 'people', 'nikKey'),
  ]);
  const [familyCount, peopleCount, awayCount, aid, proposals, assessments] = await Promise.all([
    request(families.count()),
    request(people.count()),
    request(people.index('awayStatus').count()),
    request(trans.objectStore('aid').getAll()),
    request(trans.objectStore('proposals').getAll()),
    request(trans.objectStore('assessments').getAll()),
  ]);
  return recomputeSummary({
    familyCount,
    familiesByPlace: place,
    desilKeys: desil.keys,
    peopleCount,
    awayCount,
    personFamilyIds: familyIds.keys,
    dupName,
    dupMother,
    nikKeys,
    aid: aid as AidReceived[],
    proposals,
    assessments,
  });
}

describe('recomputeIn', () => {
  it('counts from the rows exactly what the index cursors counted, odd rows included', async () => {
    const db = freshDatabase();
    const data = generateDemoData({ seed: 29, people: 12_000, kodeWilayah: '6271011001' });
    await db.open();
    // Straight into the stores (no middleware), so rows the app would never write stay odd.
    await db.transaction('rw', [db.families, db.people], (tx) => {
      const idb = tx.idbtrans;
      const families = idb.objectStore('families');
      const people = idb.objectStore('people');
      data.families.forEach((family, i) => {
        const row: Record<string, unknown> = { ...family, noKkKey: family.noKk };
        if (i % 97 === 0) delete row.rt; // left out of [rw+rt]
        if (i % 89 === 0) row.desil = { value: 'bukan angka' }; // a string key, not a decile
        if (i % 83 === 0) delete row.desil;
        families.add(row);
      });
      const twins = data.people.slice(0, 40);
      data.people.forEach((person, i) => {
        const row: Record<string, unknown> = {
          ...person,
          nikKey: person.nik,
          dupNameKey: `${person.nama.toLowerCase()}|${person.tanggalLahir}`,
          dupMotherKey: `${person.namaIbuKandung.toLowerCase()}|${person.tanggalLahir}`,
        };
        if (i % 101 === 0) delete row.dupMotherKey; // left out of its index
        if (i % 103 === 0) row.dupNameKey = ''; // an empty key is a key
        if (i % 107 === 0) row.dupNameKey = 42; // a number sorts before every string
        if (i % 211 === 0) Object.assign(row, { statusKeberadaan: 'pindah', awayStatus: 'pindah' });
        people.add(row);
      });
      // Sync twins: the same NIK again under `<nik>#<id>`, ids made by the app's factory.
      for (const person of twins) {
        const id = newId();
        people.add({
          ...person,
          id,
          nikKey: `${person.nik}#${id}`,
          dupNameKey: `${person.nama.toLowerCase()}|${person.tanggalLahir}`,
          dupMotherKey: `${person.namaIbuKandung.toLowerCase()}|${person.tanggalLahir}`,
        });
      }
    });
    const stores = [db.families, db.people, db.aid, db.proposals, db.assessments];
    const [fromRows, fromCursors] = await db.transaction('r', stores, async (tx) => [
      await recomputeIn(tx.idbtrans),
      await Dexie.waitFor(byCursors(tx.idbtrans)),
    ]);
    expect(fromRows).toEqual(fromCursors);
    // The odd rows were there to be counted: groups and places exist, twins are grouped.
    expect(fromRows.people).toBe(data.people.length + 40);
    const groups = Object.keys(fromRows.dupGroups);
    expect(groups.filter((key) => key.startsWith('k:'))).toHaveLength(40);
    expect(groups.filter((key) => key.startsWith('n:')).length).toBeGreaterThan(30);
    expect(Object.keys(fromRows.rtRw).length).toBeGreaterThan(1);
    expect(fromRows.away).toBeGreaterThan(0);
    db.close();
  }, 60_000);
});
