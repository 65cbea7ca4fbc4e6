import { startWorkerJob } from '../kit/worker-job';
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
  // The package is built in memory only: stopping the worker leaves nothing behind.
  const request: BatchPackageRequest = { id: 1, input };
  return startWorkerJob<BatchPackageMessage, PackageOutput>({
    create: () =>
      new Worker(new URL('./batch-package.worker.ts', import.meta.url), { type: 'module' }),
    request,
    signal,
    step: (message) => {
      if (message.type === 'progress') return void onProgress(message.phase, message.fraction);
      if (message.type === 'done') return { done: message.output };
      return { failed: `Paket gagal dibuat: ${message.message}` };
    },
    crashed: (detail) => `Paket gagal dibuat: ${detail}`,
  }).promise;
}
