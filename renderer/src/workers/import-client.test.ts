import { afterEach, describe, expect, it, vi } from 'vitest';
import { startImportSession } from './import-client';
import type { ImportRequest, ImportResponse, OpenedSheet } from './import-engine';

/** The import worker as the client sees it; the test answers for it, or does not. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: ImportRequest[] = [];
  terminate = vi.fn();
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: ImportRequest) {
    this.sent.push(request);
  }
  answer(message: ImportResponse) {
    this.onmessage?.({ data: message } as MessageEvent<ImportResponse>);
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('startImportSession', () => {
  it('stops a read that never ends and says why, instead of "Membaca berkas…" for ever', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const session = startImportSession('dtks-uji', null, () => {});
    const opened = session.open('rusak.xls', new ArrayBuffer(11_092));
    const failed = vi.fn();
    opened.catch(failed);
    await vi.advanceTimersByTimeAsync(39_000);
    expect(failed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(opened).rejects.toThrow(/^Berkas tidak selesai dibaca dalam 40 detik/);
    expect(FakeWorker.last?.terminate).toHaveBeenCalled();
  });

  it('keeps the session of a file read in time, past the limit', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const session = startImportSession('dtks-uji', null, () => {});
    const opened = session.open('prelist.xlsx', new ArrayBuffer(2_000));
    const worker = FakeWorker.last!;
    const id = worker.sent[0]!.id;
    worker.answer({ type: 'opened', id, sheet: { fileName: 'prelist.xlsx' } as OpenedSheet });
    await expect(opened).resolves.toMatchObject({ fileName: 'prelist.xlsx' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(worker.terminate).not.toHaveBeenCalled();
  });
});
