import { buildSktmDocument } from '@shared/reports/sktm';
import type { SktmDocumentInput } from '@shared/reports/sktm';
import type { DtksDatabase } from '../../db/core/database';
import { getLetterSettings } from '../../db/surat/settings-repository';
import { getIdentity } from '../../db/pengaturan/repository';
import { OWN_KEY_ROW } from '../../db/surat/signing';
import { renderPdf } from '../../workers/render-pdf';
import { qrPngDataUrl } from '../../documents/qr-png';

/**
 * A letter nobody will see, laid out once so the real first letter of the day
 * finds pdfmake loaded, its fonts parsed (regular, bold, italic: all the SKTM
 * uses), the QR encoder imported and the layout code compiled. Without it the
 * first letter after opening the app took ~700 ms, the tenth ~70 ms.
 */
const WARM_LETTER: SktmDocumentInput['letter'] = {
  number: '000/000/PEMANASAN/I/2026',
  date: '2026-01-01',
  subject: {
    nama: 'Pemanasan Mesin Surat',
    nik: '0000000000000000',
    tempatLahir: '-',
    tanggalLahir: '2000-01-01',
    jenisKelamin: 'L',
    kewarganegaraan: 'WNI',
    agama: 'Islam',
    statusKawin: 'Belum Kawin',
    pekerjaan: '-',
    alamat: '-',
  },
  dependants: [
    {
      nik: '0000000000000000',
      nama: 'Pemanasan',
      jenisKelamin: 'P',
      tempatLahir: '-',
      tanggalLahir: '2010-01-01',
      shdk: 'Anak',
    },
  ],
  purpose: 'pemanasan',
  textVersion: 2,
  coverLetter: { nomor: '-', tanggal: '2026-01-01' },
  validUntil: '2026-01-31',
  signer: {
    officialId: '-',
    nama: 'Pemanasan',
    jabatan: 'Lurah',
    pangkatGolongan: '-',
    nip: '000000000000000000',
    delegation: '',
  },
  status: 'terbit',
};

let warming: Promise<void> | null = null;

/**
 * Readies everything the first letter needs, once per window: called when the
 * Surat screen opens, and when the app is idle after sign-in (Shell). Failures are forgotten: the letter itself reports them.
 */
export function prepareFirstLetter(db: DtksDatabase): Promise<void> {
  warming ??= (async () => {
    const [identity, settings, qr] = await Promise.all([
      getIdentity(db),
      getLetterSettings(db, 'sktm'),
      qrPngDataUrl('DTKS1.pemanasan'),
      // The office key's row (a CryptoKey read back from IndexedDB) for the signature.
      db.keys.get(OWN_KEY_ROW),
    ]);
    const doc = identity
      ? buildSktmDocument({
          letter: WARM_LETTER,
          identity,
          paperSize: settings.paperSize,
          qrDataUrl: qr,
          draft: true,
        })
      : { definition: { content: [{ text: 'SKTM', bold: true }, 'siap'] } };
    // Twice: after one layout the engine has only begun to optimise pdfmake's hot
    // paths; the second brings the real first letter close to the tenth (issue 17).
    await renderPdf(doc);
    await renderPdf(doc);
  })().catch(() => {
    warming = null;
  });
  return warming;
}
