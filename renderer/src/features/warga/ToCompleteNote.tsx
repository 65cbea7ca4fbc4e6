import { Button, Group, Text } from '@mantine/core';
import type { ConfirmableField } from '@shared/domain/core/entities';

type Props = {
  field: ConfirmableField;
  /** What the form holds now; '' while still unknown. */
  value: string;
  /** A value the family card suggests, confirmed only by a click. */
  suggestion?: { value: string; label: string };
  onConfirm: (value: string) => void;
};

/**
 * Under a field an import left unknown: says so, offers to confirm a suggestion as it
 * is, and tells the clerk that a value given here stops being "belum diisi" on save.
 */
export function ToCompleteNote({ field, value, suggestion, onConfirm }: Props) {
  if (value.trim() !== '') {
    return (
      <Text component="span" size="xs" c="teal.8" data-testid={`confirmed-${field}`}>
        ✓ Dikonfirmasi saat disimpan
      </Text>
    );
  }
  return (
    <Group component="span" gap={6} wrap="nowrap" data-testid={`to-complete-${field}`}>
      <Text component="span" size="xs" c="orange.9" fw={500}>
        ⚠ Belum diisi (tidak ada di berkas impor)
      </Text>
      {suggestion && (
        <Button
          size="compact-xs"
          variant="light"
          color="orange"
          data-testid={`confirm-${field}`}
          onClick={() => onConfirm(suggestion.value)}
        >
          Konfirmasi: {suggestion.label}
        </Button>
      )}
    </Group>
  );
}
