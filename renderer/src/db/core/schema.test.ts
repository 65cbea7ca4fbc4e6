import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATION_FILES, SCHEMA_VERSIONS } from './schema';
import { freshDatabase } from '../testing/helpers';

describe('schema versions', () => {
  it('are append-only: strictly increasing and starting at 1', () => {
    expect(SCHEMA_VERSIONS[0]?.version).toBe(1);
    SCHEMA_VERSIONS.forEach((schema, index) => {
      if (index > 0)
        expect(schema.version).toBeGreaterThan(SCHEMA_VERSIONS[index - 1]?.version ?? 0);
    });
  });

  it('use UUID string primary keys for every table (first key is a plain "id" or a named key)', () => {
    for (const schema of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(schema.stores)) {
        if (spec === null) continue;
        const primary = spec.split(',')[0]?.trim() ?? '';
        expect(primary.startsWith('++'), `${table} memakai kunci auto-increment`).toBe(false);
      }
    }
  });

  it('opens a new database at the latest version', async () => {
    const db = freshDatabase();
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('come one per file, migrations/vNNN.ts, named after the version it declares', () => {
    const named = Object.entries(MIGRATION_FILES).map(([file, schema]) => [
      file.replace(/^.*\//, ''),
      schema.version,
    ]);
    expect(named.length).toBe(SCHEMA_VERSIONS.length);
    for (const [file, version] of named)
      expect(file).toBe(`v${String(version).padStart(3, '0')}.ts`);
  });

  it('skip only version 7, which was reserved and never released', () => {
    const versions = SCHEMA_VERSIONS.map((schema) => schema.version);
    const latest = versions[versions.length - 1] ?? 1;
    const missing = Array.from({ length: latest }, (_, index) => index + 1).filter(
      (version) => !versions.includes(version),
    );
    expect(missing).toEqual([7]);
  });
});
