import { notifications } from '@mantine/notifications';
import {
  FinaliseError,
  MeetingLockedError,
  MeetingSignerError,
} from '../../db/musyawarah/repository';
import { describeStorageError } from '../../db/core/storage-errors';

/** Refusals of the musyawarah rules are already sentences; storage failures get explained. */
export function musyawarahError(error: unknown, action: string): string {
  if (
    error instanceof MeetingLockedError ||
    error instanceof FinaliseError ||
    error instanceof MeetingSignerError
  )
    return error.message;
  return describeStorageError(error, action);
}

export function notifyError(error: unknown, action: string): void {
  notifications.show({ color: 'red', message: musyawarahError(error, action), autoClose: 8000 });
}
