import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupsToPrune, createWriteBackupHandler } from './write-backup';

vi.mock('electron', () => ({}));

const trusted = { senderFrame: { url: 'app://dtks/index.html' } };
const USER_DATA = path.resolve('/home/operator/.config/DTKS Kelurahan');
const DIR = path.join(USER_DATA, 'backups');
const bytes = new Uint8Array([68, 84, 75, 83]);
const name = (day: number, kind = '') =>
  `dtks-${kind}6271011001-202611${String(day).padStart(2, '0')}-080000.dtksbak`;

function setup(existing: string[] = []) {
  const files = new Set(existing);
  const fs = {
    mkdir: vi.fn(async () => undefined),
    writeFile: vi.fn(async (filePath: string, _data: Uint8Array) => {
      files.add(path.basename(filePath));
    }),
    rename: vi.fn(async (from: string, to: string) => {
      files.delete(path.basename(from));
      files.add(path.basename(to));
    }),
    readdir: vi.fn(async () => [...files]),
    rm: vi.fn(async (filePath: string) => {
      files.delete(path.basename(filePath));
    }),
  };
  const handler = createWriteBackupHandler({ userDataDir: () => USER_DATA, fs, keep: 3 });
  return { fs, files, handler };
}

describe('writeBackup handler', () => {
  it('writes into <userData>/backups through a temporary file', async () => {
    const { fs, files, handler } = setup();
    const response = await handler(trusted, { fileName: name(5), data: bytes });
    expect(response).toEqual({ ok: true, path: path.join(DIR, name(5)), kept: 1, removed: 0 });
    expect(fs.mkdir).toHaveBeenCalledWith(DIR, { recursive: true });
    expect(fs.writeFile).toHaveBeenCalledWith(path.join(DIR, `${name(5)}.tmp`), bytes);
    expect(fs.rename).toHaveBeenCalledWith(
      path.join(DIR, `${name(5)}.tmp`),
      path.join(DIR, name(5)),
    );
    expect([...files]).toEqual([name(5)]);
  });

  it('keeps the newest N per database and leaves other files alone', async () => {
    const { files, handler } = setup([
      name(1),
      name(2),
      name(3),
      name(1, 'latihan-'),
      'catatan.txt',
    ]);
    const response = await handler(trusted, { fileName: name(4), data: bytes });
    expect(response).toMatchObject({ ok: true, kept: 3, removed: 1 });
    expect([...files].sort()).toEqual(
      ['catatan.txt', name(1, 'latihan-'), name(2), name(3), name(4)].sort(),
    );
  });

  it.each([
    ['nothing', undefined],
    ['a traversal name', { fileName: '../../evil.dtksbak', data: bytes }],
    ['an absolute path', { fileName: `${DIR}/${name(1)}`, data: bytes }],
    ['a Windows path', { fileName: `C:\\x\\${name(1)}`, data: bytes }],
    ['another extension', { fileName: name(1).replace('.dtksbak', '.exe'), data: bytes }],
    ['a free-form name', { fileName: 'cadangan.dtksbak', data: bytes }],
    ['a name with a suffix', { fileName: `${name(1)}.tmp`, data: bytes }],
    ['data as a string', { fileName: name(1), data: 'RFRLUw==' }],
    ['empty data', { fileName: name(1), data: new Uint8Array() }],
    ['an extra field', { fileName: name(1), data: bytes, dir: '/etc' }],
  ])('refuses %s without touching the disk', async (_label, request) => {
    const { fs, handler } = setup();
    const response = await handler(trusted, request);
    expect(response.ok).toBe(false);
    expect('message' in response && response.message).toMatch(/^Permintaan tidak sah/);
    expect(fs.mkdir).not.toHaveBeenCalled();
    expect(fs.writeFile).not.toHaveBeenCalled();
  });

  it('refuses an untrusted sender', async () => {
    const { fs, handler } = setup();
    const response = await handler(
      { senderFrame: { url: 'https://evil.example/' } },
      {
        fileName: name(1),
        data: bytes,
      },
    );
    expect(response).toMatchObject({ ok: false });
    expect(fs.writeFile).not.toHaveBeenCalled();
  });

  it('a full disk becomes a message and removes the partial file', async () => {
    const { fs, files, handler } = setup([name(1)]);
    fs.writeFile.mockRejectedValueOnce(
      Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
    );
    const response = await handler(trusted, { fileName: name(2), data: bytes });
    expect(response).toEqual({
      ok: false,
      message: 'Cadangan otomatis tidak dapat ditulis: ENOSPC: no space left on device',
    });
    expect(fs.rm).toHaveBeenCalledWith(path.join(DIR, `${name(2)}.tmp`), { force: true });
    expect([...files]).toEqual([name(1)]);
  });
});

describe('backupsToPrune', () => {
  it('sorts by the timestamp, not by the kelurahan code', () => {
    const names = [
      'dtks-6271011001-20261101-080000.dtksbak',
      'dtks-6271011002-20261103-080000.dtksbak',
      'dtks-6271011001-20261102-080000.dtksbak',
    ];
    expect(backupsToPrune(names, 2)).toEqual(['dtks-6271011001-20261101-080000.dtksbak']);
  });
});
