import type { SchemaVersion } from './migration';

// Issue 14.5 and 14.11. The decile belongs to the household (domain.md §3): it moves
// from people (where demo data put it) to their family, and `desil.value` is indexed
// so the Beranda counts families per decile from index keys alone (sparse: a family
// without a decile has no entry). `signedScans` keeps the signed Berita Acara scan
// the SIKS-NG portal asks for, per meeting, so every batch version of it carries it.
export const migration: SchemaVersion = {
  version: 6,
  stores: {
    families: 'id, &noKk, [rw+rt], desil.value',
    signedScans: 'id, meetingId',
  },
  upgrade: async (tx) => {
    type Ranked = { familyId: string; desil?: { value: number; source: string; date: string } };
    const ranked = (await tx
      .table('people')
      .filter((person: Ranked) => person.desil !== undefined)
      .toArray()) as Ranked[];
    if (ranked.length === 0) return;
    const byFamily = new Map<string, NonNullable<Ranked['desil']>>();
    for (const person of ranked) {
      if (person.desil && !byFamily.has(person.familyId)) {
        byFamily.set(person.familyId, person.desil);
      }
    }
    await tx
      .table('families')
      .where('id')
      .anyOf([...byFamily.keys()])
      .modify((family: { id: string; desil?: unknown }) => {
        if (family.desil === undefined) family.desil = byFamily.get(family.id);
      });
    await tx
      .table('people')
      .filter((person: Ranked) => person.desil !== undefined)
      .modify((person: Ranked) => {
        delete person.desil;
      });
  },
};
