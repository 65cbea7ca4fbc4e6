// npm run fuzz: every parser on FUZZ_RUNS generated inputs (10,000 by default), then a
// table of inputs run, crashes, refusals and the slowest input per parser. Exits non-zero
// on any crash, any input slower than FUZZ_SLOW_MS (1,000 ms), or a parser that did not
// report. Extra arguments go to vitest (e.g. a file name to fuzz one parser).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PARSERS = [
  'impor lembar kerja',
  'impor hasil',
  'pembaca cadangan',
  'muatan QR',
  'templat nomor surat',
  'NIK',
  'No. KK',
  'NIP',
];

const runs = process.env.FUZZ_RUNS ?? '10000';
const slowMs = process.env.FUZZ_SLOW_MS ?? '1000';
// One seed for every parser, printed at the end, so a failing run can be replayed.
const seed = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31);
const dir = mkdtempSync(join(tmpdir(), 'dtks-fuzz-'));
const reportPath = join(dir, 'laporan.jsonl');
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const args = process.argv.slice(2);

console.log(`Fuzz: ${runs} input per pengurai, batas lambat ${slowMs} ms`);
const started = Date.now();
const child = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'vitest.fuzz.config.ts', ...args],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      FUZZ_RUNS: runs,
      FUZZ_SLOW_MS: slowMs,
      FUZZ_SEED: seed,
      FUZZ_REPORT: reportPath,
      FUZZ_SAVE_DIR: process.env.FUZZ_SAVE_DIR ?? join('test-results', 'fuzz'),
    },
  },
);
const seconds = Math.round((Date.now() - started) / 1000);

const reports = existsSync(reportPath)
  ? readFileSync(reportPath, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line))
  : [];
rmSync(dir, { recursive: true, force: true });

const rows = [
  ['pengurai', 'input', 'crash', 'ditolak', 'lambat', 'terlambat (ms)'],
  ...reports.map((r) => [
    r.parser,
    String(r.runs),
    String(r.crashes),
    String(r.refused),
    String(r.slow),
    String(r.slowestMs),
  ]),
];
const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
console.log('');
for (const [index, row] of rows.entries()) {
  console.log(
    row
      .map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])))
      .join('  '),
  );
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
console.log(`\nWaktu total: ${seconds} s; seed ${seed} (ulangi dengan FUZZ_SEED=${seed})`);

const problems = [];
for (const r of reports) {
  if (r.crashes > 0) problems.push(`${r.parser}: ${r.crashes} crash; pertama: ${r.firstCrash}`);
  if (r.slow > 0)
    problems.push(`${r.parser}: ${r.slow} input > ${slowMs} ms; terlambat: ${r.slowestInput}`);
}
if (args.length === 0) {
  for (const parser of PARSERS) {
    if (!reports.some((r) => r.parser === parser)) problems.push(`${parser}: tidak melapor`);
  }
}
if (child.status !== 0)
  problems.push(`vitest berakhir dengan kode ${child.status ?? child.signal}`);
if (problems.length > 0) {
  console.error(`\nFuzz GAGAL:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('Fuzz lulus: tidak ada crash, tidak ada input yang terlalu lambat.');
