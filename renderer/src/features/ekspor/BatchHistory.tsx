import { Text, Timeline } from '@mantine/core';
import { BATCH_STATE_LABELS } from '@shared/domain/ekspor/batch';
import type { Batch } from '@shared/domain/core/entities';
import { dateTime } from './format';

export function BatchHistory({ batch }: { batch: Batch }) {
  return (
    <Timeline active={batch.history.length - 1} bulletSize={14} lineWidth={2}>
      {batch.history.map((entry, i) => (
        <Timeline.Item key={`${entry.at}-${i}`} title={BATCH_STATE_LABELS[entry.state]}>
          <Text size="sm">{entry.note}</Text>
          <Text size="xs" c="dimmed">
            {dateTime(entry.at)} · {entry.by}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
