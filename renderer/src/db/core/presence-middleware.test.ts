import { describe, expect, it } from 'vitest';
import type { Person, PresenceStatus } from '@shared/domain/core/entities';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import { member } from '../testing/registry-fixtures';
import { registryCounts } from '../warga/stats';
import { freshDatabase } from '../testing/helpers';

function person(id: string, nik: string, statusKeberadaan: PresenceStatus): Person {
  const { nik: _nik, ...base } = member();
  return {
    ...base,
    shdk: 4,
    id,
    familyId: 'f1',
    nik,
    statusKeberadaan,
    createdAt: '',
    updatedAt: '',
  } as Person;
}

const awayIds = async (db: ReturnType<typeof freshDatabase>, status?: PresenceStatus) =>
  (status
    ? await db.people.where('awayStatus').equals(status).primaryKeys()
    : await db.people.orderBy('awayStatus').primaryKeys()
  ).sort();

describe('presence index (awayStatus) kept by the database layer', () => {
  it('lists only people who are not "ada", through add, put, update and modify', async () => {
    const db = freshDatabase();
    await db.people.bulkAdd([
      toPersonRow(person('p1', '6271014507880001', 'ada')),
      toPersonRow(person('p2', '6271014507880002', 'pindah')),
      toPersonRow(person('p3', '6271014507880003', 'ada')),
    ]);
    expect(await awayIds(db)).toEqual(['p2']);
    expect((await db.people.get('p2'))?.awayStatus).toBe('pindah');
    expect(await db.people.get('p1')).not.toHaveProperty('awayStatus');

    await db.people.update('p1', { statusKeberadaan: 'meninggal' });
    expect(await awayIds(db, 'meninggal')).toEqual(['p1']);

    const p2 = await db.people.get('p2');
    await db.people.put({ ...p2!, statusKeberadaan: 'ada' });
    expect(await awayIds(db)).toEqual(['p1']);
    expect(await db.people.get('p2')).not.toHaveProperty('awayStatus');

    await db.people
      .where('nikKey')
      .equals('6271014507880003')
      .modify((row) => {
        row.statusKeberadaan = 'tidak_ditemukan';
      });
    expect(await awayIds(db, 'tidak_ditemukan')).toEqual(['p3']);
    expect(await registryCounts(db)).toEqual({ families: 0, people: 3, present: 1 });
    db.close();
  });

  it('corrects a stale value written by hand (e.g. a hand-edited restore)', async () => {
    const db = freshDatabase();
    await db.people.add({
      ...toPersonRow(person('p1', '6271014507880001', 'ada')),
      awayStatus: 'pindah',
    });
    await db.people.add({
      ...toPersonRow(person('p2', '6271014507880002', 'meninggal')),
      awayStatus: 'pindah',
    });
    expect(await awayIds(db, 'pindah')).toEqual([]);
    expect(await awayIds(db, 'meninggal')).toEqual(['p2']);
    db.close();
  });
});
