import { maskNoKk } from '@shared/domain/warga/kk';
import { maskNik } from '@shared/domain/warga/nik';
import { appendAudit } from './audit-repository';
import { checkPermission } from './permission-door';
import type { DtksDatabase } from '../core/database';

/** What a clerk asked to see in full: one person's NIK or one family's No. KK. */
export type RevealTarget =
  | { kind: 'nik'; nik: string; nama: string; familyId: string }
  | { kind: 'kk'; noKk: string; familyId: string; label?: string };

/**
 * Logs that a full NIK or No. KK was shown, before it is shown: a screen
 * only reveals the number once this has resolved, so an unlogged view (or a
 * view by a role that may not see it) cannot happen.
 */
export async function logReveal(db: DtksDatabase, target: RevealTarget): Promise<void> {
  checkPermission(db, 'view', target.kind === 'nik' ? 'nik' : 'no. kk');
  await db.transaction('rw', db.audit, async () => {
    await appendAudit(db, {
      actor: 'sistem',
      action: 'view',
      entity: target.kind === 'nik' ? 'nik' : 'no. kk',
      entityId: target.familyId,
      summary:
        target.kind === 'nik'
          ? `NIK lengkap ${target.nama} (${maskNik(target.nik)}) ditampilkan`
          : `No. KK lengkap ${maskNoKk(target.noKk)}${target.label ? ` (${target.label})` : ''} ditampilkan`,
    });
  });
}

/**
 * Logs, before rendering, that a meeting document is printed as the archival copy with
 * every NIK and No. KK in full (domain.md §7–8: only where needed, and the log must say
 * what left the office). A role that may not see full numbers is refused here.
 */
export async function logArchivalPrint(
  db: DtksDatabase,
  input: { meetingId: string; document: string; number: string; families: number; output: string },
): Promise<void> {
  checkPermission(db, 'view', 'nik');
  await db.transaction('rw', db.audit, async () => {
    await appendAudit(db, {
      actor: 'sistem',
      action: 'view',
      entity: 'nik',
      entityId: input.meetingId,
      summary:
        `${input.document} ${input.number} dicetak sebagai salinan arsip: NIK dan No. KK ` +
        `${input.families} keluarga tercetak lengkap (${input.output})`,
    });
  });
}
