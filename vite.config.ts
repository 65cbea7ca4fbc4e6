import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const sharedDir = fileURLToPath(new URL('./shared', import.meta.url));

// The renderer is served from relative paths so the same build works under the
// Electron custom protocol (app://) and under `vite preview` in a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  resolve: { alias: { '@shared': sharedDir } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4318, strictPort: true },
  server: { host: '127.0.0.1', port: 5318, strictPort: true },
});
