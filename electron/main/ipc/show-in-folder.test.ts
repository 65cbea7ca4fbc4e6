import { describe, expect, it, vi } from 'vitest';
import { createShowInFolderHandler } from './show-in-folder';

vi.mock('electron', () => ({}));

const trusted = { senderFrame: { url: 'app://dtks/index.html' } };
const SAVED = 'C:\\Users\\operator\\Documents\\DTKS_6271011001_20261121_001.zip';

function setup() {
  const showItemInFolder = vi.fn((_path: string) => {});
  const savedPaths = new Set([SAVED]);
  return { showItemInFolder, handler: createShowInFolderHandler({ showItemInFolder, savedPaths }) };
}

describe('showInFolder handler', () => {
  it('reveals a file the app saved this session', async () => {
    const { showItemInFolder, handler } = setup();
    expect(await handler(trusted, { path: SAVED })).toEqual({ ok: true });
    expect(showItemInFolder).toHaveBeenCalledWith(SAVED);
  });

  it.each(['C:\\Windows\\System32\\config\\SAM', '/etc/passwd', `${SAVED}.bak`])(
    'refuses %s, which the app did not save',
    async (path) => {
      const { showItemInFolder, handler } = setup();
      const response = await handler(trusted, { path });
      expect(response).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^Hanya berkas/),
      });
      expect(showItemInFolder).not.toHaveBeenCalled();
    },
  );

  it('refuses an untrusted sender and malformed requests', async () => {
    const { showItemInFolder, handler } = setup();
    expect(
      (await handler({ senderFrame: { url: 'https://evil.example/' } }, { path: SAVED })).ok,
    ).toBe(false);
    for (const request of [undefined, null, SAVED, { path: 42 }, { path: '' }, { file: SAVED }]) {
      expect((await handler(trusted, request)).ok).toBe(false);
    }
    expect(showItemInFolder).not.toHaveBeenCalled();
  });

  it('reports a failure of the file manager instead of throwing', async () => {
    const handler = createShowInFolderHandler({
      showItemInFolder: () => {
        throw new Error('no file manager');
      },
      savedPaths: new Set([SAVED]),
    });
    expect(await handler(trusted, { path: SAVED })).toEqual({
      ok: false,
      message: 'Folder tidak dapat dibuka: no file manager',
    });
  });
});
