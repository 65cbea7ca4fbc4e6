import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProposalChoice } from '@shared/domain/impor/families';
import { KNOWN_LAYOUTS } from '@shared/domain/impor/fields';
import type { FieldMapping } from '@shared/domain/impor/fields';
import { useDatabase } from '../../kit/database-context';
import type { CommitResult } from '../../db/impor/repository';
import { logReportExport, rememberLayout } from '../../db/impor/repository';
import { getSessionAccount } from '../../db/core/session';
import { describeStorageError } from '../../db/core/storage-errors';
import { useDesktopApi } from '../../platform';
import { ImportCancelledError, startImportSession } from '../../workers/import-client';
import type {
  CheckSummary,
  ImportProgress,
  ImportSession,
  OpenedSheet,
} from '../../workers/import-client';

export type ImportStep =
  | { kind: 'pick'; error?: string; notice?: string }
  | { kind: 'busy'; progress: ImportProgress }
  | { kind: 'mapping'; sheet: OpenedSheet; mapping: FieldMapping }
  | {
      kind: 'report';
      sheet: OpenedSheet;
      mapping: FieldMapping;
      layoutLabel: string;
      summary: CheckSummary;
      /** From picking the file to the report, reading and checking included. */
      checkMillis: number;
    }
  | {
      kind: 'done';
      sheet: OpenedSheet;
      result: CommitResult;
      checkMillis: number;
      writeMillis: number;
    };

const MAX_BYTES = 50 * 1024 * 1024;

function layoutLabelOf(sheet: OpenedSheet): string {
  if (sheet.known) return KNOWN_LAYOUTS[sheet.known].label;
  if (sheet.remembered) return `Pemetaan tersimpan: ${sheet.remembered.name}`;
  return 'Pemetaan kolom manual';
}

/**
 * The import wizard's state. One worker per file holds the parsed sheet between the
 * steps; cancelling terminates it, which also aborts a write in progress.
 */
export function useImportJob() {
  const { db } = useDatabase();
  const api = useDesktopApi();
  const [step, setStep] = useState<ImportStep>({ kind: 'pick' });
  const session = useRef<ImportSession | null>(null);
  const started = useRef(0);
  const [savingReport, setSavingReport] = useState(false);

  useEffect(() => () => session.current?.cancel(), []);

  const fail = useCallback((error: unknown) => {
    session.current?.cancel();
    session.current = null;
    if (error instanceof ImportCancelledError) {
      setStep({ kind: 'pick', notice: 'Dibatalkan. Tidak ada data yang disimpan.' });
    } else {
      setStep({ kind: 'pick', error: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  const reading = () =>
    setStep({
      kind: 'busy',
      progress: { phase: 'baca', stage: 'Membaca berkas', done: 0, total: 0, unit: 'berkas' },
    });

  const runCheck = useCallback(
    async (sheet: OpenedSheet, mapping: FieldMapping, layoutLabel: string) => {
      const current = session.current;
      if (!current) return;
      setStep({
        kind: 'busy',
        progress: {
          phase: 'periksa',
          stage: 'Mencocokkan dengan data warga',
          done: 0,
          total: 0,
          unit: 'NIK dan No. KK',
        },
      });
      const summary = await current.check(mapping, layoutLabel);
      const checkMillis = performance.now() - started.current;
      setStep({ kind: 'report', sheet, mapping, layoutLabel, summary, checkMillis });
    },
    [],
  );

  const pickFile = useCallback(
    async (file: File) => {
      session.current?.cancel();
      if (file.size > MAX_BYTES) {
        setStep({ kind: 'pick', error: 'Berkas terlalu besar (lebih dari 50 MB).' });
        return;
      }
      started.current = performance.now();
      const current = startImportSession(db.name, getSessionAccount(db), (progress) =>
        setStep((previous) => (previous.kind === 'busy' ? { kind: 'busy', progress } : previous)),
      );
      session.current = current;
      reading();
      try {
        const sheet = await current.open(file.name, await file.arrayBuffer());
        if (sheet.complete) await runCheck(sheet, sheet.mapping, layoutLabelOf(sheet));
        else setStep({ kind: 'mapping', sheet, mapping: sheet.mapping });
      } catch (error) {
        fail(error);
      }
    },
    [db, fail, runCheck],
  );

  const confirmMapping = useCallback(
    async (sheet: OpenedSheet, mapping: FieldMapping) => {
      started.current = performance.now();
      try {
        const name = `Tata letak ${sheet.fileName}`;
        if (!sheet.known) await rememberLayout(db, { signature: sheet.signature, name, mapping });
        const unchanged = JSON.stringify(mapping) === JSON.stringify(sheet.mapping);
        const label = sheet.known
          ? unchanged
            ? layoutLabelOf(sheet)
            : `${layoutLabelOf(sheet)}, pemetaan diubah`
          : `Pemetaan: ${name}`;
        await runCheck(sheet, mapping, label);
      } catch (error) {
        fail(error);
      }
    },
    [db, fail, runCheck],
  );

  const editMapping = useCallback(() => {
    setStep((previous) =>
      previous.kind === 'report'
        ? { kind: 'mapping', sheet: previous.sheet, mapping: previous.mapping }
        : previous,
    );
  }, []);

  const saveReport = useCallback(async () => {
    const current = session.current;
    if (!current || step.kind !== 'report') return null;
    setSavingReport(true);
    try {
      const { bytes, name } = await current.report();
      const saved = await api.saveFile(bytes, name, 'xlsx');
      if (saved.status === 'saved') {
        await logReportExport(db, {
          fileName: step.sheet.fileName,
          reportName: name,
          badRows: step.summary.badRows,
        });
      }
      return saved;
    } catch (error) {
      return {
        status: 'error' as const,
        message: describeStorageError(error, 'Menyimpan laporan'),
      };
    } finally {
      setSavingReport(false);
    }
  }, [api, db, step]);

  const commit = useCallback(
    async (proposals: ProposalChoice | null) => {
      const current = session.current;
      if (!current || step.kind !== 'report') return;
      const { sheet, summary, checkMillis } = step;
      setStep({
        kind: 'busy',
        progress: {
          phase: 'simpan',
          stage: 'Menyimpan keluarga baru',
          done: 0,
          total: summary.familiesNew,
          unit: 'keluarga',
        },
      });
      const writeStarted = performance.now();
      try {
        const result = await current.commit(proposals);
        current.cancel();
        session.current = null;
        const writeMillis = performance.now() - writeStarted;
        setStep({ kind: 'done', sheet, result, checkMillis, writeMillis });
      } catch (error) {
        fail(error);
      }
    },
    [fail, step],
  );

  const cancel = useCallback(() => fail(new ImportCancelledError()), [fail]);

  const discard = useCallback(() => {
    session.current?.cancel();
    session.current = null;
    setStep({ kind: 'pick', notice: 'Impor dibatalkan. Tidak ada data yang disimpan.' });
  }, []);

  const reset = useCallback(() => {
    session.current?.cancel();
    session.current = null;
    setStep({ kind: 'pick' });
  }, []);

  return {
    step,
    reset,
    savingReport,
    pickFile,
    confirmMapping,
    editMapping,
    saveReport,
    commit,
    cancel,
    discard,
  };
}
