import { afterEach, describe, expect, it } from 'vitest';
import { ROLES } from '@shared/domain/keamanan/accounts';
import type { Role, SessionAccount } from '@shared/domain/keamanan/accounts';
import { newId } from '@shared/domain/core/ids';
import { isAllowed, PermissionError } from '@shared/domain/keamanan/permissions';
import type { AuditAction, WriteIntent } from '@shared/domain/keamanan/permissions';
import type { DtksDatabase } from '../core/database';
import { requireSession, resetSession, setSessionAccount } from '../core/session';
import { freshDatabase } from '../testing/helpers';

/**
 * Every write path of the data layer, and the permission it asks at its door. A write
 * function is found two ways: by its name (a verb that changes something) or by its body
 * (it appends an audit entry or checks a permission). A new one fails the first test until
 * it is listed here, with its door check, or as exempt with the reason.
 */
type Door = { action: AuditAction; entity: string; after?: unknown; own?: true; args?: unknown[] };
type Exempt = { exempt: string };

const DOORS: Record<string, Door | Exempt> = {
  addAid: { action: 'create', entity: 'bantuan' },
  addContact: { action: 'create', entity: 'kontak musyawarah' },
  addMember: { action: 'create', entity: 'warga' },
  addParticipant: { action: 'create', entity: 'peserta musyawarah' },
  addParticipantsFromContacts: { action: 'create', entity: 'peserta musyawarah' },
  addPhoto: { action: 'create', entity: 'foto rumah' },
  addRegisterEntry: { action: 'create', entity: 'surat' },
  addRetiredKeys: { action: 'restore', entity: 'cadangan' },
  attachSignedScan: { action: 'create', entity: 'batch usulan' },
  cancelLetter: { action: 'update', entity: 'surat' },
  changeHead: { action: 'update', entity: 'keluarga' },
  changeStatus: { action: 'update', entity: 'usulan' },
  clearDecision: { action: 'delete', entity: 'keputusan musyawarah' },
  clearLoginLock: { action: 'update', entity: 'akun' },
  confirmParticipantUnsur: { action: 'update', entity: 'peserta musyawarah' },
  createAccount: { action: 'create', entity: 'akun' },
  createBackup: { action: 'backup', entity: 'cadangan' },
  createBatchFromMeeting: { action: 'create', entity: 'batch usulan' },
  createFamily: { action: 'create', entity: 'keluarga' },
  createMeeting: { action: 'create', entity: 'musyawarah' },
  createProposal: { action: 'create', entity: 'usulan' },
  deleteBatch: { action: 'delete', entity: 'batch usulan' },
  deleteDraftProposal: { action: 'delete', entity: 'usulan' },
  deleteMeeting: { action: 'delete', entity: 'musyawarah' },
  deleteMember: { action: 'delete', entity: 'warga' },
  deleteOfficial: { action: 'delete', entity: 'pejabat' },
  deletePersonOnRequest: { action: 'delete', entity: 'warga' },
  editAccount: { action: 'update', entity: 'akun' },
  importFeedback: { action: 'import', entity: 'batch usulan' },
  issueCoverLetter: { action: 'create', entity: 'surat' },
  issueInvitation: { action: 'create', entity: 'surat' },
  issueLetter: { action: 'create', entity: 'surat' },
  issueNotice: { action: 'create', entity: 'surat' },
  logArchivalPrint: { action: 'view', entity: 'nik' },
  logInvitationList: { action: 'export', entity: 'surat' },
  logMeetingExport: { action: 'export', entity: 'musyawarah' },
  logRegisterExport: { action: 'export', entity: 'buku-agenda' },
  logReportExport: { action: 'export', entity: 'laporan impor' },
  makeNewVersion: { action: 'create', entity: 'batch usulan' },
  markExported: { action: 'export', entity: 'batch usulan' },
  markImportUndone: { action: 'delete', entity: 'impor data' },
  markNotDuplicate: { action: 'create', entity: 'kemungkinan duplikat' },
  mergePeople: { action: 'merge', entity: 'warga' },
  moveMember: { action: 'update', entity: 'warga' },
  recordCekBansos: { action: 'update', entity: 'keluarga' },
  recordDecision: { action: 'create', entity: 'keputusan musyawarah' },
  recordFirstOutput: { action: 'export', entity: 'surat' },
  recordImportRun: { action: 'import', entity: 'impor data' },
  recordReprint: { action: 'export', entity: 'surat' },
  recordUpload: { action: 'update', entity: 'batch usulan' },
  removeAid: { action: 'delete', entity: 'bantuan' },
  removeCekBansos: { action: 'update', entity: 'keluarga' },
  removeParticipant: { action: 'delete', entity: 'peserta musyawarah' },
  removePhoto: { action: 'delete', entity: 'foto rumah' },
  replaceWithDemoData: { action: 'demo-data', entity: 'basis data latihan' },
  reproposeRejected: { action: 'create', entity: 'usulan' },
  resetPassword: { action: 'update', entity: 'akun' },
  restoreBackup: { action: 'restore', entity: 'cadangan' },
  revalidateBatch: { action: 'update', entity: 'batch usulan' },
  saveAssessment: { action: 'update', entity: 'penilaian verivali' },
  saveContact: { action: 'update', entity: 'kontak musyawarah' },
  saveIdentity: { action: 'settings', entity: 'pengaturan' },
  saveIdleLockMinutes: { action: 'settings', entity: 'pengaturan' },
  saveLetterSettings: { action: 'settings', entity: 'pengaturan' },
  saveOfficial: { action: 'update', entity: 'pejabat' },
  saveOperator: { action: 'settings', entity: 'pengaturan' },
  savePeriod: { action: 'settings', entity: 'pengaturan' },
  savePortalUrl: { action: 'settings', entity: 'pengaturan' },
  saveRegimeChoice: { action: 'settings', entity: 'pengaturan' },
  setAllPresent: { action: 'update', entity: 'peserta musyawarah' },
  setAttendance: { action: 'update', entity: 'peserta musyawarah' },
  setContactActive: { action: 'update', entity: 'kontak musyawarah' },
  setPresenceStatus: { action: 'update', entity: 'warga' },
  setSuspended: { action: 'update', entity: 'warga' },
  undoImport: { action: 'delete', entity: 'impor data' },
  undoLastDecision: { action: 'update', entity: 'keputusan musyawarah' },
  updateFamily: { action: 'update', entity: 'keluarga' },
  updateMeeting: { action: 'update', entity: 'musyawarah' },
  updateMember: { action: 'update', entity: 'warga' },
  updateProposal: { action: 'update', entity: 'usulan' },
  changeOwnPassword: { action: 'update', entity: 'akun', own: true },
  commitImport: { action: 'import', entity: 'impor data' },
  rememberLayout: { action: 'settings', entity: 'tata letak impor' },
  restartAuditAnchor: { action: 'update', entity: 'anchor log audit' },
  readAuditForExport: { action: 'export', entity: 'log audit' },
  finaliseMeeting: { action: 'update', entity: 'musyawarah', after: { status: 'terkunci' } },
  logReveal: { action: 'view', entity: 'nik', args: [{ kind: 'nik', familyId: '' }] },

  addTrustedKey: { action: 'settings', entity: 'kunci-tepercaya' },
  removeTrustedKey: { action: 'settings', entity: 'kunci-tepercaya' },
  checkAndRepairSummary: { action: 'update', entity: 'rekap beranda' },

  verifyLogin: { exempt: 'signing in happens before there is a session; it audits as sesi/login' },
  assertMayWrite: { exempt: 'the permission check itself' },
  mayWrite: { exempt: 'asks the permission check, writes nothing' },
  checkPermission: { exempt: 'the door check itself' },
  permissionRefusal: { exempt: 'the door check itself' },
  assertMayIssue: { exempt: 'the letter door check, asked before a long preparation' },
  appendAudit: { exempt: 'the audit itself; it checks the exact entry again as a second lock' },
  signLetterPayload: {
    exempt:
      'signs inside issueLetter’s transaction, whose door checks; the key row is the office’s',
  },
  storeForeignAuditEntries: {
    exempt:
      'office sync stores other PCs’ audit entries as received; their own chains vouch for them',
  },
  storeIncomingAuditDocs: {
    exempt: 'office sync passes other PCs’ audit entries to storeForeignAuditEntries as received',
  },
  loadBrowserPouch: { exempt: 'loads the PouchDB code for office sync; writes nothing' },
  saveSyncSettings: { action: 'settings', entity: 'sinkronisasi' },
  joinOffice: { action: 'settings', entity: 'sinkronisasi' },
  saveDeviceName: { action: 'settings', entity: 'sinkronisasi' },
  renameAccountAndApplyRefused: {
    action: 'update',
    entity: 'akun',
    args: [{ accountId: '', newUsername: '' }],
  },
  adoptOfficeSettings: {
    exempt: 'stores the office’s settings inside joinOffice’s transaction, whose door checks',
  },
  settleOfficeSettings: {
    exempt: 'office sync: settings changed on other PCs (each change passed its door there) arrive',
  },
  settleOfficeSettingsSometimes: { exempt: 'settleOfficeSettings, at most every few seconds' },
  giveBackReserve: { action: 'settings', entity: 'nomor-surat-kantor' },
  setOfficeNumbering: { exempt: 'chooses where letter numbers come from; writes no table' },
  setKemudiServer: { exempt: 'wires the meetings’ lease to the office server; writes no table' },
  claimKemudi: { action: 'update', entity: 'keputusan musyawarah' },
  releaseKemudi: { action: 'update', entity: 'keputusan musyawarah' },
  takeOverKemudi: { action: 'update', entity: 'keputusan musyawarah' },
  settleOfficeNumbers: {
    exempt: 'office sync reports numbers already issued (each issue passed its door) to the server',
  },
  applyDeferredWrites: {
    exempt:
      'the Beranda figures of an import, inside commitImport’s transaction, whose door checks',
  },
  loadOwnDeviceId: { exempt: 'reads this PC’s id when the database opens, before any session' },
  registeredLetterFor: { exempt: 'a read: finds a scanned letter in the register' },
  editableMeeting: { exempt: 'a guard read inside the callers’ transactions, writes nothing' },
  loadMeetingCandidates: { exempt: 'a read: gathers candidates for a screen' },
  recordOf: { exempt: 'a pure builder of one batch record, writes nothing' },
  writeTables: { exempt: 'names the tables a batch transaction needs, writes nothing' },
  registerTables: { exempt: 'names the tables a register transaction needs, writes nothing' },
  registerActor: { exempt: 'a read: who signs the register entry' },
  setSessionAccount: { exempt: 'signs in or out: the session itself, not data' },
  resetSession: { exempt: 'tests only: forgets the session' },
  setActiveDatabaseKind: { exempt: 'chooses the real or training database, writes no data' },
  writeLoginLock: { exempt: 'counts failed sign-ins, which happen before anyone is signed in' },
  setAuditAnchorPort: { exempt: 'wires the audit anchor file; no table is written' },
  attachAuditAnchor: { exempt: 'wires the audit anchor file; no table is written' },
  recordBackupHead: { exempt: 'notes the backup in the anchor file after the checked backup' },
  replaceAuditAnchor: { exempt: 'restarts the anchor file (admin screen), no table is written' },
  replaceAuditAnchorAfterRestore: { exempt: 'follows the checked restore; anchor file only' },
};

const WRITE_NAME =
  /^(create|update|save|delete|add|remove|record|issue|lock|decide|set|mark|merge|cancel|finalise|attach|import|undo|restore|clear|change|move|reissue|repropose|revoke|approve|reject|confirm|link|unlink|assign|reset|rename|upload|register|store|put|write|log|append|sign|apply|reopen|revalidate|make|load|seed|rotate|enable|disable|unlock|resolve|replace|edit|toggle|submit|withdraw|upsert)/;
const WRITES_IN_BODY = /\b(appendAudit|assertMayWrite|checkPermission|permissionRefusal)\b/;

type Fn = (...args: unknown[]) => unknown;

/** Every function the production modules of the data layer export, by name. */
const modules = import.meta.glob<Record<string, unknown>>(
  ['../**/*.ts', '!../**/*.test.ts', '!../**/*test-*.ts', '!../**/test-*.ts', '!../testing/**'],
  { eager: true },
);
const exported = new Map<string, Fn>();
for (const module of Object.values(modules)) {
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'function' && !/^[A-Z]/.test(name)) exported.set(name, value as Fn);
  }
}

function isWritePath(name: string, fn: Fn): boolean {
  return WRITE_NAME.test(name) || WRITES_IN_BODY.test(fn.toString());
}

const account = (role: Role): SessionAccount => ({
  id: newId(),
  username: `${role}1`,
  nama: `Petugas ${role}`,
  role,
});

/** A role, besides the admin, that this door must turn away; none when every role may. */
function refusedRole(door: Door): Role | undefined {
  return ROLES.find((role) => {
    if (role === 'admin') return false;
    const who = account(role);
    const intent: WriteIntent = {
      action: door.action,
      entity: door.entity,
      entityId: door.own ? who.id : '',
      ...(door.after === undefined ? {} : { after: door.after }),
    };
    return !isAllowed(who, intent);
  });
}

const doors = Object.entries(DOORS).flatMap(([name, door]) =>
  'exempt' in door ? [] : [[name, door] as const],
);

async function callAtTheDoor(db: DtksDatabase, name: string, door: Door): Promise<unknown> {
  const fn = exported.get(name);
  if (!fn) throw new Error(`${name} is not exported by any data-layer module`);
  // No valid input at all: a check that stands first refuses before reading any of it.
  return Promise.resolve().then(() => fn(db, ...(door.args ?? [])));
}

let db: DtksDatabase | null = null;
afterEach(async () => {
  if (db) {
    resetSession(db);
    await db.delete();
    db = null;
  }
});

describe('permission at every write door', () => {
  it('lists every write function of the data layer (and nothing that is gone)', () => {
    const found = [...exported].filter(([name, fn]) => isWritePath(name, fn)).map(([n]) => n);
    expect(found.filter((name) => !(name in DOORS))).toEqual([]);
    expect(Object.keys(DOORS).filter((name) => !exported.has(name))).toEqual([]);
  });

  it('checks the permission in the function itself, not only through its audit entry', () => {
    const implicit = doors
      .map(([name]) => name)
      .filter(
        (name) =>
          !/checkPermission|permissionRefusal|assertMayWrite|PermissionError/.test(
            exported.get(name)?.toString() ?? '',
          ),
      );
    expect(implicit).toEqual([]);
  });

  it.each(doors)('%s refuses a role that may not, before touching anything', async (name, door) => {
    const role = refusedRole(door);
    if (!role) {
      // Every role may do this (e.g. a decision, one's own password): the locked test covers it.
      expect([
        'recordDecision',
        'undoLastDecision',
        'clearDecision',
        'claimKemudi',
        'releaseKemudi',
        'takeOverKemudi',
        'setAttendance',
        'setAllPresent',
        'confirmParticipantUnsur',
        'changeOwnPassword',
      ]).toContain(name);
      return;
    }
    db = freshDatabase();
    await db.open();
    setSessionAccount(db, account(role));
    await expect(callAtTheDoor(db, name, door)).rejects.toBeInstanceOf(PermissionError);
    expect(await db.audit.count()).toBe(0);
  });

  it.each(doors)('%s refuses everyone while the app is locked', async (name, door) => {
    db = freshDatabase();
    await db.open();
    requireSession(db);
    await expect(callAtTheDoor(db, name, door)).rejects.toBeInstanceOf(PermissionError);
    expect(await db.audit.count()).toBe(0);
  });
});
