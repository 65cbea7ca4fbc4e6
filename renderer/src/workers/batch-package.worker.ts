/// <reference lib="webworker" />
import { buildBatchPackage } from './batch-package';
import type { PackageInput, PackageOutput, PackagePhase } from './batch-package';

export type BatchPackageRequest = { id: number; input: PackageInput };
export type BatchPackageMessage =
  | { id: number; type: 'progress'; phase: PackagePhase; fraction: number }
  | { id: number; type: 'done'; output: PackageOutput }
  | { id: number; type: 'error'; message: string };

const post = (message: BatchPackageMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<BatchPackageRequest>) => {
  const { id, input } = event.data;
  try {
    // SheetJS is large: it loads here, on the first package, never at start-up.
    const XLSX = await import('xlsx');
    const output = buildBatchPackage(XLSX, input, (phase, fraction) =>
      post({ id, type: 'progress', phase, fraction }),
    );
    post({ id, type: 'done', output }, [output.zip.buffer]);
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
