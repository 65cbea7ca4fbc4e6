import { Button, Group, Kbd, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useLayoutEffect, useState } from 'react';
import { DECISION_WORDS, reasonsFor } from '@shared/domain/musyawarah/decision-words';
import type { DecisionVocabulary } from '@shared/domain/musyawarah/decision-words';
import type { Decision } from '@shared/domain/core/entities';
import { MAX_REASON_LENGTH } from '@shared/domain/musyawarah/meeting';

type Props = {
  vocabulary: DecisionVocabulary;
  decision: Decision | null;
  nama: string;
  onClose: () => void;
  onConfirm: (reason: string) => void;
};

/**
 * A refusal, a removal or a postponement needs a reason: a common one by number key, or
 * typed. The reasons offered fit the kind: refusing a removal never offers "Meninggal dunia".
 */
export function ReasonDialog({ vocabulary, decision, nama, onClose, onConfirm }: Props) {
  return (
    <Modal
      opened={decision !== null}
      onClose={onClose}
      title={decision ? `${DECISION_WORDS[vocabulary][decision]}: ${nama}` : ''}
      size="lg"
    >
      {decision && (
        <ReasonForm
          key={`${vocabulary}-${decision}`}
          reasons={reasonsFor(vocabulary, decision)}
          onConfirm={onConfirm}
        />
      )}
    </Modal>
  );
}

function ReasonForm({
  reasons,
  onConfirm,
}: {
  reasons: readonly string[];
  onConfirm: (reason: string) => void;
}) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);

  // Number keys pick a common reason, unless the clerk is typing one. Listened to on the
  // window from the moment the dialog is drawn (a layout effect, before the browser paints),
  // not on the dialog's own elements: focus reaches them only after the opening transition,
  // and a facilitator typing "T 1" quickly lost the 1, leaving the dialog open.
  useLayoutEffect(() => {
    const pickByNumber = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      const reason = reasons[Number(event.key) - 1];
      if (!reason) return;
      event.preventDefault();
      event.stopPropagation();
      onConfirm(reason);
    };
    window.addEventListener('keydown', pickByNumber, { capture: true });
    return () => window.removeEventListener('keydown', pickByNumber, { capture: true });
  }, [reasons, onConfirm]);

  return (
    <Stack>
      <Text size="sm">Pilih alasan yang disepakati (tekan angkanya) atau tulis sendiri:</Text>
      <Stack gap={6}>
        {reasons.map((reason, i) => (
          <Button
            key={reason}
            variant="light"
            justify="flex-start"
            data-autofocus={i === 0 ? true : undefined}
            leftSection={<Kbd>{i + 1}</Kbd>}
            onClick={() => onConfirm(reason)}
          >
            {reason}
          </Button>
        ))}
      </Stack>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const reason = typed.trim();
          if (reason === '') {
            setError('Tulis alasannya atau pilih salah satu di atas');
            return;
          }
          onConfirm(reason);
        }}
      >
        <Group align="flex-end">
          <TextInput
            style={{ flex: 1 }}
            label="Alasan lain"
            maxLength={MAX_REASON_LENGTH}
            value={typed}
            error={error}
            onChange={(e) => {
              setError(null);
              setTyped(e.currentTarget.value);
            }}
          />
          <Button type="submit">Simpan</Button>
        </Group>
      </form>
    </Stack>
  );
}
