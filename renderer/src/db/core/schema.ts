import type { SchemaVersion } from './migrations/migration';

export type { SchemaVersion } from './migrations/migration';

/**
 * Every schema version, in order: one file per version in ./migrations (v001.ts, v002.ts …),
 * each exporting `migration`. Adding a version is adding one file there (and its test);
 * nothing here changes. Version 7 was reserved and never used, so there is no v007.ts.
 */
const files = import.meta.glob<SchemaVersion>(['./migrations/v[0-9][0-9][0-9].ts'], {
  eager: true,
  import: 'migration',
});

/** The migration files by name, for the test that checks names and versions agree. */
export const MIGRATION_FILES: Readonly<Record<string, SchemaVersion>> = files;

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = Object.keys(files)
  .sort()
  .map((file) => files[file] as SchemaVersion);

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
