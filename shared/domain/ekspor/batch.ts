import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type {
  Batch,
  BatchRecord,
  BatchState,
  Decision,
  NonaktifReason,
  Proposal,
} from '../core/entities';
import { decisionOutcome, nonaktifReasonFromDecision } from './decision-outcome';
import { isExportKind } from './template';
import type { ExportBatchInfo, ExportKind, ExportRow, ExportTemplate } from './template';
import { isoDate, localCalendarDate, parseIsoDate } from '../core/id-common';
import { parseNoKk } from '../warga/kk';
import { checkNikAgainst } from '../warga/nik';
import { parseKodeWilayah } from '../core/wilayah';

// ---- Which decisions a batch carries ----

/**
 * What the national system must hear about one decision of a locked musyawarah. The
 * rules live in {@link decisionOutcome}, which the Berita Acara's Lampiran I also reads,
 * so the minutes and the package always say the same thing about every row.
 */
export type BatchEntry =
  | { include: true; kind: ExportKind; nonaktifReason: NonaktifReason | '' }
  | { include: false; why: string };

export { nonaktifReasonFromDecision };

export function batchEntryFor(
  proposal: Pick<Proposal, 'kind' | 'source' | 'nonaktifReason'> &
    Partial<Pick<Proposal, 'programme'>> & { prelistChanged?: boolean },
  decision: { value: Decision; reason: string },
): BatchEntry {
  const outcome = decisionOutcome({
    kind: proposal.kind,
    source: proposal.source,
    nonaktifReason: proposal.nonaktifReason,
    decision: decision.value,
    reason: decision.reason,
    programme: proposal.programme,
    prelistChanged: proposal.prelistChanged,
  });
  return outcome.send ? { include: true, ...outcome.send } : { include: false, why: outcome.why };
}

// ---- Canonical content ----

export const BATCH_CONTENT_FORMAT = 'dtks-batch-isi-v1';

const RECORD_FIELDS = [
  'kodeWilayah',
  'alamat',
  'rt',
  'rw',
  'noKk',
  'nik',
  'nama',
  'tempatLahir',
  'tanggalLahir',
  'jenisKelamin',
  'namaIbuKandung',
  'shdk',
  'statusKawin',
  'pekerjaan',
  'nonaktifReason',
  'programme',
] as const satisfies readonly (keyof BatchRecord)[];

export type ContentRow = {
  proposalId: string;
  personId: string;
  kind: string;
  record?: BatchRecord;
};

export type ContentMeta = {
  meetingId: string;
  period: string;
  kodeWilayah: string;
  templateVersion: string;
  decisionDocument: Batch['decisionDocument'];
};

const norm = (value: unknown) =>
  typeof value === 'string' ? value.normalize('NFC') : value === undefined ? null : value;

/**
 * One byte-exact text for what a batch sends: rows sorted by proposal id, every
 * field in a fixed order, JSON so no value can forge a separator. Two batches
 * with the same canonical text carry the same content, whatever their order.
 */
export function canonicalBatchContent(meta: ContentMeta, rows: readonly ContentRow[]): string {
  const sorted = [...rows]
    .sort((a, b) => (a.proposalId < b.proposalId ? -1 : a.proposalId > b.proposalId ? 1 : 0))
    .map((row) => [
      row.proposalId,
      row.personId,
      row.kind,
      ...RECORD_FIELDS.map((field) => norm(row.record?.[field])),
      // Only when present: rows frozen before the ID DTKS was sent keep their hash.
      ...(row.record?.idDtks ? [norm(row.record.idDtks)] : []),
    ]);
  return JSON.stringify({
    format: BATCH_CONTENT_FORMAT,
    meetingId: meta.meetingId,
    period: norm(meta.period),
    kodeWilayah: meta.kodeWilayah,
    templateVersion: meta.templateVersion,
    document: [
      meta.decisionDocument.kind,
      norm(meta.decisionDocument.number.trim()),
      meta.decisionDocument.date,
      meta.decisionDocument.hash,
    ],
    rows: sorted,
  });
}

/** SHA-256 of the canonical content, lower-case hex. */
export function batchContentHash(meta: ContentMeta, rows: readonly ContentRow[]): string {
  return sha256Hex(utf8ToBytes(canonicalBatchContent(meta, rows)));
}

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

// ---- Names ----

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** "003" for the first version, "003-v2" after: a file name never names two contents. */
export function batchLabel(batch: Pick<Batch, 'number' | 'version'>): string {
  return batch.version > 1 ? `${pad(batch.number, 3)}-v${batch.version}` : pad(batch.number, 3);
}

/** The local calendar date of an instant, as yyyymmdd. */
export function compactDate(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1, 2)}${pad(date.getDate(), 2)}`;
}

/** `DTKS_<kode_kelurahan>_<yyyymmdd>_<nomor batch>`, dated when the batch version was made. */
export function batchFileBase(
  batch: Pick<Batch, 'kodeWilayah' | 'createdAt' | 'number' | 'version'>,
): string {
  return `DTKS_${batch.kodeWilayah}_${compactDate(batch.createdAt)}_${batchLabel(batch)}`;
}

export const BATCH_FILE_PATTERN = /^DTKS_\d{10}_\d{8}_\d{3,}(-v\d+)?\.zip$/;

// ---- States ----

export const BATCH_STATE_LABELS: Readonly<Record<BatchState, string>> = {
  disiapkan: 'Disiapkan',
  tervalidasi: 'Tervalidasi',
  diekspor: 'Diekspor',
  diunggah: 'Diunggah',
  hasil_diterima: 'Hasil diterima',
};

// ---- The validation gate ----

export type ProblemSeverity = 'error' | 'warning';
export type RowProblem = { severity: ProblemSeverity; message: string };

export type RowReport = {
  /** 1-based position in the batch. */
  index: number;
  proposalId: string;
  nama: string;
  nik: string;
  kind: ExportKind;
  problems: RowProblem[];
};

export type BatchReport = {
  /** Problems of the batch as a whole (kelurahan, decision document, empty batch). */
  batchProblems: string[];
  /** Only rows with at least one problem. */
  rows: RowReport[];
  errors: number;
  warnings: number;
  /** True when nothing blocks the export. */
  ok: boolean;
};

export type ValidationRow = {
  proposalId: string;
  personId: string;
  kind: string;
  record?: BatchRecord;
};

export type ValidationInput = {
  template: ExportTemplate;
  kodeWilayah: string;
  decisionDocument: Batch['decisionDocument'];
  rows: readonly ValidationRow[];
  /** Earlier batches not rejected, keyed by NIK and by person id: what to tell the clerk. */
  earlier: ReadonlyMap<string, string>;
  today?: Date;
};

const ymd = (date: Date): [number, number, number] => {
  const { year, month, day } = localCalendarDate(date);
  return [year, month, day];
};

const REGION_KEYS = new Set([
  'kodeProvinsi',
  'kodeKabupatenKota',
  'kodeKecamatan',
  'kodeKelurahan',
]);
const AREA = /^\d{1,3}$/;

function documentProblems(input: ValidationInput): string[] {
  const problems: string[] = [];
  if (!parseKodeWilayah(input.kodeWilayah).ok) {
    problems.push('Kode wilayah kelurahan di Pengaturan tidak valid.');
  }
  const doc = input.decisionDocument;
  const name = doc.kind === 'sptjm' ? 'SPTJM' : 'Berita Acara';
  if (doc.number.trim() === '') problems.push(`Nomor ${name} belum ada.`);
  if (!parseIsoDate(doc.date)) problems.push(`Tanggal ${name} tidak valid.`);
  if (!/^[0-9a-f]{64}$/.test(doc.hash)) {
    problems.push(`Kode hash ${name} tidak ada: musyawarah belum dikunci.`);
  }
  if (input.rows.length === 0) {
    problems.push(
      'Batch kosong: musyawarah ini tidak menghasilkan usulan baru, perbaikan data atau penonaktifan untuk dikirim.',
    );
  }
  return problems;
}

function rowProblems(
  input: ValidationInput,
  row: ExportRow,
  info: ExportBatchInfo,
  today: Date,
): RowProblem[] {
  const problems: RowProblem[] = [];
  const error = (message: string) => problems.push({ severity: 'error', message });
  const { record } = row;

  const region = parseKodeWilayah(record.kodeWilayah);
  if (!region.ok) error(`Kode wilayah keluarga tidak valid (${record.kodeWilayah || 'kosong'})`);
  else if (region.code !== input.kodeWilayah.replace(/\D/g, '')) {
    error(`Keluarga tercatat di wilayah lain (${record.kodeWilayah}), bukan kelurahan ini`);
  }

  const missing = input.template.columns
    .filter((column) => !REGION_KEYS.has(column.key) && column.required(row))
    .filter((column) => column.value(row, info).trim() === '')
    .map((column) => column.label.toLowerCase());
  if (missing.length > 0) error(`Belum diisi: ${missing.join(', ')}`);

  if (record.nik !== '') {
    for (const check of checkNikAgainst(
      record.nik,
      { sex: record.jenisKelamin || undefined, birthDate: record.tanggalLahir || undefined },
      today,
    )) {
      if (check.severity === 'error') error(`NIK tidak valid: ${check.message}`);
      else if (check.severity === 'warning') {
        problems.push({ severity: 'warning', message: `${check.message}; periksa sebelum padan` });
      }
    }
  }
  if (record.noKk !== '') {
    const kk = parseNoKk(record.noKk);
    if (!kk.ok) error(`No. KK tidak valid: ${kk.reason}`);
  }
  if (record.tanggalLahir !== '') {
    const date = parseIsoDate(record.tanggalLahir);
    if (!date) error('Tanggal lahir tidak valid');
    else if (record.tanggalLahir > isoDate(...ymd(today))) {
      error('Tanggal lahir di masa depan');
    }
  }
  if (
    row.kind !== 'baru' &&
    input.template.columns.some((column) => column.key === 'idDtks') &&
    (record.idDtks ?? '').trim() === ''
  ) {
    problems.push({
      severity: 'warning',
      message:
        'ID DTKS/DTSEN keluarga belum tercatat (diambil dari prelist): portal mungkin tidak mengenali keluarga yang diperbaiki atau dinonaktifkan',
    });
  }
  if (record.rt !== '' && !AREA.test(record.rt)) error('RT harus angka, paling banyak 3 digit');
  if (record.rw !== '' && !AREA.test(record.rw)) error('RW harus angka, paling banyak 3 digit');
  return problems;
}

/**
 * The gate before export: the batch as a whole, then every row against the
 * template's national fields, identity numbers, duplicates inside the batch
 * and people already sent in an earlier batch that was not rejected.
 * Messages are for the clerk, in Indonesian; only errors block the export.
 */
export function validateBatch(input: ValidationInput): BatchReport {
  const today = input.today ?? new Date();
  const info: ExportBatchInfo = {
    kodeWilayah: input.kodeWilayah,
    document: input.decisionDocument,
  };
  const batchProblems = documentProblems(input);
  const firstByNik = new Map<string, number>();
  const firstByPerson = new Map<string, number>();
  const reports: RowReport[] = [];

  input.rows.forEach((row, i) => {
    const index = i + 1;
    const problems: RowProblem[] = [];
    const kind = isExportKind(row.kind as Proposal['kind']) ? (row.kind as ExportKind) : null;
    const record = row.record;
    if (!kind)
      problems.push({
        severity: 'error',
        message: `Jenis usulan ${row.kind} tidak dikirim lewat batch`,
      });
    if (!record)
      problems.push({
        severity: 'error',
        message: 'Data baris tidak lengkap: buat versi baru batch',
      });
    if (kind && record) problems.push(...rowProblems(input, { kind, record }, info, today));

    const nik = record?.nik ?? '';
    const twin = (nik !== '' ? firstByNik.get(nik) : undefined) ?? firstByPerson.get(row.personId);
    if (twin !== undefined) {
      problems.push({
        severity: 'error',
        message: `Orang yang sama sudah ada di baris ${twin} batch ini`,
      });
    } else {
      if (nik !== '') firstByNik.set(nik, index);
      firstByPerson.set(row.personId, index);
    }
    const earlier =
      (nik !== '' ? input.earlier.get(nik) : undefined) ?? input.earlier.get(row.personId);
    if (earlier) problems.push({ severity: 'error', message: earlier });

    if (problems.length > 0) {
      reports.push({
        index,
        proposalId: row.proposalId,
        nama: record?.nama ?? '',
        nik,
        kind: kind ?? 'baru',
        problems,
      });
    }
  });

  const count = (severity: ProblemSeverity) =>
    reports.reduce((sum, r) => sum + r.problems.filter((p) => p.severity === severity).length, 0);
  const errors = count('error') + batchProblems.length;
  return { batchProblems, rows: reports, errors, warnings: count('warning'), ok: errors === 0 };
}

/** Counts per kind, for the outbox and the manifest. */
export function countByKind(
  rows: readonly { kind: string }[],
): Record<ExportKind | 'total', number> {
  const counts = { baru: 0, perbaikan: 0, nonaktif: 0, total: 0 };
  for (const row of rows) {
    if (row.kind === 'baru' || row.kind === 'perbaikan' || row.kind === 'nonaktif') {
      counts[row.kind] += 1;
    }
    counts.total += 1;
  }
  return counts;
}
