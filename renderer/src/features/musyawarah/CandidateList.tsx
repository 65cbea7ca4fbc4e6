import { Group, Paper, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { MeetingDecision } from '@shared/domain/core/entities';
import { groupByRwRt } from '@shared/domain/musyawarah/candidates';
import type { MeetingCandidate } from '@shared/domain/musyawarah/candidates';
import { DecisionBadge } from './StatusBadge';

/** The side list of the console: every candidate by RW/RT, the current one marked. */
export function CandidateList({
  candidates,
  decisionOf,
  currentId,
  onSelect,
}: {
  candidates: readonly MeetingCandidate[];
  decisionOf: ReadonlyMap<string, MeetingDecision>;
  currentId: string | null;
  onSelect: (proposalId: string) => void;
}) {
  const currentRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);

  return (
    <Paper withBorder w={320} style={{ flexShrink: 0 }}>
      <ScrollArea h={520} type="auto">
        <Stack gap={0} p={4}>
          {groupByRwRt(candidates).map((group) => (
            <Stack key={group.key} gap={0}>
              <Text size="xs" fw={700} c="dimmed" px={6} pt={6}>
                {group.label}
              </Text>
              {group.items.map((candidate) => {
                const isCurrent = candidate.proposalId === currentId;
                return (
                  <UnstyledButton
                    key={candidate.proposalId}
                    ref={isCurrent ? currentRef : undefined}
                    aria-current={isCurrent ? 'true' : undefined}
                    onClick={() => onSelect(candidate.proposalId)}
                    px={6}
                    py={4}
                    bg={isCurrent ? 'indigo.0' : undefined}
                    style={{
                      borderRadius: 4,
                      borderLeft: isCurrent
                        ? '3px solid var(--mantine-color-indigo-6)'
                        : '3px solid transparent',
                    }}
                  >
                    <Group justify="space-between" wrap="nowrap" gap={4}>
                      <Text size="sm" truncate fw={isCurrent ? 700 : 400}>
                        {candidate.nama}
                      </Text>
                      <DecisionBadge
                        decision={decisionOf.get(candidate.proposalId)?.decision}
                        subject={candidate}
                      />
                    </Group>
                  </UnstyledButton>
                );
              })}
            </Stack>
          ))}
        </Stack>
      </ScrollArea>
    </Paper>
  );
}
