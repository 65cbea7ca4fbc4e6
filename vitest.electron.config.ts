import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The smoke test on the real Electron runtime (`npm run test:electron`). It launches
// the built app (dist/ and dist-electron/) through Playwright; where the runtime cannot
// be downloaded it prints why and skips. Not part of the unit projects: it needs a build.
export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    name: 'electron-smoke',
    include: ['tests/electron/**/*.electron.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
