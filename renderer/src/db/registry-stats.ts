import type { DtksDatabase } from './database';

export type RegistryCounts = { families: number; people: number; present: number };

/** Counts from indexes only: never loads the records themselves. */
export async function registryCounts(db: DtksDatabase): Promise<RegistryCounts> {
  const [families, people, present] = await Promise.all([
    db.families.count(),
    db.people.count(),
    db.people.where('statusKeberadaan').equals('ada').count(),
  ]);
  return { families, people, present };
}
