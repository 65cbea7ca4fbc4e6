// sktm_pdf_cold: the first letter in a window that has just opened.

/** The clerk's time between opening the Surat screen and pressing the button. */
const THINK_MS = 2_000;

export async function sktmColdCases({ context, base, runs, stats, wanted }) {
  if (!wanted('sktm')) return [];
  const samples = [];
  const prepared = [];
  for (let i = 0; i < runs; i += 1) {
    // A new page is a new window: a new PDF worker, nothing loaded in it yet.
    const page = await context.newPage();
    await page.goto(`${base}bench.html`);
    await page.waitForFunction(() => window.dtksBench !== undefined);
    const run = await page.evaluate((think) => window.dtksBench.firstLetter(think), THINK_MS);
    samples.push(run.ms);
    if (run.preparedMs >= 0) prepared.push(run.preparedMs);
    await page.close();
  }
  const s = stats(samples);
  const prep = prepared.length > 0 ? stats(prepared).median_ms : null;
  return [
    {
      name: 'sktm_pdf_cold',
      ...s,
      prepare_ms: prep,
      details: `fresh window each run; Surat screen open ${THINK_MS} ms before the press; preparation (worker, fonts, QR, key, hidden letter) ${prep === null ? 'had not finished when the letter was done' : `took ${prep} ms`}`,
      target: 'first letter ≤ 250 ms',
      met: s.median_ms <= 250,
    },
  ];
}
