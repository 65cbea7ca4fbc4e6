import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '@shared/ipc/contract';
import { backupPathFromArgv, createOpenedBackupInbox } from './opened-backup';

vi.mock('electron', () => ({}));

const trusted = { senderFrame: { url: 'app://dtks/index.html' } };
const file = path.resolve('/home/kantor/Unduhan/dtks-6271011001-20261205-090000.dtksbak');

describe('backupPathFromArgv', () => {
  it('finds the double-clicked backup on the command line, skipping switches', () => {
    expect(backupPathFromArgv(['DTKS Kelurahan.exe', file])).toBe(file);
    expect(
      backupPathFromArgv([
        'electron',
        '.',
        '--dtks-smoke-test',
        file.toUpperCase().replace('.DTKSBAK', '.DTKSBAK'),
      ]),
    ).toBe(path.resolve(file.toUpperCase()));
    expect(backupPathFromArgv(['app', '--flag=x.dtksbak'])).toBeNull();
    expect(backupPathFromArgv(['app', '/tmp/laporan.pdf'])).toBeNull();
    // argv[0] is the program itself, never a document.
    expect(backupPathFromArgv([file])).toBeNull();
  });
});

describe('the opened-backup inbox', () => {
  it('hands the file over once, as bytes with its name', async () => {
    const readFile = vi.fn(async () => new Uint8Array([0x44, 0x54]));
    const inbox = createOpenedBackupInbox({ readFile, size: async () => 2 });
    expect(inbox.offer(['app', file])).toBe(true);
    expect(await inbox.handler(trusted, {})).toEqual({
      ok: true,
      file: { name: path.basename(file), data: new Uint8Array([0x44, 0x54]) },
    });
    expect(await inbox.handler(trusted, {})).toEqual({ ok: true, file: null });
    expect(readFile).toHaveBeenCalledTimes(1);
  });

  it('a later double-click (second instance) replaces the one not yet taken', async () => {
    const readFile = vi.fn(async () => new Uint8Array([1]));
    const inbox = createOpenedBackupInbox({ readFile, size: async () => 1 });
    inbox.offer(['app', file]);
    const later = path.resolve('/media/usb/cadangan.dtksbak');
    inbox.offer(['app', later]);
    expect(inbox.offer(['app'])).toBe(false);
    expect(await inbox.handler(trusted, {})).toMatchObject({ file: { name: 'cadangan.dtksbak' } });
    expect(readFile).toHaveBeenCalledWith(later);
  });

  it('refuses a file too large, reports one that cannot be read, and strangers', async () => {
    const big = createOpenedBackupInbox({
      readFile: vi.fn(),
      size: async () => MAX_FILE_BYTES + 1,
    });
    big.offer(['app', file]);
    expect(await big.handler(trusted, {})).toMatchObject({ ok: false, message: /terlalu besar/ });

    const gone = createOpenedBackupInbox({
      readFile: vi.fn(),
      size: async () => {
        throw new Error('ENOENT');
      },
    });
    gone.offer(['app', file]);
    expect(await gone.handler(trusted, {})).toMatchObject({ ok: false, message: /ENOENT/ });

    const stranger = createOpenedBackupInbox({ readFile: vi.fn(), size: vi.fn() });
    stranger.offer(['app', file]);
    expect(
      await stranger.handler({ senderFrame: { url: 'https://evil.example/' } }, {}),
    ).toMatchObject({ ok: false });
    // The stranger did not use up the file.
    expect(await stranger.handler(trusted, { extra: 1 })).toMatchObject({ ok: false });
  });
});
