import { Alert, Group, Stack } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { tallyInWords, vocabularyOf } from '@shared/domain/musyawarah/decision-words';
import type { Meeting } from '@shared/domain/core/entities';
import { hasOwnDecision } from '../../db/musyawarah/repository';
import { CandidateCard } from './CandidateCard';
import { CandidateList } from './CandidateList';
import { ConsoleToolbar } from './ConsoleToolbar';
import { ConsoleKeyHint, DecisionButtons } from './DecisionButtons';
import { ReasonDialog } from './ReasonDialog';
import { useConsoleCursor } from './useConsoleCursor';
import { useConsoleDecisions } from './useConsoleDecisions';
import { useConsoleKeys } from './useConsoleKeys';
import { useIdentity, useMeetingCandidates } from './useMusyawarah';
import { useProjectorFeed } from './useProjectorFeed';
import { KemudiBanner } from './KemudiBanner';
import { useKemudi } from './useKemudi';
import { CONSOLE_WINDOW_ID } from './window-id';
import { markLatest } from '../../kit/startup-marks';

export function FacilitatorConsole({ meeting }: { meeting: Meeting }) {
  const identity = useIdentity();
  const loaded = useMeetingCandidates(meeting.id);
  const locked = meeting.status === 'terkunci';
  // Office sync: only the PC holding the meeting's "kemudi" decides (the data layer checks too).
  const kemudi = useKemudi(meeting.id, locked);
  const notDriving = kemudi.mayDecide
    ? undefined
    : 'PC ini tidak memegang kemudi musyawarah ini (lihat keterangan di atas)';

  const candidates = useMemo(() => loaded?.candidates ?? [], [loaded]);
  const decisions = useMemo(() => loaded?.decisions ?? [], [loaded]);
  // For the meeting_300 bench: when this window has drawn a decision.
  useEffect(() => {
    markLatest('dtks:decisions-shown');
  }, [decisions]);
  const decisionOf = useMemo(
    () => new Map(decisions.map((row) => [row.proposalId, row])),
    [decisions],
  );
  const { index, current, goTo, move } = useConsoleCursor(meeting.id, candidates, decisionOf);
  const vocabulary = current ? vocabularyOf(current) : 'usulan';

  useProjectorFeed({
    meetingId: meeting.id,
    title: `Musyawarah Kelurahan ${identity?.namaKelurahan ?? ''} · ${meeting.period}`,
    candidates,
    decisions,
    currentId: current?.proposalId ?? null,
    locked,
    ready: Boolean(loaded),
  });
  const decide = useConsoleDecisions({
    meetingId: meeting.id,
    current,
    vocabulary,
    onDecided: () => move(1),
    onUndone: goTo,
    notDriving,
  });
  useConsoleKeys(
    {
      next: () => move(1),
      previous: () => move(-1),
      decide: decide.pressLetter,
      undo: () => void decide.undo(),
    },
    decide.asking === null && loaded !== undefined,
  );

  if (!loaded) return null;
  const open = candidates.filter((c) => !decisionOf.has(c.proposalId)).length;

  return (
    <Stack>
      <ConsoleToolbar
        meetingId={meeting.id}
        tally={tallyInWords(candidates, decisions)}
        open={open}
        total={candidates.length}
        canUndo={!locked && !notDriving && hasOwnDecision(decisions, CONSOLE_WINDOW_ID)}
        onUndo={() => void decide.undo()}
      />
      <KemudiBanner kemudi={kemudi} />
      {locked && (
        <Alert color="dark" title="Musyawarah sudah dikunci">
          Keputusan tidak dapat diubah lagi. Proyektor tetap dapat menampilkan hasilnya.
        </Alert>
      )}
      {candidates.length === 0 ? (
        <Alert color="gray" title="Belum ada calon">
          Tidak ada usulan berstatus siap musyawarah atau prelist yang perlu diperiksa ulang.
        </Alert>
      ) : (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <Stack style={{ flex: 1, minWidth: 0 }}>
            {current && (
              <CandidateCard
                candidate={current}
                decision={decisionOf.get(current.proposalId)}
                position={index + 1}
                total={candidates.length}
              />
            )}
            <DecisionButtons
              vocabulary={vocabulary}
              locked={locked}
              notDriving={notDriving}
              atFirst={index === 0}
              atLast={index >= candidates.length - 1}
              onMove={move}
              onChoose={decide.choose}
            />
            <ConsoleKeyHint vocabulary={vocabulary} />
          </Stack>
          <CandidateList
            candidates={candidates}
            decisionOf={decisionOf}
            currentId={current?.proposalId ?? null}
            onSelect={goTo}
          />
        </Group>
      )}
      <ReasonDialog
        vocabulary={vocabulary}
        decision={decide.asking}
        nama={current?.nama ?? ''}
        onClose={decide.cancelReason}
        onConfirm={decide.confirmReason}
      />
    </Stack>
  );
}
