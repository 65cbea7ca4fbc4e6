import { Badge } from '@mantine/core';
import { BATCH_STATE_LABELS } from '@shared/domain/ekspor/batch';
import type { BatchState } from '@shared/domain/core/entities';

const COLORS: Record<BatchState, string> = {
  disiapkan: 'orange',
  tervalidasi: 'teal',
  diekspor: 'blue',
  diunggah: 'violet',
  hasil_diterima: 'dark',
};

export function BatchStateBadge({ state, replaced }: { state: BatchState; replaced?: boolean }) {
  if (replaced) {
    return (
      <Badge color="gray" variant="outline">
        Diganti versi baru
      </Badge>
    );
  }
  return (
    <Badge color={COLORS[state]} variant="light">
      {BATCH_STATE_LABELS[state]}
    </Badge>
  );
}
