import { isDesilValue } from '../usulan/desil';
import type { DesilCounts } from '../usulan/desil';
import { DESIL_VALUES } from '../usulan/desil';
import type { AidReceived } from '../core/entities';
import { hasExistingOverlap } from '../warga/overlap';
import { numberOfKey } from '../warga/number-keys';
import { periodDifferences, recomputePeriods } from './period-summary';
import type { PeriodMap } from './period-summary';

/**
 * The Beranda's registry figures, kept up to date by every write of a family or a person
 * (renderer/src/db/beranda/summary-middleware.ts) instead of being counted over the whole
 * registry on each visit. Everything here is a plain count or a list of ids: no names,
 * no NIK. `recomputeSummary` builds the same object from the indexes; the two must agree.
 */
export const SUMMARY_ID = 'registry';

export type RtRwCount = { rw: string; rt: string; families: number; people: number };

export type BerandaSummary = {
  id: typeof SUMMARY_ID;
  families: number;
  people: number;
  /** People whose statusKeberadaan is not "ada" (the sparse presence index). */
  away: number;
  /** Per `${rw}/${rt}`: families there and the people of those families. */
  rtRw: Record<string, RtRwCount>;
  /** Families per decile of the national ranking (only valid deciles). */
  desil: Record<string, number>;
  /**
   * Duplicate groups: people sharing a duplicate key, `n:` + name key, `m:` + mother key,
   * or `k:` + a NIK held by more than one record (the same NIK entered on two PCs while
   * apart arrives as a sync twin, `nikKey` = `<nik>#<id>`; the Duplikat page pairs them
   * whatever their names), ids sorted. Only groups of two or more are kept.
   */
  dupGroups: Record<string, string[]>;
  /** Families receiving central and regional aid at the same time (shared/domain/overlap.ts). */
  aidOverlapFamilies: number;
  /**
   * Proposal figures per period (period-summary.ts). Absent in a summary stored before
   * they were kept: then counted from the rows until the next write or repair stores them.
   */
  periods?: PeriodMap;
};

export type DupKind = 'n' | 'm' | 'k';

export function emptySummary(): BerandaSummary {
  return {
    id: SUMMARY_ID,
    families: 0,
    people: 0,
    away: 0,
    rtRw: {},
    desil: {},
    dupGroups: {},
    aidOverlapFamilies: 0,
    periods: {},
  };
}

/** What of a family row the summary uses. */
export type FamilyFacts = { rtRw: { rw: string; rt: string } | null; desil: number | null };

/** What of a person row the summary uses. */
export type PersonFacts = {
  familyId: string | null;
  away: boolean;
  dupName: string;
  dupMother: string;
  /** The NIK the record's unique key stands for ('' without one). */
  nik: string;
  /** The record arrived by sync while another here held its NIK (`nikKey` = `<nik>#<id>`). */
  twin: boolean;
};

const isKeyPart = (value: unknown): value is string => typeof value === 'string';

export function familyFacts(row: unknown): FamilyFacts {
  const family = (row ?? {}) as { rw?: unknown; rt?: unknown; desil?: { value?: unknown } };
  const desil = family.desil?.value;
  return {
    rtRw: isKeyPart(family.rw) && isKeyPart(family.rt) ? { rw: family.rw, rt: family.rt } : null,
    desil: isDesilValue(desil) ? desil : null,
  };
}

/** `row` as stored: its `awayStatus` already derived (presence middleware). */
export function personFacts(row: unknown): PersonFacts {
  const person = (row ?? {}) as {
    familyId?: unknown;
    awayStatus?: unknown;
    dupNameKey?: unknown;
    dupMotherKey?: unknown;
    nikKey?: unknown;
  };
  const nikKey = typeof person.nikKey === 'string' ? person.nikKey : '';
  return {
    familyId: typeof person.familyId === 'string' ? person.familyId : null,
    away: typeof person.awayStatus === 'string' && person.awayStatus !== '',
    dupName: typeof person.dupNameKey === 'string' ? person.dupNameKey : '',
    dupMother: typeof person.dupMotherKey === 'string' ? person.dupMotherKey : '',
    nik: numberOfKey(nikKey),
    twin: nikKey.includes('#'),
  };
}

export const rtRwKey = (place: { rw: string; rt: string }) => `${place.rw}/${place.rt}`;

export const sameFamilyFacts = (a: FamilyFacts, b: FamilyFacts) =>
  a.desil === b.desil &&
  (a.rtRw === null ? b.rtRw === null : b.rtRw !== null && rtRwKey(a.rtRw) === rtRwKey(b.rtRw));

function bump(
  summary: BerandaSummary,
  place: { rw: string; rt: string },
  families: number,
  people: number,
) {
  const key = rtRwKey(place);
  const row = summary.rtRw[key] ?? { rw: place.rw, rt: place.rt, families: 0, people: 0 };
  row.families += families;
  row.people += people;
  if (row.families === 0 && row.people === 0) delete summary.rtRw[key];
  else summary.rtRw[key] = row;
}

/** Adds (sign 1) or removes (sign -1) a family with `members` people already stored. */
export function applyFamily(
  summary: BerandaSummary,
  family: FamilyFacts,
  members: number,
  sign: 1 | -1,
): void {
  summary.families += sign;
  if (family.rtRw) bump(summary, family.rtRw, sign, sign * members);
  if (family.desil !== null) {
    const key = String(family.desil);
    const next = (summary.desil[key] ?? 0) + sign;
    if (next === 0) delete summary.desil[key];
    else summary.desil[key] = next;
  }
}

/** Adds or removes a person; `place` is their family's RT/RW when the family exists. */
export function applyPerson(
  summary: BerandaSummary,
  person: PersonFacts,
  place: { rw: string; rt: string } | null,
  sign: 1 | -1,
): void {
  summary.people += sign;
  if (person.away) summary.away += sign;
  if (place) bump(summary, place, 0, sign);
}

/** Sets one duplicate group from the ids the index lists for its key now. */
export function setDupGroup(
  summary: BerandaSummary,
  kind: DupKind,
  key: string,
  ids: readonly string[],
): void {
  if (!key) return;
  const name = `${kind}:${key}`;
  if (ids.length < 2) delete summary.dupGroups[name];
  else summary.dupGroups[name] = [...ids].sort();
}

/** The index contents `recomputeSummary` reads: keys only, never the records. */
export type SummarySource = {
  familyCount: number;
  /** The families' `[rw+rt]` index: keys and primary keys. */
  familiesByPlace: { keys: readonly unknown[]; primaryKeys: readonly unknown[] };
  /** The families' `desil.value` index keys. */
  desilKeys: readonly unknown[];
  peopleCount: number;
  awayCount: number;
  /** The people's familyId index keys. */
  personFamilyIds: readonly unknown[];
  dupName: { keys: readonly unknown[]; primaryKeys: readonly unknown[] };
  dupMother: { keys: readonly unknown[]; primaryKeys: readonly unknown[] };
  /** The people's unique `nikKey` index (a NIK, or `<nik>#<id>` for a sync twin). */
  nikKeys: { keys: readonly unknown[]; primaryKeys: readonly unknown[] };
  aid: readonly AidReceived[];
  /** Every proposal and assessment row (all periods). */
  proposals: readonly unknown[];
  assessments: readonly unknown[];
};

/** The summary from scratch: the repair path and the reference of the consistency check. */
export function recomputeSummary(source: SummarySource): BerandaSummary {
  const summary = emptySummary();
  summary.families = source.familyCount;
  summary.people = source.peopleCount;
  summary.away = source.awayCount;
  summary.aidOverlapFamilies = countOverlapFamilies(source.aid);
  const placeOf = new Map<string, { rw: string; rt: string }>();
  source.familiesByPlace.keys.forEach((key, index) => {
    const [rw, rt] = key as [unknown, unknown];
    if (!isKeyPart(rw) || !isKeyPart(rt)) return;
    const place = { rw, rt };
    placeOf.set(String(source.familiesByPlace.primaryKeys[index]), place);
    bump(summary, place, 1, 0);
  });
  for (const familyId of source.personFamilyIds) {
    const place = placeOf.get(String(familyId));
    if (place) bump(summary, place, 0, 1);
  }
  for (const value of source.desilKeys) {
    if (!isDesilValue(value)) continue;
    summary.desil[String(value)] = (summary.desil[String(value)] ?? 0) + 1;
  }
  // A twin's key `<nik>#<id>` sorts right after its NIK (digits are above '#'), so the
  // records of one NIK are neighbours in the index like the other keys' groups.
  const nikOf = (key: unknown) => (typeof key === 'string' ? numberOfKey(key) : key);
  for (const [kind, index, keyOf] of [
    ['n', source.dupName, (key: unknown) => key],
    ['m', source.dupMother, (key: unknown) => key],
    ['k', source.nikKeys, nikOf],
  ] as const) {
    let start = 0;
    for (let i = 1; i <= index.keys.length; i += 1) {
      if (i < index.keys.length && keyOf(index.keys[i]) === keyOf(index.keys[start])) continue;
      const key = keyOf(index.keys[start]);
      if (typeof key === 'string' && key && i - start > 1) {
        setDupGroup(summary, kind, key, index.primaryKeys.slice(start, i).map(String));
      }
      start = i;
    }
  }
  summary.periods = recomputePeriods(
    source.proposals,
    source.assessments,
    (familyId) => placeOf.get(familyId) ?? null,
  );
  return summary;
}

/** Families (by the familyId of their aid rows) with central and regional aid at once. */
export function countOverlapFamilies(aid: readonly AidReceived[]): number {
  const byFamily = new Map<string, AidReceived[]>();
  for (const item of aid) {
    const list = byFamily.get(item.familyId);
    if (list) list.push(item);
    else byFamily.set(item.familyId, [item]);
  }
  let count = 0;
  for (const items of byFamily.values()) if (hasExistingOverlap(items)) count += 1;
  return count;
}

/** Families per decile in the shape the recap and its exports use. */
export function desilCountsOf(summary: BerandaSummary): DesilCounts {
  const byValue: Record<number, number> = Object.fromEntries(DESIL_VALUES.map((d) => [d, 0]));
  let ranked = 0;
  for (const d of DESIL_VALUES) {
    const count = summary.desil[String(d)] ?? 0;
    byValue[d] = count;
    ranked += count;
  }
  return { byValue, none: Math.max(0, summary.families - ranked) };
}

/**
 * Pairs in duplicate groups of 2..maxGroup people with no recorded decision, each pair
 * counted once even when both keys pair them (as undecidedDuplicatePairs does).
 */
export function undecidedPairsOf(
  summary: BerandaSummary,
  decided: ReadonlySet<string>,
  maxGroup: number,
): number {
  const pairs = new Set<string>();
  for (const ids of Object.values(summary.dupGroups)) {
    if (ids.length < 2 || ids.length > maxGroup) continue;
    for (let x = 0; x < ids.length; x += 1) {
      for (let y = x + 1; y < ids.length; y += 1) {
        const pair = [ids[x], ids[y]].sort().join('|');
        if (!decided.has(pair)) pairs.add(pair);
      }
    }
  }
  return pairs.size;
}

const number = new Intl.NumberFormat('id-ID');

/**
 * Where a stored summary differs from the recomputed one, in the clerk's words; empty
 * when every figure is right.
 */
export function summaryDifferences(stored: BerandaSummary | undefined, fresh: BerandaSummary) {
  if (!stored) return ['Ringkasan angka belum ada'];
  const out: string[] = [];
  const figure = (label: string, was: number, right: number) => {
    if (was !== right)
      out.push(`${label}: tercatat ${number.format(was)}, seharusnya ${number.format(right)}`);
  };
  figure('Keluarga terdaftar', stored.families, fresh.families);
  figure('Warga terdaftar', stored.people, fresh.people);
  figure('Warga tidak berstatus ada', stored.away, fresh.away);
  figure(
    'Keluarga penerima bantuan pusat dan daerah sekaligus',
    stored.aidOverlapFamilies ?? 0,
    fresh.aidOverlapFamilies,
  );
  for (const key of new Set([...Object.keys(stored.rtRw), ...Object.keys(fresh.rtRw)])) {
    const was = stored.rtRw[key];
    const right = fresh.rtRw[key];
    const place = right ?? was;
    const label = place ? `RT ${place.rt}/RW ${place.rw}` : key;
    figure(`Keluarga ${label}`, was?.families ?? 0, right?.families ?? 0);
    figure(`Warga ${label}`, was?.people ?? 0, right?.people ?? 0);
  }
  for (const d of new Set([...Object.keys(stored.desil), ...Object.keys(fresh.desil)])) {
    figure(`Keluarga desil ${d}`, stored.desil[d] ?? 0, fresh.desil[d] ?? 0);
  }
  let groups = 0;
  for (const key of new Set([...Object.keys(stored.dupGroups), ...Object.keys(fresh.dupGroups)])) {
    const was = stored.dupGroups[key]?.join('|') ?? '';
    const right = fresh.dupGroups[key]?.join('|') ?? '';
    if (was !== right) groups += 1;
  }
  if (groups > 0) out.push(`${number.format(groups)} kelompok kemungkinan data ganda berbeda`);
  out.push(...periodDifferences(stored.periods, fresh.periods ?? {}));
  return out;
}
