import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createUpdateController, type UpdateControllerDeps, type UpdaterLike } from './controller';
import { MEETING_OPEN_MESSAGE, NOT_PACKAGED_MESSAGE, OFFLINE_MESSAGE, WEEK_MS } from './policy';

vi.mock('electron', () => ({}));

const feedUrl = 'https://pembaruan.palangkaraya.go.id/dtks/';
const START = Date.UTC(2026, 11, 5, 8, 0);

/** electron-updater's autoUpdater as far as the app uses it: events and three calls. */
class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = true;
  feeds: string[] = [];
  next: 'available' | 'none' | 'fail' = 'none';
  setFeedURL = vi.fn((options: { provider: 'generic'; url: string }) => {
    this.feeds.push(options.url);
  });
  quitAndInstall = vi.fn();
  checkForUpdates = vi.fn(async () => {
    if (this.next === 'fail') throw new Error('ECONNREFUSED');
    if (this.next === 'none') {
      this.emit('update-not-available', { version: '0.1.0' });
      return { isUpdateAvailable: false, updateInfo: { version: '0.1.0' } };
    }
    this.emit('update-available', { version: '0.2.0' });
    return { isUpdateAvailable: true, updateInfo: { version: '0.2.0' } };
  });
}

function setup(overrides: Partial<UpdateControllerDeps> = {}) {
  const files = new Map<string, string>();
  const updater = new FakeUpdater();
  const env = { online: true, meeting: false, now: START };
  const deps: UpdateControllerDeps = {
    currentVersion: '0.1.0',
    isPackaged: true,
    isOnline: () => env.online,
    isMeetingOpen: () => env.meeting,
    now: () => env.now,
    userDataDir: () => '/data',
    readText: (file) => files.get(file) ?? null,
    writeText: (file, text) => files.set(file, text),
    loadUpdater: vi.fn(async () => updater as unknown as UpdaterLike),
    ...overrides,
  };
  return { controller: createUpdateController(deps), deps, updater, files, env };
}

describe('the update controller', () => {
  it('checks nothing before the address is set, and remembers the address', async () => {
    const { controller, deps, files } = setup();
    expect((await controller.check()).message).toMatch(/belum diisi/);
    expect(deps.loadUpdater).not.toHaveBeenCalled();
    controller.configure(feedUrl);
    expect(JSON.parse(files.get(path.join('/data', 'update-settings.json')) ?? '')).toEqual({
      feedUrl,
      lastCheckAt: null,
    });
    expect(
      setup({ readText: () => JSON.stringify({ feedUrl, lastCheckAt: null }) }).controller.status()
        .feedUrl,
    ).toBe(feedUrl);
  });

  it('on request: generic provider at the address, downloads, never installs on quit', async () => {
    const { controller, updater } = setup();
    controller.configure(feedUrl);
    updater.next = 'available';
    const status = await controller.check();
    expect(updater.feeds).toEqual([feedUrl]);
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(status).toMatchObject({ state: 'downloading', version: '0.2.0', lastCheckAt: START });
    updater.emit('download-progress', { percent: 41.6 });
    expect(controller.status().percent).toBe(42);
    updater.emit('update-downloaded', { version: '0.2.0' });
    expect(controller.status().state).toBe('downloaded');
  });

  it('says when it is up to date, and when the server cannot be reached', async () => {
    const { controller, updater } = setup();
    controller.configure(feedUrl);
    expect((await controller.check()).state).toBe('up-to-date');
    controller.configure(feedUrl);
    updater.next = 'fail';
    const failed = await controller.check();
    expect(failed.state).toBe('error');
    expect(failed.message).toMatch(/ECONNREFUSED/);
  });

  it('does not check offline, nor in the unpackaged app', async () => {
    const offline = setup();
    offline.controller.configure(feedUrl);
    offline.env.online = false;
    expect((await offline.controller.check()).message).toBe(OFFLINE_MESSAGE);
    expect(offline.deps.loadUpdater).not.toHaveBeenCalled();

    const dev = setup({ isPackaged: false });
    dev.controller.configure(feedUrl);
    const status = await dev.controller.check();
    expect(status.state).toBe('unsupported');
    expect(status.message).toBe(NOT_PACKAGED_MESSAGE);
  });

  it('installs only on request, never while the projector (a meeting) is open', async () => {
    const { controller, updater, env } = setup();
    controller.configure(feedUrl);
    expect(controller.install()).toMatchObject({ ok: false, message: /Belum ada/ });
    updater.next = 'available';
    await controller.check();
    updater.emit('update-downloaded', { version: '0.2.0' });
    env.meeting = true;
    expect(controller.install()).toEqual({ ok: false, message: MEETING_OPEN_MESSAGE });
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    env.meeting = false;
    expect(controller.install()).toEqual({ ok: true });
    expect(updater.quitAndInstall).toHaveBeenCalledWith(false, true);
  });

  it('the weekly tick checks once a week, online only', async () => {
    const { controller, updater, env } = setup();
    await controller.weeklyTick();
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    controller.configure(feedUrl);
    env.online = false;
    await controller.weeklyTick();
    expect(updater.checkForUpdates).not.toHaveBeenCalled();
    env.online = true;
    await controller.weeklyTick();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    env.now += WEEK_MS - 1;
    await controller.weeklyTick();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    env.now += 1;
    await controller.weeklyTick();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
  });

  it('two checks at once share one request', async () => {
    const { controller, updater } = setup();
    controller.configure(feedUrl);
    await Promise.all([controller.check(), controller.check()]);
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
  });
});
