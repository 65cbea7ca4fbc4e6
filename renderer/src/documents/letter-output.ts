import { localIsoDate } from '@shared/domain/core/tanggal';
import type { Letter } from '@shared/domain/core/entities';
import { toSafeFileName } from '@shared/ipc/contract';
import { buildPublicKeySheet } from '@shared/reports/public-key-sheet';
import { buildSktmDocument } from '@shared/reports/sktm';
import type { SktmDocumentInput } from '@shared/reports/sktm';
import type { SigningKeyInfo } from '../db/surat/signing';
import type { DtksDatabase } from '../db/core/database';
import { getLetterSettings } from '../db/surat/settings-repository';
import { getIdentity } from '../db/pengaturan/repository';
import { renderPdf } from '../workers/render-pdf';
import { qrPngDataUrl as qrDataUrl } from './qr-png';

/** "400.9.2/007/KEL-PHD/XI/2026" → "SKTM 400.9.2-007-KEL-PHD-XI-2026": slashes are not allowed in file names. */
export function letterFileName(letter: Pick<Letter, 'number'>): string {
  return toSafeFileName(`SKTM ${letter.number}`);
}

/** The PDF of a stored letter, rebuilt from what was frozen at issue. */
export async function renderLetterPdf(
  db: DtksDatabase,
  letter: SktmDocumentInput['letter'] & { qrPayload?: string; type: Letter['type'] },
  options: { draft?: boolean } = {},
): Promise<Uint8Array> {
  const [identity, settings, qr] = await Promise.all([
    getIdentity(db),
    getLetterSettings(db, letter.type),
    letter.qrPayload ? qrDataUrl(letter.qrPayload) : Promise.resolve(undefined),
  ]);
  if (!identity) throw new Error('Identitas kelurahan belum diisi');
  return renderPdf(
    buildSktmDocument({
      letter,
      identity,
      paperSize: settings.paperSize,
      qrDataUrl: qr,
      draft: options.draft,
    }),
  );
}

export async function renderPublicKeyPdf(
  db: DtksDatabase,
  key: SigningKeyInfo,
  publicKeyText: string,
): Promise<Uint8Array> {
  const [identity, settings, qr] = await Promise.all([
    getIdentity(db),
    getLetterSettings(db),
    qrDataUrl(publicKeyText, 5),
  ]);
  if (!identity) throw new Error('Identitas kelurahan belum diisi');
  const today = new Date();
  const iso = localIsoDate;
  return renderPdf(
    buildPublicKeySheet({
      identity,
      paperSize: settings.paperSize,
      fingerprint: key.fingerprint,
      publicKeyText,
      qrDataUrl: qr,
      createdOn: iso(new Date(key.createdAt)),
      printedOn: iso(today),
    }),
  );
}
