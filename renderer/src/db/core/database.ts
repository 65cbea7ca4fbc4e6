import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type {
  AidReceived,
  Assessment,
  Batch,
  FeedbackRow,
  Contact,
  DuplicateDecision,
  Family,
  HousePhoto,
  ImportLayout,
  RegisterLetter,
  LetterCounter,
  Meeting,
  MeetingDecision,
  MeetingParticipant,
  PersonRow,
  Proposal,
  SignedScan,
} from '@shared/domain/core/entities';
import type { Account } from '@shared/domain/keamanan/accounts';
import type { Official } from '@shared/domain/core/settings';
import type { AuditEntry } from '@shared/domain/keamanan/audit-entry';
import type { BerandaSummary } from '@shared/domain/beranda/summary';
import { berandaSummaryMiddleware } from '../beranda/summary-middleware';
import { presenceIndexMiddleware } from './presence-middleware';
import { familyListMiddleware } from '../warga/family-list-facts';
import { nameVocabularyMiddleware } from '../warga/name-words';
import { registryChangesMiddleware } from '../warga/registry-changes';
import { SCHEMA_VERSIONS } from './schema';
import { loadOwnDeviceId } from '../sinkron/perangkat';
import { outboxMiddleware } from '../sinkron/outbox-middleware';
import { uniqueKeyMiddleware } from '../sinkron/unique-key-middleware';
import type { OutboxRow, OutboxSwitch } from '../sinkron/outbox-middleware';
import type { SyncConflictRow } from '../sinkron/sync-tables';

export type SettingRow = { key: string; value: unknown };

export class DtksDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  officials!: EntityTable<Official, 'id'>;
  families!: EntityTable<Family, 'id'>;
  people!: EntityTable<PersonRow, 'id'>;
  aid!: EntityTable<AidReceived, 'id'>;
  proposals!: EntityTable<Proposal, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  photos!: EntityTable<HousePhoto, 'id'>;
  duplicateDecisions!: EntityTable<DuplicateDecision, 'id'>;
  importLayouts!: EntityTable<ImportLayout, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  participants!: EntityTable<MeetingParticipant, 'id'>;
  decisions!: EntityTable<MeetingDecision, 'id'>;
  letters!: EntityTable<RegisterLetter, 'id'>;
  letterCounters!: EntityTable<LetterCounter, 'key'>;
  batches!: EntityTable<Batch, 'id'>;
  feedback!: EntityTable<FeedbackRow, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  signedScans!: EntityTable<SignedScan, 'id'>;
  /**
   * Signing keys (Ed25519) for letter QR codes; the private key never leaves this table.
   * Earlier keys brought back by a restore have no private key: they only verify.
   */
  keys!: EntityTable<
    {
      id: string;
      publicKeyRaw: string;
      privateKey?: CryptoKey | JsonWebKey;
      createdAt: string;
      retiredAt?: string;
    },
    'id'
  >;
  audit!: EntityTable<AuditEntry, 'id'>;
  /** The Beranda's figures, kept by berandaSummaryMiddleware (schema v9); derived, not backed up. */
  berandaSummary!: EntityTable<BerandaSummary, 'id'>;
  /** Office sync (issue 18): changes still to send, last seen revisions, state, conflicts. */
  sinkronOutbox!: EntityTable<OutboxRow, 'key'>;
  sinkronRevs!: EntityTable<{ key: string; rev: string }, 'key'>;
  sinkronState!: EntityTable<SettingRow, 'key'>;
  sinkronConflicts!: EntityTable<SyncConflictRow, 'key'>;
  /** Whether writes are recorded for sync: set from `sinkronState` when the database opens. */
  readonly sinkronSwitch: OutboxSwitch = { tracking: false };

  /** `upToVersion` exists for migration tests: open the database as an older app would. */
  constructor(name: string, upToVersion?: number) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      if (upToVersion !== undefined && schema.version > upToVersion) break;
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    // The lowest: its derived family writes (head's name, member count) reach no other.
    if ((upToVersion ?? 11) >= 11) this.use(familyListMiddleware);
    // Registered early: it sits below the presence middleware and sees rows as stored.
    this.use(berandaSummaryMiddleware);
    this.use(presenceIndexMiddleware);
    // Announces the name words of every person written to the search's vocabulary (issue 17).
    this.use(nameVocabularyMiddleware);
    // Tells the screens that read the registry without a live query (the Warga list).
    this.use(registryChangesMiddleware);
    this.use(uniqueKeyMiddleware);
    // The training database never replicates: nothing of it is ever recorded to send.
    const replicates = name !== DATABASE_NAMES.training;
    if (replicates) this.use(outboxMiddleware(this.sinkronSwitch));
    // One `ready` subscriber: two that both read tables left Dexie's open waiting forever.
    this.on('ready', async () => {
      // This PC's id, known before the first write (issue 18.3: one audit chain per PC).
      if (upToVersion === undefined) await loadOwnDeviceId(this);
      if (!replicates || !this.tables.some((table) => table.name === 'sinkronState')) return;
      const row = await this.table('sinkronState').get('tracking');
      this.sinkronSwitch.tracking = row?.value === true;
    });
  }
}

export const DATABASE_NAMES = {
  real: 'dtks-kelurahan',
  training: 'dtks-kelurahan-latihan',
} as const;
export type DatabaseKind = keyof typeof DATABASE_NAMES;

const ACTIVE_KEY = 'dtks.activeDatabase';

/** Which database this browser profile works on; the training one is opt-in. */
export function getActiveDatabaseKind(storage: Storage = localStorage): DatabaseKind {
  return storage.getItem(ACTIVE_KEY) === 'training' ? 'training' : 'real';
}

export function setActiveDatabaseKind(kind: DatabaseKind, storage: Storage = localStorage): void {
  storage.setItem(ACTIVE_KEY, kind);
}

export function openDatabase(kind: DatabaseKind): DtksDatabase {
  const db = new DtksDatabase(DATABASE_NAMES[kind]);
  // Another window upgraded the schema: this one must not keep writing with
  // the old shape. Close and reload so it picks up the new code path.
  db.on('versionchange', () => {
    db.close();
    window.location.reload();
    return false;
  });
  return db;
}
