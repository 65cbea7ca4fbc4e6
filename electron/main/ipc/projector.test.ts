import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { newId } from '@shared/domain/core/ids';
import type { BrowserWindowConstructor } from '../window';
import {
  createOpenProjectorHandler,
  pickExternalDisplay,
  projectorUrl,
  projectorWindowOptions,
  type DisplayLike,
} from './projector';

vi.mock('electron', () => ({}));

const trusted = { senderFrame: { url: 'app://dtks/index.html#/musyawarah/x' } };
// A meeting made today has a newId() key (issue 21: a UUID-only schema refused them all).
const MEETING = newId();
const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const projectorScreen: DisplayLike = { id: 2, bounds: { x: 1366, y: 0, width: 1024, height: 768 } };

class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  destroyed = false;
  webContents = Object.assign(new EventEmitter(), {
    setWindowOpenHandler: vi.fn(),
    session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
  });
  loadURL = vi.fn(async (_url: string) => {});
  show = vi.fn();
  isDestroyed = () => this.destroyed;
  constructor(public options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
}

function setup(displays: DisplayLike[] = [laptop, projectorScreen]) {
  FakeWindow.created = [];
  const handler = createOpenProjectorHandler({
    BrowserWindow: FakeWindow as unknown as BrowserWindowConstructor,
    preloadPath: '/app/preload.cjs',
    getAllDisplays: () => displays,
    getPrimaryDisplay: () => laptop,
  });
  return { handler };
}

describe('projector window', () => {
  it('opens a hardened window fullscreen on the external display at the projector route', async () => {
    const { handler } = setup();
    expect(await handler(trusted, { meetingId: MEETING })).toEqual({ ok: true, external: true });
    const [window] = FakeWindow.created;
    expect(window?.options).toMatchObject({
      x: 1366,
      y: 0,
      width: 1024,
      height: 768,
      fullscreen: true,
      show: false,
    });
    const prefs = window?.options.webPreferences ?? {};
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: '/app/preload.cjs',
    });
    expect(window?.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(window?.loadURL).toHaveBeenCalledWith(`app://dtks/index.html#/proyektor/${MEETING}`);
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalled();
  });

  it('opens a movable window on the laptop when there is no second display', async () => {
    const { handler } = setup([laptop]);
    expect(await handler(trusted, { meetingId: MEETING })).toEqual({ ok: true, external: false });
    expect(FakeWindow.created[0]?.options.fullscreen).toBeUndefined();
    expect(FakeWindow.created[0]?.options.width).toBe(1024);
  });

  it('reuses the open projector window and opens a new one after it was closed', async () => {
    const { handler } = setup();
    await handler(trusted, { meetingId: MEETING });
    // A meeting written before the switch to nanoid keeps its UUID.
    const other = crypto.randomUUID();
    await handler(trusted, { meetingId: other });
    expect(FakeWindow.created).toHaveLength(1);
    expect(FakeWindow.created[0]?.loadURL).toHaveBeenLastCalledWith(projectorUrl(other));

    FakeWindow.created[0]!.destroyed = true;
    FakeWindow.created[0]!.emit('closed');
    await handler(trusted, { meetingId: MEETING });
    expect(FakeWindow.created).toHaveLength(2);
  });

  it.each([undefined, null, {}, { meetingId: '../../etc' }, { meetingId: 'x#/pengaturan' }, 'abc'])(
    'refuses the malformed request %j',
    async (request) => {
      const { handler } = setup();
      const response = await handler(trusted, request);
      expect(response.ok).toBe(false);
      expect(FakeWindow.created).toHaveLength(0);
    },
  );

  it('refuses an untrusted sender', async () => {
    const { handler } = setup();
    const response = await handler(
      { senderFrame: { url: 'https://evil.example/' } },
      { meetingId: MEETING },
    );
    expect(response).toEqual({ ok: false, message: 'Permintaan ditolak: pengirim tidak dikenal.' });
    expect(FakeWindow.created).toHaveLength(0);
  });

  it('picks the first display that is not the primary one', () => {
    expect(pickExternalDisplay([laptop], laptop)).toBeNull();
    expect(pickExternalDisplay([projectorScreen, laptop], laptop)).toBe(projectorScreen);
    // The clerk's window is on the laptop: same as without knowing.
    expect(pickExternalDisplay([laptop, projectorScreen], laptop, laptop)).toBe(projectorScreen);
  });

  it('never puts the projector over the main window when that was moved to the monitor', () => {
    const third = { id: 3, bounds: { x: 3000, y: 0, width: 1280, height: 720 } };
    // Two screens, main window on the external one: the projector takes the laptop's.
    expect(pickExternalDisplay([laptop, projectorScreen], laptop, projectorScreen)).toBe(laptop);
    // Three screens: the one that is neither the laptop's nor the clerk's.
    expect(pickExternalDisplay([laptop, projectorScreen, third], laptop, projectorScreen)).toBe(
      third,
    );
    expect(projectorWindowOptions('/p', null).backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
