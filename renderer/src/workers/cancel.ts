import { CANCELLED_KIND, Refusal } from '@shared/domain/core/refusal';
/** A long job stopped by the clerk: nothing was saved, and nothing needs to be said in red. */
export class CancelledError extends Refusal {
  override name = 'CancelledError';
  constructor() {
    super('Dibatalkan', { kind: CANCELLED_KIND });
  }
}

export function isCancelled(error: unknown): error is CancelledError {
  return error instanceof CancelledError;
}
