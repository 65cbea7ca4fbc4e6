import type { AuditEntry } from './audit-repository';
import type { DtksDatabase } from '../core/database';

export type AuditFilter = {
  /** Exact entity name, e.g. "keluarga". */
  entity?: string;
  /** Part of the actor's name, any case. */
  actor?: string;
  /** Local calendar dates `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
};

function startOfLocalDay(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

function endOfLocalDay(date: string): string {
  return new Date(new Date(`${date}T00:00:00`).getTime() + 86_400_000 - 1).toISOString();
}

/**
 * Ids of the matching entries, newest first. Only keys leave the database here;
 * the log screen reads the rows of the visible window with {@link getAuditEntries}.
 */
export async function listAuditIds(db: DtksDatabase, filter: AuditFilter = {}): Promise<string[]> {
  const lower = filter.from ? startOfLocalDay(filter.from) : '';
  const upper = filter.to ? endOfLocalDay(filter.to) : '\uffff';
  const actor = filter.actor?.trim().toLowerCase() ?? '';
  let collection = db.audit.where('at').between(lower, upper, true, true);
  if (filter.entity || actor) {
    collection = collection.filter(
      (entry) =>
        (!filter.entity || entry.entity === filter.entity) &&
        (!actor || entry.actor.toLowerCase().includes(actor)),
    );
  }
  // Ascending then reversed here: a plain ascending range is read in one
  // getAllKeys call, a reversed one may fall back to a cursor walk.
  return (await collection.primaryKeys()).reverse();
}

export async function getAuditEntries(db: DtksDatabase, ids: string[]): Promise<AuditEntry[]> {
  const rows = await db.audit.bulkGet(ids);
  return rows.filter((row): row is AuditEntry => row !== undefined);
}

/** Entity names seen in the most recent entries, for the filter list. */
export async function listAuditEntities(db: DtksDatabase, recent = 5_000): Promise<string[]> {
  const entities = new Set<string>();
  await db.audit
    .orderBy('seq')
    .reverse()
    .limit(recent)
    .each((entry) => {
      entities.add(entry.entity);
    });
  return [...entities].sort((a, b) => a.localeCompare(b, 'id'));
}

/**
 * Everything that happened to one family, newest first: registry entries are
 * written with the family id as their entity id, including member and aid changes.
 */
export async function listFamilyHistory(db: DtksDatabase, familyId: string): Promise<AuditEntry[]> {
  const rows = await db.audit.where('entityId').equals(familyId).toArray();
  return rows.sort((a, b) => b.seq - a.seq);
}
