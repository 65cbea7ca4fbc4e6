import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import base from './vite.config';

// The benchmark build: the production app plus a bench page on the same
// origin (so both see the same IndexedDB). Never shipped: it builds into
// dist-bench/, which electron-builder does not package.
export default mergeConfig(
  base,
  defineConfig({
    build: {
      outDir: '../dist-bench',
      rollupOptions: {
        input: {
          main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
          bench: fileURLToPath(new URL('./renderer/bench.html', import.meta.url)),
        },
      },
    },
  }),
);
