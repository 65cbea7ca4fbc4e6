import type {
  EducationLevel,
  Family,
  Person,
  PresenceStatus,
  Religion,
  Sex,
} from '../domain/core/entities';
import { drawFamilySize, planFamily } from './demo-family';
import type { FamilyPlan, MemberPlan } from './demo-family';
import {
  CHRISTIAN_NAMES,
  CHRONIC_ILLNESSES,
  DEFAULT_LOCAL_CITY,
  DISABILITIES,
  JOBS_ELDER_FEMALE,
  JOBS_ELDER_MALE,
  JOBS_FEMALE,
  JOBS_MALE,
  LOCAL_CITY_BY_CODE,
  MUSLIM_NAMES,
  NAME_GROUPS,
  OTHER_REGION_PREFIXES,
  SKILLED_JOBS,
  STREET_SUFFIXES,
  STREETS,
} from './demo-names';
import type { NameGroup } from './demo-names';
import { chance, createRng, pick, pickWeighted, randomInt, rowIdFromRng } from './demo-rng';
import type { Rng } from './demo-rng';
import { isoDate, pad } from '../domain/core/id-common';
import { parseKodeWilayah } from '../domain/core/wilayah';

export { createRng, rowIdFromRng } from './demo-rng';
export type { Rng } from './demo-rng';

export type DemoDataOptions = {
  seed: number | string;
  /** Exact number of people to generate; the last family is cut to fit. */
  people: number;
  /** Kode wilayah of the kelurahan (10 digits, dots allowed). */
  kodeWilayah: string;
  /**
   * "Now" for ages and timestamps. Its UTC calendar date is used, so the output is
   * the same on every machine whatever its time zone. Defaults to 2026-01-01.
   */
  today?: Date;
};

export type DemoData = { families: Family[]; people: Person[] };

export const DEMO_DEFAULT_TODAY = '2026-01-01T00:00:00.000Z';
/** Far above any kelurahan; guards against a typo asking for billions of rows. */
export const MAX_DEMO_PEOPLE = 1_000_000;
/** Share of people whose NIK was issued in the kelurahan's own district. */
const LOCAL_NIK_SHARE = 0.95;

type CalendarDate = { year: number; month: number; day: number };

/**
 * Builds a realistic, fully deterministic kelurahan population for demos, screenshots
 * and load tests: same options, same output, byte for byte. Every NIK and No. KK
 * passes the parsers in this folder and none repeats.
 */
export function generateDemoData(options: DemoDataOptions): DemoData {
  const target = options.people;
  if (!Number.isInteger(target) || target < 0 || target > MAX_DEMO_PEOPLE) {
    throw new RangeError(`Jumlah penduduk demo harus bilangan bulat 0..${MAX_DEMO_PEOPLE}`);
  }
  const wilayah = parseKodeWilayah(options.kodeWilayah);
  if (!wilayah.ok) throw new RangeError(wilayah.reason);
  const today = options.today ?? new Date(DEMO_DEFAULT_TODAY);
  if (Number.isNaN(today.getTime())) throw new RangeError('Tanggal acuan demo tidak valid');

  const rng = createRng(options.seed);
  const ctx: Context = {
    rng,
    today: {
      year: today.getUTCFullYear(),
      month: today.getUTCMonth() + 1,
      day: today.getUTCDate(),
    },
    timestamp: today.toISOString(),
    desilDate: isoDate(
      today.getUTCMonth() === 0 ? today.getUTCFullYear() - 1 : today.getUTCFullYear(),
      today.getUTCMonth() === 0 ? 12 : today.getUTCMonth(),
      1,
    ),
    kodeWilayah: wilayah.code,
    localPrefix: wilayah.nikPrefix,
    localCity: LOCAL_CITY_BY_CODE[wilayah.code.slice(0, 4)] ?? DEFAULT_LOCAL_CITY,
    otherPrefixes: OTHER_REGION_PREFIXES.filter((prefix) => prefix !== wilayah.nikPrefix),
    nikSerials: new Map(),
    kkSerials: new Map(),
  };
  const neighbourhoods = planNeighbourhoods(rng);

  const families: Family[] = [];
  const people: Person[] = [];
  while (people.length < target) {
    const size = Math.min(drawFamilySize(rng), target - people.length);
    const plan = planFamily(rng, size, NAME_GROUPS);
    const family = makeFamily(ctx, pick(rng, neighbourhoods), plan.members[0]?.age ?? 30);
    families.push(family);
    for (const person of makePeople(ctx, family, plan)) people.push(person);
  }
  return { families, people };
}

type Context = {
  rng: Rng;
  today: CalendarDate;
  timestamp: string;
  /** Rankings arrive monthly: demo deciles date from the first of last month. */
  desilDate: string;
  kodeWilayah: string;
  localPrefix: string;
  localCity: string;
  otherPrefixes: readonly string[];
  /** Last serial used per 12-digit NIK/KK prefix: serials grow, so numbers never repeat. */
  nikSerials: Map<string, number>;
  kkSerials: Map<string, number>;
};

type Neighbourhood = { rw: string; rtCount: number; streets: readonly string[] };

/** Eight RWs of 6 to 15 RTs (one RW always has the full 15), each along a few streets. */
function planNeighbourhoods(rng: Rng): Neighbourhood[] {
  const result: Neighbourhood[] = [];
  const largest = randomInt(rng, 1, 8);
  for (let rw = 1; rw <= 8; rw++) {
    const streets: string[] = [];
    for (let i = 0; i < 3; i++) {
      const street = pick(rng, STREETS);
      streets.push(chance(rng, 0.4) ? `${street} ${pick(rng, STREET_SUFFIXES)}` : street);
    }
    const rtCount = rw === largest ? 15 : randomInt(rng, 6, 15);
    result.push({ rw: pad(rw, 3), rtCount, streets });
  }
  return result;
}

function makeFamily(ctx: Context, place: Neighbourhood, headAge: number): Family {
  const { rng } = ctx;
  // The card was issued when the head was an adult, within the last 15 years.
  const cardAge = randomInt(rng, 0, Math.max(0, Math.min(15, headAge - 17)));
  const house = `${randomInt(rng, 1, 150)}${chance(rng, 0.08) ? pick(rng, ['A', 'B']) : ''}`;
  const registered = shiftDate(ctx.today, cardAge, randomInt(rng, 0, 364));
  const datePart = `${pad(registered.day, 2)}${pad(registered.month, 2)}${pad(registered.year % 100, 2)}`;
  return {
    id: rowIdFromRng(rng),
    noKk: allocate(rng, ctx.kkSerials, ctx.localPrefix + datePart),
    alamat: `${pick(rng, place.streets)} No. ${house}`,
    rt: pad(randomInt(rng, 1, place.rtCount), 3),
    rw: place.rw,
    kodeWilayah: ctx.kodeWilayah,
    createdAt: ctx.timestamp,
    updatedAt: ctx.timestamp,
  };
}

function makePeople(ctx: Context, family: Family, { religion, members }: FamilyPlan): Person[] {
  const { rng } = ctx;
  const desil = chance(rng, 0.65)
    ? {
        value: pickWeighted(rng, DESIL_WEIGHTS),
        source: 'Data demo',
        date: ctx.desilDate,
      }
    : undefined;
  // The decile belongs to the household (domain.md §3), as a prelist would give it.
  if (desil) family.desil = desil;
  const names: FamilyNames = { surnames: new Map(), taken: new Set() };
  const nama = members.map((member) =>
    fullName(rng, member.sex, member.group, religion, member.line, names),
  );

  return members.map((member, index) => {
    const birth = shiftDate(ctx.today, member.age, randomInt(rng, member.age === 0 ? 30 : 0, 364));
    const { pendidikan, pekerjaan } = schoolingAndJob(rng, member);
    const person: Person = {
      id: rowIdFromRng(rng),
      familyId: family.id,
      nik: makeNik(ctx, birth, member.sex),
      nama: nama[index] ?? '',
      tempatLahir: birthPlace(ctx, member),
      tanggalLahir: isoDate(birth.year, birth.month, birth.day),
      jenisKelamin: member.sex,
      shdk: member.shdk,
      statusKawin: member.statusKawin,
      agama: religion,
      pendidikan,
      pekerjaan,
      namaIbuKandung:
        (member.mother === undefined ? undefined : nama[member.mother]) ??
        // A fresh line: the mother was born into another family.
        fullName(rng, 'P', member.group, religion, 'ibu', {
          surnames: new Map(),
          taken: names.taken,
        }),
      statusKeberadaan: presence(rng, member.age),
      createdAt: ctx.timestamp,
      updatedAt: ctx.timestamp,
    };
    if (chance(rng, 0.015)) person.disabilitas = pick(rng, DISABILITIES);
    if (chance(rng, member.age >= 60 ? 0.2 : member.age >= 35 ? 0.07 : 0.005)) {
      person.penyakitKronis = pick(rng, CHRONIC_ILLNESSES);
    }
    return person;
  });
}

/** Decile 1 is the poorest; a kelurahan's DTKS leans to the lower deciles. */
const DESIL_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 18],
  [2, 17],
  [3, 15],
  [4, 13],
  [5, 11],
  [6, 8],
  [7, 6],
  [8, 5],
  [9, 4],
  [10, 3],
];

/** `years` years and `days` days before `from`, normalised through Date.UTC. */
function shiftDate(from: CalendarDate, years: number, days: number): CalendarDate {
  const date = new Date(Date.UTC(from.year - years, from.month - 1, from.day - days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Next free serial after `prefix` (12 digits), skipping a few now and then like real ones. */
function allocate(rng: Rng, serials: Map<string, number>, prefix: string): string {
  const serial = (serials.get(prefix) ?? 0) + 1 + (chance(rng, 0.2) ? randomInt(rng, 1, 3) : 0);
  if (serial > 9999) throw new RangeError(`Nomor urut habis untuk awalan ${prefix}`);
  serials.set(prefix, serial);
  return prefix + pad(serial, 4);
}

function makeNik(ctx: Context, birth: CalendarDate, sex: Sex): string {
  const { rng } = ctx;
  const region =
    chance(rng, LOCAL_NIK_SHARE) || ctx.otherPrefixes.length === 0
      ? ctx.localPrefix
      : pick(rng, ctx.otherPrefixes);
  // Women's NIKs carry the day of birth plus 40.
  const day = birth.day + (sex === 'P' ? 40 : 0);
  const datePart = `${pad(day, 2)}${pad(birth.month, 2)}${pad(birth.year % 100, 2)}`;
  return allocate(rng, ctx.nikSerials, region + datePart);
}

/** Per family: the family name of each line, and given names already used. */
type FamilyNames = { surnames: Map<string, string>; taken: Set<string> };

type NamePool = {
  male: readonly string[];
  female: readonly string[];
  maleSecond: readonly string[];
  femaleSecond: readonly string[];
};

const namePools = new Map<string, NamePool>();

/** The group's names that suit the family's religion (cached: called per person). */
function namePool(group: NameGroup, religion: Religion): NamePool {
  const key = `${group.id}|${religion}`;
  let pool = namePools.get(key);
  if (!pool) {
    const fits = (name: string): boolean =>
      !(religion !== 'Kristen' && religion !== 'Katolik' && CHRISTIAN_NAMES.has(name)) &&
      !(religion !== 'Islam' && MUSLIM_NAMES.has(name));
    const filter = (names: readonly string[]) => {
      const kept = names.filter(fits);
      return kept.length > 0 ? kept : names;
    };
    pool = {
      male: filter(group.male),
      female: filter(group.female),
      maleSecond: filter(group.maleSecond),
      femaleSecond: filter(group.femaleSecond),
    };
    namePools.set(key, pool);
  }
  return pool;
}

/**
 * Given name, a second word for some, and the line's family name where the group has
 * them. Members of one line share the family name; Batak women write it after "Br.".
 * Siblings rarely share a first name, so a few redraws avoid it.
 */
function fullName(
  rng: Rng,
  sex: Sex,
  group: NameGroup,
  religion: Religion,
  line: string,
  family: FamilyNames,
): string {
  const pool = namePool(group, religion);
  const given = sex === 'L' ? pool.male : pool.female;
  let first = pick(rng, given);
  for (let attempt = 0; attempt < 4 && family.taken.has(first); attempt++) first = pick(rng, given);
  family.taken.add(first);
  let name = first;
  if (chance(rng, group.secondNameRate)) {
    const second = pick(rng, sex === 'L' ? pool.maleSecond : pool.femaleSecond);
    if (second !== first) name = `${first} ${second}`;
  }
  if (!group.surnames) return name;
  let surname = family.surnames.get(line);
  if (surname === undefined) {
    surname = pick(rng, group.surnames);
    family.surnames.set(line, surname);
  }
  const prefix = sex === 'P' && group.femaleSurnamePrefix ? `${group.femaleSurnamePrefix} ` : '';
  return `${name} ${prefix}${surname}`;
}

function birthPlace(ctx: Context, member: MemberPlan): string {
  const bornHere = member.age < 20 ? 0.85 : member.shdk === 4 || member.shdk === 6 ? 0.7 : 0.45;
  return chance(ctx.rng, bornHere) ? ctx.localCity : pick(ctx.rng, member.group.birthPlaces);
}

const ADULT_EDUCATION_YOUNG: readonly (readonly [EducationLevel, number])[] = [
  ['Tidak/Belum Sekolah', 1],
  ['Belum Tamat SD', 3],
  ['SD/Sederajat', 15],
  ['SLTP/Sederajat', 22],
  ['SLTA/Sederajat', 45],
  ['Diploma I/II', 3],
  ['Diploma III', 4],
  ['Diploma IV/S1', 7],
];

const ADULT_EDUCATION_OLD: readonly (readonly [EducationLevel, number])[] = [
  ['Tidak/Belum Sekolah', 6],
  ['Belum Tamat SD', 12],
  ['SD/Sederajat', 33],
  ['SLTP/Sederajat', 19],
  ['SLTA/Sederajat', 25],
  ['Diploma III', 2],
  ['Diploma IV/S1', 3],
];

const HIGHER_EDUCATION: readonly (readonly [EducationLevel, number])[] = [
  ['SLTA/Sederajat', 30],
  ['Diploma III', 25],
  ['Diploma IV/S1', 40],
  ['S2', 5],
];

function schoolingAndJob(
  rng: Rng,
  { age, sex, statusKawin }: MemberPlan,
): { pendidikan: EducationLevel; pekerjaan: string } {
  if (age < 7) return { pendidikan: 'Tidak/Belum Sekolah', pekerjaan: 'Belum/Tidak Bekerja' };
  if (age < 13) return { pendidikan: 'Belum Tamat SD', pekerjaan: 'Pelajar/Mahasiswa' };
  if (age < 16) return { pendidikan: 'SD/Sederajat', pekerjaan: 'Pelajar/Mahasiswa' };
  if (age < 19) {
    return chance(rng, 0.9)
      ? { pendidikan: 'SLTP/Sederajat', pekerjaan: 'Pelajar/Mahasiswa' }
      : { pendidikan: 'SLTP/Sederajat', pekerjaan: 'Belum/Tidak Bekerja' };
  }
  if (age < 24 && statusKawin === 'belum_kawin' && chance(rng, 0.3)) {
    return { pendidikan: 'SLTA/Sederajat', pekerjaan: 'Pelajar/Mahasiswa' };
  }
  if (age < 60 && chance(rng, 0.05)) {
    // Skilled jobs need a diploma; drawn first so the schooling can follow from them.
    return {
      pendidikan: pickWeighted(rng, HIGHER_EDUCATION.slice(1)),
      pekerjaan: pick(rng, SKILLED_JOBS),
    };
  }
  const pekerjaan =
    age >= 60
      ? pickWeighted(rng, sex === 'L' ? JOBS_ELDER_MALE : JOBS_ELDER_FEMALE)
      : pickWeighted(rng, sex === 'L' ? JOBS_MALE : JOBS_FEMALE);
  if (pekerjaan === 'Pensiunan')
    return { pendidikan: pickWeighted(rng, HIGHER_EDUCATION), pekerjaan };
  const pendidikan = pickWeighted(rng, age < 40 ? ADULT_EDUCATION_YOUNG : ADULT_EDUCATION_OLD);
  return { pendidikan, pekerjaan };
}

/** Almost everyone is present; the rest give the nonaktif screens something to show. */
function presence(rng: Rng, age: number): PresenceStatus {
  if (chance(rng, 0.985)) return 'ada';
  if (age >= 60 && chance(rng, 0.6)) return 'meninggal';
  return chance(rng, 0.7) ? 'pindah' : 'tidak_ditemukan';
}
