import { Group, Paper, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import type { Decision, MeetingDecision } from '@shared/domain/core/entities';
import { groupByRwRt } from '@shared/domain/musyawarah/candidates';
import type { MeetingCandidate } from '@shared/domain/musyawarah/candidates';
import { DecisionBadge } from './StatusBadge';

type RowProps = {
  candidate: MeetingCandidate;
  decision: Decision | undefined;
  isCurrent: boolean;
  onSelect: (proposalId: string) => void;
  currentRef: RefObject<HTMLButtonElement | null>;
};

/**
 * One row, drawn again only when its own decision or current mark changes: a decision
 * otherwise redrew every row of a list of thousands (issue 17: meeting_300).
 */
const CandidateRow = memo(function CandidateRow({
  candidate,
  decision,
  isCurrent,
  onSelect,
  currentRef,
}: RowProps) {
  return (
    <UnstyledButton
      ref={isCurrent ? currentRef : undefined}
      aria-current={isCurrent ? 'true' : undefined}
      onClick={() => onSelect(candidate.proposalId)}
      px={6}
      py={4}
      bg={isCurrent ? 'indigo.0' : undefined}
      style={{
        borderRadius: 4,
        borderLeft: isCurrent ? '3px solid var(--mantine-color-indigo-6)' : '3px solid transparent',
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap={4}>
        <Text size="sm" truncate fw={isCurrent ? 700 : 400}>
          {candidate.nama}
        </Text>
        <DecisionBadge decision={decision} subject={candidate} />
      </Group>
    </UnstyledButton>
  );
});

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
  // A stable handler, so the memoised rows are not all drawn again for a new one.
  const latest = useRef(onSelect);
  useEffect(() => {
    latest.current = onSelect;
  });
  const select = useCallback((proposalId: string) => latest.current(proposalId), []);
  const groups = useMemo(() => groupByRwRt(candidates), [candidates]);

  return (
    <Paper withBorder w={320} style={{ flexShrink: 0 }}>
      <ScrollArea h={520} type="auto">
        <Stack gap={0} p={4}>
          {groups.map((group) => (
            <Stack key={group.key} gap={0}>
              <Text size="xs" fw={700} c="dimmed" px={6} pt={6}>
                {group.label}
              </Text>
              {group.items.map((candidate) => (
                <CandidateRow
                  key={candidate.proposalId}
                  candidate={candidate}
                  decision={decisionOf.get(candidate.proposalId)?.decision}
                  isCurrent={candidate.proposalId === currentId}
                  onSelect={select}
                  currentRef={currentRef}
                />
              ))}
            </Stack>
          ))}
        </Stack>
      </ScrollArea>
    </Paper>
  );
}
