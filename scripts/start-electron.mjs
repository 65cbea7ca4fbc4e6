// Launches the built app in Electron. npm 11 skips install scripts by default,
// so the Electron binary may never have been downloaded: try once, and if the
// download fails point the user at the browser build instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = path.dirname(require.resolve('electron/package.json', { paths: [root] }));

function hasBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  // path.txt without the binary means an interrupted download.
  const relative = readFileSync(pathFile, 'utf8').trim();
  return (
    process.env.ELECTRON_OVERRIDE_DIST_PATH !== undefined ||
    existsSync(path.join(electronDir, 'dist', relative))
  );
}

function failWithHint(detail) {
  console.error(
    [
      '',
      'Runtime Electron tidak dapat diunduh, jadi aplikasi desktop tidak bisa dijalankan.',
      'Jalankan versi peramban dengan:  npm run start:web',
      '',
      'The Electron runtime could not be downloaded, so the desktop app cannot start.',
      'Run the browser version instead:  npm run start:web',
      detail ? `\n(${detail})` : '',
    ].join('\n'),
  );
  process.exit(1);
}

if (!hasBinary()) {
  console.log('Mengunduh runtime Electron… / Downloading the Electron runtime…');
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'inherit',
  });
  if (install.status !== 0 || !hasBinary()) {
    failWithHint(install.error?.message ?? `install.js exit code ${install.status}`);
  }
}

let electronPath;
try {
  // node_modules/electron/index.js exports the binary's path once path.txt exists.
  electronPath = require(electronDir);
} catch (error) {
  failWithHint(error instanceof Error ? error.message : String(error));
}

const child = spawn(electronPath, ['.'], { cwd: root, stdio: 'inherit', windowsHide: false });
child.on('error', (error) => failWithHint(error.message));
child.on('close', (code, signal) => {
  if (code === null) {
    console.error(
      `Electron berhenti karena sinyal ${signal} / Electron exited on signal ${signal}`,
    );
    process.exit(1);
  }
  process.exit(code);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
