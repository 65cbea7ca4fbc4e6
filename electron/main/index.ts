import { promises as fs, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  screen,
  shell,
} from 'electron';
import { removeAllPrintFiles } from './ipc/print-pdf';
import { createOpenedBackupInbox } from './ipc/opened-backup';
import { registerIpcHandlers } from './ipc/register';
import { attachContextMenu } from './context-menu';
import { buildMenuTemplate } from './menu';
import { createUpdateController, type UpdaterLike } from './updates/controller';
import { checkInstaller, parsePublisherNames } from './updates/installer-check';
import { windowsSignatureChecker } from './updates/signature';
import { createAppProtocolHandler } from './protocol';
import {
  SYNC_SECRET_FILE,
  originsFromFile,
  type SyncOriginStore,
  type SyncSecretDeps,
} from './ipc/sync-secret';
import { APP_SCHEME } from './security';
import { readSmokeTestMode, smokeTestSaveDialog } from './smoke-test-mode';
import { guardUnload } from './unload-guard';
import { createMainWindow, focusWindow } from './window';
import {
  initialWindowState,
  loadWindowState,
  trackWindowState,
  type WindowStateStore,
} from './window-state';

// Must run before 'ready': privileges cannot be granted to a scheme afterwards.
// standard + secure give app:// a real origin, so IndexedDB and fetch work there.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true },
  },
]);

let mainWindow: BrowserWindow | null = null;

/** A .dtksbak double-clicked in the file manager: waits for the restore screen to ask. */
const openedBackup = createOpenedBackupInbox({
  readFile: (filePath) => fs.readFile(filePath),
  size: async (filePath) => (await fs.stat(filePath)).size,
});
openedBackup.offer(process.argv);

// Only for `npm run test:electron` on the unpackaged app (see smoke-test-mode.ts).
const smokeTest = readSmokeTestMode({
  argv: process.argv,
  env: process.env,
  isPackaged: app.isPackaged,
});
if (smokeTest) {
  console.warn(`MODE UJI ASAP: data di ${smokeTest.userDataDir}, simpan ke ${smokeTest.saveDir}`);
  // Before 'ready', so IndexedDB and everything else opens in the test's folder.
  app.setPath('userData', smokeTest.userDataDir);
}

/** Print files hold full NIKs: none outlives the app (nor a crash, at the next start). */
const removePrintFiles = () =>
  removeAllPrintFiles(app.getPath('temp'), {
    readdirSync: (dir) => readdirSync(dir),
    rmSync: (filePath, options) => rmSync(filePath, options),
  });

const readTextSync = (filePath: string): string | null => {
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
};

/** Any window besides the main one is the projector: a meeting is running. */
const isMeetingOpen = () =>
  BrowserWindow.getAllWindows().some((window) => window !== mainWindow && !window.isDestroyed());

const HOUR_MS = 60 * 60 * 1000;

function onReady(): void {
  removePrintFiles();
  const updates = createUpdateController({
    currentVersion: app.getVersion(),
    isPackaged: app.isPackaged,
    isOnline: () => net.isOnline(),
    isMeetingOpen,
    now: () => Date.now(),
    userDataDir: () => app.getPath('userData'),
    readText: readTextSync,
    writeText: (filePath, text) => writeFileSync(filePath, text),
    // Loaded only when a check runs: it reads app-update.yml, which only the packaged app has.
    loadUpdater: async () =>
      (await import('electron-updater')).autoUpdater as unknown as UpdaterLike,
  });
  // The weekly check: a few minutes after start (not during it), then looked at hourly.
  setTimeout(() => void updates.weeklyTick(), 5 * 60 * 1000).unref();
  setInterval(() => void updates.weeklyTick(), HOUR_MS).unref();

  const preloadPath = path.join(__dirname, 'preload.cjs');
  const syncOrigins: SyncOriginStore = { origins: [] };
  const syncSecretDeps: SyncSecretDeps = {
    userDataDir: () => app.getPath('userData'),
    fs: {
      readFile: (filePath) => fs.readFile(filePath),
      writeFile: (filePath, data) => fs.writeFile(filePath, data),
      rm: (filePath) => fs.rm(filePath, { force: true }),
    },
    safeStorage,
    originStore: syncOrigins,
  };
  try {
    syncOrigins.origins = originsFromFile(
      readTextSync(path.join(app.getPath('userData'), SYNC_SECRET_FILE)),
    );
  } catch {
    syncOrigins.origins = [];
  }
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: path.join(__dirname, '..', 'dist'),
      readFile: (filePath) => fs.readFile(filePath),
      log: (message) => console.warn(message),
      connectOrigins: () => syncOrigins.origins,
    }),
  );

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        version: app.getVersion(),
        isPackaged: app.isPackaged,
        showMessageBox: (options) =>
          mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options),
      }),
    ),
  );

  registerIpcHandlers(ipcMain, {
    saveFile: {
      // Modal to the window, so the dialog cannot end up behind it.
      showSaveDialog: smokeTest
        ? smokeTestSaveDialog(smokeTest.saveDir)
        : (options) =>
            mainWindow
              ? dialog.showSaveDialog(mainWindow, options)
              : dialog.showSaveDialog(options),
      writeFile: (filePath, data) => fs.writeFile(filePath, data),
      documentsDir: () => app.getPath('documents'),
    },
    printPdf: {
      tempDir: () => app.getPath('temp'),
      fs,
      openPath: (filePath) => shell.openPath(filePath),
    },
    openExternal: { openExternal: (url) => shell.openExternal(url) },
    shell: { showItemInFolder: (filePath) => shell.showItemInFolder(filePath) },
    appInfo: {
      getName: () => app.getName(),
      getVersion: () => app.getVersion(),
      userDataDir: () => app.getPath('userData'),
      platform: process.platform,
      versions: process.versions,
    },
    projector: {
      BrowserWindow,
      preloadPath,
      // screen may only be read after 'ready', hence the functions.
      getAllDisplays: () => screen.getAllDisplays(),
      getPrimaryDisplay: () => screen.getPrimaryDisplay(),
      getMainWindowDisplay: () =>
        mainWindow && !mainWindow.isDestroyed()
          ? screen.getDisplayMatching(mainWindow.getBounds())
          : null,
    },
    writeBackup: {
      userDataDir: () => app.getPath('userData'),
      fs: {
        mkdir: (dir, options) => fs.mkdir(dir, options),
        writeFile: (filePath, data) => fs.writeFile(filePath, data),
        rename: (from, to) => fs.rename(from, to),
        readdir: (dir) => fs.readdir(dir),
        rm: (filePath, options) => fs.rm(filePath, options),
      },
    },
    updates,
    openedBackup,
    openInstaller: {
      platform: process.platform,
      showOpenDialog: (options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
      isMeetingOpen,
      checkInstaller: (filePath) =>
        checkInstaller(filePath, {
          platform: process.platform,
          currentVersion: app.getVersion(),
          readFile: (file) => fs.readFile(file),
          readText: (file) => fs.readFile(file, 'utf8').catch(() => null),
          sha256Hex: (bytes) => createHash('sha256').update(bytes).digest('hex'),
          sha512Base64: (bytes) => createHash('sha512').update(bytes).digest('base64'),
          checkSignature:
            process.platform === 'win32' ? windowsSignatureChecker(promisify(execFile)) : undefined,
          // Signed releases carry their publisher in app-update.yml (electron-builder).
          expectedPublishers: app.isPackaged
            ? parsePublisherNames(
                readTextSync(path.join(process.resourcesPath ?? '', 'app-update.yml')),
              )
            : [],
        }),
      launch: async (filePath) => {
        if (process.platform === 'win32') {
          const child = spawn(filePath, [], { detached: true, stdio: 'ignore' });
          // Started or not, the answer is already on its way; a failure lands in the log.
          child.on('error', (error) => console.error('Pemasang gagal dijalankan:', error));
          child.unref();
          app.quit();
        } else {
          shell.showItemInFolder(filePath);
        }
      },
    },
    auditAnchor: {
      userDataDir: () => app.getPath('userData'),
      fs: {
        readFile: (filePath) => fs.readFile(filePath),
        writeFile: (filePath, data) => fs.writeFile(filePath, data),
        rename: (from, to) => fs.rename(from, to),
        mkdir: (dir, options) => fs.mkdir(dir, options),
      },
      safeStorage,
      randomBytes: (size) => randomBytes(size),
    },
    syncSecret: syncSecretDeps,
  });

  const windowStateStore: WindowStateStore = {
    userDataDir: () => app.getPath('userData'),
    readFileSync: (filePath) => readFileSync(filePath, 'utf8'),
    writeFileSync: (filePath, text) => writeFileSync(filePath, text),
  };
  const initialState = initialWindowState(
    loadWindowState(windowStateStore),
    screen.getAllDisplays(),
    screen.getPrimaryDisplay(),
  );
  mainWindow = createMainWindow({ BrowserWindow, preloadPath, initialState });
  trackWindowState(mainWindow, windowStateStore);
  // A form with unsaved input holds beforeunload: ask, as the browser would.
  const window = mainWindow;
  guardUnload(window, (options) => dialog.showMessageBoxSync(window, options));
  attachContextMenu(window.webContents, (template) =>
    Menu.buildFromTemplate(template).popup({ window }),
  );
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// A second copy would open the same IndexedDB and race on writes; focus the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // The second copy's command line may name a backup to open (file association).
  app.on('second-instance', (_event: unknown, argv: readonly string[] = []) => {
    openedBackup.offer(argv);
    if (mainWindow) focusWindow(mainWindow);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    removePrintFiles();
  });
  app.whenReady().then(onReady, (error: unknown) => {
    console.error('Aplikasi gagal dimulai:', error);
    app.quit();
  });
}
