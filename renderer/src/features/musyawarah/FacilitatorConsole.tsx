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
import { cursorIndex, useConsoleCursor } from './useConsoleCursor';
import { loadCursor } from './projector-sync';
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
  // The first card shows as soon as the names are sorted; the candidates from where the
  // console stands are read whole first (issue 17, meeting_300).
  const loaded = useMeetingCandidates(meeting.id, true, {
    partial: true,
    startAt: (sorted, decided) =>
      cursorIndex(sorted, new Set(decided.map((row) => row.proposalId)), loadCursor(meeting.id)),
  });
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
  // Once per decision, not per move: ~2,700 candidates each (issue 17, meeting_300).
  const tally = useMemo(() => tallyInWords(candidates, decisions), [candidates, decisions]);
  const open = useMemo(
    () => candidates.filter((c) => !decisionOf.has(c.proposalId)).length,
    [candidates, decisionOf],
  );
  const { index, current, goTo, move, advanceAfter } = useConsoleCursor(
    meeting.id,
    candidates,
    decisionOf,
  );
  const vocabulary = current ? vocabularyOf(current) : 'usulan';
  const reading = loaded?.reading;
  // Never decided on a candidate whose family, aid or assessment is not read yet.
  const waiting =
    current && reading?.pending.has(current.proposalId)
      ? `Masih membaca data calon (${reading.done} dari ${reading.total}): keluarga, bantuan dan hasil verifikasi calon ini belum terbaca, jadi belum dapat diputuskan.`
      : undefined;

  useProjectorFeed({
    meetingId: meeting.id,
    title: `Musyawarah Kelurahan ${identity?.namaKelurahan ?? ''} · ${meeting.period}`,
    candidates,
    decisions,
    currentId: current?.proposalId ?? null,
    locked,
    ready: Boolean(loaded),
    // The projector shows the current candidate's facts only once they are read; until then
    // it says the candidate is being read (not the candidate shown before).
    reading: waiting !== undefined,
  });
  const decide = useConsoleDecisions({
    meetingId: meeting.id,
    current,
    vocabulary,
    onDecided: advanceAfter,
    onUndone: goTo,
    notDriving,
    waiting,
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

  return (
    <Stack>
      <ConsoleToolbar
        meetingId={meeting.id}
        tally={tally}
        open={open}
        total={candidates.length}
        canUndo={!locked && !notDriving && hasOwnDecision(decisions, CONSOLE_WINDOW_ID)}
        onUndo={() => void decide.undo()}
      />
      <KemudiBanner kemudi={kemudi} />
      {/* Announced as it changes: the decisions wait for the current candidate's rows. */}
      <div role="status" aria-live="polite" data-testid="candidates-reading">
        {reading && (
          <Alert color={waiting ? 'yellow' : 'blue'} title="Masih membaca data calon">
            {waiting
              ? waiting
              : `Data calon ini sudah lengkap; calon lain masih dibaca (${reading.done} dari ${reading.total}).`}
          </Alert>
        )}
      </div>
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
                reading={waiting !== undefined}
              />
            )}
            <DecisionButtons
              vocabulary={vocabulary}
              locked={locked}
              notDriving={notDriving}
              waiting={waiting}
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
