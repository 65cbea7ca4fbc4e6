import { CancelledError } from './cancel';
import type { PackageInput, PackageOutput, PackagePhase } from './batch-package';
import type { BatchPackageMessage, BatchPackageRequest } from './batch-package.worker';

export type { PackageOutput, PackagePhase };

export const PACKAGE_PHASE_LABELS: Record<PackagePhase, string> = {
  tabel: 'Menyusun baris',
  xlsx: 'Menulis XLSX',
  csv: 'Menulis CSV',
  hash: 'Menghitung SHA-256',
  zip: 'Mengemas ZIP',
};

/**
 * Builds one package in its own worker, which ends with the job: a package is
 * made a few times a month, so nothing is worth keeping warm.
 */
export function buildPackageInWorker(
  input: PackageInput,
  onProgress: (phase: PackagePhase, fraction: number) => void,
  signal?: AbortSignal,
): Promise<PackageOutput> {
  if (signal?.aborted) return Promise.reject(new CancelledError());
  const worker = new Worker(new URL('./batch-package.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<PackageOutput>((resolve, reject) => {
    // The package is built in memory only: stopping the worker leaves nothing behind.
    signal?.addEventListener(
      'abort',
      () => {
        worker.terminate();
        reject(new CancelledError());
      },
      { once: true },
    );
    worker.onmessage = (event: MessageEvent<BatchPackageMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.phase, message.fraction);
      worker.terminate();
      if (message.type === 'done') resolve(message.output);
      else reject(new Error(`Paket gagal dibuat: ${message.message}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`Paket gagal dibuat: ${event.message || 'kesalahan tak dikenal'}`));
    };
    const request: BatchPackageRequest = { id: 1, input };
    worker.postMessage(request);
  });
}
