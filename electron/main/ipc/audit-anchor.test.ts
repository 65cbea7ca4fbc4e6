import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ANCHOR_FILE, ANCHOR_KEY_FILE, createAuditAnchorHandlers } from './audit-anchor';

vi.mock('electron', () => ({}));

const trusted = { senderFrame: { url: 'app://dtks/index.html' } };
const untrusted = { senderFrame: { url: 'https://evil.example/' } };
const USER_DATA = path.resolve('/home/operator/.config/DTKS Kelurahan');
const hash = (n: number) => n.toString(16).padStart(64, '0');

function setup(options: { encryption?: boolean } = {}) {
  const files = new Map<string, Uint8Array>();
  const fs = {
    readFile: vi.fn(async (filePath: string) => {
      const bytes = files.get(filePath);
      if (!bytes) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return bytes;
    }),
    writeFile: vi.fn(async (filePath: string, data: Uint8Array) => {
      files.set(filePath, data);
    }),
    rename: vi.fn(async (from: string, to: string) => {
      files.set(to, files.get(from)!);
      files.delete(from);
    }),
    mkdir: vi.fn(async () => undefined),
  };
  // A reversible stand-in for the OS encryption, marked so the test can see it was used.
  const safeStorage = {
    isEncryptionAvailable: () => options.encryption ?? true,
    encryptString: vi.fn((plain: string) => Buffer.from(`enc:${plain}`)),
    decryptString: vi.fn((encrypted: Buffer) => encrypted.toString().replace(/^enc:/, '')),
  };
  let seed = 1;
  const handlers = createAuditAnchorHandlers({
    userDataDir: () => USER_DATA,
    fs,
    safeStorage,
    randomBytes: (size) => Uint8Array.from({ length: size }, () => (seed = (seed * 31 + 7) % 251)),
    now: () => new Date('2026-11-05T08:00:00Z'),
  });
  const text = (name: string) => new TextDecoder().decode(files.get(path.join(USER_DATA, name)));
  return { files, fs, safeStorage, handlers, text };
}

describe('audit anchor handlers', () => {
  it('keeps the head in the data folder with its key encrypted by safeStorage', async () => {
    const { handlers, safeStorage, text, fs } = setup();
    expect(await handlers.read(trusted, { database: 'real' })).toEqual({
      ok: true,
      status: 'kosong',
      protection: 'safeStorage',
    });
    const updated = await handlers.update(trusted, {
      database: 'real',
      update: { count: 3, headHash: hash(3) },
    });
    expect(updated).toMatchObject({ ok: true, anchor: { count: 3, headHash: hash(3) } });
    expect(safeStorage.encryptString).toHaveBeenCalledOnce();
    expect(JSON.parse(text(ANCHOR_KEY_FILE))).toMatchObject({ protection: 'safeStorage' });
    expect(JSON.parse(text(ANCHOR_FILE))).toMatchObject({
      databases: { real: { count: 3, headHash: hash(3) } },
      mac: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // Written beside and renamed into place.
    expect(fs.rename).toHaveBeenCalledWith(
      path.join(USER_DATA, `${ANCHOR_FILE}.tmp`),
      path.join(USER_DATA, ANCHOR_FILE),
    );
    expect(await handlers.read(trusted, { database: 'real' })).toMatchObject({
      ok: true,
      status: 'ok',
      protection: 'safeStorage',
      anchor: { count: 3 },
    });
  });

  it('reports an anchor edited on disk as damaged (HMAC mismatch) and does not overwrite it', async () => {
    const { handlers, files, text } = setup();
    await handlers.update(trusted, { database: 'real', update: { count: 9, headHash: hash(9) } });
    const edited = text(ANCHOR_FILE).replace('"count":9', '"count":5');
    files.set(path.join(USER_DATA, ANCHOR_FILE), new TextEncoder().encode(edited));
    expect(await handlers.read(trusted, { database: 'real' })).toMatchObject({
      ok: true,
      status: 'rusak',
      reason: expect.stringMatching(/HMAC tidak cocok/),
    });
    const refused = await handlers.update(trusted, {
      database: 'real',
      update: { count: 10, headHash: hash(10) },
    });
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/rusak/) });
    expect(text(ANCHOR_FILE)).toBe(edited);
  });

  it('says so when the OS offers no encryption for the key', async () => {
    const { handlers, safeStorage, text } = setup({ encryption: false });
    await handlers.update(trusted, {
      database: 'training',
      update: { count: 1, headHash: hash(1) },
    });
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
    expect(JSON.parse(text(ANCHOR_KEY_FILE))).toMatchObject({ protection: 'tanpa-enkripsi' });
    expect(await handlers.read(trusted, { database: 'training' })).toMatchObject({
      status: 'ok',
      protection: 'tanpa-enkripsi',
    });
  });

  it.each([
    ['nothing', undefined],
    ['an unknown database', { database: 'lain' }],
    ['a short hash', { database: 'real', update: { count: 1, headHash: 'abc' } }],
    ['a count of zero', { database: 'real', update: { count: 0, headHash: hash(0) } }],
    ['a fractional count', { database: 'real', update: { count: 1.5, headHash: hash(1) } }],
    ['an extra field', { database: 'real', update: { count: 1, headHash: hash(1), path: '/etc' } }],
  ])('refuses %s without touching the disk', async (_label, request) => {
    const { handlers, fs } = setup();
    const response = await handlers.update(trusted, request);
    expect(response).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Permintaan tidak sah/),
    });
    expect(fs.writeFile).not.toHaveBeenCalled();
  });

  it('refuses an untrusted sender on both channels', async () => {
    const { handlers, fs } = setup();
    expect(await handlers.read(untrusted, { database: 'real' })).toMatchObject({ ok: false });
    expect(
      await handlers.update(untrusted, {
        database: 'real',
        update: { count: 1, headHash: hash(1) },
      }),
    ).toMatchObject({ ok: false });
    expect(fs.readFile).not.toHaveBeenCalled();
    expect(fs.writeFile).not.toHaveBeenCalled();
  });
});
