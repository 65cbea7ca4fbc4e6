import type { MaritalStatus, Religion, Sex, ShdkCode } from '../domain/core/entities';
import type { NameGroup } from './demo-names';
import { chance, pickWeighted, randomInt } from './demo-rng';
import type { Rng } from './demo-rng';

/**
 * The shape of one demo family before names and numbers are drawn: who is related to
 * whom, and how old. Ages are whole years; a parent is always at least 18 whole years
 * older than a child, so with the random days added later the gap stays above 16 years.
 */
export type MemberPlan = {
  shdk: ShdkCode;
  sex: Sex;
  age: number;
  statusKawin: MaritalStatus;
  group: NameGroup;
  /**
   * Members with the same line share a family name where the group has them:
   * 'H' head's paternal line, 'S' spouse's, 'M' menantu's, 'F' an absent father's.
   */
  line: string;
  /** Index of the member's mother in the plan; absent when she is not in the family. */
  mother?: number;
};

/** Oldest demo person: a NIK's two-digit year must not wrap to the wrong century. */
export const MAX_AGE = 95;
/** Youngest age at which a demo person has a child. */
const MIN_PARENT_AGE = 19;
/** Youngest gap, in whole years, between a parent and a child. */
const PARENT_GAP = 18;

const FAMILY_SIZE_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 8],
  [2, 14],
  [3, 20],
  [4, 24],
  [5, 16],
  [6, 10],
  [7, 5],
  [8, 3],
];

export function drawFamilySize(rng: Rng): number {
  return pickWeighted(rng, FAMILY_SIZE_WEIGHTS);
}

function drawGroup(rng: Rng, groups: readonly NameGroup[]): NameGroup {
  return pickWeighted(
    rng,
    groups.map((group) => [group, group.weight] as const),
  );
}

/**
 * The group of someone marrying into a family of this religion: usually the family's
 * own group, otherwise one where the religion is common, so the names still fit.
 */
function drawInLawGroup(rng: Rng, family: FamilyContext): NameGroup {
  if (chance(rng, 0.85)) return family.group;
  const candidates = family.groups.filter((group) =>
    group.religions.some(([religion]) => religion === family.religion),
  );
  return candidates.length > 0 ? drawGroup(rng, candidates) : family.group;
}

type FamilyContext = { group: NameGroup; religion: Religion; groups: readonly NameGroup[] };

/** One family's religion (shared by all members, as a KK usually shows) and members. */
export type FamilyPlan = { religion: Religion; members: MemberPlan[] };

const opposite = (sex: Sex): Sex => (sex === 'L' ? 'P' : 'L');
const randomSex = (rng: Rng): Sex => (chance(rng, 0.51) ? 'L' : 'P');

/** Ages of `count` children of parents whose younger one is `parentAge`, oldest first. */
function childAges(rng: Rng, count: number, parentAge: number): number[] {
  const oldest = parentAge - PARENT_GAP;
  const youngest = Math.max(0, parentAge - 42);
  const ages: number[] = [];
  // Twins and close siblings are fine; a child older than `oldest` is not.
  for (let i = 0; i < count; i++) ages.push(randomInt(rng, Math.min(youngest, oldest), oldest));
  return ages.sort((a, b) => b - a);
}

/** Youngest a mother of `children` children can plausibly be. */
const minMotherAge = (children: number): number => MIN_PARENT_AGE + 2 * Math.max(0, children - 1);

/**
 * Plans a family of exactly `size` members (1 to 8), head first. Most are a couple
 * with children; some are single parents, some three generations under one elder head.
 */
export function planFamily(rng: Rng, size: number, groups: readonly NameGroup[]): FamilyPlan {
  const group = drawGroup(rng, groups);
  const family: FamilyContext = { group, religion: pickWeighted(rng, group.religions), groups };
  const roll = rng();
  let members: MemberPlan[];
  if (size <= 1) members = [planSingle(rng, group)];
  else if (size >= 3 && roll < 0.08) members = planThreeGenerations(rng, size, family);
  else if (roll < 0.22) members = planSingleParent(rng, size, group);
  else members = planCouple(rng, size, family);
  return { religion: family.religion, members };
}

function planSingle(rng: Rng, group: NameGroup): MemberPlan {
  const age = randomInt(rng, 20, 85);
  const sex = randomSex(rng);
  let statusKawin: MaritalStatus = 'belum_kawin';
  if (age >= 35 || chance(rng, 0.15)) {
    statusKawin = pickWeighted<MaritalStatus>(rng, [
      ['belum_kawin', age < 50 ? 30 : 10],
      ['cerai_hidup', 25],
      ['cerai_mati', age < 50 ? 15 : 60],
    ]);
  }
  return { shdk: 1, sex, age, statusKawin, group, line: 'H' };
}

function planCouple(rng: Rng, size: number, family: FamilyContext): MemberPlan[] {
  const { group } = family;
  // A husband is head in almost every KK; a wife heads only when the family chose so.
  const headSex: Sex = chance(rng, 0.96) ? 'L' : 'P';
  const spouseGroup = drawInLawGroup(rng, family);
  let slots = size - 2;
  const withElder = slots >= 1 && chance(rng, 0.12);
  if (withElder) slots--;
  const withRelative = slots >= 1 && chance(rng, 0.04);
  if (withRelative) slots--;
  const children = slots;

  const motherAge =
    children > 0 ? randomInt(rng, minMotherAge(children), 58) : randomInt(rng, 20, 80);
  const fatherAge = Math.min(MAX_AGE, Math.max(20, motherAge + randomInt(rng, -2, 8)));
  const headAge = headSex === 'L' ? fatherAge : motherAge;
  const spouseAge = headSex === 'L' ? motherAge : fatherAge;
  const spouseSex = opposite(headSex);
  const plan: MemberPlan[] = [
    { shdk: 1, sex: headSex, age: headAge, statusKawin: 'kawin', group, line: 'H' },
    {
      shdk: spouseSex === 'P' ? 3 : 2,
      sex: spouseSex,
      age: spouseAge,
      statusKawin: 'kawin',
      group: spouseGroup,
      line: 'S',
    },
  ];
  const motherIndex = headSex === 'P' ? 0 : 1;
  const fatherIndex = 1 - motherIndex;
  const father = plan[fatherIndex];
  const youngerParent = Math.min(motherAge, fatherAge);
  for (const age of childAges(rng, children, youngerParent)) {
    plan.push({
      shdk: 4,
      sex: randomSex(rng),
      age,
      statusKawin: 'belum_kawin',
      group: father?.group ?? group,
      line: headSex === 'L' ? 'H' : 'S',
      mother: motherIndex,
    });
  }
  if (withElder) addElder(rng, plan, chance(rng, 0.6) ? 0 : 1);
  if (withRelative) {
    plan.push({
      shdk: 9,
      sex: randomSex(rng),
      age: randomInt(rng, 8, 30),
      statusKawin: 'belum_kawin',
      group,
      line: 'X',
    });
  }
  return plan;
}

/** Adds the widowed parent of plan[childIndex] (head: Orang Tua, spouse: Mertua). */
function addElder(rng: Rng, plan: MemberPlan[], childIndex: number): void {
  const child = plan[childIndex];
  if (!child) return;
  const age = Math.min(MAX_AGE, child.age + randomInt(rng, PARENT_GAP + 2, 35));
  if (age - child.age < PARENT_GAP) {
    // The child is too old to have a living parent in range: a grandchild-aged
    // relative keeps the family size instead.
    plan.push({
      shdk: 9,
      sex: randomSex(rng),
      age: randomInt(rng, 5, 20),
      statusKawin: 'belum_kawin',
      group: child.group,
      line: 'X',
    });
    return;
  }
  const sex: Sex = chance(rng, 0.7) ? 'P' : 'L';
  plan.push({
    shdk: childIndex === 0 ? 7 : 8,
    sex,
    age,
    statusKawin: 'cerai_mati',
    group: child.group,
    line: sex === 'L' ? child.line : `E${childIndex}`,
  });
  if (sex === 'P') child.mother = plan.length - 1;
}

function planSingleParent(rng: Rng, size: number, group: NameGroup): MemberPlan[] {
  const headSex: Sex = chance(rng, 0.8) ? 'P' : 'L';
  let children = size - 1;
  const withElder = children >= 2 && chance(rng, 0.1);
  if (withElder) children--;
  const headAge = randomInt(rng, minMotherAge(children), 62);
  const statusKawin: MaritalStatus = chance(rng, 0.55) ? 'cerai_mati' : 'cerai_hidup';
  const plan: MemberPlan[] = [
    { shdk: 1, sex: headSex, age: headAge, statusKawin, group, line: 'H' },
  ];
  for (const age of childAges(rng, children, headAge)) {
    const child: MemberPlan = {
      shdk: 4,
      sex: randomSex(rng),
      age,
      statusKawin: 'belum_kawin',
      group,
      line: headSex === 'L' ? 'H' : 'F',
    };
    if (headSex === 'P') child.mother = 0;
    plan.push(child);
  }
  if (withElder) addElder(rng, plan, 0);
  return plan;
}

/**
 * An elder head (with or without a spouse), one married child with the child's
 * spouse (Menantu), their children (Cucu), and unmarried children if room remains.
 */
function planThreeGenerations(rng: Rng, size: number, family: FamilyContext): MemberPlan[] {
  const { group } = family;
  const withSpouse = size >= 4 && chance(rng, 0.7);
  const slots = size - (withSpouse ? 4 : 3);
  const grandchildren = slots === 0 ? 0 : randomInt(rng, 1, slots);
  const unmarried = slots - grandchildren;

  const marriedAge = randomInt(rng, minMotherAge(grandchildren) + 2, 45);
  const inLawAge = Math.max(minMotherAge(grandchildren), marriedAge + randomInt(rng, -3, 5));
  const elderAge = Math.min(MAX_AGE, marriedAge + randomInt(rng, PARENT_GAP + 4, 35));
  const headSex: Sex = withSpouse ? 'L' : chance(rng, 0.65) ? 'P' : 'L';

  const plan: MemberPlan[] = [
    {
      shdk: 1,
      sex: headSex,
      age: elderAge,
      statusKawin: withSpouse ? 'kawin' : 'cerai_mati',
      group,
      line: 'H',
    },
  ];
  if (withSpouse) {
    const age = Math.max(marriedAge + PARENT_GAP, elderAge - randomInt(rng, 0, 6));
    plan.push({ shdk: 3, sex: 'P', age, statusKawin: 'kawin', group, line: 'S' });
  }
  const elderMother = headSex === 'P' ? 0 : withSpouse ? 1 : undefined;
  const childLine = headSex === 'L' ? 'H' : 'F';
  const youngestElder = Math.min(...plan.map((member) => member.age));

  const marriedSex = randomSex(rng);
  const marriedIndex = plan.length;
  plan.push({
    shdk: 4,
    sex: marriedSex,
    age: marriedAge,
    statusKawin: 'kawin',
    group,
    line: childLine,
    ...(elderMother === undefined ? {} : { mother: elderMother }),
  });
  const inLawIndex = plan.length;
  plan.push({
    shdk: 5,
    sex: opposite(marriedSex),
    age: inLawAge,
    statusKawin: 'kawin',
    group: drawInLawGroup(rng, family),
    line: 'M',
  });
  const cucuFather = plan[marriedSex === 'L' ? marriedIndex : inLawIndex];
  const cucuMotherIndex = marriedSex === 'P' ? marriedIndex : inLawIndex;
  for (const age of childAges(rng, grandchildren, Math.min(marriedAge, inLawAge))) {
    plan.push({
      shdk: 6,
      sex: randomSex(rng),
      age,
      statusKawin: 'belum_kawin',
      group: cucuFather?.group ?? group,
      line: marriedSex === 'L' ? childLine : 'M',
      mother: cucuMotherIndex,
    });
  }
  for (let i = 0; i < unmarried; i++) {
    plan.push({
      shdk: 4,
      sex: randomSex(rng),
      age: randomInt(rng, Math.max(0, youngestElder - 42), youngestElder - PARENT_GAP),
      statusKawin: 'belum_kawin',
      group,
      line: childLine,
      ...(elderMother === undefined ? {} : { mother: elderMother }),
    });
  }
  return plan;
}
