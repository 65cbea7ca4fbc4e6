import { Badge } from '@mantine/core';
import type { Decision, MeetingStatus } from '@shared/domain/core/entities';
import { decisionWords } from '@shared/domain/musyawarah/decision-words';
import type { DecisionSubject } from '@shared/domain/musyawarah/decision-words';
import { MEETING_STATUS_LABELS } from '@shared/domain/musyawarah/meeting';

const STATUS_COLORS: Record<MeetingStatus, string> = {
  persiapan: 'gray',
  berlangsung: 'blue',
  terkunci: 'dark',
};

export const DECISION_COLORS: Record<Decision, string> = {
  layak: 'teal',
  tidak_layak: 'red',
  ditunda: 'yellow',
};

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant={status === 'terkunci' ? 'filled' : 'light'}>
      {MEETING_STATUS_LABELS[status]}
    </Badge>
  );
}

/** A decision in the words of the candidate's kind: "Tetap", "Disetujui dinonaktifkan" … */
export function DecisionBadge({
  decision,
  subject,
}: {
  decision: Decision | null | undefined;
  subject: DecisionSubject;
}) {
  if (!decision)
    return (
      <Badge color="gray" variant="outline">
        Belum
      </Badge>
    );
  return (
    <Badge
      color={DECISION_COLORS[decision]}
      variant="filled"
      c={decision === 'ditunda' ? 'dark' : undefined}
    >
      {decisionWords(subject, decision)}
    </Badge>
  );
}
