import type { Family } from '@shared/domain/core/entities';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';

/** The fields an import may write onto a family that was already registered. */
export type ListedFields = Pick<Family, 'idDtks' | 'prelistFingerprint' | 'desil' | 'updatedAt'>;

/**
 * A registered family an import wrote its list's ID DTKS, prelist fingerprint or desil
 * onto: the values before and as written, so undoing the import puts them back.
 * A key absent from `before` was absent on the family.
 */
export type ListedFamilyChange = { familyId: string; before: ListedFields; after: ListedFields };

/** One import as the history lists it: what it created, and whether it was undone. */
export type ImportRun = {
  id: string;
  fileName: string;
  at: string;
  actor: string;
  rows: number;
  familiesCreated: number;
  peopleCreated: number;
  proposalsCreated: number;
  auditId: string;
  /** Only the families already registered that this import changed (absent: none, or older runs). */
  listedFamilies?: ListedFamilyChange[];
  undone?: { at: string; actor: string; auditId: string };
};

/*
 * Kept as one settings row: a kelurahan imports a few files a month, the list
 * stays small, and a backup carries it with the rest of the settings.
 */
const KEY = 'importHistory';

async function readRuns(db: DtksDatabase): Promise<ImportRun[]> {
  const row = await db.settings.get(KEY);
  return Array.isArray(row?.value) ? (row.value as ImportRun[]) : [];
}

/** Inside the import's own transaction (it must include settings). */
export async function recordImportRun(db: DtksDatabase, run: ImportRun): Promise<void> {
  checkPermission(db, 'import', 'impor data');
  const runs = await readRuns(db);
  await db.settings.put({ key: KEY, value: [...runs, run] });
}

/** Inside the undo's own transaction (it must include settings). */
export async function markImportUndone(
  db: DtksDatabase,
  id: string,
  undone: NonNullable<ImportRun['undone']>,
): Promise<void> {
  checkPermission(db, 'delete', 'impor data');
  const runs = await readRuns(db);
  await db.settings.put({
    key: KEY,
    value: runs.map((run) => (run.id === id ? { ...run, undone } : run)),
  });
}

export async function getImportRun(db: DtksDatabase, id: string): Promise<ImportRun | undefined> {
  return (await readRuns(db)).find((run) => run.id === id);
}

/** Newest first. */
export async function listImportRuns(db: DtksDatabase): Promise<ImportRun[]> {
  // Appended in order: reversed first, so two imports in the same second keep theirs.
  return (await readRuns(db)).reverse().sort((a, b) => b.at.localeCompare(a.at));
}
