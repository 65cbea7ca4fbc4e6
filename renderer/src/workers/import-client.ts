import { CANCELLED_KIND, Refusal } from '@shared/domain/core/refusal';
import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import type { ProposalChoice } from '@shared/domain/impor/families';
import type { FieldMapping } from '@shared/domain/impor/fields';
import type { CommitResult } from '../db/impor/repository';
import { readTimeLimit } from './read-limit';
import type {
  CheckSummary,
  ImportProgress,
  ImportRequest,
  ImportResponse,
  OpenedSheet,
} from './import-engine';

export type { CheckSummary, ImportProgress, OpenedSheet } from './import-engine';

export class ImportCancelledError extends Refusal {
  override name = 'ImportCancelledError';
  constructor() {
    super('Dibatalkan', { kind: CANCELLED_KIND });
  }
}

export type ImportSession = {
  open(fileName: string, bytes: ArrayBuffer): Promise<OpenedSheet>;
  check(mapping: FieldMapping, layoutLabel: string): Promise<CheckSummary>;
  report(): Promise<{ bytes: Uint8Array; name: string }>;
  commit(proposals: ProposalChoice | null): Promise<CommitResult>;
  /** Stops the worker at once; an open write transaction is aborted, so nothing is written. */
  cancel(): void;
};

/** ImportRequest without its id, kept as a union so each body is checked against its type. */
type RequestBody = ImportRequest extends infer R
  ? R extends ImportRequest
    ? Omit<R, 'id'>
    : never
  : never;

type Pending = { resolve: (message: ImportResponse) => void; reject: (error: Error) => void };

/** One worker per file: the parsed sheet stays in the worker between the steps. */
export function startImportSession(
  dbName: string,
  account: SessionAccount | null,
  onProgress: (progress: ImportProgress) => void,
): ImportSession {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let stopped = false;

  const stop = (error: Error) => {
    stopped = true;
    worker.terminate();
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };

  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const message = event.data;
    if (message.type === 'progress') return onProgress(message.progress);
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.type === 'failed') waiting.reject(new Error(message.message));
    else waiting.resolve(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    stop(new Error(`Proses latar impor gagal: ${event.message || 'kesalahan tak dikenal'}`));
  };

  function request<T extends ImportResponse['type']>(
    body: RequestBody,
    expect: T,
    transfer: Transferable[] = [],
    timeLimit?: { ms: number; message: string },
  ): Promise<Extract<ImportResponse, { type: T }>> {
    if (stopped) return Promise.reject(new ImportCancelledError());
    const id = nextId++;
    // A read stuck in a loop ends the session (read-limit.ts); nothing was written yet.
    const timer = timeLimit
      ? setTimeout(() => stop(new Error(timeLimit.message)), timeLimit.ms)
      : undefined;
    return new Promise<Extract<ImportResponse, { type: T }>>((resolve, reject) => {
      pending.set(id, {
        resolve: (message) =>
          message.type === expect
            ? resolve(message as Extract<ImportResponse, { type: T }>)
            : reject(new Error(`Jawaban tak terduga dari proses impor: ${message.type}`)),
        reject,
      });
      worker.postMessage({ ...body, id } as ImportRequest, transfer);
    }).finally(() => clearTimeout(timer));
  }

  return {
    open: (fileName, bytes) =>
      request(
        { type: 'open', dbName, fileName, bytes, account },
        'opened',
        [bytes],
        readTimeLimit(bytes.byteLength),
      ).then((m) => m.sheet),
    check: (mapping, layoutLabel) =>
      request({ type: 'check', mapping, layoutLabel }, 'checked').then((m) => m.summary),
    report: () =>
      request({ type: 'report' }, 'report').then(({ bytes, name }) => ({ bytes, name })),
    commit: (proposals) =>
      request({ type: 'commit', proposals }, 'committed').then((m) => m.result),
    cancel: () => stop(new ImportCancelledError()),
  };
}
