import type { AuditAction } from '@shared/domain/keamanan/permissions';
import { assertMayWrite } from './audit-repository';
import type { DtksDatabase } from '../core/database';

type DoorExtra = { entityId?: string; after?: unknown };

/**
 * The permission check at a use-case's door: the first thing every write function of the
 * data layer does, before it reads, parses or writes anything. It stands on its own, so a
 * write that leaves no audit entry is still refused for a role that may not make it
 * (appendAudit checks again with the exact entry, as a second lock).
 */
export function checkPermission(
  db: DtksDatabase,
  action: AuditAction,
  entity: string,
  extra: DoorExtra = {},
): void {
  assertMayWrite(db, {
    actor: '',
    summary: '',
    action,
    entity,
    entityId: extra.entityId ?? '',
    ...(extra.after === undefined ? {} : { after: extra.after }),
  });
}

/** The same check for a function that returns a promise without being async. */
export function permissionRefusal(
  db: DtksDatabase,
  action: AuditAction,
  entity: string,
  extra: DoorExtra = {},
): Promise<never> | null {
  try {
    checkPermission(db, action, entity, extra);
    return null;
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
