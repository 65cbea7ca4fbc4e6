/**
 * Entities stored by the app. Plain data, no behaviour. Primary keys are UUIDs
 * (Dexie cannot change a primary key later). Dates are ISO strings: `YYYY-MM-DD`
 * for calendar dates, full ISO 8601 for instants.
 */

import type { SktmPurposeKind } from './letter-purpose';

export type Sex = 'L' | 'P';

/** SHDK: status hubungan dalam keluarga, as coded on the national forms. */
export const SHDK = {
  1: 'Kepala Keluarga',
  2: 'Suami',
  3: 'Istri',
  4: 'Anak',
  5: 'Menantu',
  6: 'Cucu',
  7: 'Orang Tua',
  8: 'Mertua',
  9: 'Famili Lain',
  10: 'Pembantu',
  11: 'Lainnya',
} as const;
export type ShdkCode = keyof typeof SHDK;

export const MARITAL_STATUSES = ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

export const RELIGIONS = [
  'Islam',
  'Kristen',
  'Katolik',
  'Hindu',
  'Buddha',
  'Khonghucu',
  'Kepercayaan',
] as const;
export type Religion = (typeof RELIGIONS)[number];

export const EDUCATION_LEVELS = [
  'Tidak/Belum Sekolah',
  'Belum Tamat SD',
  'SD/Sederajat',
  'SLTP/Sederajat',
  'SLTA/Sederajat',
  'Diploma I/II',
  'Diploma III',
  'Diploma IV/S1',
  'S2',
  'S3',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Member fields a list may not carry: unknown until the clerk fills or confirms them. */
export const CONFIRMABLE_FIELDS = ['statusKawin', 'agama', 'pendidikan', 'pekerjaan'] as const;
export type ConfirmableField = (typeof CONFIRMABLE_FIELDS)[number];

/** Presence status of a person in the kelurahan. */
export const PRESENCE_STATUSES = ['ada', 'meninggal', 'pindah', 'tidak_ditemukan'] as const;
export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];
/** Every status but "ada": the few people the presence index lists. */
export type AwayStatus = Exclude<PresenceStatus, 'ada'>;

export type Family = {
  /** The unique key of the No. KK on this PC (issue 18: `<noKk>#<id>` for a twin from sync). */
  noKkKey?: string;
  id: string;
  /** No. KK, 16 digits. */
  noKk: string;
  alamat: string;
  /** Zero-padded to 3 digits, e.g. "003". */
  rt: string;
  rw: string;
  /** 10-digit kode wilayah of the kelurahan. */
  kodeWilayah: string;
  /** The import that created this family, so the import can be undone as a whole. */
  importId?: string;
  /**
   * The family's ID in the national list (ID DTKS / ID DTSEN), from the prelist that
   * listed it (or typed by the clerk); sent on perbaikan and nonaktif rows (domain.md §7).
   */
  idDtks?: string;
  /**
   * Fingerprint of the family as the prelist listed it (shared/domain/impor/prelist-change.ts):
   * a family kept ("tetap") is sent as a perbaikan only when its data differs from it.
   */
  prelistFingerprint?: string;
  /**
   * Decile of the household in the national ranking (domain.md §3): read from a prelist,
   * never computed or typed here; replaced only by a newer list. Indexed (schema v6).
   */
  desil?: Desil;
  /**
   * What the national Cek Bansos app showed or received for this family (issue 20.4),
   * oldest first. Kept on the family, which every backup and restore already carries.
   */
  cekBansos?: CekBansosEntry[];
  /**
   * Derived, for the Warga list (schema v11): the head's name and the number of members,
   * kept by `familyListMiddleware` (renderer/src/db/warga/family-list-facts.ts) in every
   * write of people or families. Absent on a family without members (or without a head).
   */
  headName?: string;
  memberCount?: number;
  createdAt: string;
  updatedAt: string;
};

/** A national-ranking decile, 1 (poorest) to 10, with where and when it was read. */
export type Desil = {
  value: number;
  /** The list it came from, e.g. "prelist prelist-2026-11.xlsx, periode November 2026". */
  source: string;
  /** YYYY-MM-DD: the day the list was read into the app. */
  date: string;
};
/** A check made in the national Cek Bansos app, or an usul/sanggah the resident filed there. */
export type CekBansosEntry = {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  /** Whose NIK was entered, when it was a member; absent for the family as a whole. */
  personId?: string;
  recordedAt: string;
  recordedBy: string;
  note?: string;
} & (
  | {
      kind: 'cek';
      result: 'terdaftar' | 'tidak_terdaftar';
      /** As the app showed it; never computed here. */
      desil?: number;
      /** Programmes the app listed, e.g. PKH, BPNT. */
      programmes: string[];
    }
  | { kind: 'usul' | 'sanggah'; reference: string }
);

export type Person = {
  id: string;
  familyId: string;
  /** NIK, 16 digits. */
  nik: string;
  nama: string;
  tempatLahir: string;
  /** YYYY-MM-DD */
  tanggalLahir: string;
  jenisKelamin: Sex;
  shdk: ShdkCode;
  /**
   * The next four may be unknown: an import from a list that did not carry them stores
   * nothing (never a guess) and lists them in `fieldsToComplete`. Anything that prints
   * or sends them (letters, the national package) refuses while they are unknown.
   */
  statusKawin?: MaritalStatus;
  agama?: Religion;
  pendidikan?: EducationLevel;
  /** '' while unknown. */
  pekerjaan: string;
  namaIbuKandung: string;
  /** Sensitive: never projected, never exported beyond need. */
  disabilitas?: string;
  /** Sensitive: never projected, never exported beyond need. */
  penyakitKronis?: string;
  statusKeberadaan: PresenceStatus;
  /**
   * Fields an import could not fill because the list did not carry them (prelists have
   * no status kawin, agama, pendidikan or pekerjaan): stored unknown, shown "belum diisi",
   * removed one by one as the clerk fills or confirms them (renderer/src/db).
   */
  fieldsToComplete?: ConfirmableField[];
  /** The import that created this person, so the import can be undone as a whole. */
  importId?: string;
  createdAt: string;
  updatedAt: string;
};

/** A stored person row: the entity plus keys derived on write for search and dedup. */
export type PersonRow = Person & {
  /** The unique key of the NIK on this PC (issue 18: `<nik>#<id>` for a twin from sync). */
  nikKey?: string;
  /** Normalised name tokens and their phonetic keys, for typo-tolerant search. */
  searchTokens: string[];
  /** normalisedName|tanggalLahir: same name and birth date may be the same person. */
  dupNameKey: string;
  /** normalisedMother|tanggalLahir: same mother and birth date may be the same person. */
  dupMotherKey: string;
  /** Suspended on the data subject's request: left out of meetings and exports. */
  suspended?: boolean;
  /**
   * statusKeberadaan again, only when it is not "ada", so its index lists the few people
   * who are away instead of all 50,000. Kept by the database layer on every write
   * (renderer/src/db/core/presence-middleware.ts); never set it by hand.
   */
  awayStatus?: AwayStatus;
};

// ---- Aid received (domain.md §3) ----

export const AID_PROGRAMMES = [
  'PKH',
  'BPNT/Sembako',
  'PBI-JK',
  'BLT',
  'Bansos Daerah',
  'Lainnya',
] as const;
export type AidProgramme = (typeof AID_PROGRAMMES)[number];
export const FUNDING_LEVELS = ['pusat', 'provinsi', 'kota'] as const;
export type FundingLevel = (typeof FUNDING_LEVELS)[number];

export type AidReceived = {
  id: string;
  familyId: string;
  /** Absent when the aid is for the whole family. */
  personId?: string;
  programme: AidProgramme;
  level: FundingLevel;
  /** YYYY-MM-DD */
  since: string;
  note?: string;
  createdAt: string;
};

// ---- Usulan (proposals, domain.md §1) ----

export const PROPOSAL_KINDS = ['baru', 'perbaikan', 'nonaktif', 'sanggah'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const NONAKTIF_REASONS = [
  'meninggal',
  'pindah',
  'tidak_ditemukan',
  'sudah_mampu',
  'ganda',
] as const;
export type NonaktifReason = (typeof NONAKTIF_REASONS)[number];
export const PROPOSAL_SOURCES = [
  'mandiri',
  'rt_rw',
  'survei_dinsos',
  'cek_bansos',
  'prelist',
] as const;
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number];
export const PROPOSED_PROGRAMMES = [
  'DTKS Non-Bansos',
  'PKH',
  'BPNT/Sembako',
  'PBI-JK',
  'Bansos Daerah',
] as const;
export type ProposedProgramme = (typeof PROPOSED_PROGRAMMES)[number];
export const PROPOSAL_STATUSES = [
  'draf',
  'verifikasi_lapangan',
  'siap_musyawarah',
  'diputuskan',
  'dikirim',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export type ProposalDocuments = {
  ktp: boolean;
  kk: boolean;
  suratPengantar: boolean;
  suratPengantarNomor?: string;
  /** YYYY-MM-DD */
  suratPengantarTanggal?: string;
  fotoRumah: boolean;
};

export type StatusChange = {
  from: ProposalStatus | null;
  to: ProposalStatus;
  at: string;
  by: string;
  reason: string;
};

export const DECISIONS = ['layak', 'tidak_layak', 'ditunda'] as const;
export type Decision = (typeof DECISIONS)[number];

export type Proposal = {
  id: string;
  familyId: string;
  /** The person the proposal is about; the family head for whole-family proposals. */
  personId: string;
  kind: ProposalKind;
  nonaktifReason?: NonaktifReason;
  source: ProposalSource;
  programme: ProposedProgramme;
  documents: ProposalDocuments;
  status: ProposalStatus;
  history: StatusChange[];
  /** Period label the proposal belongs to, e.g. "November 2026". */
  period: string;
  note?: string;
  /** Set when a family on central aid is proposed for regional aid. */
  overlapOverride?: { justification: string; by: string; at: string };
  /** Filled by the musyawarah when it is locked. */
  decision?: { value: Decision; reason: string; meetingId: string; at: string };
  /** Filled by feedback import from the national system. */
  feedback?: { padan: boolean; accepted: boolean; reason: string; batchId: string; at: string };
  /** The rejected proposal this one proposes again ("Usulkan lagi"). */
  previousProposalId?: string;
  /** Set on a rejected proposal once it has been proposed again. */
  reproposedAs?: string;
  /** The import that created this proposal, so the import can be undone as a whole. */
  importId?: string;
  createdAt: string;
  updatedAt: string;
};

export type AssessmentAnswer = { value: boolean | null; evidence: string };

export type Assessment = {
  id: string;
  proposalId: string;
  criteriaSetId: string;
  answers: Record<string, AssessmentAnswer>;
  officer: string;
  /** YYYY-MM-DD */
  date: string;
  note: string;
  createdAt: string;
};

export type HousePhoto = {
  id: string;
  proposalId: string;
  /** Downscaled JPEG. */
  blob: Blob;
  width: number;
  height: number;
  takenAt: string;
  caption: string;
};

/**
 * The signed and stamped Berita Acara (or SPTJM) as scanned, which the SIKS-NG portal
 * asks for beside the list (domain.md §7). One per meeting: every batch version of the
 * meeting carries the same scan; a new upload replaces it.
 */
export type SignedScan = {
  id: string;
  meetingId: string;
  kind: 'pdf' | 'jpeg';
  /** As the clerk picked it, for the screen; the package names the file itself. */
  fileName: string;
  bytes: Uint8Array;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string;
};

export type DuplicateDecision = {
  id: string;
  /** Sorted pair of person ids joined by '|'. */
  pairKey: string;
  decision: 'bukan_duplikat' | 'gabungkan';
  by: string;
  at: string;
  note: string;
};

/** A remembered column mapping for an import layout, keyed by its header signature. */
export type ImportLayout = {
  id: string;
  signature: string;
  name: string;
  mapping: Record<string, string>;
  updatedAt: string;
};

// ---- Musyawarah (domain.md §1 step 3, §6) ----

export const UNSUR = [
  'RT',
  'RW',
  'PSM',
  'TKSK',
  'LPMK',
  'Tokoh Masyarakat',
  'Tokoh Agama',
  'Babinsa/Bhabinkamtibmas',
  'Dinas Sosial',
  'Pendamping PKH',
  'Aparat Kelurahan',
  'Lainnya',
] as const;
export type Unsur = (typeof UNSUR)[number];

export type Contact = {
  id: string;
  nama: string;
  unsur: Unsur;
  /**
   * True when someone chose the unsur. Rows saved before the form required
   * the choice may carry the form's old silent default ('RT') instead: see
   * unsurUnconfirmed() in meeting.ts. Not indexed, so no schema change.
   */
  unsurConfirmed?: boolean;
  jabatan: string;
  jenisKelamin: Sex;
  aktif: boolean;
};

export type MeetingStatus = 'persiapan' | 'berlangsung' | 'terkunci';

export type Meeting = {
  id: string;
  kind: 'berita_acara' | 'sptjm';
  number: string;
  period: string;
  /** YYYY-MM-DD */
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  chairOfficialId: string;
  noteTaker: string;
  agenda: string;
  status: MeetingStatus;
  /**
   * The register entry of the Berita Acara/SPTJM number, taken when the meeting is
   * locked. Absent on meetings locked before (their number was typed by hand).
   */
  numberLetterId?: string;
  /** When the invitations were sent (issue 20.1). */
  invitedAt?: string;
  /** SHA-256 (hex) of the canonical decisions, set when locked. */
  contentHash?: string;
  lockedAt?: string;
  lockedBy?: string;
  createdAt: string;
  updatedAt: string;
};

export type MeetingParticipant = {
  id: string;
  meetingId: string;
  contactId?: string;
  nama: string;
  unsur: Unsur;
  /** As Contact.unsurConfirmed: copied from the contact, or set when chosen. */
  unsurConfirmed?: boolean;
  jabatan: string;
  jenisKelamin: Sex;
  invited: boolean;
  present: boolean;
};

/** What the room saw of a candidate, frozen at lock so the minutes survive later edits. */
export type CandidateSnapshot = {
  nama: string;
  nik: string;
  noKk: string;
  alamat: string;
  rt: string;
  rw: string;
  kind: ProposalKind;
  nonaktifReason?: NonaktifReason;
  source: ProposalSource;
  programme: ProposedProgramme;
  familySize: number;
  criteriaSummary: string;
  criteriaSetId?: string;
  /** The family's ID DTKS/DTSEN, when known. */
  idDtks?: string;
  /** A prelist family: whether its data differs from the prelist, at the lock. */
  prelistChanged?: boolean;
  /** The family's decile when the candidate was listed (frozen with the decision). */
  desil?: Desil;
};

export type MeetingDecision = {
  id: string;
  meetingId: string;
  proposalId: string;
  decision: Decision;
  reason: string;
  decidedAt: string;
  decidedBy: string;
  /**
   * The console window that made it (a per-window id, not stored elsewhere):
   * "Urungkan" in one window takes back only that window's decisions.
   */
  decidedIn?: string;
  /** The decision this one overwrote, so "undo" restores it instead of erasing both. */
  previous?: {
    decision: Decision;
    reason: string;
    decidedAt: string;
    decidedBy: string;
    decidedIn?: string;
  };
  /** Written when the meeting is locked. */
  snapshot?: CandidateSnapshot;
};

// ---- Letters (domain.md §5) ----

/**
 * Letters of the musyawarah's paperwork, numbered in the same register as the SKTM,
 * each with its own counter and number format (issue 14.9, 20).
 */
export const MEETING_LETTER_TYPES = [
  'berita_acara',
  'sptjm',
  'undangan',
  'pengumuman',
  'pengantar_dinsos',
] as const;
export type MeetingLetterType = (typeof MEETING_LETTER_TYPES)[number];
export const LETTER_TYPES = ['sktm', ...MEETING_LETTER_TYPES] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export type LetterSigner = {
  officialId: string;
  nama: string;
  jabatan: string;
  pangkatGolongan: string;
  nip: string;
  /** 'a.n.' or 'u.b.' delegation line, frozen at issue. */
  delegation: '' | 'a.n.' | 'u.b.';
  /** Title signed on behalf of with a.n./u.b., e.g. "Lurah Pahandut"; frozen at issue. */
  onBehalfOf?: string;
  /** With u.b.: the intermediate title, e.g. "Sekretaris Kelurahan"; frozen at issue. */
  via?: string;
};

export type Letter = {
  id: string;
  type: 'sktm';
  year: number;
  seq: number;
  number: string;
  /** YYYY-MM-DD */
  date: string;
  personId: string;
  /** Frozen copy of what was printed, so the register survives later edits and deletions. */
  subject: {
    nama: string;
    nik: string;
    tempatLahir: string;
    tanggalLahir: string;
    jenisKelamin: Sex;
    /** "WNI" or "WNA", as the clerk read it on the KTP; absent on letters issued before. */
    kewarganegaraan?: string;
    agama: string;
    /** As printed ("Kawin"); absent on letters issued before it was printed. */
    statusKawin?: string;
    pekerjaan: string;
    alamat: string;
    /** Present only when the office prints the No. KK (a letter setting at issue). */
    noKk?: string;
  };
  dependants: {
    nik: string;
    nama: string;
    jenisKelamin: Sex;
    tempatLahir: string;
    tanggalLahir: string;
    shdk: string;
  }[];
  purpose: string;
  /** The preset chosen for the purpose; the purpose text above is what was printed. */
  purposeKind?: SktmPurposeKind;
  coverLetter: { nomor: string; tanggal: string };
  /** YYYY-MM-DD */
  validUntil: string;
  signer: LetterSigner;
  status: 'terbit' | 'batal';
  cancelReason?: string;
  cancelledAt?: string;
  cancelledBy?: string;
  /** Copies made after the first print; `kind` says whether printed or saved as PDF. */
  reprints: { at: string; by: string; kind?: 'cetak' | 'pdf' }[];
  /** The signed QR payload as printed. */
  qrPayload: string;
  /**
   * Which wording the letter was issued with; absent on letters issued before the opening
   * named the actual signer, which keep their old sentences when printed again.
   */
  textVersion?: 2;
  createdAt: string;
  createdBy: string;
};

/** How an invitation went out: one letter per invitee, or one letter with a distribution list. */
export type InvitationMode = 'per_peserta' | 'daftar';

/** What a letter of the musyawarah was issued with, frozen so a reprint says the same. */
export type MeetingLetterDetails =
  | { kind: 'berita_acara' | 'sptjm' }
  | {
      kind: 'undangan';
      mode: InvitationMode;
      invitees: { participantId: string; nama: string; jabatan: string; unsur: Unsur }[];
    }
  | {
      kind: 'pengumuman';
      /** YYYY-MM-DD: last day an objection (sanggahan) is received. */
      sanggahUntil: string;
      /** Where an objection is handed in. */
      sanggahPlace: string;
    }
  | {
      kind: 'pengantar_dinsos';
      batchId: string;
      batchNumber: number;
      batchVersion: number;
      counts: { kind: ProposalKind; count: number }[];
      /** SHA-256 of the ZIP package as saved. */
      packageSha256: string;
      recipient: string;
    };

/**
 * A letter of the musyawarah's paperwork in the register: no resident is its
 * subject; the register shows its perihal and to whom it went.
 */
export type MeetingLetter = {
  id: string;
  type: MeetingLetterType;
  year: number;
  seq: number;
  number: string;
  /** YYYY-MM-DD */
  date: string;
  meetingId: string;
  perihal: string;
  tujuan: string;
  details: MeetingLetterDetails;
  signer: LetterSigner;
  status: 'terbit' | 'batal';
  cancelReason?: string;
  cancelledAt?: string;
  cancelledBy?: string;
  reprints: { at: string; by: string; kind?: 'cetak' | 'pdf' }[];
  createdAt: string;
  createdBy: string;
};

/** Every row of the buku agenda surat keluar. */
export type RegisterLetter = Letter | MeetingLetter;

/** Next sequence number per letter type and year; key `${type}:${year}`. */
export type LetterCounter = { key: string; next: number };

// ---- Validated batches (domain.md §1 step 4, §7) ----

export const BATCH_STATES = [
  'disiapkan',
  'tervalidasi',
  'diekspor',
  'diunggah',
  'hasil_diterima',
] as const;
export type BatchState = (typeof BATCH_STATES)[number];

/**
 * The national fields of one row, copied from the register when the batch is made
 * (or a new version of it), so the exported file always matches the batch's hash.
 * A field the register holds only as an import placeholder is frozen empty.
 */
export type BatchRecord = {
  kodeWilayah: string;
  alamat: string;
  rt: string;
  rw: string;
  noKk: string;
  nik: string;
  nama: string;
  tempatLahir: string;
  /** YYYY-MM-DD */
  tanggalLahir: string;
  jenisKelamin: Sex | '';
  namaIbuKandung: string;
  shdk: ShdkCode | null;
  statusKawin: MaritalStatus | '';
  pekerjaan: string;
  nonaktifReason: NonaktifReason | '';
  programme: ProposedProgramme;
  /** ID DTKS/DTSEN of the family on perbaikan and nonaktif rows; absent in older rows. */
  idDtks?: string;
};

export type BatchRow = {
  proposalId: string;
  personId: string;
  familyId: string;
  kind: ProposalKind;
  /** Frozen national fields; absent only in rows written before it existed. */
  record?: BatchRecord;
};

export type Batch = {
  id: string;
  /** Sequence within the year, printed in the file name. */
  number: number;
  /** Version of this batch's contents; a change makes a new batch id with version + 1. */
  version: number;
  /** The batch this one replaces, when it is a new version. */
  supersedes?: string;
  /** The newer version that replaced this one; a replaced batch is never exported. */
  supersededBy?: string;
  meetingId: string;
  period: string;
  kodeWilayah: string;
  decisionDocument: { kind: 'berita_acara' | 'sptjm'; number: string; date: string; hash: string };
  rows: BatchRow[];
  state: BatchState;
  /** SHA-256 of the canonical rows; a batch id never names two different contents. */
  contentHash: string;
  templateVersion: string;
  createdAt: string;
  createdBy: string;
  exportedAt?: string;
  fileName?: string;
  upload?: { date: string; reference: string; by: string };
  feedbackAt?: string;
  exportedBy?: string;
  /** SHA-256 (hex) of the ZIP package as saved. */
  packageSha256?: string;
  /** The last run of the validation gate. */
  validation?: { at: string; errors: number; warnings: number };
  history: { state: BatchState; at: string; by: string; note: string }[];
};

export type FeedbackRow = {
  id: string;
  batchId: string;
  nik: string;
  proposalId?: string;
  padan: boolean;
  accepted: boolean;
  reason: string;
  importedAt: string;
};
