import { Text } from '@mantine/core';
import type { CanResult } from '@shared/domain/keamanan/permissions';

/** The sentence under a disabled role-restricted button; nothing when allowed. */
export function NotAllowedHint({ can, id }: { can: CanResult; id?: string }) {
  if (can.allowed) return null;
  return (
    <Text size="sm" c="dimmed" id={id} data-testid="not-allowed">
      {can.reason}
    </Text>
  );
}
