import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PdfDocument } from '@shared/reports/pdf-document';
import { buildPackageInWorker } from './batch-package-client';
import type { PackageInput } from './batch-package';
import { CancelledError } from './cancel';

/** A stand-in for the browser's Worker: records what it was sent and whether it was stopped. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  FakeWorker.made = [];
});

const doc = { content: [] } as unknown as PdfDocument;

describe('cancelling long jobs', () => {
  it('stops the PDF worker and hands the other document to a fresh one', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { renderPdf } = await import('./render-pdf');
    const controller = new AbortController();
    const cancelled = renderPdf(doc, undefined, controller.signal);
    const other = renderPdf(doc);
    const first = FakeWorker.made[0];
    expect(first?.posted).toHaveLength(2);

    controller.abort();
    await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
    expect(first?.terminated).toBe(true);
    const second = FakeWorker.made[1];
    expect(second?.posted).toHaveLength(1);

    const bytes = new Uint8Array([37, 80, 68, 70]);
    const id = (second?.posted[0] as { id: number }).id;
    second?.onmessage?.({ data: { id, type: 'done', bytes } } as MessageEvent);
    await expect(other).resolves.toBe(bytes);
  });

  it('stops the package worker, and nothing is made', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const progress = vi.fn();
    const job = buildPackageInWorker({} as PackageInput, progress, controller.signal);
    controller.abort();
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });
});
