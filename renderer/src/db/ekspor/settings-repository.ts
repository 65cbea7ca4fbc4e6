import { isAllowedExternalUrl } from '@shared/ipc/contract';
import { appendAudit } from '../keamanan/audit-repository';
import { BatchError } from './read';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { currentActor } from '../pengaturan/repository';

export const PORTAL_SETTING_KEY = 'ekspor.portal';
export const DEFAULT_PORTAL_URL = 'https://siks.kemensos.go.id/';

/** The national portal the "Buka portal" button opens; re-checked on read. */
export async function getPortalUrl(db: DtksDatabase): Promise<string> {
  const value = (await db.settings.get(PORTAL_SETTING_KEY))?.value;
  return typeof value === 'string' && isAllowedExternalUrl(value) ? value : DEFAULT_PORTAL_URL;
}

export async function savePortalUrl(db: DtksDatabase, input: string): Promise<string> {
  checkPermission(db, 'settings', 'pengaturan');
  const url = input.trim();
  if (!isAllowedExternalUrl(url)) {
    throw new BatchError(
      'Alamat portal harus https:// dan berada di domain yang diizinkan (kemensos.go.id, bps.go.id, dukcapil.kemendagri.go.id).',
    );
  }
  await db.transaction('rw', db.settings, db.audit, async () => {
    const before = (await db.settings.get(PORTAL_SETTING_KEY))?.value;
    await db.settings.put({ key: PORTAL_SETTING_KEY, value: url });
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'settings',
      entity: 'pengaturan',
      entityId: PORTAL_SETTING_KEY,
      summary: `Alamat portal SIKS-NG disimpan: ${url}`,
      before,
      after: url,
    });
  });
  return url;
}
