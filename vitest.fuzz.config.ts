import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run fuzz` (scripts/fuzz.mjs): the fuzz files of the unit tests, at depth
// (FUZZ_RUNS inputs per parser). One file at a time, so the timings are the parsers'.
export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  define: { __APP_VERSION__: JSON.stringify('fuzz') },
  test: {
    name: 'fuzz',
    environment: 'node',
    include: ['tests/fuzz/**/*.fuzz.test.ts'],
    fileParallelism: false,
    testTimeout: 60 * 60_000,
  },
});
