import { Refusal } from '../core/refusal';
import { ROLE_LABELS, ROLES } from './accounts';
import type { Role, SessionAccount } from './accounts';

/** Every kind of audit entry; each write in the app is one of these. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'merge',
  'import',
  'override',
  'export',
  'settings',
  'demo-data',
  'view',
  'backup',
  'restore',
  'login',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What a write looks like to the permission check: the audit entry it would leave. */
export type WriteIntent = {
  action: AuditAction;
  entity: string;
  entityId: string;
  after?: unknown;
};

type Rule = {
  entities: readonly string[];
  actions: readonly AuditAction[] | 'all';
  roles: readonly Role[];
  /** Extra condition, e.g. "only their own account". */
  when?: (intent: WriteIntent, account: SessionAccount) => boolean;
};

const ALL_STAFF: readonly Role[] = ['operator', 'lurah', 'fasilitator'];

/** A meeting write that locks it: only the Lurah (or admin) finalises a musyawarah. */
function locksMeeting(intent: WriteIntent): boolean {
  const after = intent.after as { status?: unknown } | null | undefined;
  return typeof after === 'object' && after !== null && after.status === 'terkunci';
}

/**
 * Entity names are the ones the repositories write into the audit log. The
 * admin may do everything (in a small office the admin is the senior
 * operator); anything not listed here is refused for the other roles, so a
 * new kind of write is closed until someone decides who may do it.
 */
const RULES: readonly Rule[] = [
  // Signing in and changing one's own password are open to every role.
  { entities: ['sesi'], actions: ['login'], roles: ALL_STAFF },
  {
    entities: ['akun'],
    actions: ['update'],
    roles: ALL_STAFF,
    when: (intent, account) => intent.entityId === account.id,
  },
  // Operator: registry, import, proposals, letters, exports, meeting preparation.
  {
    entities: [
      'keluarga',
      'warga',
      'bantuan',
      'kemungkinan duplikat',
      'impor data',
      'laporan impor',
      'tata letak impor',
      'usulan',
      'penilaian verivali',
      'foto rumah',
      'surat',
      'buku-agenda',
      'kunci-tanda-tangan',
      'kontak musyawarah',
      'peserta musyawarah',
      'keputusan musyawarah',
      'batch usulan',
      'rekap beranda',
    ],
    actions: 'all',
    roles: ['operator'],
  },
  {
    entities: ['musyawarah'],
    actions: ['create', 'update', 'delete', 'export'],
    roles: ['operator'],
    when: (intent) => !locksMeeting(intent),
  },
  {
    entities: ['nik', 'no. kk', 'cadangan'],
    actions: ['view', 'backup'],
    roles: ['operator', 'lurah'],
  },
  // Lurah / verifikator: finalise meetings, issue letters, field verification.
  {
    entities: ['musyawarah', 'keputusan musyawarah', 'peserta musyawarah'],
    actions: 'all',
    roles: ['lurah'],
  },
  // Locking a meeting writes its decisions into the proposals.
  { entities: ['usulan'], actions: ['update'], roles: ['lurah'] },
  {
    entities: ['surat', 'buku-agenda', 'kunci-tanda-tangan', 'penilaian verivali', 'foto rumah'],
    actions: ['create', 'update', 'export'],
    roles: ['lurah'],
  },
  // Fasilitator: the meeting screen only.
  {
    entities: ['keputusan musyawarah'],
    actions: ['create', 'update', 'delete'],
    roles: ['fasilitator'],
  },
  { entities: ['peserta musyawarah'], actions: ['update'], roles: ['fasilitator'] },
];

export function isAllowed(account: SessionAccount, intent: WriteIntent): boolean {
  if (account.role === 'admin') return true;
  return RULES.some(
    (rule) =>
      rule.roles.includes(account.role) &&
      rule.entities.includes(intent.entity) &&
      (rule.actions === 'all' || rule.actions.includes(intent.action)) &&
      (!rule.when || rule.when(intent, account)),
  );
}

const ACTION_VERBS: Record<AuditAction, string> = {
  create: 'menambah',
  update: 'mengubah',
  delete: 'menghapus',
  merge: 'menggabungkan',
  import: 'mengimpor',
  override: 'memberi pengecualian pada',
  export: 'mengekspor',
  settings: 'mengubah pengaturan',
  'demo-data': 'memuat data latihan ke',
  view: 'melihat lengkap',
  backup: 'mencadangkan',
  restore: 'memulihkan',
  login: 'masuk ke',
};

/** Thrown inside a write transaction: it aborts the transaction, so nothing is written. */
export class PermissionError extends Refusal {
  override name = 'PermissionError';
  constructor(message: string) {
    super(message, { kind: 'izin' });
  }
}

/** The verb of a refusal: locking a meeting is an update, but the user asked to lock it. */
function verbFor(intent: WriteIntent): string {
  if (intent.entity === 'musyawarah' && locksMeeting(intent)) return 'mengunci';
  return ACTION_VERBS[intent.action];
}

/** "Lurah/Verifikator", "Operator atau Lurah/Verifikator": the roles besides the admin that may. */
function whoMay(intent: WriteIntent): string {
  const roles = ROLES.filter(
    (role) =>
      role !== 'admin' && isAllowed({ id: intent.entityId, username: '', nama: '', role }, intent),
  );
  const labels = (roles.length > 0 ? roles : (['admin'] as const)).map((r) => ROLE_LABELS[r]);
  return labels.length > 1
    ? `${labels.slice(0, -1).join(', ')} atau ${labels[labels.length - 1]}`
    : (labels[0] ?? '');
}

export function permissionDenied(account: SessionAccount, intent: WriteIntent): PermissionError {
  const verb = verbFor(intent);
  return new PermissionError(
    `Tidak diizinkan: akun ${account.nama} berperan ${ROLE_LABELS[account.role]}, yang tidak boleh ${verb} data "${intent.entity}". Hanya ${whoMay(intent)} yang dapat ${verb}; minta petugas yang berwenang.`,
  );
}

// ---- What a role may do, asked before the click ----

/**
 * The role-restricted actions a screen offers. Each is the write the data
 * layer would check, so the button and the refusal can never disagree.
 */
const CAPABILITIES = {
  'kunci-musyawarah': {
    intent: { action: 'update', entity: 'musyawarah', entityId: '', after: { status: 'terkunci' } },
    what: 'mengunci',
  },
  'buat-musyawarah': {
    intent: { action: 'create', entity: 'musyawarah', entityId: '' },
    what: 'membuat sesi musyawarah',
  },
  'ubah-sesi-musyawarah': {
    intent: { action: 'update', entity: 'musyawarah', entityId: '' },
    what: 'mengubah data sesi musyawarah',
  },
  'hapus-musyawarah': {
    intent: { action: 'delete', entity: 'musyawarah', entityId: '' },
    what: 'menghapus sesi musyawarah',
  },
  'tambah-peserta': {
    intent: { action: 'create', entity: 'peserta musyawarah', entityId: '' },
    what: 'menambah atau menghapus peserta',
  },
  'putuskan-calon': {
    intent: { action: 'create', entity: 'keputusan musyawarah', entityId: '' },
    what: 'mencatat keputusan musyawarah',
  },
  'buat-usulan': {
    intent: { action: 'create', entity: 'usulan', entityId: '' },
    what: 'membuat usulan',
  },
  'ubah-keluarga': {
    intent: { action: 'update', entity: 'keluarga', entityId: '' },
    what: 'mengubah data keluarga',
  },
  'tambah-warga': {
    intent: { action: 'create', entity: 'warga', entityId: '' },
    what: 'menambah anggota keluarga',
  },
  'terbitkan-surat': {
    intent: { action: 'create', entity: 'surat', entityId: '' },
    what: 'menerbitkan dan menandatangani surat',
  },
  'ekspor-usulan': {
    intent: { action: 'create', entity: 'batch usulan', entityId: '' },
    what: 'mengekspor paket usulan',
  },
  'kelola-akun': {
    intent: { action: 'create', entity: 'akun', entityId: '' },
    what: 'mengelola akun pengguna',
  },
  'cetak-nik-lengkap': {
    intent: { action: 'view', entity: 'nik', entityId: '' },
    what: 'mencetak NIK dan No. KK lengkap',
  },
  'hapus-warga': {
    intent: { action: 'delete', entity: 'warga', entityId: '' },
    what: 'menghapus data warga atas permintaan',
  },
} as const satisfies Record<string, { intent: WriteIntent; what: string }>;
export type Capability = keyof typeof CAPABILITIES;

export type CanResult = { allowed: true; reason: null } | { allowed: false; reason: string };

/**
 * Whether the signed-in account may do this, and if not, the sentence to show
 * beside the disabled button ("Hanya Lurah/Verifikator yang dapat mengunci").
 * No account (accounts not set up yet) means allowed, as in the data layer.
 */
export function can(account: SessionAccount | null, capability: Capability): CanResult {
  const { intent, what } = CAPABILITIES[capability];
  if (!account || isAllowed(account, intent)) return { allowed: true, reason: null };
  return { allowed: false, reason: `Hanya ${whoMay(intent)} yang dapat ${what}` };
}

export function lockedError(): PermissionError {
  return new PermissionError(
    'Aplikasi terkunci atau belum masuk: masuk dengan akun Anda, lalu ulangi. Tidak ada yang diubah.',
  );
}

// ---- Screens ----

/** Paths each role may open; the data layer refuses the writes in any case. */
const SCREEN_PREFIXES: Record<Exclude<Role, 'admin'>, readonly string[]> = {
  operator: [
    '/',
    '/warga',
    '/impor',
    '/duplikat',
    '/log',
    '/usulan',
    '/musyawarah',
    '/surat',
    '/ekspor',
    '/pengaturan',
    '/proyektor',
  ],
  lurah: ['/', '/warga', '/log', '/usulan', '/musyawarah', '/surat', '/pengaturan', '/proyektor'],
  fasilitator: ['/musyawarah', '/pengaturan', '/proyektor'],
};

export function canOpenPath(role: Role, path: string): boolean {
  if (role === 'admin') return true;
  return SCREEN_PREFIXES[role].some((prefix) =>
    prefix === '/' ? path === '/' : path === prefix || path.startsWith(`${prefix}/`),
  );
}

/** Where a role lands after signing in. */
export function homePathFor(role: Role): string {
  return role === 'fasilitator' ? '/musyawarah' : '/';
}

/** Settings tabs beyond "own account" and "about" that a role may use. */
export function canManageSettings(role: Role): boolean {
  return role === 'admin';
}

export function canBackup(role: Role): boolean {
  return role === 'admin' || role === 'operator' || role === 'lurah';
}
