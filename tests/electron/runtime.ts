import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export type ElectronRuntime = { ok: true; executable: string } | { ok: false; reason: string };

/**
 * The Electron binary from node_modules, or why there is none. The npm package only
 * holds a downloader: the binary itself comes from GitHub, at install (electron ≤ 41,
 * unless ELECTRON_SKIP_BINARY_DOWNLOAD) or at first launch (electron ≥ 42).
 */
export function findElectronRuntime(): ElectronRuntime {
  let dir: string;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'paket npm "electron" tidak terpasang' };
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(dir, 'path.txt');
  if (!override && !existsSync(pathFile)) {
    return {
      ok: false,
      reason:
        'runtime Electron belum diunduh (node_modules/electron/path.txt tidak ada; ' +
        'unduhan dari GitHub gagal atau dilewati dengan ELECTRON_SKIP_BINARY_DOWNLOAD)',
    };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const executable = override ? path.join(override, relative) : path.join(dir, 'dist', relative);
  if (!existsSync(executable)) {
    return { ok: false, reason: `berkas runtime Electron tidak ada: ${executable}` };
  }
  return { ok: true, executable };
}

export function skipMessage(reason: string): string {
  return (
    `Uji asap Electron DILEWATI: ${reason}. Jalankan \`npm run test:electron\` di mesin ` +
    'yang bisa mengunduh Electron (CI rilis: .github/workflows/release.yml). ' +
    `Electron smoke test SKIPPED: ${reason}.`
  );
}
