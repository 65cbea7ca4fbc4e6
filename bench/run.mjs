// Benchmarks: the production build in headless Chromium (real IndexedDB) on
// the demo generator's data. Writes bench/results.json and BENCHMARKS.md.
//   npm run bench             full sizes, median of 5+ runs
//   npm run bench -- --quick  each case once at small sizes (CI keeps it working)
// Nothing here fails on a slow machine: targets are reported, not asserted.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const quick = process.argv.includes('--quick');
const skipBuild = process.argv.includes('--no-build');
const PORT = Number(process.env.BENCH_PORT ?? 4340);
const BASE = `http://127.0.0.1:${PORT}/`;
const DIST = 'dist-bench';
const RUNS = quick ? 1 : 5;
const PEOPLE = quick ? 2_000 : 50_000;
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
  await page.goto(`${BASE}bench.html`);
  await page.waitForFunction(() => window.dtksBench !== undefined);
  return page;
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  return Math.round((used / 1024 / 1024) * 10) / 10;
}

const cases = [];
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
  const profile = mkdtempSync(join(tmpdir(), 'dtks-bench-'));
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
    const seeded = await bench.evaluate((people) => window.dtksBench.seed(people), PEOPLE);
    console.log(`seeded ${PEOPLE} people in ${Math.round(seeded.ms)} ms`);

    // startup: navigation to an interactive shell with the database full.
    {
      const samples = [];
      let jsKb = 0;
      for (let i = 0; i < RUNS; i += 1) {
        const page = await context.newPage();
        await page.goto(BASE);
        await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
        const probe = await page.evaluate(() => ({
          ms: performance.now(),
          scripts: performance
            .getEntriesByType('resource')
            .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
            .map((entry) => entry.name),
          documentScripts: [
            ...document.querySelectorAll('script[src], link[rel="modulepreload"]'),
          ].map((node) => node.src || node.href),
        }));
        samples.push(probe.ms);
        jsKb = gzipKbOf([...new Set([...probe.scripts, ...probe.documentScripts])]);
        await page.close();
      }
      cases.push({
        name: 'startup',
        ...stats(samples),
        js_gzip_kb: jsKb,
        target: 'JavaScript before first interaction ≤ 350 KB gzip',
        met: jsKb <= 350,
      });
    }

    // recap_50k: the Beranda over the whole database (not in the issue list; tracked because it is the home screen).
    {
      const samples = await bench.evaluate((runs) => window.dtksBench.recap(runs), RUNS);
      cases.push({
        name: `recap_${PEOPLE / 1000}k`,
        ...stats(samples),
        target: 'Beranda recap ≤ 1000 ms',
        met: stats(samples).median_ms <= 1000,
      });
    }

    cases.push({
      name: 'memory_after_seed',
      median_ms: 0,
      min_ms: 0,
      max_ms: 0,
      heap_mb: await heapMb(bench),
      target: 'reported',
      met: true,
    });
  } finally {
    await context?.close();
    if (server.pid && server.exitCode === null) process.kill(server.pid, 'SIGTERM');
    rmSync(profile, { recursive: true, force: true });
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
    runs: RUNS,
  };
  const results = { machine, cases };
  if (quick) {
    console.log(JSON.stringify(results, null, 2));
    console.log('(--quick: results not written; run `npm run bench` for the recorded figures)');
    return;
  }
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  const rows = cases.map((c) => {
    const extra = [
      c.floor_ms !== undefined ? `floor ${c.floor_ms} ms, ratio ${c.ratio}` : '',
      c.js_gzip_kb !== undefined ? `JS ${c.js_gzip_kb} KB gzip` : '',
      c.heap_mb !== undefined ? `heap ${c.heap_mb} MB` : '',
      c.p95_ms !== undefined ? `p95 ${c.p95_ms} ms` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `| ${c.name} | ${c.median_ms} | ${c.min_ms} | ${c.max_ms} | ${extra} | ${c.target} | ${c.met ? 'yes' : '**no**'} |`;
  });
  const table = [
    '| case | median ms | min ms | max ms | details | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  const doc = readFileSync('BENCHMARKS.md', 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const block = `${start}\nMeasured ${machine.date} on ${machine.cpus}, ${machine.memory_gb} GB, Node ${machine.node}, ${machine.chromium}; ${machine.people} people, median of ${machine.runs} runs.\n\n${table}\n${end}`;
  writeFileSync('BENCHMARKS.md', doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), block));
  console.log(table);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
