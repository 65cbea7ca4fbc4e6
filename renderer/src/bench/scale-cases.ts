/**
 * Bench page functions for issue 17's cases (sktm_pdf_cold; the search and scroll
 * cases drive the app itself). Spread into window.dtksBench by bench-entry.ts.
 */
import { DATABASE_NAMES, DtksDatabase } from '../db/database';
import { renderLetterPdf } from '../features/surat/letter-output';
import { prepareFirstLetter } from '../features/surat/letter-warmup';
import { SAMPLE_SKTM_LETTER } from '@shared/reports/report-test-data';

const LETTER = {
  ...SAMPLE_SKTM_LETTER,
  type: 'sktm' as const,
  qrPayload: 'DTKS1.sktm.400.9.2/007/KEL-PHD/XI/2026.6271015203900001.2026-11-27.c2lnbmF0dXJl',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const scaleCases = {
  /**
   * The first letter in a fresh window: the Surat screen opens (it starts
   * {@link prepareFirstLetter}, as SuratRoutes does), the clerk takes `thinkMs` to
   * pick the person and the purpose, then presses the button: timed from the press
   * until the PDF bytes are back. Also reports how long the preparation took.
   */
  async firstLetter(thinkMs: number) {
    const db = new DtksDatabase(DATABASE_NAMES.real);
    const opened = performance.now();
    let preparedMs = -1;
    void prepareFirstLetter(db).then(() => {
      preparedMs = performance.now() - opened;
    });
    await sleep(thinkMs);
    const start = performance.now();
    const bytes = await renderLetterPdf(db, LETTER);
    const ms = performance.now() - start;
    db.close();
    return { ms, preparedMs, bytes: bytes.byteLength };
  },
};
