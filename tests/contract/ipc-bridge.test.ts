import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { newId } from '@shared/domain/core/ids';
import {
  DEFAULT_SKTM_CODE,
  DEFAULT_SKTM_TEMPLATE,
  formatLetterNumber,
} from '@shared/domain/surat/number';
import { IPC_CHANNELS, type FileKind } from '@shared/ipc/contract';
import { attachAuditAnchor, flushAuditAnchor } from '../../renderer/src/db/keamanan/audit-anchor';
import { createBackup, backupFileName } from '../../renderer/src/db/cadangan/backup';
import { createBatchFromMeeting } from '../../renderer/src/db/ekspor/repository';
import { seedIdentity, seedLockedMeeting } from '../../renderer/src/db/testing/batch-seed';
import type { DtksDatabase } from '../../renderer/src/db/core/database';
import { DEFAULT_PORTAL_URL } from '../../renderer/src/db/ekspor/settings-repository';
import { createMeeting } from '../../renderer/src/db/musyawarah/repository';
import { meetingInput, seedOfficial } from '../../renderer/src/db/testing/meeting-seed';
import { getIdentity } from '../../renderer/src/db/pengaturan/repository';
import { freshDatabase } from '../../renderer/src/db/testing/helpers';
import { prepareMeetingDocument } from '../../renderer/src/documents/meeting-print';
import { letterFileName } from '../../renderer/src/documents/letter-output';
import { detectDesktopApi, type DesktopApi } from '../../renderer/src/platform';
import { buildBatchPackage } from '../../renderer/src/workers/batch-package';
import { reportFileName } from '../../renderer/src/workers/import-engine';
import { renderPdfInNode } from '../support/render-pdf-node';
import {
  app,
  dialog,
  dialogAnswers,
  FakeBrowserWindow,
  ipc,
  mainWorld,
  net,
  openDialogAnswers,
  root,
  screen,
  shell,
} from './fake-electron';

/*
 * The IPC contract test (issue 21, point 3). The real main process (electron/main/index.ts,
 * so its real handlers with their real file-system wiring) and the real preload script run
 * over the fake bottom of Electron in ./fake-electron; the renderer's own DesktopApi
 * (detectDesktopApi → createElectronApi over window.api) drives every channel with values
 * the app itself makes: newId() and UUID meeting keys from the repositories, file names
 * from the functions that name letters, minutes, packages, reports and backups, bytes from
 * the real builders. A new channel in shared/ipc fails the last test until it is driven here.
 */

vi.mock('electron', async () => (await import('./fake-electron')).electronFake);

const DOCS = path.join(root, 'documents');
const USER_DATA = path.join(root, 'userData');
const TEMP = path.join(root, 'temp');

let api: DesktopApi;
/** The same DesktopApi unwrapped, to list its methods without counting them as called. */
let raw: DesktopApi;
let db: DtksDatabase;
const calledMethods = new Set<string>();

/** A PDF as the renderer's worker hands it over: a plain Uint8Array (pdfmake in Node gives a Buffer). */
async function pdfOf(doc: Parameters<typeof renderPdfInNode>[0]): Promise<Uint8Array> {
  return new Uint8Array(await renderPdfInNode(doc));
}

/** Records which DesktopApi methods the test used, so none can be forgotten. */
function recording(target: DesktopApi): DesktopApi {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof value === 'function' && typeof key === 'string') calledMethods.add(key);
      return value;
    },
  });
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Everything the app could have changed outside itself: files, shell calls, windows. */
function sideEffects() {
  return {
    files: filesUnder(root),
    dialogs: dialog.showSaveDialog.mock.calls.length,
    external: shell.openExternal.mock.calls.length,
    opened: shell.openPath.mock.calls.length,
    revealed: shell.showItemInFolder.mock.calls.length,
    windows: FakeBrowserWindow.all.length,
    loads: FakeBrowserWindow.all.map((window) => window.loadURL.mock.calls.length),
  };
}

beforeAll(async () => {
  await import('../../electron/main/index');
  // Let the whenReady() continuation register the handlers and open the window.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await import('../../electron/preload/index');
  // The renderer finds the bridge on `window`, the page's world, as it does at start-up.
  vi.stubGlobal('window', mainWorld);
  try {
    raw = detectDesktopApi();
  } finally {
    vi.unstubAllGlobals();
  }
  api = recording(raw);

  db = freshDatabase();
  await seedIdentity(db);
});

afterAll(() => {
  db.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the wiring', () => {
  it('the main process registered exactly the contract channels and loaded the app', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    expect(ipc.page?.frame.url).toBe('app://dtks/index.html');
  });

  it('the renderer found the preload bridge and runs as the desktop app', () => {
    expect(api.runtime).toBe('electron');
    // One bridge method per contract channel, named as the channel's key.
    expect(Object.keys(mainWorld.api ?? {}).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });
});

// pdfmake, xlsx and the backup encryption run for real: slow on a shared 2-core machine.
describe('every channel, through the renderer DesktopApi', { timeout: 60_000 }, () => {
  it('appInfo: names the app, its data folder and the Electron runtime', async () => {
    const info = await api.appInfo();
    expect(info).toMatchObject({
      name: 'DTKS Kelurahan',
      version: '0.1.0',
      dataDir: USER_DATA,
      runtime: 'electron',
    });
  });

  it('openProjector: a meeting made today (newId key) and one made before (UUID)', async () => {
    const officialId = await seedOfficial(db);
    const today = await createMeeting(db, meetingInput(officialId));
    expect(today.id).toMatch(/^[A-Za-z0-9_-]{21}$/);
    const windowsBefore = FakeBrowserWindow.all.length;

    expect(await api.openProjector(today.id)).toEqual({ ok: true, external: true });
    const projector = FakeBrowserWindow.all[windowsBefore];
    expect(FakeBrowserWindow.all).toHaveLength(windowsBefore + 1);
    expect(projector?.loadURL).toHaveBeenLastCalledWith(
      `app://dtks/index.html#/proyektor/${today.id}`,
    );
    expect(projector?.options).toMatchObject({ fullscreen: true, x: 1366 });

    // Made before the switch to nanoid: meetings then had UUID keys.
    const { meeting: older } = await seedLockedMeeting(db, [{ decision: 'layak' }], {
      meetingId: crypto.randomUUID(),
    });
    expect(older.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await api.openProjector(older.id)).toEqual({ ok: true, external: true });
    expect(projector?.loadURL).toHaveBeenLastCalledWith(
      `app://dtks/index.html#/proyektor/${older.id}`,
    );

    // Without a second display the window opens on the laptop, movable.
    projector?.close();
    screen.getAllDisplays.mockReturnValueOnce([screen.getPrimaryDisplay()]);
    expect(await api.openProjector(today.id)).toEqual({ ok: true, external: false });
  });

  it('saveFile: every file name the app builds is accepted and written where the operator chose', async () => {
    const identity = await getIdentity(db);
    if (!identity) throw new Error('seedIdentity wrote no identity');
    const officialId = await seedOfficial(db);
    const { meeting } = await seedLockedMeeting(
      db,
      [{ decision: 'layak' }, { decision: 'tidak_layak', reason: 'Sudah mampu' }],
      { number: '006/BA-MUSKEL/KEL-PHD/XI/2026' },
    );
    await db.meetings.update(meeting.id, { chairOfficialId: officialId });
    const minutes = await prepareMeetingDocument(db, meeting.id, 'berita_acara', {
      paper: 'A4',
      nikMode: 'masked',
    });
    // An SPTJM is printed only for a meeting it legitimises (its own register number).
    await db.meetings.update(meeting.id, { kind: 'sptjm', number: '006/SPTJM/KEL-PHD/XI/2026' });
    const sptjm = await prepareMeetingDocument(db, meeting.id, 'sptjm', {
      paper: 'F4',
      nikMode: 'masked',
    });
    await db.meetings.update(meeting.id, {
      kind: 'berita_acara',
      number: '006/BA-MUSKEL/KEL-PHD/XI/2026',
    });
    const pdf = await pdfOf(minutes.doc);
    const { batch } = await createBatchFromMeeting(db, meeting.id);
    const pack = buildBatchPackage(XLSX, {
      batch,
      kelurahan: {
        nama: identity.namaKelurahan,
        kecamatan: identity.kecamatan,
        kota: identity.kota,
        provinsi: identity.provinsi,
      },
      exportedAt: new Date().toISOString(),
      exportedBy: 'Siti Rahmawati',
      pdf,
    });
    const backup = await createBackup(
      db,
      { passphrase: 'kunci cadangan kelurahan pahandut', iterations: 1_000 },
      { kind: 'real', appVersion: '0.1.0' },
    );
    const letter = letterFileName({
      number: formatLetterNumber(DEFAULT_SKTM_TEMPLATE, {
        seq: 7,
        date: new Date(2026, 10, 21),
        code: DEFAULT_SKTM_CODE,
        unitCode: identity.kodeSurat,
      }),
    });
    const csv = new TextEncoder().encode('\uFEFFnik;nama\n');

    const files: [Uint8Array, string, FileKind, string][] = [
      [pdf, letter, 'pdf', 'SKTM 400.9.2-007-KEL-PHD-XI-2026.pdf'],
      [pdf, minutes.fileName, 'pdf', 'Berita Acara 006-BA-MUSKEL-KEL-PHD-XI-2026 2026-11-20.pdf'],
      [pdf, sptjm.fileName, 'pdf', 'SPTJM 006-SPTJM-KEL-PHD-XI-2026 2026-11-20.pdf'],
      [pack.zip, pack.fileName, 'zip', pack.fileName],
      [
        pdf,
        reportFileName('Usulan RT 003 RW 002 (final).xlsx'),
        'xlsx',
        'laporan-impor-Usulan RT 003 RW 002 -final-.xlsx',
      ],
      [backup.bytes, backup.fileName, 'backup', backup.fileName],
      // The names below are written inline where they are saved (FilePickStep, KeySection).
      [csv, 'templat-usulan-rt-rw.csv', 'csv', 'templat-usulan-rt-rw.csv'],
      [pdf, 'Kunci publik surat kelurahan', 'pdf', 'Kunci publik surat kelurahan.pdf'],
    ];
    for (const [bytes, name, kind, expected] of files) {
      const result = await api.saveFile(bytes, name, kind);
      const target = path.join(DOCS, expected);
      expect(result, name).toEqual({ status: 'saved', where: target });
      expect(new Uint8Array(readFileSync(target)), name).toEqual(bytes);
    }
    expect(pack.fileName).toMatch(/^DTKS_6271011001_\d{8}_001\.zip$/);
    expect(backup.fileName).toMatch(/^dtks-6271011001-\d{8}-\d{6}\.dtksbak$/);

    dialogAnswers.push('cancel');
    expect(await api.saveFile(pdf, letter, 'pdf')).toEqual({ status: 'canceled' });
  });

  it('showInFolder: reveals a file saved this session', async () => {
    const saved = await api.saveFile(new Uint8Array([80, 75, 3, 4]), 'paket.zip', 'zip');
    if (saved.status !== 'saved') throw new Error(`not saved: ${JSON.stringify(saved)}`);
    expect(await api.showItemInFolder(saved.where)).toEqual({ ok: true });
    expect(shell.showItemInFolder).toHaveBeenLastCalledWith(saved.where);
  });

  it('printPdf: writes the PDF to the print folder and opens it in the system viewer', async () => {
    const { meeting } = await seedLockedMeeting(db, [{ decision: 'layak' }]);
    const minutes = await prepareMeetingDocument(db, meeting.id, 'berita_acara', {
      paper: 'A4',
      nikMode: 'full',
    });
    const pdf = await pdfOf(minutes.doc);
    expect(await api.printPdf(pdf, minutes.fileName)).toEqual({ ok: true });
    const printed = shell.openPath.mock.lastCall?.[0] ?? '';
    expect(path.dirname(printed)).toBe(path.join(TEMP, 'dtks-kelurahan-cetak'));
    expect(path.basename(printed)).toMatch(/^cetak-berita-acara-005-ba-muskel-.*\.pdf$/);
    expect(new Uint8Array(readFileSync(printed))).toEqual(pdf);
  });

  it('openExternal: opens the SIKS-NG portal the export screen links to', async () => {
    expect(await api.openExternal(DEFAULT_PORTAL_URL)).toEqual({ ok: true });
    expect(shell.openExternal).toHaveBeenLastCalledWith(DEFAULT_PORTAL_URL);
  });

  it('writeBackup: the automatic backups of both databases land in <userData>/backups', async () => {
    const info = await api.appInfo();
    const made = await createBackup(
      db,
      { passphrase: 'kunci cadangan otomatis', iterations: 1_000 },
      { kind: 'real', appVersion: info.version, purpose: 'otomatis' },
    );
    const written = await api.writeAutoBackup(made.bytes, made.fileName);
    const target = path.join(USER_DATA, 'backups', made.fileName);
    expect(written).toEqual({ ok: true, where: target, kept: 1 });
    expect(new Uint8Array(readFileSync(target))).toEqual(made.bytes);

    const training = backupFileName('6271011001', 'training', new Date());
    expect(await api.writeAutoBackup(made.bytes, training)).toMatchObject({ ok: true, kept: 1 });
    expect(existsSync(path.join(USER_DATA, 'backups', training))).toBe(true);
  });
  it('auditAnchorRead/Update: the log of a real database is anchored in <userData> as it grows', async () => {
    // A database of its own, so the other tests' writes do not move this anchor meanwhile.
    const logged = freshDatabase();
    try {
      await seedIdentity(logged);
      expect(await api.auditAnchorRead('real')).toMatchObject({ status: 'kosong' });
      attachAuditAnchor(logged, 'real', api);
      const officialId = await seedOfficial(logged);
      await createMeeting(logged, meetingInput(officialId));
      await flushAuditAnchor(logged);
      const head = await logged.audit.orderBy('seq').last();
      const read = await api.auditAnchorRead('real');
      expect(read).toMatchObject({ status: 'ok', anchor: { count: head?.seq } });
      expect(filesUnder(USER_DATA).map((file) => path.basename(file))).toEqual(
        expect.arrayContaining(['audit-anchor.json', 'audit-anchor.key']),
      );
    } finally {
      logged.close();
    }
  });
});

describe('updates and opened files (issue 19)', () => {
  /** The projector windows the tests above left open: a meeting would be running. */
  const closeProjectors = () =>
    FakeBrowserWindow.all.slice(1).forEach((window) => window.destroyed || window.close());

  it('update: the address is a setting in <userData>; an offline PC is told, nothing loads', async () => {
    const status = await api.update({ action: 'status' });
    expect(status).toMatchObject({
      ok: true,
      status: { currentVersion: '0.1.0', feedUrl: null, state: 'idle' },
    });
    const url = 'https://pembaruan.palangkaraya.go.id/dtks/';
    expect(await api.update({ action: 'configure', feedUrl: url })).toMatchObject({
      ok: true,
      status: { feedUrl: url },
    });
    expect(JSON.parse(readFileSync(path.join(USER_DATA, 'update-settings.json'), 'utf8'))).toEqual({
      feedUrl: url,
      lastCheckAt: null,
    });
    net.isOnline.mockReturnValueOnce(false);
    const checked = await api.update({ action: 'check' });
    expect(checked).toMatchObject({ ok: true, status: { message: /tidak terhubung/ } });
    closeProjectors();
    expect(await api.update({ action: 'install' })).toEqual({
      ok: false,
      message: 'Belum ada pembaruan yang selesai diunduh.',
    });
  });

  it('openInstaller: a copied installer with its SHA256SUMS is checked, then handed on', async () => {
    const windows = process.platform === 'win32';
    const name = windows
      ? 'dtks-kelurahan-0.2.0-win-x64.exe'
      : 'dtks-kelurahan-0.2.0-linux-x86_64.AppImage';
    const dir = path.join(root, 'downloads');
    const installer = path.join(dir, name);
    const bytes = Buffer.from('pemasang DTKS Kelurahan 0.2.0');
    writeFileSync(installer, bytes);
    writeFileSync(
      path.join(dir, 'SHA256SUMS'),
      `${createHash('sha256').update(bytes).digest('hex')}  ${name}\n`,
    );

    // During a meeting (projector open) nothing is even asked.
    const { meeting } = await seedLockedMeeting(db, [{ decision: 'layak' }]);
    await api.openProjector(meeting.id);
    const dialogsBefore = dialog.showOpenDialog.mock.calls.length;
    expect(await api.openInstaller()).toMatchObject({ ok: false, message: /Musyawarah/ });
    expect(dialog.showOpenDialog.mock.calls.length).toBe(dialogsBefore);
    closeProjectors();

    openDialogAnswers.push(installer);
    const result = await api.openInstaller();
    expect(result).toMatchObject({ ok: true, message: /versi 0\.2\.0/ });
    if (!windows) expect(shell.showItemInFolder).toHaveBeenLastCalledWith(installer);

    // A changed byte: refused, never handed on.
    writeFileSync(installer, Buffer.concat([bytes, Buffer.from('!')]));
    const revealed = shell.showItemInFolder.mock.calls.length;
    openDialogAnswers.push(installer);
    expect(await api.openInstaller()).toMatchObject({ ok: false, message: /tidak cocok/ });
    expect(shell.showItemInFolder.mock.calls.length).toBe(revealed);
    openDialogAnswers.push(null);
    expect(await api.openInstaller()).toEqual({ ok: false, canceled: true });
  });

  it('syncSecret: the office sync password is kept encrypted in <userData>, and can be cleared', async () => {
    expect(await api.syncSecret({ action: 'read' })).toMatchObject({ ok: true, password: null });
    const saved = await api.syncSecret({
      action: 'save',
      password: 'rahasia-kantor',
      origin: 'http://192.168.1.10:5984',
    });
    expect(saved).toMatchObject({ ok: true, password: 'rahasia-kantor' });
    const file = path.join(USER_DATA, 'sinkron-kata-sandi.json');
    expect(existsSync(file)).toBe(true);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { protection: string; value: string };
    if (saved.ok && saved.protection === 'safeStorage') {
      expect(stored.value).not.toContain('rahasia-kantor');
    }
    expect(await api.syncSecret({ action: 'read' })).toMatchObject({ password: 'rahasia-kantor' });
    expect(await api.syncSecret({ action: 'clear' })).toMatchObject({ ok: true, password: null });
    expect(existsSync(file)).toBe(false);
  });

  it('openedBackup: a .dtksbak double-clicked while the app runs reaches the restore screen once', async () => {
    const made = await createBackup(
      db,
      { passphrase: 'kunci cadangan dibuka dari berkas', iterations: 1_000 },
      { kind: 'real', appVersion: '0.1.0' },
    );
    const file = path.join(root, 'downloads', made.fileName);
    writeFileSync(file, made.bytes);
    const main = FakeBrowserWindow.all[0];
    const focused = main?.focus.mock.calls.length ?? 0;
    expect(await api.takeOpenedBackup()).toEqual({ ok: true, file: null });
    app.emit('second-instance', {}, ['DTKS Kelurahan.exe', file], root);
    expect(main?.focus.mock.calls.length).toBe(focused + 1);
    const opened = await api.takeOpenedBackup();
    expect(opened).toEqual({ ok: true, file: { name: made.fileName, bytes: made.bytes } });
    expect(await api.takeOpenedBackup()).toEqual({ ok: true, file: null });
  });
});

describe('refusals', { timeout: 30_000 }, () => {
  it('refuses invalid input on every channel that takes input, and touches nothing', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const before = sideEffects();
    const refusals = [
      await api.openProjector('../../pengaturan'),
      await api.openProjector(`${newId()}#/pengaturan`),
      await api.printPdf(new Uint8Array(), 'Berita Acara'),
      await api.openExternal('https://kemensos.go.id.evil.example/'),
      await api.writeAutoBackup(bytes, '../../cadangan.dtksbak'),
      await api.showItemInFolder(path.join(root, 'userData')),
      await api.auditAnchorUpdate('real', { count: 0, headHash: 'bukan-sidik' }),
      await api.update({ action: 'configure', feedUrl: 'http://evil.example/dtks/' }),
    ];
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ ok: false, message: expect.any(String) });
    }
    expect(refusals[0]).toEqual({
      ok: false,
      message: 'Permintaan tidak sah (meetingId): Nomor sesi musyawarah tidak sah.',
    });
    expect(await api.saveFile(bytes, '../../Windows/evil.pdf', 'pdf')).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/^Permintaan tidak sah \(suggestedName\)/),
    });
    // A page calling the bridge with what the types forbid gets a refusal, not an exception.
    const bridge = mainWorld.api as unknown as Record<
      string,
      (request: unknown) => Promise<unknown>
    >;
    for (const method of [
      'saveFile',
      'printPdf',
      'openExternal',
      'openProjector',
      'writeBackup',
      'showInFolder',
      'auditAnchorRead',
      'auditAnchorUpdate',
      'update',
      'openInstaller',
      'openedBackup',
      'syncSecret',
    ]) {
      await expect(bridge[method]?.({ garbage: true }), method).resolves.toMatchObject({
        ok: false,
      });
    }
    expect(sideEffects()).toEqual(before);
  });

  it('refuses every channel from a foreign page or a frame that is gone', async () => {
    const page = ipc.page;
    if (!page) throw new Error('no page');
    const { meeting } = await seedLockedMeeting(db, [{ decision: 'layak' }]);
    const saved = await api.saveFile(new Uint8Array([1]), 'paket-2.zip', 'zip');
    if (saved.status !== 'saved') throw new Error('not saved');
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const everyChannel = async () => [
      await api.appInfo(),
      await api.openProjector(meeting.id),
      await api.printPdf(bytes, 'Berita Acara'),
      await api.openExternal(DEFAULT_PORTAL_URL),
      await api.writeAutoBackup(bytes, backupFileName('6271011001', 'real', new Date())),
      await api.showItemInFolder(saved.where),
      await api.saveFile(bytes, 'paket-3.zip', 'zip'),
      await api.auditAnchorRead('training'),
      await api.update({ action: 'status' }),
      await api.openInstaller(),
      await api.takeOpenedBackup(),
      await api.syncSecret({ action: 'read' }),
    ];
    const original = page.frame.url;
    const before = sideEffects();
    try {
      page.frame.url = 'https://evil.example/dtks';
      const foreign = await everyChannel();
      page.frame.url = original;
      ipc.frameGone = true;
      const gone = await everyChannel();
      for (const response of [...foreign, ...gone]) {
        expect(response).toMatchObject({
          message: 'Permintaan ditolak: pengirim tidak dikenal.',
        });
        expect(JSON.stringify(response)).not.toContain(root);
      }
    } finally {
      page.frame.url = original;
      ipc.frameGone = false;
    }
    expect(sideEffects()).toEqual(before);
  });
});

describe('coverage of the contract', () => {
  it('every channel in shared/ipc was driven to success from the app page, and nothing else was', () => {
    const succeeded = new Set(
      ipc.invokes
        .filter(
          ({ frameUrl, result }) =>
            frameUrl?.startsWith('app://dtks/') &&
            !(result && typeof result === 'object' && 'ok' in result && result.ok === false),
        )
        .map(({ channel }) => channel),
    );
    const contract = Object.values(IPC_CHANNELS).sort();
    expect(
      contract.filter((channel) => !succeeded.has(channel)),
      'channels without a contract test',
    ).toEqual([]);
    const used = new Set([...ipc.invokes.map(({ channel }) => channel), ...ipc.sent]);
    expect([...used].filter((channel) => !contract.includes(channel as never))).toEqual([]);
  });

  it('every DesktopApi method was called', () => {
    const methods = Object.entries(raw)
      .filter(([, value]) => typeof value === 'function')
      .map(([key]) => key)
      .sort();
    expect(methods.filter((method) => !calledMethods.has(method))).toEqual([]);
  });
});
