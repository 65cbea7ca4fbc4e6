import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  readSmokeTestMode,
  smokeTestSaveDialog,
  SMOKE_SAVE_DIR_ENV,
  SMOKE_TEST_FLAG,
  SMOKE_USER_DATA_ENV,
} from './smoke-test-mode';

vi.mock('electron', () => ({}));

const saveDir = path.resolve('/tmp/dtks-asap/simpan');
const userDataDir = path.resolve('/tmp/dtks-asap/data');
const env = { [SMOKE_SAVE_DIR_ENV]: saveDir, [SMOKE_USER_DATA_ENV]: userDataDir };
const argv = ['/x/electron', '/x/app', SMOKE_TEST_FLAG];

describe('readSmokeTestMode', () => {
  it('is on for the unpackaged app launched with the flag and both folders', () => {
    expect(readSmokeTestMode({ argv, env, isPackaged: false })).toEqual({ saveDir, userDataDir });
  });

  it('is never on in the packaged app, whatever the command line and environment say', () => {
    expect(readSmokeTestMode({ argv, env, isPackaged: true })).toBeNull();
  });

  it('needs the flag on the command line: the environment alone is not enough', () => {
    expect(readSmokeTestMode({ argv: argv.slice(0, 2), env, isPackaged: false })).toBeNull();
    expect(readSmokeTestMode({ argv: ['--dtks-smoke-test=1'], env, isPackaged: false })).toBeNull();
  });

  it('needs both folders, as absolute paths', () => {
    expect(
      readSmokeTestMode({ argv, env: { [SMOKE_SAVE_DIR_ENV]: saveDir }, isPackaged: false }),
    ).toBeNull();
    expect(
      readSmokeTestMode({
        argv,
        env: { ...env, [SMOKE_SAVE_DIR_ENV]: 'relatif/simpan' },
        isPackaged: false,
      }),
    ).toBeNull();
  });
});

describe('smokeTestSaveDialog', () => {
  it('accepts the suggested name, in the test folder only', async () => {
    const show = smokeTestSaveDialog(saveDir);
    await expect(
      show({ defaultPath: path.join('/home/clerk/Documents', 'SKTM 001.pdf') }),
    ).resolves.toEqual({ canceled: false, filePath: path.join(saveDir, 'SKTM 001.pdf') });
    await expect(show({ defaultPath: '../../etc/passwd' })).resolves.toEqual({
      canceled: false,
      filePath: path.join(saveDir, 'passwd'),
    });
    await expect(show({})).resolves.toEqual({ canceled: true, filePath: '' });
  });
});
