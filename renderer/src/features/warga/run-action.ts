import { notifications } from '@mantine/notifications';
import { isRegistryError } from '../../db/warga/repository';
import type { RegistryError } from '../../db/warga/repository';
import { describeStorageError } from '../../db/core/storage-errors';

/**
 * Runs one registry write: success is announced, a rule's refusal is returned
 * for the form to show beside its field, a storage failure is explained.
 */
export async function runAction(
  action: () => Promise<unknown>,
  success: string,
  what: string,
): Promise<RegistryError | null> {
  try {
    await action();
    notifications.show({ color: 'teal', message: success });
    return null;
  } catch (error) {
    if (isRegistryError(error)) return error;
    notifications.show({ color: 'red', message: describeStorageError(error, what) });
    return null;
  }
}
