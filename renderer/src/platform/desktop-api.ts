import type {
  AnchorDatabase,
  AnchorUpdate,
  AnchorUpdateResult,
  AuditAnchorReadResult,
} from '@shared/domain/keamanan/audit-anchor';
import type {
  AppInfo,
  FileKind,
  OpenInstallerResponse,
  SyncSecretRequest,
  SyncSecretResponse,
  UpdateRequest,
  UpdateResponse,
} from '@shared/ipc/contract';

/** A backup file the desktop app was opened with (double-click on a .dtksbak). */
export type OpenedBackup =
  { ok: true; file: { name: string; bytes: Uint8Array } | null } | { ok: false; message: string };

/** An automatic backup: written to the app's data folder (desktop), or not possible (browser). */
export type AutoBackupResult =
  | { ok: true; where: string; kept: number }
  | { ok: false; reason: 'browser' }
  | { ok: false; reason: 'error'; message: string };

export type SaveResult =
  | { status: 'saved'; where: string }
  | { status: 'canceled' }
  | { status: 'error'; message: string };

/**
 * Everything the renderer asks of the operating system. Two implementations:
 * the Electron preload bridge and the plain browser. Components get it from
 * `useDesktopApi()`, never from `window` directly.
 */
export type DesktopApi = {
  readonly runtime: 'electron' | 'browser';
  saveFile(data: Uint8Array, suggestedName: string, kind: FileKind): Promise<SaveResult>;
  printPdf(data: Uint8Array, title: string): Promise<{ ok: true } | { ok: false; message: string }>;
  openExternal(url: string): Promise<{ ok: true } | { ok: false; message: string }>;
  appInfo(): Promise<AppInfo>;
  /** Opens (or points) the projector window at a meeting: a second display when there is one. */
  openProjector(
    meetingId: string,
  ): Promise<{ ok: true; external: boolean } | { ok: false; message: string }>;
  /** Opens the file manager at a file the app saved this session (Electron only). */
  showItemInFolder(path: string): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Writes an (already encrypted) automatic backup; keeps the newest few. */
  writeAutoBackup(data: Uint8Array, fileName: string): Promise<AutoBackupResult>;
  /** The audit chain's anchor outside IndexedDB: a file in the data folder, or localStorage. */
  auditAnchorRead(database: AnchorDatabase): Promise<AuditAnchorReadResult>;
  auditAnchorUpdate(database: AnchorDatabase, update: AnchorUpdate): Promise<AnchorUpdateResult>;
  /** Updates of the installed desktop app (Pengaturan → Tentang); none in the browser. */
  update(request: UpdateRequest): Promise<UpdateResponse>;
  /** The offline update: pick an installer, checked (hash, signature) before it runs. */
  openInstaller(): Promise<OpenInstallerResponse>;
  /** The .dtksbak the app was opened with, once; null when there is none. */
  takeOpenedBackup(): Promise<OpenedBackup>;
  /**
   * The office sync password: the desktop app keeps it with safeStorage in its data folder;
   * the browser only for this session (sessionStorage), so it is asked again next time.
   */
  syncSecret(request: SyncSecretRequest): Promise<SyncSecretResponse>;
};
