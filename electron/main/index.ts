import { promises as fs, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  shell,
} from 'electron';
import { removeAllPrintFiles } from './ipc/print-pdf';
import { registerIpcHandlers } from './ipc/register';
import { buildMenuTemplate } from './menu';
import { createAppProtocolHandler } from './protocol';
import { APP_SCHEME } from './security';
import { readSmokeTestMode, smokeTestSaveDialog } from './smoke-test-mode';
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

function onReady(): void {
  removePrintFiles();
  const preloadPath = path.join(__dirname, 'preload.cjs');
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: path.join(__dirname, '..', 'dist'),
      readFile: (filePath) => fs.readFile(filePath),
      log: (message) => console.warn(message),
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
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// A second copy would open the same IndexedDB and race on writes; focus the first instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
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
