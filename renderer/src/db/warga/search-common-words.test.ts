import { beforeAll, describe, expect, it } from 'vitest';
import type { Family } from '@shared/domain/core/entities';
import { newId } from '@shared/domain/core/ids';
import { normalizeName, toPersonRow } from '@shared/domain/warga/person-keys';
import type { DtksDatabase } from '../core/database';
import { rankPeople, searchPeople } from './search';
import { vocabularyOf } from './name-vocabulary';
import { personRecord } from '../testing/registry-fixtures';
import { freshDatabase } from '../testing/helpers';

/**
 * A search of several words where one word is common: more people carry "Br." (boru, in
 * Batak women's names) than the read of a two-letter word takes (2,000 keys), so the people
 * under it must not be cut to the first keys before intersecting.
 */
const FILLERS = 2_100;
const MARGA = ['Simanjuntak', 'Siregar', 'Hutapea', 'Sitompul', 'Pardede', 'Sinaga', 'Manurung'];
const GIVEN = ['Rotua', 'Lamria', 'Dermina', 'Tiominar', 'Rosmawati', 'Hotnida', 'Sondang'];
const TARGET = 'Tiurma Rotua Br. Nainggolan';

let db: DtksDatabase;
let target = '';
const names = new Map<string, string>();

const person = (id: string, familyId: string, nama: string, index: number) =>
  personRecord(id, familyId, nama, `627101410190${String(index).padStart(4, '0')}`, { shdk: 3 });

beforeAll(async () => {
  db = freshDatabase();
  const familyId = newId();
  const family: Family = {
    id: familyId,
    noKk: '6271010101150001',
    alamat: 'Jl. Tjilik Riwut',
    rw: '001',
    rt: '001',
    kodeWilayah: '6271011001',
    createdAt: '',
    updatedAt: '',
  };
  const ids = Array.from({ length: FILLERS }, () => newId()).sort();
  // The index lists a word's people in id order: the target comes after the first 2,000
  // people under "br", where the read of a two-letter word stops.
  const after = ids[2_000] ?? '';
  do target = newId();
  while (target <= after);
  const people = ids.map((id, index) =>
    person(
      id,
      familyId,
      `${GIVEN[index % GIVEN.length]} Br. ${MARGA[index % MARGA.length]}${index % 300 === 0 ? ' Nainggolan' : ''}`,
      index,
    ),
  );
  people.push(person(target, familyId, TARGET, FILLERS));
  for (const one of people) names.set(one.id, one.nama);
  await db.families.add(family);
  await db.people.bulkAdd(people.map(toPersonRow));
  await vocabularyOf(db);
}, 60_000);

/** Everyone whose name has a word equal to or beginning with each typed word. */
function everyoneMatching(query: string): string[] {
  const typed = normalizeName(query).split(' ');
  return [...names.entries()]
    .filter(([, nama]) => {
      const words = normalizeName(nama).split(' ');
      return typed.every((token) => words.some((word) => word.startsWith(token)));
    })
    .map(([id]) => id)
    .sort();
}

describe('search of several words with a common one', () => {
  it('finds a Batak name typed in full, its "Br." under more people than its read takes', async () => {
    const hits = await searchPeople(db, TARGET, { limit: 25 });
    expect(hits[0]?.person.id).toBe(target);
    expect(hits[0]?.person.nama).toBe(TARGET);
  });

  it('finds everyone matching every word, whichever word is common', async () => {
    for (const query of ['Br Nainggolan', 'nainggolan br.', 'Rotua Br Nainggolan', 'br naing']) {
      const ranked = await rankPeople(db, query, { limit: 1000 });
      expect(ranked.map((entry) => entry.id).sort(), query).toEqual(everyoneMatching(query));
    }
  });

  it('scores the common word on the row as its keys would: exact above a longer word', async () => {
    // "br" is exact for everyone; "nainggolan" exact, "naing" begins it.
    const exact = await rankPeople(db, 'br nainggolan', { limit: 1000 });
    expect(new Set(exact.map((entry) => entry.score))).toEqual(new Set([6]));
    const [best] = await rankPeople(db, 'Tiurma Br', { limit: 5 });
    expect(best).toEqual({ id: target, score: 6 });
    // "b" begins "br" (2) for everyone: the common word read as a fragment.
    const fragment = await rankPeople(db, 'tiurma b', { limit: 5 });
    expect(fragment).toEqual([{ id: target, score: 5 }]);
  });

  it('with every word common, ranks within the first keys read, everyone matching every word', async () => {
    // "br" and the fragment "b" both outnumber their read (2,000 keys for a token of one
    // or two letters): the search ranks within the keys read.
    const ranked = await rankPeople(db, 'br b', { limit: 5_000 });
    expect(ranked.length).toBeGreaterThan(1_000);
    const matching = new Set(everyoneMatching('br b'));
    expect(ranked.every((entry) => matching.has(entry.id))).toBe(true);
  });

  it('still finds a misspelt rare word beside the common one', async () => {
    const hits = await searchPeople(db, 'Tiurma Br. Nainggolaan', { limit: 5 });
    expect(hits.map((hit) => hit.person.id)).toContain(target);
  });
});
