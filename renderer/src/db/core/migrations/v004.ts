import type { SchemaVersion } from './migration';

// Issue 14.1/22: an import no longer fills what its list did not carry. Older imports
// stored a placeholder (agama "Islam", pendidikan "Tidak/Belum Sekolah", a status
// kawin guessed from the SHDK) and listed the field in fieldsToComplete: that value
// was never confirmed, so it becomes unknown here and can no longer reach a letter or
// the national package. A pekerjaan left empty by an import is listed as well.
// No index changes: only the rows that carry the list are read and rewritten.
export const migration: SchemaVersion = {
  version: 4,
  stores: {},
  upgrade: async (tx) => {
    await tx
      .table('people')
      .filter(
        (person: { fieldsToComplete?: unknown[]; pekerjaan?: string }) =>
          Array.isArray(person.fieldsToComplete) && person.fieldsToComplete.length > 0,
      )
      .modify((person: Record<string, unknown> & { fieldsToComplete: string[] }) => {
        const flagged = new Set(person.fieldsToComplete);
        for (const field of ['statusKawin', 'agama', 'pendidikan'] as const) {
          if (flagged.has(field)) delete person[field];
        }
        if (flagged.has('pekerjaan')) person.pekerjaan = '';
        if (typeof person.pekerjaan !== 'string' || person.pekerjaan.trim() === '') {
          person.pekerjaan = '';
          flagged.add('pekerjaan');
        }
        person.fieldsToComplete = ['statusKawin', 'agama', 'pendidikan', 'pekerjaan'].filter(
          (field) => flagged.has(field),
        );
      });
  },
};
