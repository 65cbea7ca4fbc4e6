import path from 'node:path';
import type { UpdateStatus } from '@shared/ipc/contract';
import {
  checkRefusal,
  installRefusal,
  isWeeklyCheckDue,
  parseUpdateSettings,
  UPDATE_SETTINGS_FILE,
  type UpdateSettings,
} from './policy';

/** The slice of electron-updater's autoUpdater used here, so tests can pass a fake. */
export type UpdaterLike = {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<{
    isUpdateAvailable?: boolean;
    updateInfo: { version: string };
  } | null>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: string, listener: (...args: never[]) => void): unknown;
};

export type UpdateControllerDeps = {
  currentVersion: string;
  isPackaged: boolean;
  /** electron's net.isOnline(): false when the PC has no network at all. */
  isOnline: () => boolean;
  /** True while the projector window is open: a meeting is running. */
  isMeetingOpen: () => boolean;
  now: () => number;
  userDataDir: () => string;
  readText: (filePath: string) => string | null;
  writeText: (filePath: string, text: string) => void;
  /** Loaded on first use: electron-updater reads app-update.yml, present only when packaged. */
  loadUpdater: () => Promise<UpdaterLike>;
};

export type UpdateController = {
  status(): UpdateStatus;
  configure(feedUrl: string | null): UpdateStatus;
  check(): Promise<UpdateStatus>;
  install(): { ok: true } | { ok: false; message: string };
  /** The weekly check: called by a timer; checks only when due, set up and online. */
  weeklyTick(): Promise<void>;
};

export function createUpdateController(deps: UpdateControllerDeps): UpdateController {
  const settingsPath = () => path.join(deps.userDataDir(), UPDATE_SETTINGS_FILE);
  let settings: UpdateSettings = parseUpdateSettings(deps.readText(settingsPath()));
  let state: UpdateStatus['state'] = deps.isPackaged ? 'idle' : 'unsupported';
  let version: string | null = null;
  let percent: number | null = null;
  let message: string | null = null;
  let updater: UpdaterLike | null = null;
  let checking: Promise<UpdateStatus> | null = null;

  const save = (next: UpdateSettings) => {
    settings = next;
    deps.writeText(settingsPath(), JSON.stringify(settings));
  };

  const status = (): UpdateStatus => ({
    currentVersion: deps.currentVersion,
    feedUrl: settings.feedUrl,
    lastCheckAt: settings.lastCheckAt,
    state,
    version,
    percent,
    message,
  });

  async function getUpdater(feedUrl: string): Promise<UpdaterLike> {
    if (!updater) {
      const loaded = await deps.loadUpdater();
      // Downloads in the background once found; installs only when asked (install()).
      loaded.autoDownload = true;
      loaded.autoInstallOnAppQuit = false;
      loaded.on('update-available', (info: { version: string }) => {
        state = 'downloading';
        version = info.version;
        percent = 0;
      });
      loaded.on('update-not-available', () => {
        state = 'up-to-date';
        percent = null;
      });
      loaded.on('download-progress', (progress: { percent: number }) => {
        state = 'downloading';
        percent = Math.round(progress.percent);
      });
      loaded.on('update-downloaded', (info: { version: string }) => {
        state = 'downloaded';
        version = info.version;
        percent = 100;
      });
      loaded.on('error', (error: Error) => {
        state = 'error';
        message = `Pembaruan gagal: ${error.message}`;
      });
      updater = loaded;
    }
    updater.setFeedURL({ provider: 'generic', url: feedUrl });
    return updater;
  }

  async function runCheck(): Promise<UpdateStatus> {
    const refusal = checkRefusal({
      packaged: deps.isPackaged,
      feedUrl: settings.feedUrl,
      online: deps.isOnline(),
    });
    if (refusal) {
      message = refusal;
      return status();
    }
    // Never start over an update that is downloading or waiting to be installed.
    if (state === 'downloading' || state === 'downloaded') return status();
    state = 'checking';
    message = null;
    try {
      const active = await getUpdater(settings.feedUrl ?? '');
      const result = await active.checkForUpdates();
      save({ ...settings, lastCheckAt: deps.now() });
      if (state === 'checking') {
        const available = result?.isUpdateAvailable ?? false;
        state = available ? 'downloading' : 'up-to-date';
        if (available) version = result?.updateInfo.version ?? null;
      }
    } catch (error) {
      state = 'error';
      message = `Server pembaruan tidak dapat dihubungi: ${error instanceof Error ? error.message : String(error)}`;
    }
    return status();
  }

  const check = (): Promise<UpdateStatus> => {
    checking ??= runCheck().finally(() => {
      checking = null;
    });
    return checking;
  };

  return {
    status,
    configure(feedUrl) {
      save({ feedUrl, lastCheckAt: feedUrl === settings.feedUrl ? settings.lastCheckAt : null });
      if (state === 'error' || state === 'up-to-date') state = 'idle';
      message = null;
      return status();
    },
    check,
    install() {
      const refusal = installRefusal({
        downloaded: state === 'downloaded' && updater !== null,
        meetingOpen: deps.isMeetingOpen(),
      });
      if (refusal || !updater) return { ok: false, message: refusal ?? 'Belum ada pembaruan.' };
      // The NSIS installer runs visibly (not silent) and starts the app again afterwards.
      updater.quitAndInstall(false, true);
      return { ok: true };
    },
    async weeklyTick() {
      if (!deps.isPackaged || !deps.isOnline()) return;
      if (!isWeeklyCheckDue(settings, deps.now())) return;
      await check();
    },
  };
}
