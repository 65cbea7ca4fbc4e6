import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build served by `vite preview`, driven in
// Debian's Chromium through playwright-core. One file at a time: 2 cores.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
