/**
 * Bench page functions for issue 17's cases (sktm_pdf_cold; the search and scroll
 * cases drive the app itself). Spread into window.dtksBench by bench-entry.ts.
 */
import { DATABASE_NAMES, DtksDatabase } from '../db/core/database';
import { getPersonHits, rankPeople, searchPeople } from '../db/warga/search';
import { vocabularyOf } from '../db/warga/name-vocabulary';
import { renderLetterPdf } from '../documents/letter-output';
import { prepareFirstLetter } from '../features/surat/letter-warmup';
import { FIRST_SEARCH_LIMIT, SEARCH_LIMIT } from '../features/warga/search-limits';
import { SAMPLE_SKTM_LETTER } from '@shared/reports/report-test-data';

const LETTER = {
  ...SAMPLE_SKTM_LETTER,
  type: 'sktm' as const,
  qrPayload: 'DTKS1.sktm.400.9.2/007/KEL-PHD/XI/2026.6271015203900001.2026-11-27.c2lnbmF0dXJl',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rows the Warga list reads first: the rows in view and a page below (useHitWindow). */
const FIRST_WINDOW = 50;
/** The resident picker (ResidentSearch.tsx) reads this many rows with their families. */
const PICKER_LIMIT = 25;

export const scaleCases = {
  /**
   * The search boxes as the app runs them, each query timed alone: the Warga list's
   * first answer (rank up to FIRST_SEARCH_LIMIT ids, read the first rows with their
   * families), the longer answer it asks for when the clerk scrolls near the end of a
   * full first one (rank up to SEARCH_LIMIT ids; timed in a second pass, as `longer`), and the
   * resident picker of the proposal and letter forms (the best 25 with their families).
   */
  async searchBoxes(queries: string[]) {
    const db = new DtksDatabase(DATABASE_NAMES.real);
    await db.open();
    // The name vocabulary (issue 17): the Warga screen starts reading it when it opens.
    const opened = performance.now();
    await vocabularyOf(db);
    const vocabularyMs = performance.now() - opened;
    await searchPeople(db, 'warm');
    const warga: number[] = [];
    const picker: number[] = [];
    const longer: number[] = [];
    /** Queries whose first answer was full: timed again as the longer answer, after the rest. */
    const full: string[] = [];
    const missed: string[] = [];
    let hits = 0;
    // Where a slow query spends its time: ranking the ids, or reading the first rows.
    const phases: { query: string; rankMs: number; rowsMs: number; ids: number }[] = [];
    for (const query of queries) {
      let start = performance.now();
      const ranked = await rankPeople(db, query, { limit: FIRST_SEARCH_LIMIT });
      const rankedAt = performance.now();
      await getPersonHits(
        db,
        ranked.slice(0, FIRST_WINDOW).map((entry) => entry.id),
      );
      const end = performance.now();
      warga.push(end - start);
      phases.push({ query, rankMs: rankedAt - start, rowsMs: end - rankedAt, ids: ranked.length });
      hits += ranked.length > 0 ? 1 : 0;
      if (ranked.length === 0) missed.push(query);
      if (ranked.length >= FIRST_SEARCH_LIMIT) full.push(query);
      start = performance.now();
      await searchPeople(db, query, { limit: PICKER_LIMIT });
      picker.push(performance.now() - start);
    }
    // Apart from the first answers, so one query's longer read does not warm or cool the next's.
    for (const query of full) {
      const start = performance.now();
      await rankPeople(db, query, { limit: SEARCH_LIMIT });
      longer.push(performance.now() - start);
    }
    db.close();
    const slowest = phases
      .map((phase) => ({ ...phase, ms: phase.rankMs + phase.rowsMs }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8);
    const sum = (pick: (phase: (typeof phases)[number]) => number) =>
      phases.reduce((total, phase) => total + pick(phase), 0);
    return {
      samples: warga,
      picker,
      longer,
      hits,
      missed,
      vocabularyMs,
      slowest,
      rankShare:
        sum((phase) => phase.rankMs) /
        Math.max(
          1,
          sum((p) => p.rankMs + p.rowsMs),
        ),
    };
  },

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
