/** A long job stopped by the clerk: nothing was saved, and nothing needs to be said in red. */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor() {
    super('Dibatalkan');
  }
}

export function isCancelled(error: unknown): error is CancelledError {
  return error instanceof CancelledError;
}
