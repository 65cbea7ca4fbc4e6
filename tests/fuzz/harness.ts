import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * The fuzz harness (issue 21, point 10). Each parser runs on generated inputs;
 * every input is timed, and what the parser throws is sorted into its own typed
 * refusal (fine) or a crash (a TypeError, a RangeError...: a bug). All inputs run
 * even after a crash, so the report counts them all.
 *
 * The unit tests run a few hundred inputs per parser; `npm run fuzz` sets
 * FUZZ_RUNS (10,000 by default there), FUZZ_SLOW_MS (1,000) and FUZZ_REPORT (where
 * each parser's line goes, for the summary table). FUZZ_SEED replays a run.
 */

const configuredRuns = Number(process.env.FUZZ_RUNS);
/** True under `npm run fuzz`. */
export const DEEP = Number.isFinite(configuredRuns) && configuredRuns > 0;
export const RUNS = DEEP ? configuredRuns : 250;
/** Under the unit tests the machine is shared with the whole suite: only a hang fails. */
export const SLOW_MS = Number(process.env.FUZZ_SLOW_MS) || (DEEP ? 1_000 : 5_000);
export const SEED = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;
/** A vitest timeout that fits the run size. */
export const TEST_TIMEOUT = DEEP ? 60 * 60_000 : 120_000;

export type FuzzReport = {
  parser: string;
  runs: number;
  crashes: number;
  /** Inputs the parser refused with its own error or result. */
  refused: number;
  slow: number;
  slowestMs: number;
  slowestInput: string;
  firstCrash: string | null;
  seed: number;
};

/** What one input came to: accepted, or refused in the parser's own terms. */
export type Outcome = 'accepted' | 'refused';

export type FuzzSpec<T> = {
  parser: string;
  input: fc.Arbitrary<T>;
  /** Runs the parser; returns whether it accepted the input. Throws only on a crash. */
  run: (input: T) => Outcome | Promise<Outcome>;
  /** The parser's own refusal when it refuses by throwing (e.g. BackupError). */
  isRefusal?: (error: unknown) => boolean;
  /** A short text of the input for the report. */
  show?: (input: T) => string;
  /** A benign input run once before timing starts (lazy imports, JIT warm-up). */
  warmUp?: T;
};

/**
 * Keeps an input that crashed or was slow, under FUZZ_SAVE_DIR (npm run fuzz:
 * test-results/fuzz/), so it can be replayed: bytes as .bin, anything else as JSON.
 */
function saveInput(
  parser: string,
  what: 'crash' | 'lambat' | 'sedang',
  input: unknown,
): string | null {
  const dir = process.env.FUZZ_SAVE_DIR;
  if (!dir) return null;
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${parser.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${what}`);
  if (input instanceof Uint8Array) {
    writeFileSync(`${base}.bin`, input);
    return `${base}.bin`;
  }
  const json = JSON.stringify(input, (_key, value: unknown) =>
    value instanceof Uint8Array ? { bytesBase64: Buffer.from(value).toString('base64') } : value,
  );
  writeFileSync(`${base}.json`, json ?? String(input));
  return `${base}.json`;
}

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max)}…` : text);

export function showBytes(bytes: Uint8Array): string {
  const head = Array.from(bytes.subarray(0, 48), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${bytes.length} byte: ${head}${bytes.length > 48 ? '…' : ''}`;
}

const defaultShow = (input: unknown): string => {
  if (input instanceof Uint8Array) return showBytes(input);
  try {
    return clip(JSON.stringify(input) ?? String(input));
  } catch {
    return clip(String(input));
  }
};

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const frame = error.stack?.split('\n').find((line) => line.includes(' at ')) ?? '';
    return `${error.name}: ${error.message} ${frame.trim()}`;
  }
  return String(error);
}

/** Runs one parser on RUNS inputs, writes its report line, fails on a crash or a slow input. */
export async function fuzzParser<T>(spec: FuzzSpec<T>): Promise<FuzzReport> {
  const show = spec.show ?? defaultShow;
  if (spec.warmUp !== undefined) {
    try {
      await spec.run(spec.warmUp);
    } catch {
      // The warm-up only loads code; the timed runs judge.
    }
  }
  const report: FuzzReport = {
    parser: spec.parser,
    runs: 0,
    crashes: 0,
    refused: 0,
    slow: 0,
    slowestMs: 0,
    slowestInput: '',
    firstCrash: null,
    seed: SEED,
  };
  await fc.assert(
    fc.asyncProperty(spec.input, async (input) => {
      report.runs += 1;
      // FUZZ_TRACE: each input is written before it runs, to catch one that kills the process.
      if (process.env.FUZZ_TRACE) saveInput(spec.parser, 'sedang', input);
      const started = performance.now();
      try {
        if ((await spec.run(input)) === 'refused') report.refused += 1;
      } catch (error) {
        if (spec.isRefusal?.(error)) report.refused += 1;
        else {
          report.crashes += 1;
          if (report.firstCrash === null) {
            const saved = saveInput(spec.parser, 'crash', input);
            report.firstCrash = `${describeError(error)} | input: ${show(input)}${saved ? ` | ${saved}` : ''}`;
          }
        }
      }
      const elapsed = performance.now() - started;
      if (elapsed > SLOW_MS) {
        report.slow += 1;
        if (elapsed > report.slowestMs) saveInput(spec.parser, 'lambat', input);
      }
      if (elapsed > report.slowestMs) {
        report.slowestMs = elapsed;
        report.slowestInput = show(input);
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  report.slowestMs = Math.round(report.slowestMs * 10) / 10;
  const line =
    `fuzz ${report.parser}: ${report.runs} input, ${report.crashes} crash, ` +
    `${report.refused} ditolak, terlambat ${report.slowestMs} ms (seed ${SEED})`;
  console.log(line);
  if (process.env.FUZZ_REPORT)
    appendFileSync(process.env.FUZZ_REPORT, `${JSON.stringify(report)}\n`);
  expect(report.firstCrash, `crash pada ${report.parser}`).toBeNull();
  expect(report.slow, `input lebih lambat dari ${SLOW_MS} ms: ${report.slowestInput}`).toBe(0);
  expect(report.runs).toBe(RUNS);
  return report;
}

/** A valid value, then small damage to it: how real files go wrong. */
export function mutatedBytes(base: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      base,
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 6,
      }),
      fc.option(fc.nat(), { nil: undefined }),
    )
    .map(([bytes, flips, cut]) => {
      const copy = new Uint8Array(bytes);
      for (const [at, value] of flips) if (copy.length > 0) copy[at % copy.length] = value;
      return cut === undefined || copy.length === 0 ? copy : copy.subarray(0, cut % copy.length);
    });
}

/** Text that looks like what clerks type into identity, date and name cells. */
export const cellishText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.stringMatching(/^'?[0-9 .-]{0,20}$/),
  fc.stringMatching(/^[0-9]{1,2}[-/. ][0-9]{1,2}[-/. ][0-9]{2,4}$/),
  fc.stringMatching(/^[+-]?[0-9][.,][0-9]{0,14}[eE][+-]?[0-9]{1,3}$/),
  fc.constantFrom(
    '=1+1',
    '@SUM(A1)',
    '-',
    'LAKI-LAKI',
    'PEREMPUAN',
    'KEPALA KELUARGA',
    'ISTRI',
    '3',
    '003',
    'RT 003',
    '',
  ),
);
