import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';

/*
 * `npm run test:electron` drives the real app with Playwright. Two things cannot be
 * driven from outside: the native save dialog, and where the data folder is (a test must
 * not touch the office's real data). This mode answers both, and it is honoured only when
 * ALL of these hold, so no installed copy can ever be talked into it:
 *   - the app is not packaged (app.isPackaged is false: it runs from `electron .`);
 *   - the command line carries SMOKE_TEST_FLAG, put there by the test's launch;
 *   - both folders are given as absolute paths in the environment.
 * The packaged app also has the Node inspector fuse off, so Playwright cannot attach to it
 * at all: the smoke test runs the built app (dist/, dist-electron/) on the unpackaged
 * Electron from node_modules.
 */

export const SMOKE_TEST_FLAG = '--dtks-smoke-test';
export const SMOKE_SAVE_DIR_ENV = 'DTKS_SMOKE_SAVE_DIR';
export const SMOKE_USER_DATA_ENV = 'DTKS_SMOKE_USER_DATA';

export type SmokeTestMode = { saveDir: string; userDataDir: string };

export type SmokeTestInput = {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  isPackaged: boolean;
};

export function readSmokeTestMode(input: SmokeTestInput): SmokeTestMode | null {
  if (input.isPackaged) return null;
  if (!input.argv.includes(SMOKE_TEST_FLAG)) return null;
  const saveDir = input.env[SMOKE_SAVE_DIR_ENV];
  const userDataDir = input.env[SMOKE_USER_DATA_ENV];
  if (!saveDir || !userDataDir) return null;
  if (!path.isAbsolute(saveDir) || !path.isAbsolute(userDataDir)) return null;
  return { saveDir, userDataDir };
}

/**
 * Stands in for dialog.showSaveDialog: "the clerk accepted the suggested name" in the
 * test's folder. Only the base name of the suggestion is used, so the file always lands
 * in saveDir.
 */
export function smokeTestSaveDialog(
  saveDir: string,
): (options: SaveDialogOptions) => Promise<SaveDialogReturnValue> {
  return async (options) => {
    const name = path.basename(options.defaultPath ?? '');
    if (name === '') return { canceled: true, filePath: '' };
    return { canceled: false, filePath: path.join(saveDir, name) };
  };
}
