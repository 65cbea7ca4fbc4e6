import { Button, Group, Kbd, Text } from '@mantine/core';
import type { Decision } from '@shared/domain/core/entities';
import { DECISION_BUTTONS, DECISION_KEYS } from '@shared/domain/musyawarah/decision-words';
import type { DecisionVocabulary } from '@shared/domain/musyawarah/decision-words';

const DECISION_COLORS: Readonly<Record<Decision, string>> = {
  layak: 'teal',
  tidak_layak: 'red',
  ditunda: 'yellow',
};

/** Previous, the three decisions in the words of this candidate's kind, next. */
export function DecisionButtons({
  vocabulary,
  locked,
  notDriving,
  waiting,
  atFirst,
  atLast,
  onMove,
  onChoose,
}: {
  vocabulary: DecisionVocabulary;
  locked: boolean;
  /** Why this PC may not decide (office sync: another PC holds the kemudi). */
  notDriving?: string;
  /** Why this candidate cannot be decided yet (its rows are still being read). */
  waiting?: string;
  atFirst: boolean;
  atLast: boolean;
  onMove: (step: number) => void;
  onChoose: (decision: Decision) => void;
}) {
  const keys = DECISION_KEYS[vocabulary];
  const buttons = DECISION_BUTTONS[vocabulary];
  return (
    <Group>
      <Button variant="default" onClick={() => onMove(-1)} disabled={atFirst}>
        ← Sebelumnya
      </Button>
      {(['layak', 'tidak_layak', 'ditunda'] as const).map((decision) => (
        <Button
          key={decision}
          color={DECISION_COLORS[decision]}
          data-testid={`decide-${decision}`}
          disabled={locked || notDriving !== undefined || waiting !== undefined}
          title={notDriving ?? waiting}
          onClick={() => onChoose(decision)}
        >
          {buttons[decision]} ({keys[decision]})
        </Button>
      ))}
      <Button variant="default" onClick={() => onMove(1)} disabled={atLast}>
        Berikutnya →
      </Button>
    </Group>
  );
}

/** The keyboard crib under the buttons, with this kind's letters. */
export function ConsoleKeyHint({ vocabulary }: { vocabulary: DecisionVocabulary }) {
  const keys = DECISION_KEYS[vocabulary];
  const buttons = DECISION_BUTTONS[vocabulary];
  return (
    <Text size="xs" c="dimmed">
      Papan ketik: <Kbd>→</Kbd>/<Kbd>J</Kbd> berikutnya, <Kbd>←</Kbd>/<Kbd>K</Kbd> sebelumnya,{' '}
      <Kbd>{keys.layak}</Kbd> {buttons.layak.toLowerCase()}, <Kbd>{keys.tidak_layak}</Kbd>{' '}
      {buttons.tidak_layak.toLowerCase()}, <Kbd>D</Kbd> ditunda, <Kbd>U</Kbd> atau <Kbd>Ctrl</Kbd>+
      <Kbd>Z</Kbd> urungkan. Huruf keputusan mengikuti jenis usulan calon ini; huruf jenis lain
      tidak memutuskan apa pun. Setiap keputusan langsung tersimpan.
    </Text>
  );
}
