import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'shared',
          environment: 'node',
          include: ['shared/**/*.test.ts'],
          // A ceiling against a hang, not a speed check: rendering a real PDF (pdfmake, fonts)
          // took over vitest's default 5 s on the shared 2-core machine at load 20.
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'electron',
          environment: 'node',
          include: ['electron/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        define: { __APP_VERSION__: JSON.stringify('test') },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/src/**/*.test.ts', 'renderer/src/**/*.test.tsx'],
          setupFiles: ['tests/setup/renderer.ts'],
          // A ceiling against a hang, not a speed check (speed lives in `npm run bench`):
          // on a shared 2-core machine a jsdom test drawing Mantine screens, or several
          // PCs syncing through the test server, took over vitest's default 5 s.
          testTimeout: 20_000,
        },
      },
      {
        // The IPC contract: real main process, real preload and the renderer's DesktopApi in
        // one test. Node, not jsdom: the main process runs in Node, and jsdom's own typed
        // arrays would make every Uint8Array crossing the fake IPC look foreign to zod.
        resolve: { alias },
        define: { __APP_VERSION__: JSON.stringify('test') },
        test: {
          name: 'contract',
          environment: 'node',
          include: ['tests/contract/**/*.test.ts'],
          setupFiles: ['tests/setup/renderer.ts'],
        },
      },
      {
        // Node tests that read files (office spreadsheets) and the fuzz harness at its CI
        // size; `npm run fuzz` runs the same fuzz files at depth (vitest.fuzz.config.ts).
        resolve: { alias },
        define: { __APP_VERSION__: JSON.stringify('test') },
        test: {
          name: 'tests',
          environment: 'node',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/sync-server/**/*.test.ts',
            'tests/fuzz/**/*.fuzz.test.ts',
          ],
        },
      },
    ],
  },
});
