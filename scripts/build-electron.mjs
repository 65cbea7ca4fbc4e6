// Bundles the main process and the preload into single CommonJS files.
// The preload must be one file: a sandboxed preload can require only 'electron'
// and a handful of built-ins, never our own modules or node_modules.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = 'dist-electron';

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: false,
  minify: false,
  tsconfig: 'electron/tsconfig.json',
  logLevel: 'warning',
};

await rm(new URL(`../${outdir}`, import.meta.url), { recursive: true, force: true });

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: `${outdir}/main.cjs` }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: `${outdir}/preload.cjs`,
  }),
]);

console.log(`Electron: ${outdir}/main.cjs dan ${outdir}/preload.cjs selesai dibuat.`);
