import { Refusal } from '@shared/domain/core/refusal';
import type { DuplicateDecision, Family, PersonRow } from '@shared/domain/core/entities';
import { maskNik } from '@shared/domain/warga/nik';
import { stripSeparators } from '@shared/domain/core/id-common';
import { nameTokens, toPersonRow } from '@shared/domain/warga/person-keys';
import { newId } from '@shared/domain/core/ids';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { currentActor } from '../pengaturan/repository';
import { MAX_DUPLICATE_GROUP } from '@shared/domain/warga/person-keys';
import { collectIndexKeys } from '../core/index-keys';
import { SUMMARY_ID } from '@shared/domain/beranda/summary';
import type { BerandaSummary, DupKind } from '@shared/domain/beranda/summary';
import { numberKeyBounds, numberOfKey } from '@shared/domain/warga/number-keys';

export type DuplicateReason = 'nik' | 'nama' | 'ibu';

export type DuplicateCandidate = {
  pairKey: string;
  /**
   * Why the pair looks alike: the same NIK (entered on two PCs while apart, issue 18), same
   * name and birth date, same mother and birth date, or several of these.
   */
  reasons: DuplicateReason[];
  a: PersonRow;
  b: PersonRow;
  familyA?: Family;
  familyB?: Family;
};

/** The orders of the list: strongest evidence first (both reasons), or by name. */
export const DUPLICATE_SORTS = { kuat: 'Paling kuat dulu', nama: 'Nama (A–Z)' } as const;
export type DuplicateSort = keyof typeof DUPLICATE_SORTS;

/** A name (every word starts a word of either name) or a NIK prefix of either person. */
function pairMatcher(search: string | undefined) {
  const text = (search ?? '').trim();
  if (!text) return () => true;
  const digits = stripSeparators(text);
  if (/^\d+$/.test(digits)) {
    return (a: PersonRow, b: PersonRow) => a.nik.startsWith(digits) || b.nik.startsWith(digits);
  }
  const tokens = nameTokens(text);
  const named = (person: PersonRow) =>
    tokens.every((token) => person.searchTokens.some((word) => word.startsWith(token)));
  return (a: PersonRow, b: PersonRow) => tokens.length > 0 && (named(a) || named(b));
}

export function pairKeyOf(idA: string, idB: string): string {
  return [idA, idB].sort().join('|');
}

/** A group this large is a data problem of its own (a placeholder name), not a duplicate. */
const MAX_GROUP = MAX_DUPLICATE_GROUP;

type DupIndex = 'nikKey' | 'dupNameKey' | 'dupMotherKey';
const SUMMARY_KIND: Record<DupIndex, DupKind> = { nikKey: 'k', dupNameKey: 'n', dupMotherKey: 'm' };

/**
 * Keys that occur more than once. The Beranda summary keeps every such group, written in
 * the same transactions as the people (schema v9): its keys are the answer, in index order.
 * Without a summary (never expected after v9) the index is read whole with a key cursor, a
 * backend round trip per person and index: about 40 s for the three indexes at 200,000 people.
 */
async function repeatedKeys(
  db: DtksDatabase,
  index: DupIndex,
  summary: BerandaSummary | undefined,
): Promise<string[]> {
  if (summary) {
    const prefix = `${SUMMARY_KIND[index]}:`;
    return Object.keys(summary.dupGroups)
      .filter((name) => name.startsWith(prefix))
      .map((name) => name.slice(prefix.length))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
  const keys = (await collectIndexKeys(db, 'people', index)) as string[];
  // A NIK is unique on one PC: it repeats only as a sync twin, `<nik>#<id>`, which sorts
  // right after the NIK (shared/domain/warga/number-keys.ts).
  const valueOf = index === 'nikKey' ? numberOfKey : (key: string) => key;
  const repeated: string[] = [];
  let previous: string | undefined;
  for (const key of keys) {
    const value = valueOf(key);
    if (value && value === previous && repeated[repeated.length - 1] !== value)
      repeated.push(value);
    previous = value;
  }
  return repeated;
}

/** The people holding one repeated key. */
function holders(db: DtksDatabase, index: DupIndex, key: string) {
  if (index !== 'nikKey') return db.people.where(index).equals(key).toArray();
  return db.people
    .where('nikKey')
    .between(...numberKeyBounds(key), true, true)
    .filter((person) => person.nik === key)
    .toArray();
}

/**
 * Pairs of people who may be one person entered twice: the same NIK (unique on one PC, but
 * two PCs of an office may each enter it while apart: office sync keeps both records),
 * same normalised name and birth date, or same mother and birth date. The repeated keys
 * come from the Beranda summary's duplicate groups; records are loaded for them alone.
 * Pairs already decided are left out.
 */
export async function findDuplicateCandidates(
  db: DtksDatabase,
  limit = 200,
  options: { search?: string; sort?: DuplicateSort } = {},
): Promise<{ candidates: DuplicateCandidate[]; total: number }> {
  const pairs = new Map<string, { a: PersonRow; b: PersonRow; reasons: DuplicateReason[] }>();
  const summary = await db.berandaSummary.get(SUMMARY_ID);
  for (const [index, reason] of [
    ['nikKey', 'nik'],
    ['dupNameKey', 'nama'],
    ['dupMotherKey', 'ibu'],
  ] as const) {
    const keys = await repeatedKeys(db, index, summary);
    if (keys.length === 0) continue;
    // One exact-key lookup per repeated key: a handful of getAll calls, where a single
    // anyOf cursor would hop through the index and cost far more on 50,000 rows.
    const groups = await Promise.all(keys.map((key) => holders(db, index, key)));
    for (const group of groups) {
      if (group.length > MAX_GROUP) continue;
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i];
          const b = group[j];
          if (!a || !b) continue;
          const key = pairKeyOf(a.id, b.id);
          const pair = pairs.get(key);
          if (pair) {
            if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
          } else {
            const [first, second] = a.id < b.id ? [a, b] : [b, a];
            pairs.set(key, { a: first, b: second, reasons: [reason] });
          }
        }
      }
    }
  }
  if (pairs.size === 0) return { candidates: [], total: 0 };

  const decided = new Set(
    (
      await db.duplicateDecisions
        .where('pairKey')
        .anyOf([...pairs.keys()])
        .toArray()
    ).map((decision) => decision.pairKey),
  );
  const wanted = pairMatcher(options.search);
  const byName = (x: PersonRow, y: PersonRow) => x.nama.localeCompare(y.nama, 'id');
  const open = [...pairs.entries()]
    .filter(([key, pair]) => !decided.has(key) && wanted(pair.a, pair.b))
    .sort(([, x], [, y]) =>
      options.sort === 'nama'
        ? byName(x.a, y.a)
        : y.reasons.length - x.reasons.length || byName(x.a, y.a),
    );
  const page = open.slice(0, limit);
  const familyIds = [...new Set(page.flatMap(([, pair]) => [pair.a.familyId, pair.b.familyId]))];
  const families = new Map(
    (await db.families.bulkGet(familyIds))
      .filter((family) => family !== undefined)
      .map((family) => [family.id, family]),
  );
  return {
    total: open.length,
    candidates: page.map(([pairKey, pair]) => ({
      pairKey,
      ...pair,
      familyA: families.get(pair.a.familyId),
      familyB: families.get(pair.b.familyId),
    })),
  };
}

export class DuplicateError extends Refusal {
  override name = 'DuplicateError';
  constructor(message: string) {
    super(message, { kind: 'impor' });
  }
}

/** Records that two people are different persons; the pair is not shown again. */
export async function markNotDuplicate(
  db: DtksDatabase,
  idA: string,
  idB: string,
  note: string,
  now = new Date(),
): Promise<DuplicateDecision> {
  checkPermission(db, 'create', 'kemungkinan duplikat');
  return db.transaction(
    'rw',
    [db.people, db.duplicateDecisions, db.settings, db.audit],
    async () => {
      const [a, b] = await db.people.bulkGet([idA, idB]);
      if (!a || !b)
        throw new DuplicateError('Salah satu warga sudah tidak ada; muat ulang daftar.');
      const decision: DuplicateDecision = {
        id: newId(),
        pairKey: pairKeyOf(idA, idB),
        decision: 'bukan_duplikat',
        by: await currentActor(db),
        at: now.toISOString(),
        note: note.trim(),
      };
      await db.duplicateDecisions.put(decision);
      await appendAudit(
        db,
        {
          actor: decision.by,
          action: 'create',
          entity: 'kemungkinan duplikat',
          entityId: decision.pairKey,
          summary: `Ditandai bukan duplikat: ${a.nama} (NIK ${maskNik(a.nik)}) dan ${b.nama} (NIK ${maskNik(b.nik)})`,
          after: decision,
        },
        now,
      );
      return decision;
    },
  );
}

export type MergeResult = {
  kept: PersonRow;
  moved: { proposals: string[]; aid: string[]; letters: string[] };
  /** The removed record was a family head: that family needs a new head. */
  droppedWasHead: boolean;
};

/** Fields the kept record takes over from the removed one when it has none of its own. */
const FILLABLE = [
  'tempatLahir',
  'namaIbuKandung',
  'pekerjaan',
  'disabilitas',
  'penyakitKronis',
] as const;

/**
 * Merges a duplicate into the record to keep, in one transaction: proposals, aid and
 * letters that pointed at the removed record now point at the kept one, empty fields
 * of the kept record are filled from the removed one, the removed record is deleted,
 * and the audit entry holds both records as they were.
 */
export async function mergePeople(
  db: DtksDatabase,
  keepId: string,
  dropId: string,
  note: string,
  now = new Date(),
): Promise<MergeResult> {
  checkPermission(db, 'merge', 'warga');
  if (keepId === dropId) throw new DuplicateError('Pilih dua warga yang berbeda.');
  const tables = [
    db.people,
    db.proposals,
    db.aid,
    db.letters,
    db.duplicateDecisions,
    db.settings,
    db.audit,
  ];
  return db.transaction('rw', tables, async () => {
    const [keep, drop] = await db.people.bulkGet([keepId, dropId]);
    if (!keep || !drop) {
      throw new DuplicateError('Salah satu warga sudah tidak ada; muat ulang daftar.');
    }
    const stamp = now.toISOString();
    const [proposals, aid, letters] = await Promise.all([
      db.proposals.where('personId').equals(dropId).toArray(),
      db.aid.where('personId').equals(dropId).toArray(),
      db.letters.where('personId').equals(dropId).toArray(),
    ]);
    await db.proposals.bulkPut(
      proposals.map((p) => ({ ...p, personId: keepId, updatedAt: stamp })),
    );
    await db.aid.bulkPut(aid.map((a) => ({ ...a, personId: keepId })));
    // A letter's frozen subject stays as printed; only the link to the person moves.
    await db.letters.bulkPut(letters.map((l) => ({ ...l, personId: keepId })));

    const { searchTokens: _tokens, dupNameKey: _name, dupMotherKey: _mother, ...person } = keep;
    const merged = { ...person, updatedAt: stamp };
    for (const field of FILLABLE) {
      if (!merged[field] && drop[field]) merged[field] = drop[field];
    }
    const kept = toPersonRow(merged);
    await db.people.put(kept);
    await db.people.delete(dropId);

    const by = await currentActor(db);
    await db.duplicateDecisions.put({
      id: newId(),
      pairKey: pairKeyOf(keepId, dropId),
      decision: 'gabungkan',
      by,
      at: stamp,
      note: note.trim(),
    });
    const moved = {
      proposals: proposals.map((p) => p.id),
      aid: aid.map((a) => a.id),
      letters: letters.map((l) => l.id),
    };
    await appendAudit(
      db,
      {
        actor: by,
        action: 'merge',
        entity: 'warga',
        entityId: keepId,
        summary:
          `Data ganda digabung: ${drop.nama} (NIK ${maskNik(drop.nik)}) ke ${keep.nama} ` +
          `(NIK ${maskNik(keep.nik)})${note.trim() ? `; catatan: ${note.trim()}` : ''}`,
        before: { kept: keep, removed: drop },
        after: { kept, moved },
      },
      now,
    );
    return { kept, moved, droppedWasHead: drop.shdk === 1 };
  });
}
