import { z } from 'zod';
import { rowIdSchema } from '../domain/core/ids';
import { ANCHOR_DATABASES, anchorUpdateSchema } from '../domain/keamanan/audit-anchor';
import type { AnchorReadResult, AnchorUpdateResult } from '../domain/keamanan/audit-anchor';

/**
 * The one contract between the renderer and the Electron main process.
 * Channel names, request and response types, and the zod schemas the main
 * process uses to parse every request before acting on it.
 */
export const IPC_CHANNELS = {
  saveFile: 'dtks:save-file',
  printPdf: 'dtks:print-pdf',
  openExternal: 'dtks:open-external',
  appInfo: 'dtks:app-info',
  openProjector: 'dtks:open-projector',
  writeBackup: 'dtks:write-backup',
  showInFolder: 'dtks:show-in-folder',
  auditAnchorRead: 'dtks:audit-anchor-read',
  auditAnchorUpdate: 'dtks:audit-anchor-update',
  update: 'dtks:update',
  openInstaller: 'dtks:open-installer',
  openedBackup: 'dtks:opened-backup',
  syncSecret: 'dtks:sync-secret',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** File kinds the app may write, with their extension and dialog filter label. */
export const FILE_KINDS = {
  pdf: { extension: 'pdf', label: 'Dokumen PDF' },
  xlsx: { extension: 'xlsx', label: 'Buku kerja Excel' },
  csv: { extension: 'csv', label: 'CSV (UTF-8)' },
  zip: { extension: 'zip', label: 'Arsip ZIP' },
  json: { extension: 'json', label: 'JSON' },
  backup: { extension: 'dtksbak', label: 'Cadangan DTKS Kelurahan' },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

/** 512 MiB: larger than any export the app makes, small enough to refuse garbage. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const fileKindSchema = z.enum(Object.keys(FILE_KINDS) as [FileKind, ...FileKind[]]);

/** A bare file name: no folders, no traversal, no characters Windows refuses. */
export const safeFileNameSchema = z
  .string()
  .min(1)
  .max(180)
  .refine(
    // Control characters are matched on purpose: Windows refuses them in file names.
    // eslint-disable-next-line no-control-regex
    (name) => !/[/\\:*?"<>|\u0000-\u001f]/.test(name),
    'Nama berkas berisi karakter terlarang',
  )
  .refine(
    (name) => name !== '.' && name !== '..' && !name.startsWith('.'),
    'Nama berkas tidak sah',
  );

/**
 * Room left under the schema's 180 for the extension the save dialog adds, and short
 * enough to read in a file manager.
 */
export const MAX_SUGGESTED_NAME = 150;

/**
 * A name the save channel accepts, made from a document's title: a letter or meeting
 * number may hold slashes, a tab pasted from a spreadsheet, or be long. Forbidden and
 * control characters become '-', runs of white space one space, and the result is cut to
 * MAX_SUGGESTED_NAME. Every builder of a suggested file name goes through this, so the
 * builders and safeFileNameSchema cannot drift apart again.
 */
export function toSafeFileName(title: string, fallback = 'dokumen'): string {
  const cleaned = title
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[/\\:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/^[ .]+/, '');
  // By code point, so the cut never splits a surrogate pair.
  const name = Array.from(cleaned).slice(0, MAX_SUGGESTED_NAME).join('').trim();
  return name === '' ? fallback : name;
}

const bytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'Data berkas harus berupa bytes')
  .refine((bytes) => bytes.byteLength > 0, 'Berkas kosong')
  .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, 'Berkas terlalu besar');

export const saveFileRequestSchema = z.object({
  suggestedName: safeFileNameSchema,
  kind: fileKindSchema,
  data: bytesSchema,
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type SaveFileResponse =
  | { ok: true; path: string }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; message: string };

export const printPdfRequestSchema = z.object({
  title: z.string().min(1).max(200),
  data: bytesSchema,
});
export type PrintPdfRequest = z.infer<typeof printPdfRequestSchema>;
export type PrintPdfResponse = { ok: true } | { ok: false; message: string };

/**
 * Hosts the app may open in the system browser: the national social-welfare
 * portals. Anything else is refused, whatever the renderer asks.
 */
export const EXTERNAL_HOST_ALLOW_LIST = [
  'kemensos.go.id',
  'bps.go.id',
  'dukcapil.kemendagri.go.id',
] as const;

/**
 * shared/ has no DOM lib (so no `URL`): the check is a strict pattern instead.
 * https only, no credentials, a plain host name, then a path, query or nothing.
 */
const HTTPS_URL = /^https:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}))?(?:[/?#][^\s\\]*)?$/i;

export function isAllowedExternalUrl(raw: string): boolean {
  const match = HTTPS_URL.exec(raw);
  if (!match) return false;
  const host = (match[1] ?? '').toLowerCase();
  return EXTERNAL_HOST_ALLOW_LIST.some(
    (allowed) => host === allowed || host.endsWith(`.${allowed}`),
  );
}

export const openExternalRequestSchema = z.object({
  url: z
    .string()
    .max(2048)
    .refine(isAllowedExternalUrl, 'Alamat tidak ada di daftar yang diizinkan'),
});
export type OpenExternalRequest = z.infer<typeof openExternalRequestSchema>;
export type OpenExternalResponse = { ok: true } | { ok: false; message: string };

export type AppInfo = {
  name: string;
  version: string;
  dataDir: string;
  platform: string;
  runtime: 'electron' | 'browser';
  versions: Record<string, string>;
};

/** Any meeting key the app has made: a newId() since the switch to nanoid, a UUID before. */
export const openProjectorRequestSchema = z.object({
  meetingId: rowIdSchema('Nomor sesi musyawarah tidak sah'),
});
export type OpenProjectorRequest = z.infer<typeof openProjectorRequestSchema>;
/** `external` tells whether a second display was found for the projector window. */
export type OpenProjectorResponse =
  { ok: true; external: boolean } | { ok: false; message: string };

/**
 * Automatic backups: the name is the only thing the renderer chooses, and it
 * must be exactly what the app generates (dtks-[latihan-]<kode>-<date>-<time>.dtksbak),
 * so the main process never writes outside its backups folder or over other files.
 */
export const AUTO_BACKUP_NAME = /^dtks-(?:latihan-)?\d{10}-\d{8}-\d{6}\.dtksbak$/;
/** How many automatic backups the backups folder keeps per database. */
export const AUTO_BACKUP_KEEP = 14;

export const writeBackupRequestSchema = z.strictObject({
  fileName: z.string().max(80).regex(AUTO_BACKUP_NAME, 'Nama berkas cadangan tidak sah'),
  data: bytesSchema,
});
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;
export type WriteBackupResponse =
  { ok: true; path: string; kept: number; removed: number } | { ok: false; message: string };

/** A file the app saved this session, to reveal in the system file manager. */
export const showInFolderRequestSchema = z.object({
  path: z.string().min(1).max(4096),
});
export type ShowInFolderRequest = z.infer<typeof showInFolderRequestSchema>;
export type ShowInFolderResponse = { ok: true } | { ok: false; message: string };

/**
 * The audit chain's anchor in the data folder (see shared/domain/keamanan/audit-anchor.ts):
 * per database, the newest head and earlier checkpoints, under an HMAC whose key
 * is kept with safeStorage. The renderer reads it to check the live log, and
 * moves it forward after every append.
 */
const anchorDatabaseSchema = z.enum(ANCHOR_DATABASES);

export const auditAnchorReadRequestSchema = z.strictObject({ database: anchorDatabaseSchema });
export type AuditAnchorReadRequest = z.infer<typeof auditAnchorReadRequestSchema>;
export type AuditAnchorReadResponse =
  ({ ok: true } & AnchorReadResult) | { ok: false; message: string };

export const auditAnchorUpdateRequestSchema = z.strictObject({
  database: anchorDatabaseSchema,
  update: anchorUpdateSchema,
});
export type AuditAnchorUpdateRequest = z.infer<typeof auditAnchorUpdateRequestSchema>;
export type AuditAnchorUpdateResponse = AnchorUpdateResult;

/**
 * Where updates come from: the city's update server (electron-updater's generic
 * provider). https anywhere; plain http only on the office network (private addresses,
 * .local/.lan/.internal names), where a city server often has no certificate. Signed
 * installers are checked against the app's own publisher either way.
 */
const FEED_URL = /^(https?):\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}))?(\/[^\s\\?#]*)?$/i;
const PRIVATE_HOST =
  /^(?:localhost|127(?:\.\d{1,3}){3}|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:local|lan|internal|intranet))$/i;

export function isAllowedUpdateFeedUrl(raw: string): boolean {
  const match = FEED_URL.exec(raw);
  if (!match) return false;
  const scheme = (match[1] ?? '').toLowerCase();
  return scheme === 'https' || PRIVATE_HOST.test(match[2] ?? '');
}

export const updateRequestSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('status') }),
  z.strictObject({
    action: z.literal('configure'),
    feedUrl: z
      .string()
      .max(500)
      .refine(
        isAllowedUpdateFeedUrl,
        'Alamat server pembaruan harus https://, atau http:// di jaringan kantor',
      )
      .nullable(),
  }),
  z.strictObject({ action: z.literal('check') }),
  z.strictObject({ action: z.literal('install') }),
]);
export type UpdateRequest = z.infer<typeof updateRequestSchema>;
export type UpdateState =
  'idle' | 'checking' | 'up-to-date' | 'downloading' | 'downloaded' | 'error' | 'unsupported';
export type UpdateStatus = {
  currentVersion: string;
  feedUrl: string | null;
  lastCheckAt: number | null;
  state: UpdateState;
  /** The version found or downloaded. */
  version: string | null;
  percent: number | null;
  message: string | null;
};
export type UpdateResponse = { ok: true; status: UpdateStatus } | { ok: false; message: string };

/** The offline path: the main process asks for the file itself, so the request is empty. */
export const openInstallerRequestSchema = z.strictObject({});
export type OpenInstallerRequest = z.infer<typeof openInstallerRequestSchema>;
export type OpenInstallerResponse =
  | { ok: true; started: boolean; message: string }
  | { ok: false; canceled: true }
  | { ok: false; canceled: false; message: string };

/**
 * A `.dtksbak` the app was opened with (double-clicked in the file manager, at start or
 * while it runs): handed over once, to the restore screen. The main process holds the
 * path the operating system gave it; the renderer never names a path.
 */
export const openedBackupRequestSchema = z.strictObject({});
export type OpenedBackupRequest = z.infer<typeof openedBackupRequestSchema>;
export type OpenedBackupResponse =
  { ok: true; file: { name: string; data: Uint8Array } | null } | { ok: false; message: string };

/** Exactly what the preload script exposes as `window.api`. */
/**
 * The office sync's password (issue 18), kept by the main process with safeStorage in the
 * data folder; the URL, database and user name are not secret and stay in IndexedDB.
 */
export const syncSecretRequestSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('read') }),
  z.strictObject({
    action: z.literal('save'),
    password: z.string().max(1024),
    /** The server's origin: the desktop app's CSP lets the page connect there, and only there. */
    origin: z.string().regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i, 'Alamat server tidak sah'),
  }),
  z.strictObject({ action: z.literal('clear') }),
]);
export type SyncSecretRequest = z.infer<typeof syncSecretRequestSchema>;
export type SyncSecretResponse =
  | { ok: true; password: string | null; protection: 'safeStorage' | 'tanpa-enkripsi' }
  | { ok: false; message: string };

export type DesktopBridge = {
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  printPdf(request: PrintPdfRequest): Promise<PrintPdfResponse>;
  openExternal(request: OpenExternalRequest): Promise<OpenExternalResponse>;
  appInfo(): Promise<AppInfo>;
  openProjector(request: OpenProjectorRequest): Promise<OpenProjectorResponse>;
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResponse>;
  showInFolder(request: ShowInFolderRequest): Promise<ShowInFolderResponse>;
  auditAnchorRead(request: AuditAnchorReadRequest): Promise<AuditAnchorReadResponse>;
  auditAnchorUpdate(request: AuditAnchorUpdateRequest): Promise<AuditAnchorUpdateResponse>;
  update(request: UpdateRequest): Promise<UpdateResponse>;
  openInstaller(request: OpenInstallerRequest): Promise<OpenInstallerResponse>;
  openedBackup(request: OpenedBackupRequest): Promise<OpenedBackupResponse>;
  syncSecret(request: SyncSecretRequest): Promise<SyncSecretResponse>;
};
