import type { DtksDatabase } from '../core/database';

export type RegistryCounts = { families: number; people: number; present: number };

/** Counts from indexes only: never loads the records themselves. */
export async function registryCounts(db: DtksDatabase): Promise<RegistryCounts> {
  const [families, people, away] = await Promise.all([
    db.families.count(),
    db.people.count(),
    // The presence index lists only people who are not "ada".
    db.people.orderBy('awayStatus').count(),
  ]);
  return { families, people, present: people - away };
}
