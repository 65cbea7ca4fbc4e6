import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import { cellText, isBlank } from '@shared/domain/impor/cells';
import { groupByFamily } from '@shared/domain/impor/families';
import type { ProposalChoice } from '@shared/domain/impor/families';
import {
  detectLayout,
  layoutSignature,
  missingRequired,
  sanitizeMapping,
} from '@shared/domain/impor/fields';
import type { FieldMapping, KnownLayoutId } from '@shared/domain/impor/fields';
import { importReportRows } from '@shared/domain/impor/report';
import { checkRows, collectKeys } from '@shared/domain/impor/validate-rows';
import type { ImportCheck, RowIssue, SheetTable } from '@shared/domain/impor/validate-rows';
import { DtksDatabase } from '../db/core/database';
import { commitImport, findRememberedLayout, registrySnapshot } from '../db/impor/repository';
import type { CommitResult, SaveUnit } from '../db/impor/repository';
import { setSessionAccount } from '../db/core/session';
import { describeStorageError } from '../db/core/storage-errors';
import { readSpreadsheet } from './spreadsheet-read';
import { formatWaktu } from '@shared/domain/core/tanggal';

export type ImportRequest =
  | {
      type: 'open';
      id: number;
      dbName: string;
      fileName: string;
      bytes: ArrayBuffer;
      /** Who is signed in in the window: the worker's writes are checked and audited as them. */
      account: SessionAccount | null;
    }
  | { type: 'check'; id: number; mapping: FieldMapping; layoutLabel: string }
  | { type: 'report'; id: number }
  | { type: 'commit'; id: number; proposals: ProposalChoice | null };

export type OpenedSheet = {
  fileName: string;
  sheetName: string;
  format: string;
  headers: string[];
  dataRows: number;
  /** The first data rows as text, to help the clerk match columns. */
  sample: string[][];
  signature: string;
  known: KnownLayoutId | null;
  /** The mapping to start from: remembered, known, or guessed from the headers. */
  mapping: FieldMapping;
  complete: boolean;
  remembered: { name: string } | null;
};

export type CheckSummary = {
  dataRows: number;
  validRows: number;
  newPeople: number;
  existingPeople: number;
  badRows: number;
  familiesNew: number;
  familiesExisting: number;
  issues: RowIssue[];
};

export type ImportPhase = 'baca' | 'periksa' | 'simpan';
/**
 * `stage` names what is happening now and `unit` what `done` and `total` count, in the
 * clerk's words ("warga", "baris"); a stage's total never changes while it runs.
 */
export type ImportProgress = {
  phase: ImportPhase;
  stage: string;
  done: number;
  total: number;
  unit: string;
};

export type ImportResponse =
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'opened'; id: number; sheet: OpenedSheet }
  | { type: 'checked'; id: number; summary: CheckSummary }
  | { type: 'report'; id: number; bytes: Uint8Array; name: string }
  | { type: 'committed'; id: number; result: CommitResult }
  | { type: 'failed'; id: number; message: string };

type Post = (message: ImportResponse, transfer?: Transferable[]) => void;

type State = {
  db: DtksDatabase;
  fileName: string;
  sheetName: string;
  table: SheetTable;
  check?: ImportCheck & {
    layoutLabel: string;
    checkedAt: Date;
    /** No. KKs registered at the check: the write reads back only these families. */
    registeredKks: ReadonlySet<string>;
  };
};

/** File name for the saved report: "laporan-impor-<file>.xlsx", safe on every OS. */
export function reportFileName(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N} _-]+/gu, '-')
    .replace(/^[-. ]+/, '')
    .slice(0, 120);
  return `laporan-impor-${base || 'berkas'}.xlsx`;
}

/**
 * The import session behind the worker: one file, read once, checked as often as the
 * mapping changes, written once. Kept apart from the worker shell so tests can drive it.
 */
const SAVE_STAGES: Record<SaveUnit, string> = {
  keluarga: 'Menyimpan keluarga baru',
  warga: 'Menyimpan warga baru',
  usulan: 'Membuat usulan',
};

export function createImportEngine(post: Post, openDb = (name: string) => new DtksDatabase(name)) {
  let state: State | null = null;

  const progress =
    (id: number, phase: ImportPhase, stage: string, unit: string) =>
    (done: number, total: number) =>
      post({ type: 'progress', id, progress: { phase, stage, done, total, unit } });

  async function open(request: Extract<ImportRequest, { type: 'open' }>) {
    state?.db.close();
    state = null;
    progress(request.id, 'baca', 'Membaca berkas', 'berkas')(0, 1);
    const read = await readSpreadsheet(new Uint8Array(request.bytes));
    if (!read.ok) return post({ type: 'failed', id: request.id, message: read.message });
    const db = openDb(request.dbName);
    if (request.account) setSessionAccount(db, request.account);
    state = { db, fileName: request.fileName, sheetName: read.sheetName, table: read.table };
    const { headers, rows } = read.table;
    const signature = layoutSignature(headers);
    const detected = detectLayout(headers);
    const remembered = detected.known ? undefined : await findRememberedLayout(db, signature);
    const rememberedMapping = remembered ? sanitizeMapping(remembered.mapping, headers) : null;
    const dataRows = rows.filter((row) => !row.cells.every(isBlank));
    progress(request.id, 'baca', 'Membaca berkas', 'berkas')(1, 1);
    post({
      type: 'opened',
      id: request.id,
      sheet: {
        fileName: request.fileName,
        sheetName: read.sheetName,
        format: read.format,
        headers,
        dataRows: dataRows.length,
        sample: dataRows.slice(0, 3).map((row) => headers.map((_, i) => cellText(row.cells[i]))),
        signature,
        known: detected.known,
        mapping: rememberedMapping ?? detected.mapping,
        complete: rememberedMapping
          ? missingRequired(rememberedMapping, headers).length === 0
          : detected.complete,
        remembered: remembered ? { name: remembered.name } : null,
      },
    });
  }

  async function check(current: State, request: Extract<ImportRequest, { type: 'check' }>) {
    const mapping = sanitizeMapping(
      request.mapping as Record<string, string>,
      current.table.headers,
    );
    const registry = await registrySnapshot(
      current.db,
      collectKeys(current.table, mapping),
      progress(request.id, 'periksa', 'Mencocokkan dengan data warga', 'NIK dan No. KK'),
    );
    const rowProgress = progress(request.id, 'periksa', 'Memeriksa baris', 'baris');
    rowProgress(0, current.table.rows.length);
    const result = checkRows(current.table, mapping, {
      today: new Date(),
      registry,
      onProgress: rowProgress,
    });
    current.check = {
      ...result,
      layoutLabel: request.layoutLabel,
      checkedAt: new Date(),
      registeredKks: new Set(registry.familyHasHead.keys()),
    };
    const families = groupByFamily(result.records);
    const familiesExisting = families.filter((f) => registry.familyHasHead.has(f.noKk)).length;
    const existingPeople = result.records.filter((record) => record.existing).length;
    post({
      type: 'checked',
      id: request.id,
      summary: {
        dataRows: result.dataRows,
        validRows: result.records.length,
        newPeople: result.records.length - existingPeople,
        existingPeople,
        badRows: result.badRows,
        familiesNew: families.length - familiesExisting,
        familiesExisting,
        issues: result.issues,
      },
    });
  }

  async function report(current: State, id: number) {
    const checked = current.check;
    if (!checked) return post({ type: 'failed', id, message: 'Berkas belum diperiksa.' });
    const XLSX = await import('xlsx');
    const rows = importReportRows(
      {
        fileName: current.fileName,
        sheetName: current.sheetName,
        layoutLabel: checked.layoutLabel,
        checkedAt: formatWaktu(checked.checkedAt),
        dataRows: checked.dataRows,
        validRows: checked.records.length,
        badRows: checked.badRows,
      },
      checked.issues,
    );
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    sheet['!cols'] = [{ wch: 18 }, { wch: 22 }, { wch: 70 }, { wch: 28 }];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Laporan');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
    post({ type: 'report', id, bytes, name: reportFileName(current.fileName) }, [bytes.buffer]);
  }

  async function commit(current: State, request: Extract<ImportRequest, { type: 'commit' }>) {
    const checked = current.check;
    if (!checked)
      return post({ type: 'failed', id: request.id, message: 'Berkas belum diperiksa.' });
    const result = await commitImport(
      current.db,
      {
        records: checked.records,
        fileName: current.fileName,
        proposals: request.proposals,
        registeredKks: checked.registeredKks,
      },
      (done, total, unit) =>
        post({
          type: 'progress',
          id: request.id,
          progress: { phase: 'simpan', stage: SAVE_STAGES[unit], done, total, unit },
        }),
    );
    post({ type: 'committed', id: request.id, result });
  }

  return {
    async handle(request: ImportRequest): Promise<void> {
      try {
        if (request.type === 'open') return await open(request);
        const current = state;
        if (!current) {
          return post({ type: 'failed', id: request.id, message: 'Belum ada berkas yang dibuka.' });
        }
        if (request.type === 'check') return await check(current, request);
        if (request.type === 'report') return await report(current, request.id);
        return await commit(current, request);
      } catch (error) {
        const message =
          error instanceof Error && error.name === 'ImportConflictError'
            ? error.message
            : describeStorageError(
                error,
                request.type === 'commit' ? 'Impor' : 'Pemeriksaan berkas',
              );
        post({ type: 'failed', id: request.id, message });
      }
    },
    close() {
      state?.db.close();
      state = null;
    },
  };
}
