import { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import type { Family, Person } from '@shared/domain/core/entities';
import { nameTokens, toPersonRow } from '@shared/domain/warga/person-keys';
import { DtksDatabase } from '../core/database';
import { NameVocabulary, spellingDistance, vocabularyOf } from './name-vocabulary';
import { getPersonHits, rankPeople, searchPeople } from './search';
import { member } from '../testing/registry-fixtures';
import { freshDatabase } from '../testing/helpers';

const word = (name: string) => nameTokens(name)[0] ?? '';

describe('spellingDistance', () => {
  it('counts dropped, added, changed and swapped letters', () => {
    expect(spellingDistance('rahmawati', 'rahmawati')).toBe(0);
    expect(spellingDistance('rahmawai', 'rahmawati')).toBe(1);
    expect(spellingDistance('rahmawatti', 'rahmawati')).toBe(1);
    expect(spellingDistance('rahmawoti', 'rahmawati')).toBe(1);
    expect(spellingDistance('rahmawtai', 'rahmawati')).toBe(1);
    expect(spellingDistance('rahmat', 'rahmawati')).toBe(3);
    expect(spellingDistance('', 'abc')).toBe(3);
  });
});

describe('NameVocabulary', () => {
  const vocabulary = new NameVocabulary(
    ['rahmawati', 'rahmat', 'rahma', 'siti', 'sutrisno', 'kurniawan', '~rmt', 'budi'].map((w) =>
      w.startsWith('~') ? w : word(w),
    ),
  );

  it('keeps name words only, never the phonetic keys', () => {
    expect(vocabulary.size).toBe(7);
    expect(vocabulary.has('~rmt')).toBe(false);
    expect(vocabulary.has('siti')).toBe(true);
  });

  it('lists the words that sound alike, in word order, words added later included', () => {
    const sounds = new NameVocabulary(['rahmawati', 'siti', 'rahmat', 'sity', 'sita']);
    expect(sounds.soundAlikes('rahmawti')).toEqual(['rahmat', 'rahmawati']);
    expect(sounds.soundAlikes('siti')).toEqual(['sita', 'siti', 'sity']);
    expect(sounds.soundAlikes('budi')).toEqual([]);
    sounds.add('setia');
    sounds.add('budi');
    expect(sounds.soundAlikes('sty')).toEqual(['setia', 'sita', 'siti', 'sity']);
    expect(sounds.soundAlikes('bodi')).toEqual(['budi']);
  });

  it('knows which typed fragments begin a word', () => {
    expect(vocabulary.hasPrefix('rah')).toBe(true);
    expect(vocabulary.hasPrefix('rahmawati')).toBe(true);
    expect(vocabulary.hasPrefix('rahmawai')).toBe(false);
    expect(vocabulary.hasPrefix('zz')).toBe(false);
    expect(vocabulary.hasPrefix('a')).toBe(false);
    expect(vocabulary.isBeginningOfLonger('rahma')).toBe(true);
    expect(vocabulary.isBeginningOfLonger('rahmat')).toBe(false);
    expect(vocabulary.isBeginningOfLonger('rahmawati')).toBe(false);
    expect(vocabulary.isBeginningOfLonger('kurn')).toBe(true);
    expect(vocabulary.isBeginningOfLonger('zz')).toBe(false);
  });

  it('resolves a dropped consonant, an extra, a changed and a swapped letter to the word meant', () => {
    expect(vocabulary.near(word('Rahmawai'), 8)).toEqual([{ word: 'rahmawati', distance: 1 }]);
    expect(vocabulary.near('sutrisnno', 8)).toEqual([{ word: 'sutrisno', distance: 1 }]);
    // The search respells first ("nn" → "n"): the word itself is not its own neighbour.
    expect(vocabulary.near(word('Sutrisnno'), 8)).toEqual([]);
    expect(vocabulary.near('sutrsno', 8)).toEqual([{ word: 'sutrisno', distance: 1 }]);
    expect(vocabulary.near('kurniawen', 8)).toEqual([{ word: 'kurniawan', distance: 1 }]);
    expect(vocabulary.near('kurinawan', 8)).toEqual([{ word: 'kurniawan', distance: 1 }]);
    expect(vocabulary.near('rahmt', 8).map((entry) => entry.word)).toEqual(['rahma', 'rahmat']);
  });

  it('leaves short fragments and far words alone, and bounds the answer', () => {
    expect(vocabulary.near('si', 8)).toEqual([]);
    expect(vocabulary.near('bdi', 8)).toEqual([{ word: 'budi', distance: 1 }]);
    expect(vocabulary.near('bambang', 8)).toEqual([]);
    expect(vocabulary.near('rahmt', 1)).toEqual([{ word: 'rahma', distance: 1 }]);
    // Two edits only for a long token with nothing one edit away.
    expect(vocabulary.near('kuriyawan', 8)).toEqual([{ word: 'kurniawan', distance: 2 }]);
    expect(vocabulary.near('kuriyawn', 8)).toEqual([]);
    expect(vocabulary.near('sutrsnu', 8)).toEqual([]);
  });

  it('takes words added after the neighbourhood was built', () => {
    const grown = new NameVocabulary(['siti']);
    expect(grown.near('ahmadd', 8)).toEqual([]);
    grown.add('ahmad');
    expect(grown.near('ahmadd', 8)).toEqual([{ word: 'ahmad', distance: 1 }]);
    expect(grown.hasPrefix('ahm')).toBe(true);
  });
});

function family(): Family {
  return {
    id: newId(),
    noKk: '6271010101150001',
    alamat: 'Jl. Kenanga',
    rw: '001',
    rt: '001',
    kodeWilayah: '6271011001',
    createdAt: '',
    updatedAt: '',
  };
}

function person(familyId: string, nama: string, nik: string): Person {
  const base = member();
  return { ...base, id: newId(), familyId, nama, nik, createdAt: '', updatedAt: '' } as Person;
}

async function registry(names: string[]): Promise<{ db: DtksDatabase; family: Family }> {
  const db = freshDatabase();
  const home = family();
  await db.families.add(home);
  await db.people.bulkAdd(
    names.map((nama, i) => toPersonRow(person(home.id, nama, `62710145078800${10 + i}`))),
  );
  return { db, family: home };
}

/**
 * The full ranking of `query` (with the vocabulary read), after checking that each bounded
 * search of `limits` ranks as its start.
 */
async function rankedAsFull(db: DtksDatabase, query: string, limits: number[]) {
  await vocabularyOf(db);
  const all = await rankPeople(db, query, { limit: 1000 });
  for (const limit of limits) {
    expect(await rankPeople(db, query, { limit })).toEqual(all.slice(0, limit));
  }
  return all;
}

describe('vocabularyOf', () => {
  it('reads the distinct words of the registry, without phonetic keys', async () => {
    const { db } = await registry(['Siti Rahmawati', 'Siti Aminah', 'Rahmat Hidayat']);
    const vocabulary = await vocabularyOf(db);
    expect(vocabulary.size).toBe(5);
    expect(vocabulary.has('aminah')).toBe(true);
    expect(await vocabularyOf(db)).toBe(vocabulary);
    db.close();
  });

  it('takes the words of every later write, single or bulk, from any connection', async () => {
    const { db, family: home } = await registry(['Siti Rahmawati']);
    const first = await vocabularyOf(db);
    await db.people.add(toPersonRow(person(home.id, 'Bambang Sutrisno', '6271011203850099')));
    await db.people.put(toPersonRow(person(home.id, 'Dewi Lestari', '6271011203850098')));
    const many = ['Kurniawan', 'Hasanah', 'Nurhayati'].map((nama, i) =>
      toPersonRow(person(home.id, `Warga ${nama}`, `317101010${i}`)),
    );
    await db.people.bulkAdd(many);
    // Another connection to the same database (a second window or the import worker).
    const other = new DtksDatabase(db.name);
    await other.people.add(toPersonRow(person(home.id, 'Yohanes Pattiasina', '6271011203850097')));
    other.close();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const after = await vocabularyOf(db);
    expect(after).toBe(first);
    for (const known of ['Sutrisno', 'Lestari', 'Hasanah', 'Nurhayati', 'Pattiasina'].map(word)) {
      expect(after.has(known)).toBe(true);
    }
    db.close();
  });

  it('hears the words written by another window or worker over the channel', async () => {
    const { db } = await registry(['Siti Rahmawati']);
    const vocabulary = await vocabularyOf(db);
    const elsewhere = new BroadcastChannel('dtks-name-words');
    elsewhere.postMessage({ db: db.name, words: ['marpaung', '~mrpng', 42] });
    elsewhere.postMessage({ db: 'another-database', words: ['simanjuntak'] });
    await vi.waitFor(() => expect(vocabulary.has('marpaung')).toBe(true));
    expect(vocabulary.has('~mrpng')).toBe(false);
    expect(vocabulary.has('simanjuntak')).toBe(false);
    elsewhere.close();
    db.close();
  });
});

describe('search with the vocabulary', () => {
  it('finds "Rahmawai" (a dropped consonant) as Rahmawati, above sound-alikes', async () => {
    const { db } = await registry([
      'Siti Rahmawati',
      'Rahmat Hidayat',
      'Rahma Dewi',
      'Budi Santoso',
    ]);
    // The first search finds no word nor prefix, so it waits for the vocabulary (its
    // sound-alikes come from it) and ranks again: the word one edit away first, then
    // the same consonant skeleton (r-m).
    expect((await searchPeople(db, 'Rahmawai')).map((hit) => hit.person.nama)).toEqual([
      'Siti Rahmawati',
      'Rahma Dewi',
    ]);
    const found = await searchPeople(db, 'Rahmawai');
    expect(found[0]?.person.nama).toBe('Siti Rahmawati');
    expect(found.map((hit) => hit.person.nama)).toEqual(['Siti Rahmawati', 'Rahma Dewi']);
    expect(await searchPeople(db, 'siti rahmawai')).toHaveLength(1);
    // One edit away ranks above the same consonant skeleton ("Rahmawti": r-m-t, as Rahmat).
    const ranked = await rankPeople(db, 'Rahmawti');
    expect(ranked[0]?.score).toBe(1.5);
    expect((await searchPeople(db, 'Rahmawti')).map((hit) => hit.person.nama)).toEqual([
      'Siti Rahmawati',
      'Rahmat Hidayat',
    ]);
    db.close();
  });

  it('finds a name typed after the vocabulary was read', async () => {
    const { db, family: home } = await registry(['Siti Rahmawati']);
    await vocabularyOf(db);
    expect(await searchPeople(db, 'Kurniawan')).toEqual([]);
    await db.people.add(toPersonRow(person(home.id, 'Dedi Kurniawan', '6271011203850077')));
    expect((await searchPeople(db, 'Kurniwan')).map((hit) => hit.person.nama)).toEqual([
      'Dedi Kurniawan',
    ]);
    expect((await searchPeople(db, 'kurn')).map((hit) => hit.person.nama)).toEqual([
      'Dedi Kurniawan',
    ]);
    db.close();
  });

  it('bounds a misspelt lookup: a limit of one reads one word and ranks as the full read', async () => {
    const { db } = await registry(['Rahmawati', 'Rahmawati Dewi', 'Rahmawan', 'Rahmat']);
    await rankedAsFull(db, 'rahmawai', [1, 2, 3]);
    db.close();
  });

  it('ranks sound-alikes nearest spelling first, and a bounded read as the start of the full one', async () => {
    const { db } = await registry([
      'Suroso',
      'Sarwo',
      'Sri Rahayu',
      'Surya',
      'Sarah',
      'Siti Suri',
      'Sora',
    ]);
    // "Sruo" is no word, begins none and is two edits from every word: only sound-alikes (s-r).
    const all = await rankedAsFull(db, 'sruo', [1, 2, 3, 4, 5]);
    const names = await getPersonHits(
      db,
      all.map((entry) => entry.id),
    );
    // Two edits: "sarwo", "sri", "suri"; three: "sarah", "sora", "surya"; "suroso" sounds s-r-s.
    expect(names.map((hit) => hit.person.nama)).toEqual([
      'Sarwo',
      'Sri Rahayu',
      'Siti Suri',
      'Sarah',
      'Sora',
      'Surya',
    ]);
    db.close();
  });

  it('counts a person under two sound-alike words once when a bounded read stops', async () => {
    // "Sari Suri" sounds like "sruo" twice (s-r): under "suri" (two edits) and "sari" (three).
    const { db } = await registry([
      'Sarwo',
      'Sri Rahayu',
      'Siti Suri',
      'Sari Suri',
      'Sarah',
      'Sarirah',
    ]);
    expect(await rankedAsFull(db, 'sruo', [4, 5, 6])).toHaveLength(6);
    db.close();
  });

  it('reads a fragment from the best words down and ranks as the full read', async () => {
    // "Nur" is a word and begins longer ones; forty people are listed under three of
    // them, so the first keys after the exact word hold few new people and the bounded
    // read has to read its range again to fill the list.
    const { db } = await registry([
      'Nur',
      'Siti Nur',
      ...Array.from({ length: 40 }, () => 'Nura Nurab Nurac'),
      ...Array.from({ length: 20 }, () => 'Nurzaman'),
      'Noer Hidayat',
      'Nuri',
    ]);
    const check = async () => {
      const all = await rankPeople(db, 'nur', { limit: 1000 });
      expect(all).toHaveLength(64);
      for (const limit of [1, 3, 4, 30, 50, 62, 63, 64]) {
        expect(await rankPeople(db, 'nur', { limit })).toEqual(all.slice(0, limit));
      }
      return all;
    };
    // Without the vocabulary (the first search of a window), then with it.
    const before = await check();
    await vocabularyOf(db);
    expect(await check()).toEqual(before);
    // The exact word (old spelling too: "Noer") outranks every longer word, which come in word order.
    const hits = await searchPeople(db, 'nur', { limit: 4 });
    expect(hits.map((hit) => hit.person.nama)).toEqual([
      'Noer Hidayat',
      'Nur',
      'Siti Nur',
      'Nura Nurab Nurac',
    ]);
    db.close();
  });

  it('still finds a misspelt name when its neighbours fill the list', async () => {
    const { db } = await registry([
      'Rahmawati',
      'Siti Rahmawati',
      'Rahmawati Dewi',
      'Rahmat Hidayat',
      'Rahma',
    ]);
    await vocabularyOf(db);
    // One edit away ("rahmawati") fills two places: the sound-alikes are not needed.
    const two = await searchPeople(db, 'Rahmawai', { limit: 2 });
    expect(two.map((hit) => hit.person.nama).sort()).toEqual(
      expect.arrayContaining([expect.stringContaining('Rahmawati')]),
    );
    expect(two.every((hit) => hit.person.nama.includes('Rahmawati'))).toBe(true);
    const all = await rankPeople(db, 'Rahmawai', { limit: 1000 });
    expect(all.slice(0, 3).map((entry) => entry.score)).toEqual([1.5, 1.5, 1.5]);
    expect(await rankPeople(db, 'Rahmawai', { limit: 3 })).toEqual(all.slice(0, 3));
    expect(await rankPeople(db, 'Rahmawai', { limit: 4 })).toEqual(all.slice(0, 4));
    db.close();
  });

  it('looks a word nobody has any more up as a misspelling', async () => {
    const { db, family: home } = await registry(['Siti Rahmawati']);
    const gone = toPersonRow(person(home.id, 'Rahmawat', '6271011203850066'));
    await db.people.add(gone);
    await vocabularyOf(db);
    await db.people.delete(gone.id);
    // "rahmawat" stays in the vocabulary; its one-edit neighbour is found instead.
    expect((await searchPeople(db, 'rahmawat')).map((hit) => hit.person.nama)).toEqual([
      'Siti Rahmawati',
    ]);
    db.close();
  });

  it('a misspelt search inside a live query runs again when a sound-alike is written', async () => {
    const { db, family: home } = await registry(['Siti Rahmawati']);
    const seen: string[][] = [];
    const subscription = liveQuery(() => rankPeople(db, 'kurniwan')).subscribe((ranked) =>
      seen.push(ranked.map((entry) => entry.id)),
    );
    await vi.waitFor(() => expect(seen).toEqual([[]]));
    // "Kurniawan" was no word of the registry: only the watched letter range can wake it.
    const dedi = toPersonRow(person(home.id, 'Dedi Kurniawan', '6271011203850056'));
    await db.people.add(dedi);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([dedi.id]));
    subscription.unsubscribe();
    db.close();
  });

  it('stays live inside a live query (the Warga list ranks in one)', async () => {
    const { db, family: home } = await registry(['Siti Rahmawati']);
    const seen: string[][] = [];
    await vocabularyOf(db);
    const subscription = liveQuery(() => rankPeople(db, 'kurniawan')).subscribe((ranked) =>
      seen.push(ranked.map((entry) => entry.id)),
    );
    await vi.waitFor(() => expect(seen).toEqual([[]]));
    const dedi = toPersonRow(person(home.id, 'Dedi Kurniawan', '6271011203850055'));
    await db.people.add(dedi);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([dedi.id]));
    subscription.unsubscribe();
    db.close();
  });
});
