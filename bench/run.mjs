// Benchmarks: the production build in headless Chromium (real IndexedDB) on
// the demo generator's data. Writes bench/results.json and BENCHMARKS.md.
//   npm run bench             full sizes, median of 5+ runs
//   npm run bench -- --quick  each case once at small sizes (CI keeps it working)
//   npm run bench -- --people=N   every case on N seeded people (also BENCH_PEOPLE=N)
// The recorded run seeds 50,000 people for most cases, then 200,000 for the `_200k` ones.
// Nothing here fails on a slow machine: targets are reported, not asserted.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { searchCases } from './cases/search.mjs';
import { sktmColdCases } from './cases/sktm-cold.mjs';
import { sinkronCases } from './cases/sinkron.mjs';
import { wargaScrollCases } from './cases/warga-scroll.mjs';
import { recapCase, startupCase } from './cases/recap.mjs';
import { meetingCase } from './cases/meeting.mjs';
import { sktmDocx } from './sktm-docx.mjs';

const quick = process.argv.includes('--quick');
const skipBuild = process.argv.includes('--no-build');
// --only=import,recap runs the named cases alone (prefix match) and prints without recording.
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',').filter(Boolean) : null;
const wanted = (name) => !only || only.some((prefix) => name.startsWith(prefix));
const PORT = Number(process.env.BENCH_PORT ?? 4340);
const BASE = `http://127.0.0.1:${PORT}/`;
const DIST = 'dist-bench';
// --runs=N repeats each timed case N times (default 5; 1 with --quick): for one case's quick look.
const runsArg = process.argv.find((arg) => arg.startsWith('--runs='));
const RUNS = runsArg ? Math.max(1, Number(runsArg.slice('--runs='.length)) || 1) : quick ? 1 : 5;
const peopleArg = process.argv.find((arg) => arg.startsWith('--people='));
const PEOPLE_OVERRIDE = Number(
  peopleArg?.slice('--people='.length) ?? process.env.BENCH_PEOPLE ?? 0,
);
if (peopleArg && !(PEOPLE_OVERRIDE >= 100))
  throw new Error(`--people wants a number of at least 100, got "${peopleArg}"`);
/** People for most cases, and for the `_200k` ones; --people=N (or BENCH_PEOPLE) sets both. */
const PEOPLE = PEOPLE_OVERRIDE || (quick ? 2_000 : 50_000);
const PEOPLE_LARGE = PEOPLE_OVERRIDE || (quick ? 4_000 : 200_000);
const SIZES = quick
  ? { queries: 20, importRows: 1_000, baRows: 100, exportRows: 500, letters: 3, letterRuns: 3 }
  : {
      queries: 200,
      importRows: 20_000,
      baRows: 2_000,
      exportRows: 20_000,
      letters: 20,
      letterRuns: 50,
    };
const LO_RUNS = 5;
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (x) => Math.round(x * 10) / 10;
  return {
    median_ms: round(at(0.5)),
    min_ms: round(sorted[0]),
    max_ms: round(sorted[sorted.length - 1]),
    p95_ms: round(at(0.95)),
    runs: sorted.length,
  };
}

async function waitForServer(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

/** gzip size of the JavaScript the page loaded before it became interactive. */
function gzipKbOf(urls) {
  let total = 0;
  for (const url of urls) {
    const path = join(DIST, new URL(url).pathname);
    if (existsSync(path)) total += gzipSync(readFileSync(path), { level: 9 }).length;
  }
  return Math.round((total / 1024) * 10) / 10;
}

async function benchPage(context) {
  const page = await context.newPage();
  // BENCH_TRACE=1 prints the page's and its workers' console lines that start with "[trace]".
  if (process.env.BENCH_TRACE)
    page.on('console', (message) => {
      if (message.text().startsWith('[trace]')) console.log(message.text());
    });
  await page.goto(`${BASE}bench.html`);
  await page.waitForFunction(() => window.dtksBench !== undefined);
  return page;
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  return Math.round((used / 1024 / 1024) * 10) / 10;
}

const cases = [];

const kilo = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));

function withFloor(name, app, floor, times) {
  const ratio = Math.round((app.median_ms / floor.median_ms) * 100) / 100;
  return {
    name,
    ...app,
    floor_ms: floor.median_ms,
    ratio,
    target: `≤ ${times}× floor`,
    met: ratio <= times,
  };
}

/** Peak window heap over a case's runs (sampled every 50 ms in the page); workers not included. */
function memoryCase(name, runs, afterMb) {
  return {
    name,
    median_ms: 0,
    min_ms: 0,
    max_ms: 0,
    heap_mb: Math.max(...runs.map((r) => r.heapMb)),
    heap_after_mb: afterMb,
    target: 'reported (window heap; worker heaps are separate)',
    met: true,
  };
}

function soffice() {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** LibreOffice headless converting the DOCX letter: one per process, and `count` in one process. */
function libreOffice(count) {
  const bin = soffice();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), 'dtks-lo-'));
  try {
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    const files = Array.from({ length: count }, (_, i) => {
      const path = join(dir, `sktm-${i + 1}.docx`);
      writeFileSync(path, sktmDocx(i + 1));
      return path;
    });
    const convert = (inputs) => {
      const start = performance.now();
      execFileSync(
        bin,
        [profile, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'out'), ...inputs],
        {
          stdio: 'ignore',
        },
      );
      return performance.now() - start;
    };
    convert([files[0]]); // first start creates the profile: not counted
    const one = [];
    const many = [];
    for (let i = 0; i < LO_RUNS; i += 1) one.push(convert([files[0]]));
    for (let i = 0; i < LO_RUNS; i += 1) many.push(convert(files));
    if (!existsSync(join(dir, 'out', 'sktm-1.pdf'))) throw new Error('LibreOffice wrote no PDF');
    return { one: stats(one), many: stats(many) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
let browserVersion = 'unknown';

async function main() {
  if (!CHROMIUM) {
    console.log('Benchmark DILEWATI: Chromium tidak ditemukan (apt-get install chromium).');
    return;
  }
  if (!skipBuild)
    execFileSync(
      'npx',
      ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'warn'],
      { stdio: 'inherit' },
    );
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      `../${DIST}`,
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // BENCH_PROFILE=/tmp/dir keeps the browser profile (and its seeded database) between
  // runs while working on one case: a database already seeded with the same size is reused.
  const keepProfile = process.env.BENCH_PROFILE;
  const profile = keepProfile ?? mkdtempSync(join(tmpdir(), 'dtks-bench-'));
  let context;
  try {
    await waitForServer(BASE, 30_000);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-dev-shm-usage',
        '--enable-precise-memory-info',
      ],
      viewport: { width: 1366, height: 768 },
    });
    const bench = await benchPage(context);
    browserVersion = await bench.evaluate(
      () => /Chrome\/[\d.]+/.exec(navigator.userAgent)?.[0] ?? navigator.userAgent,
    );

    // Setup: the whole database, as an office at the upper end would have it.
    const seed = async (people) => {
      const result = await bench.evaluate((n) => window.dtksBench.seed(n), people);
      // Case modules (bench/cases/) read the size they run on from here.
      process.env.BENCH_PEOPLE = String(people);
      console.log(
        `seeded ${people} people in ${Math.round(result.ms)} ms (database opened in ${Math.round(result.openMs)} ms, schema upgrades included)`,
      );
      return result;
    };
    const seeded = await seed(PEOPLE);
    const ctx = (people, { sample, words }) => ({
      context,
      bench,
      base: BASE,
      people,
      sample,
      words,
      quick,
      runs: RUNS,
      stats,
      wanted,
      kilo,
    });

    // startup and recap (issue 17): bench/cases/recap.mjs.
    const shared = { context, base: BASE, runs: RUNS, people: PEOPLE, stats, gzipKbOf };
    if (wanted('startup')) cases.push(await startupCase(shared));
    if (wanted('recap')) cases.push(await recapCase(shared));

    // sktm_pdf: the app's letter path on a warm PDF worker, against LibreOffice headless.
    if (wanted('sktm')) {
      const coldMs = await bench.evaluate(() => window.dtksBench.warmPdf());
      const { samples } = await bench.evaluate(
        (runs) => window.dtksBench.sktm(runs),
        SIZES.letterRuns,
      );
      const batch = [];
      for (let i = 0; i < RUNS; i += 1)
        batch.push(await bench.evaluate((n) => window.dtksBench.sktmBatch(n), SIZES.letters));
      const one = stats(samples);
      const many = stats(batch);
      const lo = quick ? null : libreOffice(SIZES.letters);
      if (!lo)
        console.log(
          quick
            ? 'LibreOffice peer skipped: --quick never starts soffice (slow, optional).'
            : 'LibreOffice peer skipped: soffice not found (apt-get install libreoffice-writer-nogui).',
        );
      const ratio = (a, b) => Math.round((a / b) * 100) / 100;
      cases.push({
        name: 'sktm_pdf',
        ...one,
        first_letter_cold_ms: Math.round(coldMs),
        ...(lo && {
          peer: 'LibreOffice headless, one letter per process',
          peer_ms: lo.one.median_ms,
          peer_ratio: ratio(lo.one.median_ms, one.median_ms),
        }),
        target: 'one letter ≥ 10× faster than LibreOffice one letter',
        met: lo ? lo.one.median_ms / one.median_ms >= 10 : null,
      });
      cases.push({
        name: `sktm_pdf_x${SIZES.letters}`,
        ...many,
        ...(lo && {
          peer: `LibreOffice headless, ${SIZES.letters} letters in one process`,
          peer_ms: lo.many.median_ms,
          peer_ratio: ratio(lo.many.median_ms, many.median_ms),
        }),
        target: `${SIZES.letters} letters faster than LibreOffice's ${SIZES.letters}`,
        met: lo ? many.median_ms < lo.many.median_ms : null,
      });
    }

    // ba_pdf: a Berita Acara with a long Lampiran I; the window must stay responsive.
    if (wanted('ba_pdf')) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1)
        runs.push(await bench.evaluate((n) => window.dtksBench.beritaAcara(n), SIZES.baRows));
      const s = stats(runs.map((r) => r.ms));
      const longest = Math.max(...runs.map((r) => r.longestTaskMs));
      cases.push({
        name: `ba_pdf_${SIZES.baRows}`,
        ...s,
        longest_task_ms: longest,
        target: '≤ 4000 ms, longest main-thread task ≤ 200 ms',
        met: s.median_ms <= 4000 && longest <= 200,
      });
      cases.push(memoryCase('memory_ba_pdf', runs, await heapMb(bench)));
    }

    // export_batch: the whole ZIP package against one XLSX write of the same rows.
    if (wanted('export')) {
      const app = [];
      const floor = [];
      for (let i = 0; i < RUNS; i += 1) {
        app.push(
          (await bench.evaluate((n) => window.dtksBench.exportBatch(n), SIZES.exportRows)).ms,
        );
        floor.push(
          (await bench.evaluate((n) => window.dtksBench.exportFloor(n), SIZES.exportRows)).ms,
        );
      }
      cases.push(withFloor(`export_batch_${kilo(SIZES.exportRows)}`, stats(app), stats(floor), 3));
    }

    // import_prelist: the app's import worker end to end against SheetJS + bulkAdd.
    if (wanted('import')) {
      const made = await bench.evaluate(
        ([n, people]) => window.dtksBench.makePrelist(n, people),
        [SIZES.importRows, PEOPLE],
      );
      const registry = await bench.evaluate(() => window.dtksBench.registrySize());
      console.log(
        `prelist: ${made.rows} rows, ${Math.round(made.bytes / 1024)} KB, into a registry of ${registry} people`,
      );
      const app = [];
      const floor = [];
      const storeOnly = [];
      const primaryOnly = [];
      for (let i = 0; i < RUNS; i += 1) {
        const run = await bench.evaluate((n) => window.dtksBench.importPrelist(n), i);
        app.push(run);
        floor.push((await bench.evaluate((n) => window.dtksBench.importFloor(n), i)).ms);
        storeOnly.push((await bench.evaluate(() => window.dtksBench.importStoreOnly())).ms);
        primaryOnly.push(
          (await bench.evaluate(() => window.dtksBench.importStoreOnly({ primaryKeyOnly: true })))
            .ms,
        );
        const phase = (ms) => `${Math.round(ms)} ms`;
        console.log(
          `import run ${i + 1}: ${phase(run.ms)}, ${run.existing} already registered (open ${phase(run.phases.open)}, check ${phase(run.phases.check)}, commit ${phase(run.phases.commit)}); floor ${phase(floor[floor.length - 1])}; the same rows stored alone ${phase(storeOnly[storeOnly.length - 1])}, without index entries ${phase(primaryOnly[primaryOnly.length - 1])}`,
        );
      }
      const stored = app[0]?.people ?? 0;
      if (stored !== SIZES.importRows)
        console.log(`import stored ${stored} of ${SIZES.importRows} people (check the fixture)`);
      cases.push({
        ...withFloor(
          `import_prelist_${kilo(SIZES.importRows)}`,
          stats(app.map((r) => r.ms)),
          stats(floor),
          1.5,
        ),
        people_stored: stored,
        registry_people: registry,
      });
      // A reported ceiling: the same floor, no target of its own.
      const ceiling = (name, samples, details, target) => {
        const measured = withFloor(name, stats(samples), stats(floor), 1.5);
        return {
          ...measured,
          details: `${details}; ratio ${measured.ratio} to the import's floor`,
          target: `reported (${target})`,
          met: null,
        };
      };
      // What IndexedDB alone takes to store the import's rows: the lowest any import can go.
      cases.push(
        ceiling(
          `import_store_only_${kilo(SIZES.importRows)}`,
          storeOnly,
          `raw IndexedDB add of the ${stored} people and their families one import stored, under new keys from the app's factory, into the same registry, one transaction`,
          'the lowest an import writing these rows can reach',
        ),
      );
      // The same rows with no index entry at all (no NIK, family, name or duplicate keys):
      // what storing these people would cost if the registry kept no secondary index.
      cases.push(
        ceiling(
          `import_store_pk_only_${kilo(SIZES.importRows)}`,
          primaryOnly,
          "as import_store_only, but each row without the fields its store's indexes read, so only the rows are written (no index entry, no open, no check)",
          'storing these people with no secondary index at all',
        ),
      );
      cases.push(memoryCase('memory_import_prelist', app, await heapMb(bench)));
    }

    cases.push(...(await sktmColdCases(ctx(PEOPLE, seeded))));

    // meeting_300 (issue 17): 300 keyboard decisions with the projector window open.
    if (wanted('meeting')) cases.push(await meetingCase({ ...shared, bench, quick }));
    // sync_initial and sync_steady (issue 18): bench/cases/sinkron.mjs.
    cases.push(...(await sinkronCases(ctx(PEOPLE, seeded))));

    cases.push({
      name: 'memory_after_seed',
      median_ms: 0,
      min_ms: 0,
      max_ms: 0,
      heap_mb: await heapMb(bench),
      target: 'reported',
      met: true,
    });

    // The `_200k` cases: the same database seeded once more, four times the size.
    const large = ['search', 'warga_scroll', 'recap', 'startup'].some(wanted);
    if (large) {
      const big = PEOPLE_LARGE === PEOPLE ? seeded : await seed(PEOPLE_LARGE);
      cases.push(...(await searchCases(ctx(PEOPLE_LARGE, big))));
      cases.push(...(await wargaScrollCases(ctx(PEOPLE_LARGE, big))));
      // recap_200k and startup_200k (issue 17); at one size they already ran above.
      if (PEOPLE_LARGE !== PEOPLE) {
        const atLarge = { ...shared, people: PEOPLE_LARGE };
        if (wanted('startup')) cases.push(await startupCase(atLarge));
        if (wanted('recap')) cases.push(await recapCase(atLarge));
      }
    }
  } finally {
    await context?.close();
    if (server.pid && server.exitCode === null) process.kill(server.pid, 'SIGTERM');
    if (!keepProfile) rmSync(profile, { recursive: true, force: true });
  }
  writeResults();
}

function writeResults() {
  const machine = {
    date: new Date().toISOString(),
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memory_gb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: browserVersion,
    mode: quick ? 'quick' : 'full',
    people: PEOPLE,
    people_large: PEOPLE_LARGE,
    runs: RUNS,
  };
  const results = { machine, cases };
  const rows = cases.map((c) => {
    const extra = [
      c.js_gzip_kb !== undefined ? `JS ${c.js_gzip_kb} KB gzip` : '',
      c.heap_mb !== undefined ? `heap ${c.heap_mb} MB` : '',
      c.details ?? '',
      c.peer_ms !== undefined ? `${c.peer} ${c.peer_ms} ms (${c.peer_ratio}×)` : '',
      c.longest_task_ms !== undefined ? `longest task ${c.longest_task_ms} ms` : '',
      c.first_letter_cold_ms !== undefined ? `cold first letter ${c.first_letter_cold_ms} ms` : '',
    ]
      .filter(Boolean)
      .join('; ');
    // Every case with a floor (or a peer) shows it and the ratio in their own columns.
    const floor = c.floor_ms ?? (c.peer_ms !== undefined ? `${c.peer_ms} (peer)` : '–');
    const ratio = c.ratio ?? (c.peer_ratio !== undefined ? `${c.peer_ratio}× faster` : '–');
    return `| ${c.name} | ${c.median_ms} | ${c.min_ms} | ${c.max_ms} | ${floor} | ${ratio} | ${extra} | ${c.target} | ${c.met === null ? 'n/a' : c.met ? 'yes' : '**no**'} |`;
  });
  const table = [
    '| case | median ms | min ms | max ms | floor ms | ratio | details | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  if (quick || only) {
    console.log(JSON.stringify(machine));
    console.log(table);
    console.log(
      '(--quick or --only: results not written; run `npm run bench` for the recorded figures)',
    );
    return;
  }
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  const doc = readFileSync('BENCHMARKS.md', 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const block = `${start}\nMeasured ${machine.date} on ${machine.cpus}, ${machine.memory_gb} GB, Node ${machine.node}, ${machine.chromium}; ${machine.people} people (${machine.people_large} for the \`_${kilo(machine.people_large)}\` cases), median of ${machine.runs} runs.\n\n${table}\n${end}`;
  writeFileSync('BENCHMARKS.md', doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), block));
  // The recorded files are committed: leave them as the format check wants them.
  execFileSync('npx', ['prettier', '--write', 'BENCHMARKS.md', 'bench/results.json'], {
    stdio: 'ignore',
  });
  console.log(table);
}

main().then(
  // Done: exit even if the in-process sync test server left a timer behind (a long poll of the
  // live feed cut off when the pages closed kept one clean-clone CI run waiting after its table).
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
