import { notifications } from '@mantine/notifications';
import { BatchError } from '../../db/ekspor/read';
import { describeStorageError } from '../../db/core/storage-errors';

/** Refusals of the batch rules are already sentences; storage failures get explained. */
export function eksporError(error: unknown, action: string): string {
  if (error instanceof BatchError) return error.message;
  return describeStorageError(error, action);
}

export function notifyEksporError(error: unknown, action: string): void {
  notifications.show({ color: 'red', message: eksporError(error, action), autoClose: 10_000 });
}
