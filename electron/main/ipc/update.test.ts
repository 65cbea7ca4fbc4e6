import { describe, expect, it, vi } from 'vitest';
import type { UpdateStatus } from '@shared/ipc/contract';
import type { UpdateController } from '../updates/controller';
import { UNTRUSTED_SENDER_MESSAGE } from './common';
import { createOpenInstallerHandler, type OpenInstallerDeps } from './open-installer';
import { createUpdateHandler } from './update';

vi.mock('electron', () => ({}));

const trusted = { senderFrame: { url: 'app://dtks/index.html' } };
const stranger = { senderFrame: { url: 'https://evil.example/' } };

const status: UpdateStatus = {
  currentVersion: '0.1.0',
  feedUrl: null,
  lastCheckAt: null,
  state: 'idle',
  version: null,
  percent: null,
  message: null,
};

function fakeController(): UpdateController {
  return {
    status: vi.fn(() => status),
    configure: vi.fn((feedUrl: string | null) => ({ ...status, feedUrl })),
    check: vi.fn(async () => ({ ...status, state: 'up-to-date' as const })),
    install: vi.fn(() => ({ ok: false as const, message: 'Belum ada pembaruan.' })),
    weeklyTick: vi.fn(async () => {}),
  };
}

describe('dtks:update', () => {
  it('routes each action, and parses the address with the contract', async () => {
    const controller = fakeController();
    const handle = createUpdateHandler(controller);
    expect(await handle(trusted, { action: 'status' })).toEqual({ ok: true, status });
    expect(await handle(trusted, { action: 'check' })).toMatchObject({
      ok: true,
      status: { state: 'up-to-date' },
    });
    const url = 'https://pembaruan.palangkaraya.go.id/dtks/';
    expect(await handle(trusted, { action: 'configure', feedUrl: url })).toMatchObject({
      ok: true,
      status: { feedUrl: url },
    });
    expect(await handle(trusted, { action: 'install' })).toEqual({
      ok: false,
      message: 'Belum ada pembaruan.',
    });
    const refused = await handle(trusted, { action: 'configure', feedUrl: 'http://evil.example/' });
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/https/) });
    expect(controller.configure).toHaveBeenCalledTimes(1);
    expect(await handle(trusted, { action: 'hapus-semua' })).toMatchObject({ ok: false });
  });

  it('refuses a sender that is not the app', async () => {
    const controller = fakeController();
    expect(await createUpdateHandler(controller)(stranger, { action: 'check' })).toEqual({
      ok: false,
      message: UNTRUSTED_SENDER_MESSAGE,
    });
    expect(controller.check).not.toHaveBeenCalled();
  });
});

describe('dtks:open-installer', () => {
  function deps(overrides: Partial<OpenInstallerDeps> = {}): OpenInstallerDeps {
    return {
      platform: 'win32',
      showOpenDialog: vi.fn(async () => ({
        canceled: false,
        filePaths: ['D:\\pembaruan\\dtks-kelurahan-0.2.0-win-x64.exe'],
      })),
      checkInstaller: vi.fn(async () => ({ ok: true as const, version: '0.2.0' })),
      isMeetingOpen: () => false,
      launch: vi.fn(async () => {}),
      ...overrides,
    };
  }

  it('runs a checked installer (Windows), asking for .exe files only', async () => {
    const d = deps();
    const result = await createOpenInstallerHandler(d)(trusted, {});
    expect(result).toMatchObject({ ok: true, started: true, message: /versi 0\.2\.0/ });
    expect(d.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [expect.objectContaining({ extensions: ['exe'] })] }),
    );
    expect(d.launch).toHaveBeenCalledWith('D:\\pembaruan\\dtks-kelurahan-0.2.0-win-x64.exe');
  });

  it('never runs a file that failed the check', async () => {
    const d = deps({
      checkInstaller: vi.fn(async () => ({ ok: false as const, message: 'tidak cocok' })),
    });
    expect(await createOpenInstallerHandler(d)(trusted, {})).toEqual({
      ok: false,
      canceled: false,
      message: 'tidak cocok',
    });
    expect(d.launch).not.toHaveBeenCalled();
  });

  it('refuses during a meeting before any dialog, and reports a cancel', async () => {
    const meeting = deps({ isMeetingOpen: () => true });
    expect(await createOpenInstallerHandler(meeting)(trusted, {})).toMatchObject({
      ok: false,
      message: /Musyawarah/,
    });
    expect(meeting.showOpenDialog).not.toHaveBeenCalled();
    const cancel = deps({ showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    expect(await createOpenInstallerHandler(cancel)(trusted, {})).toEqual({
      ok: false,
      canceled: true,
    });
  });

  it('refuses extra fields and strangers', async () => {
    const d = deps();
    expect(await createOpenInstallerHandler(d)(trusted, { path: 'C:\\x.exe' })).toMatchObject({
      ok: false,
    });
    expect(await createOpenInstallerHandler(d)(stranger, {})).toMatchObject({ ok: false });
    expect(d.showOpenDialog).not.toHaveBeenCalled();
  });

  it('on Linux shows the checked AppImage instead of running it', async () => {
    const d = deps({
      platform: 'linux',
      showOpenDialog: vi.fn(async () => ({
        canceled: false,
        filePaths: ['/media/usb/x.AppImage'],
      })),
    });
    expect(await createOpenInstallerHandler(d)(trusted, {})).toMatchObject({
      ok: true,
      started: false,
      message: /Ganti berkas AppImage/,
    });
  });
});
