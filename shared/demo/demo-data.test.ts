import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EDUCATION_LEVELS,
  MARITAL_STATUSES,
  PRESENCE_STATUSES,
  RELIGIONS,
  SHDK,
} from '../domain/core/entities';
import { isDesilValue } from '../domain/usulan/desil';
import type { Person } from '../domain/core/entities';
import {
  DEMO_DEFAULT_TODAY,
  MAX_DEMO_PEOPLE,
  createRng,
  generateDemoData,
  rowIdFromRng,
} from './demo-data';
import { isRowId, newId } from '../domain/core/ids';
import type { DemoData } from './demo-data';
import { CHRISTIAN_NAMES, MUSLIM_NAMES } from './demo-names';
import { parseNoKk } from '../domain/warga/kk';
import { checkNikAgainst, parseNik } from '../domain/warga/nik';

const KODE = '6271011001';
const TODAY = new Date(DEMO_DEFAULT_TODAY);

/** The people of each family, in output order. */
function byFamily(data: DemoData): Map<string, Person[]> {
  const groups = new Map<string, Person[]>(data.families.map((family) => [family.id, []]));
  for (const person of data.people) groups.get(person.familyId)?.push(person);
  return groups;
}

/** Whether `older` was born at least `years` whole years before `younger`. */
function bornYearsBefore(older: Person, younger: Person, years: number): boolean {
  const shifted = `${String(Number(older.tanggalLahir.slice(0, 4)) + years).padStart(4, '0')}${older.tanggalLahir.slice(4)}`;
  return shifted <= younger.tanggalLahir;
}

describe('generateDemoData: determinism and size', () => {
  it('gives the same output for the same options', () => {
    const a = generateDemoData({ seed: 7, people: 500, kodeWilayah: KODE });
    const b = generateDemoData({ seed: 7, people: 500, kodeWilayah: KODE });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('gives different output for a different seed', () => {
    const a = generateDemoData({ seed: 7, people: 200, kodeWilayah: KODE });
    const b = generateDemoData({ seed: 8, people: 200, kodeWilayah: KODE });
    expect(a.people.map((p) => p.nik)).not.toEqual(b.people.map((p) => p.nik));
    expect(a.families[0]?.id).not.toBe(b.families[0]?.id);
  });

  it('accepts string seeds', () => {
    const a = generateDemoData({ seed: 'kelurahan-pahandut', people: 50, kodeWilayah: KODE });
    const b = generateDemoData({ seed: 'kelurahan-pahandut', people: 50, kodeWilayah: KODE });
    expect(a).toEqual(b);
  });

  it('produces exactly the number of people asked for, in families of 1 to 8', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer(), (people, seed) => {
        const data = generateDemoData({ seed, people, kodeWilayah: KODE });
        expect(data.people).toHaveLength(people);
        for (const members of byFamily(data).values()) {
          expect(members.length).toBeGreaterThanOrEqual(1);
          expect(members.length).toBeLessThanOrEqual(8);
          expect(members[0]?.shdk).toBe(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('returns nothing for zero people', () => {
    expect(generateDemoData({ seed: 1, people: 0, kodeWilayah: KODE })).toEqual({
      families: [],
      people: [],
    });
  });

  it('refuses impossible options', () => {
    for (const people of [-1, 1.5, Number.NaN, MAX_DEMO_PEOPLE + 1]) {
      expect(() => generateDemoData({ seed: 1, people, kodeWilayah: KODE })).toThrow(RangeError);
    }
    expect(() => generateDemoData({ seed: 1, people: 5, kodeWilayah: '123' })).toThrow(
      'Kode wilayah harus 10 digit angka',
    );
    expect(() =>
      generateDemoData({ seed: 1, people: 5, kodeWilayah: KODE, today: new Date('x') }),
    ).toThrow(RangeError);
  });

  it('uses the given today for timestamps and ages, and stores the code without dots', () => {
    const today = new Date('2030-06-15T03:00:00.000Z');
    const data = generateDemoData({ seed: 2, people: 300, kodeWilayah: '63.71.01.1001', today });
    expect(data.families.every((f) => f.kodeWilayah === '6371011001')).toBe(true);
    expect(data.people.every((p) => p.createdAt === today.toISOString())).toBe(true);
    expect(data.people.every((p) => p.tanggalLahir < '2030-06-15')).toBe(true);
    expect(
      data.people.every((p) => p.nik.startsWith('637101') || p.nik.slice(0, 6) !== '627101'),
    ).toBe(true);
    // Born here means born in Banjarmasin for a Banjarmasin kelurahan.
    expect(data.people.filter((p) => p.tempatLahir === 'Banjarmasin').length).toBeGreaterThan(100);
  });
});

describe('generateDemoData: 50,000 people', () => {
  let data: DemoData;
  let elapsed = 0;
  let families: Map<string, Person[]>;

  beforeAll(() => {
    const start = performance.now();
    data = generateDemoData({ seed: 2026, people: 50_000, kodeWilayah: KODE });
    elapsed = performance.now() - start;
    families = byFamily(data);
  });

  // Speed is measured by `npm run bench`, never asserted in a unit test.
  it('generates exactly 50,000 people', () => {
    expect(data.people).toHaveLength(50_000);
    console.info(`50.000 warga dibuat dalam ${Math.round(elapsed)} ms`);
  });

  it('never repeats a NIK, a No. KK or an id', () => {
    expect(new Set(data.people.map((p) => p.nik)).size).toBe(data.people.length);
    expect(new Set(data.families.map((f) => f.noKk)).size).toBe(data.families.length);
    const ids = [...data.people.map((p) => p.id), ...data.families.map((f) => f.id)];
    expect(new Set(ids).size).toBe(ids.length);
    // The app's own key shape (newId()), not a UUID: whatever checks a key sees demo rows
    // as it sees the rows a clerk makes.
    const otherShape = ids.filter((id) => !isRowId(id) || id.length !== newId().length);
    expect(otherShape).toEqual([]);
  });

  // Checks over 50,000 rows collect the offenders and assert once: an expect() per
  // row would take seconds, and a list of offenders says more than a first failure.

  it('gives every person a valid NIK matching their sex and birth date', () => {
    let local = 0;
    const offenders = data.people.filter((person) => {
      const parsed = parseNik(person.nik, TODAY);
      const checks = checkNikAgainst(
        person.nik,
        { sex: person.jenisKelamin, birthDate: person.tanggalLahir, kodeWilayah: KODE },
        TODAY,
      );
      if (checks.length === 0) local++;
      return (
        !parsed.ok ||
        parsed.birthDate !== person.tanggalLahir ||
        parsed.sex !== person.jenisKelamin ||
        checks.some((check) => check.severity !== 'note')
      );
    });
    expect(offenders).toEqual([]);
    // About 95% issued in the kelurahan's own district, the rest elsewhere.
    expect(local / data.people.length).toBeGreaterThan(0.93);
    expect(local / data.people.length).toBeLessThan(0.97);
  });

  it('gives every family a valid No. KK from the kelurahan’s district', () => {
    const offenders = data.families.filter((family) => {
      const parsed = parseNoKk(family.noKk);
      return !parsed.ok || parsed.regionCode !== '627101';
    });
    expect(offenders).toEqual([]);
  });

  it('fills every family field in the expected format', () => {
    const offenders = data.families.filter(
      (family) =>
        !/^0(0[1-9]|1[0-5])$/.test(family.rt) ||
        !/^00[1-8]$/.test(family.rw) ||
        !/^Jl\. .+ No\. \d+[AB]?$/.test(family.alamat) ||
        family.kodeWilayah !== KODE ||
        family.createdAt !== DEMO_DEFAULT_TODAY ||
        family.updatedAt !== DEMO_DEFAULT_TODAY,
    );
    expect(offenders).toEqual([]);
    expect(new Set(data.families.map((family) => family.rw)).size).toBe(8);
    expect(new Set(data.families.map((family) => family.rt)).size).toBe(15);
  });

  it('gives every family exactly one head, listed first, and at most one spouse', () => {
    const offenders = [...families.values()].filter(
      (members) =>
        members.length < 1 ||
        members.length > 8 ||
        members[0]?.shdk !== 1 ||
        members.filter((p) => p.shdk === 1).length !== 1 ||
        members.filter((p) => p.shdk === 2 || p.shdk === 3).length > 1,
    );
    expect(offenders).toEqual([]);
    const sizes = new Set([...families.values()].map((members) => members.length));
    expect([...sizes].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(data.people.every((p) => families.has(p.familyId))).toBe(true);
  });

  it('keeps relations, sexes and marital statuses consistent', () => {
    const offenders = [...families.values()].filter((members) => {
      const head = members[0] as Person;
      const spouse = members.find((p) => p.shdk === 2 || p.shdk === 3);
      const married = members.find((p) => p.shdk === 4 && p.statusKawin === 'kawin');
      const inLaw = members.find((p) => p.shdk === 5);
      const badSpouse =
        spouse !== undefined &&
        (spouse.jenisKelamin !== (spouse.shdk === 3 ? 'P' : 'L') ||
          head.jenisKelamin === spouse.jenisKelamin ||
          head.statusKawin !== 'kawin' ||
          spouse.statusKawin !== 'kawin');
      const badInLaw =
        inLaw !== undefined &&
        (married === undefined ||
          inLaw.statusKawin !== 'kawin' ||
          inLaw.jenisKelamin === married.jenisKelamin);
      // Nobody born after 2009 is married in 2026.
      const badMinor = members.some(
        (p) => p.tanggalLahir > '2009-01-01' && p.statusKawin !== 'belum_kawin',
      );
      return badSpouse || badInLaw || badMinor;
    });
    expect(offenders).toEqual([]);
  });

  it('makes parents at least 16 years older than their children', () => {
    const offenders = [...families.values()].filter((members) => {
      const head = members[0] as Person;
      const spouse = members.find((p) => p.shdk === 2 || p.shdk === 3);
      const married = members.find((p) => p.shdk === 4 && p.statusKawin === 'kawin');
      const inLaw = members.find((p) => p.shdk === 5);
      return members.some((person) => {
        switch (person.shdk) {
          case 4:
            return (
              !bornYearsBefore(head, person, 16) ||
              (spouse !== undefined && !bornYearsBefore(spouse, person, 16))
            );
          case 6:
            return (
              married === undefined ||
              inLaw === undefined ||
              !bornYearsBefore(married, person, 16) ||
              !bornYearsBefore(inLaw, person, 16)
            );
          case 7:
            return !bornYearsBefore(person, head, 16);
          case 8:
            return spouse === undefined || !bornYearsBefore(person, spouse, 16);
          default:
            return false;
        }
      });
    });
    expect(offenders).toEqual([]);
  });

  it('records the mother’s name, the mother in the family where she is there', () => {
    const offenders = [...families.values()].filter((members) => {
      const head = members[0] as Person;
      const spouse = members.find((p) => p.shdk === 2 || p.shdk === 3);
      const mother =
        head.jenisKelamin === 'P' ? head : spouse?.jenisKelamin === 'P' ? spouse : undefined;
      const grandmother = members.find((p) => p.shdk === 7 && p.jenisKelamin === 'P');
      return (
        members.some((p) => p.namaIbuKandung.trim() === '') ||
        (mother !== undefined &&
          members.some((p) => p.shdk === 4 && p.namaIbuKandung !== mother.nama)) ||
        (grandmother !== undefined && head.namaIbuKandung !== grandmother.nama)
      );
    });
    expect(offenders).toEqual([]);
  });

  it('uses only the values the entities allow', () => {
    const shdkCodes = new Set(Object.keys(SHDK).map(Number));
    const offenders = data.people.filter(
      (person) =>
        !shdkCodes.has(person.shdk) ||
        // Demo people are entered in full: nothing is left unknown.
        person.statusKawin === undefined ||
        !MARITAL_STATUSES.includes(person.statusKawin) ||
        person.agama === undefined ||
        !RELIGIONS.includes(person.agama) ||
        person.pendidikan === undefined ||
        !EDUCATION_LEVELS.includes(person.pendidikan) ||
        !PRESENCE_STATUSES.includes(person.statusKeberadaan) ||
        !/^[A-Z][A-Za-z.' ]+$/.test(person.nama) ||
        person.tempatLahir === '' ||
        person.pekerjaan === '' ||
        !/^\d{4}-\d{2}-\d{2}$/.test(person.tanggalLahir) ||
        person.tanggalLahir > '2026-01-01' ||
        person.tanggalLahir < '1930-01-01' ||
        person.createdAt !== DEMO_DEFAULT_TODAY,
    );
    expect(offenders).toEqual([]);
    // Deciles sit on the family, whole 1..10, for most but not all families.
    const ranked = data.families.filter((family) => family.desil !== undefined);
    expect(ranked.filter((family) => !isDesilValue(family.desil?.value))).toEqual([]);
    expect(ranked.length).toBeGreaterThan(data.families.length * 0.4);
    expect(ranked.length).toBeLessThan(data.families.length);
    expect(new Set(data.people.map((p) => p.shdk)).size).toBeGreaterThanOrEqual(8);
  });

  it('gives names that fit the family’s religion, and siblings different names', () => {
    const firstWord = (name: string) => name.split(' ')[0] ?? '';
    const misfits = data.people.filter((person) => {
      const first = firstWord(person.nama);
      const christian = person.agama === 'Kristen' || person.agama === 'Katolik';
      return (
        (!christian && CHRISTIAN_NAMES.has(first)) ||
        (person.agama !== 'Islam' && MUSLIM_NAMES.has(first))
      );
    });
    expect(misfits).toEqual([]);
    const repeated = [...families.values()].filter((members) => {
      const firsts = members.map((p) => firstWord(p.nama));
      return new Set(firsts).size !== firsts.length;
    });
    expect(repeated.length / families.size).toBeLessThan(0.02);
  });

  it('looks like a real kelurahan in its proportions', () => {
    const share = (test: (p: Person) => boolean) =>
      data.people.filter(test).length / data.people.length;
    expect(share((p) => p.statusKeberadaan === 'ada')).toBeGreaterThan(0.97);
    expect(share((p) => p.agama === 'Islam')).toBeGreaterThan(0.55);
    expect(share((p) => p.agama === 'Islam')).toBeLessThan(0.8);
    expect(share((p) => p.disabilitas !== undefined)).toBeGreaterThan(0.005);
    expect(share((p) => p.disabilitas !== undefined)).toBeLessThan(0.05);
    expect(share((p) => p.penyakitKronis !== undefined)).toBeLessThan(0.15);
    expect(share((p) => p.jenisKelamin === 'P')).toBeGreaterThan(0.45);
    expect(share((p) => p.jenisKelamin === 'P')).toBeLessThan(0.55);
    expect(share((p) => p.pekerjaan === 'Pelajar/Mahasiswa')).toBeGreaterThan(0.1);
    // One religion per family, as a KK usually shows.
    const mixed = [...families.values()].filter(
      (members) => new Set(members.map((p) => p.agama)).size !== 1,
    );
    expect(mixed).toEqual([]);
  });
});

describe('rowIdFromRng (re-exported)', () => {
  it('is available from demo-data', () => {
    expect(isRowId(rowIdFromRng(createRng('re-export')))).toBe(true);
  });
});
