import { Group, Progress, Stack, Text } from '@mantine/core';
import type { TallyEntry, TallyTone } from '@shared/domain/musyawarah/decision-words';

const TONE_COLORS: Record<TallyTone, { text: string; bar: string }> = {
  setuju: { text: 'teal.8', bar: 'teal' },
  tolak: { text: 'red.8', bar: 'red' },
  ditunda: { text: 'yellow.9', bar: 'yellow' },
};

/** Running tallies: what the room has decided so far, in the words of each kind. */
export function TallyBar({
  tally,
  open,
  total,
}: {
  tally: readonly TallyEntry[];
  open: number;
  total: number;
}) {
  const share = (n: number) => (total > 0 ? (n / total) * 100 : 0);
  return (
    <Stack gap={4} data-testid="tally">
      <Group gap="lg">
        {tally.map((entry) => (
          <Text key={entry.label} fw={700} c={TONE_COLORS[entry.tone].text}>
            {entry.label}: {entry.count}
          </Text>
        ))}
        <Text c="dimmed">
          Belum diputuskan: {open} dari {total}
        </Text>
      </Group>
      <Progress.Root size="md" role="group" aria-label="Kemajuan keputusan">
        {tally.map((entry) => (
          <Progress.Section
            key={entry.label}
            value={share(entry.count)}
            color={TONE_COLORS[entry.tone].bar}
            aria-label={entry.label}
          />
        ))}
      </Progress.Root>
    </Stack>
  );
}
