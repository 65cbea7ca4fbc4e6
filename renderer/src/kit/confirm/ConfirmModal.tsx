import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type ConfirmOptions = {
  title: string;
  /** One sentence on what happens. */
  message: ReactNode;
  /** What will be lost, item by item, so the clerk sees the cost before the click. */
  lost?: readonly ReactNode[];
  confirmLabel: string;
  /** Red for anything that deletes or replaces. */
  danger?: boolean;
};

type Props = ConfirmOptions & {
  opened: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * The one confirmation the app asks before it deletes or replaces anything. It
 * names what will be lost, and the safe answer ("Batal") holds the focus, so an
 * Enter pressed by habit loses nothing.
 */
export function ConfirmModal({
  opened,
  busy = false,
  title,
  message,
  lost,
  confirmLabel,
  danger = true,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      <Stack>
        <Text size="sm">{message}</Text>
        {lost && lost.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Yang akan hilang:
            </Text>
            <List size="sm" data-testid="confirm-lost">
              {lost.map((item, index) => (
                <List.Item key={index}>{item}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy} data-autofocus>
            Batal
          </Button>
          <Button color={danger ? 'red' : undefined} loading={busy} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
