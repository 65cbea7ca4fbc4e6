import { DtksDatabase } from '../core/database';

let counter = 0;

/** A fresh, uniquely named database on fake-indexeddb for one test. */
export function freshDatabase(upToVersion?: number): DtksDatabase {
  counter += 1;
  return new DtksDatabase(
    `test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`,
    upToVersion,
  );
}

/**
 * The migration harness: opens `name` as an app at `fromVersion` would, lets
 * `seed` write data in that shape, closes it, and reopens it with the current
 * code so the upgrade runs. Returns the upgraded database.
 */
export async function upgradeFrom(
  fromVersion: number,
  seed: (db: DtksDatabase) => Promise<void>,
): Promise<DtksDatabase> {
  const old = freshDatabase(fromVersion);
  await old.open();
  await seed(old);
  const name = old.name;
  old.close();
  const upgraded = new DtksDatabase(name);
  await upgraded.open();
  return upgraded;
}
