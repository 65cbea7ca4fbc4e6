import type { Account } from '@shared/domain/keamanan/accounts';
import { usernameSchema } from '@shared/domain/keamanan/accounts';
import { Refusal } from '@shared/domain/core/refusal';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import type { DtksDatabase } from '../core/database';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import { currentActor } from '../pengaturan/repository';
import { couchClient, OfficeUnreachable } from './nomor-kantor';
import type { PouchDoc } from './pouch-types';

/**
 * Two PCs that each made an account with the same user name while apart (typically each
 * its own "admin"): the engine cannot store the other PC's account here (user names are
 * unique) and lists the refusal. The clerk resolves it here: the account of this PC gets
 * a new user name, which goes to the office like any change, and the other PC's account,
 * read from the office server, is stored beside it. Nobody's password changes.
 */
export class AccountClashRefusal extends Refusal {
  constructor(message: string, field?: string) {
    super(message, { kind: 'sinkron', ...(field ? { field } : {}) });
    this.name = 'AccountClashRefusal';
  }
}

/** Of these accounts, the ones stored here (a refusal resolved on the other PC needs nothing more). */
export async function accountsPresentHere(
  db: DtksDatabase,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await db.accounts.bulkGet([...ids]);
  return new Set(rows.flatMap((row) => (row ? [row.id] : [])));
}

export type ClashResolution = { renamedFrom: string; renamedTo: string; applied: string };

/** The refusal notice of an account: `ditolak:accounts:<id>`. */
export const accountNoticeKey = (accountId: string) => `ditolak:accounts:${accountId}`;

export async function renameAccountAndApplyRefused(
  db: DtksDatabase,
  input: { accountId: string; newUsername: string },
  endpoint: CouchEndpoint,
): Promise<ClashResolution> {
  checkPermission(db, 'update', 'akun', { entityId: input.accountId });
  const named = usernameSchema.safeParse(input.newUsername);
  if (!named.success) {
    throw new AccountClashRefusal(
      named.error.issues[0]?.message ?? 'Nama pengguna tidak sah',
      'username',
    );
  }
  const newUsername = named.data;
  const docId = `accounts:${input.accountId}`;
  let doc: PouchDoc | null;
  try {
    doc = await couchClient({ endpoint }).get<PouchDoc>(docId);
  } catch (error) {
    if (error instanceof OfficeUnreachable) {
      throw new AccountClashRefusal(
        'Server kantor tidak dapat dihubungi: akun dari PC lain dibaca dari server. Sambungkan dulu, lalu coba lagi.',
      );
    }
    throw error;
  }
  const incoming = doc?.d as Account | undefined;
  if (!doc || doc._deleted || !incoming || incoming.id !== input.accountId) {
    throw new AccountClashRefusal('Akun dari PC lain itu tidak ada lagi di server kantor.');
  }
  const actor = await currentActor(db);
  return db.transaction(
    'rw',
    [db.accounts, db.audit, db.sinkronState, db.sinkronRevs, db.sinkronOutbox, db.sinkronConflicts],
    async () => {
      // This transaction holds sinkronState, so the outbox middleware records nothing in it:
      // the other PC's account is the office's already; the rename is recorded by hand.
      const holder = await db.accounts.where('username').equals(incoming.username).first();
      if (holder && holder.id === incoming.id) {
        await db.sinkronConflicts.delete(accountNoticeKey(input.accountId));
        return { renamedFrom: '', renamedTo: '', applied: incoming.username };
      }
      if (newUsername === incoming.username) {
        throw new AccountClashRefusal(
          `Nama pengguna baru harus berbeda dari “${incoming.username}”.`,
          'username',
        );
      }
      if (await db.accounts.where('username').equals(newUsername).count()) {
        throw new AccountClashRefusal(
          `Nama pengguna “${newUsername}” sudah dipakai akun lain.`,
          'username',
        );
      }
      const now = new Date().toISOString();
      if (holder) {
        await db.accounts.put({ ...holder, username: newUsername, updatedAt: now });
        if (db.sinkronSwitch.tracking) {
          await db.sinkronOutbox.put({
            key: `accounts:${holder.id}`,
            table: 'accounts',
            id: holder.id,
            token: `ganti-nama.${now}`,
          });
        }
      }
      await db.accounts.put(incoming);
      await db.sinkronRevs.put({ key: docId, rev: doc._rev });
      await db.sinkronConflicts.delete(accountNoticeKey(input.accountId));
      await appendAudit(db, {
        actor,
        action: 'update',
        entity: 'akun',
        entityId: holder?.id ?? incoming.id,
        summary: holder
          ? `Nama pengguna “${holder.username}” di PC ini diganti menjadi “${newUsername}” (${holder.nama}); akun “${incoming.username}” dari PC lain (${incoming.nama}) disimpan di PC ini`
          : `Akun “${incoming.username}” dari PC lain (${incoming.nama}) disimpan di PC ini`,
        before: holder ? { id: holder.id, username: holder.username } : null,
        after: {
          renamed: holder ? { id: holder.id, username: newUsername } : null,
          applied: { id: incoming.id, username: incoming.username },
        },
      });
      return {
        renamedFrom: holder?.username ?? '',
        renamedTo: holder ? newUsername : '',
        applied: incoming.username,
      };
    },
  );
}
