import { Box, Group, Text, UnstyledButton } from '@mantine/core';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Decision, MeetingDecision } from '@shared/domain/core/entities';
import type { MeetingCandidate } from '@shared/domain/musyawarah/candidates';
import { VirtualRows } from '../../kit/lists/VirtualRows';
import { DecisionBadge } from './StatusBadge';

/** Every row of the side list, a RW/RT heading or a candidate, has this height (px). */
const ROW_HEIGHT = 30;

type RowProps = {
  candidate: MeetingCandidate;
  decision: Decision | undefined;
  isCurrent: boolean;
  onSelect: (proposalId: string) => void;
};

/**
 * One row, drawn again only when its own decision or current mark changes (issue 17:
 * meeting_300).
 */
const CandidateRow = memo(function CandidateRow({
  candidate,
  decision,
  isCurrent,
  onSelect,
}: RowProps) {
  return (
    <UnstyledButton
      aria-current={isCurrent ? 'true' : undefined}
      onClick={() => onSelect(candidate.proposalId)}
      px={6}
      h={ROW_HEIGHT}
      w="100%"
      bg={isCurrent ? 'indigo.0' : undefined}
      style={{
        display: 'block',
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

type Row = { type: 'group'; label: string } | { type: 'candidate'; candidate: MeetingCandidate };

/**
 * The side list of the console: every candidate by RW/RT, the current one marked and kept
 * in view. Only the rows in view are drawn: at 200,000 people a meeting has ~2,700
 * candidates, and drawing them all made every decision and every move slow (issue 17).
 */
export function CandidateList({
  candidates,
  decisionOf,
  currentId,
  onSelect,
}: {
  /** In meeting order (RW, RT, name), as the candidate read gives them. */
  candidates: readonly MeetingCandidate[];
  decisionOf: ReadonlyMap<string, MeetingDecision>;
  currentId: string | null;
  onSelect: (proposalId: string) => void;
}) {
  // A stable handler, so the memoised rows are not all drawn again for a new one.
  const latest = useRef(onSelect);
  useEffect(() => {
    latest.current = onSelect;
  });
  const select = useCallback((proposalId: string) => latest.current(proposalId), []);
  const { rows, rowOf } = useMemo(() => {
    // The candidates come in meeting order (RW, RT, name): a heading where the RT changes.
    const rows: Row[] = [];
    const rowOf = new Map<string, number>();
    let area = '';
    for (const candidate of candidates) {
      const label = `RW ${candidate.rw} · RT ${candidate.rt}`;
      if (label !== area) rows.push({ type: 'group', label });
      area = label;
      rowOf.set(candidate.proposalId, rows.length);
      rows.push({ type: 'candidate', candidate });
    }
    return { rows, rowOf };
  }, [candidates]);
  const currentRow = currentId === null ? undefined : rowOf.get(currentId);

  const renderRow = (index: number) => {
    const row = rows[index];
    if (!row) return null;
    if (row.type === 'group')
      return (
        <Text size="xs" fw={700} c="dimmed" px={6} pt={10} h={ROW_HEIGHT}>
          {row.label}
        </Text>
      );
    return (
      <CandidateRow
        candidate={row.candidate}
        decision={decisionOf.get(row.candidate.proposalId)?.decision}
        isCurrent={row.candidate.proposalId === currentId}
        onSelect={select}
      />
    );
  };

  return (
    <Box w={320} style={{ flexShrink: 0 }} data-testid="candidate-list">
      <VirtualRows
        count={rows.length}
        rowHeight={ROW_HEIGHT}
        height="520px"
        label="Daftar calon"
        header={null}
        renderRow={renderRow}
        {...(currentRow !== undefined ? { keepInView: currentRow } : {})}
      />
    </Box>
  );
}
