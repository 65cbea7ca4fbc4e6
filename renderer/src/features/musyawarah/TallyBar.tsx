import { Group, Progress, Stack, Text } from '@mantine/core';
import type { Tally } from '@shared/domain/meeting-candidates';

/** Running tallies: what the room has decided so far. */
export function TallyBar({ tally }: { tally: Tally }) {
  const share = (n: number) => (tally.total > 0 ? (n / tally.total) * 100 : 0);
  return (
    <Stack gap={4} data-testid="tally">
      <Group gap="lg">
        <Text fw={700} c="teal.8">
          Layak: {tally.layak}
        </Text>
        <Text fw={700} c="red.8">
          Tidak layak: {tally.tidak_layak}
        </Text>
        <Text fw={700} c="yellow.9">
          Ditunda: {tally.ditunda}
        </Text>
        <Text c="dimmed">
          Belum diputuskan: {tally.belum} dari {tally.total}
        </Text>
      </Group>
      <Progress.Root size="md" role="group" aria-label="Kemajuan keputusan">
        <Progress.Section value={share(tally.layak)} color="teal" aria-label="Layak" />
        <Progress.Section value={share(tally.tidak_layak)} color="red" aria-label="Tidak layak" />
        <Progress.Section value={share(tally.ditunda)} color="yellow" aria-label="Ditunda" />
      </Progress.Root>
    </Stack>
  );
}
