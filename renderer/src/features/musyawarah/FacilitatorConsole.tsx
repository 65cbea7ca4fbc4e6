import { Alert, Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  DECISION_BUTTONS,
  DECISION_KEYS,
  decisionForKey,
  keyHint,
  tallyInWords,
  vocabularyOf,
} from '@shared/domain/musyawarah/decision-words';
import type { Decision, Meeting } from '@shared/domain/core/entities';
import { reasonRequired } from '@shared/domain/musyawarah/meeting';
import { buildProjectorView } from '@shared/domain/musyawarah/candidates';
import { useDatabase } from '../../kit/database-context';
import { hasOwnDecision, recordDecision, undoLastDecision } from '../../db/musyawarah/repository';
import { useDesktopApi } from '../../platform';
import { CandidateCard } from './CandidateCard';
import { CandidateList } from './CandidateList';
import { runAction } from '../../kit/run-action';
import { loadCursor, openFacilitatorLink, saveCursor } from './projector-sync';
import type { FacilitatorLink } from './projector-sync';
import { ReasonDialog } from './ReasonDialog';
import { TallyBar } from './TallyBar';
import { useConsoleKeys } from './useConsoleKeys';
import { useIdentity, useMeetingCandidates } from './useMusyawarah';
import { KemudiBanner } from './KemudiBanner';
import { useKemudi } from './useKemudi';
import { CONSOLE_WINDOW_ID } from './window-id';
import { markProjecting, stopProjecting } from '../../kit/session/session-store';
import { noteActivity } from '../../kit/session/useIdleLock';

/** How often the console renews "this meeting is on the projector" (see session-store). */
const PROJECTING_RENEW_MS = 20_000;

export function FacilitatorConsole({ meeting }: { meeting: Meeting }) {
  const { db } = useDatabase();
  const desktop = useDesktopApi();
  const identity = useIdentity();
  const loaded = useMeetingCandidates(meeting.id);
  const [cursor, setCursor] = useState<string | null>(() => loadCursor(meeting.id));
  const [asking, setAsking] = useState<Decision | null>(null);
  const link = useRef<FacilitatorLink | null>(null);
  const locked = meeting.status === 'terkunci';
  // Office sync: only the PC holding the meeting's "kemudi" decides (the data layer checks too).
  const kemudi = useKemudi(meeting.id, locked);
  const undecidable = locked || !kemudi.mayDecide;
  const notDrivingHint = kemudi.mayDecide
    ? undefined
    : 'PC ini tidak memegang kemudi musyawarah ini (lihat keterangan di atas)';

  const candidates = useMemo(() => loaded?.candidates ?? [], [loaded]);
  const decisions = useMemo(() => loaded?.decisions ?? [], [loaded]);
  const decisionOf = useMemo(
    () => new Map(decisions.map((row) => [row.proposalId, row])),
    [decisions],
  );
  const found = candidates.findIndex((c) => c.proposalId === cursor);
  const firstOpen = candidates.findIndex((c) => !decisionOf.has(c.proposalId));
  const index = found >= 0 ? found : Math.max(0, firstOpen);
  const current = candidates[index];
  const vocabulary = current ? vocabularyOf(current) : 'usulan';
  const keys = DECISION_KEYS[vocabulary];
  const buttons = DECISION_BUTTONS[vocabulary];

  const title = `Musyawarah Kelurahan ${identity?.namaKelurahan ?? ''} · ${meeting.period}`;
  const view = useMemo(
    () =>
      buildProjectorView({
        meetingId: meeting.id,
        title,
        candidates,
        decisions,
        currentId: current?.proposalId ?? null,
        locked,
      }),
    [meeting.id, title, candidates, decisions, current, locked],
  );

  useEffect(() => {
    link.current = openFacilitatorLink(meeting.id);
    return () => link.current?.close();
  }, [meeting.id]);
  useEffect(() => {
    if (loaded) link.current?.publish(view);
  }, [view, loaded]);
  // While the console runs, an idle lock of this window leaves the projector on.
  useEffect(() => {
    markProjecting(meeting.id);
    const timer = window.setInterval(() => markProjecting(meeting.id), PROJECTING_RENEW_MS);
    return () => {
      window.clearInterval(timer);
      stopProjecting(meeting.id);
    };
  }, [meeting.id]);

  const goTo = (proposalId: string | undefined) => {
    if (!proposalId) return;
    noteActivity();
    setCursor(proposalId);
    saveCursor(meeting.id, proposalId);
  };
  const move = (step: number) =>
    goTo(candidates[Math.min(candidates.length - 1, Math.max(0, index + step))]?.proposalId);

  // One write at a time: a double key press must not decide the same family twice.
  const busy = useRef(false);
  const decide = async (decision: Decision, reason: string) => {
    setAsking(null);
    if (!current || busy.current) return;
    busy.current = true;
    try {
      await runAction(
        async () => {
          await recordDecision(db, {
            meetingId: meeting.id,
            proposalId: current.proposalId,
            decision,
            reason,
            windowId: CONSOLE_WINDOW_ID,
          });
          move(1);
        },
        { what: 'Menyimpan keputusan' },
      );
    } finally {
      busy.current = false;
    }
  };
  /** A decision by button or key: those that need a reason ask for it first. */
  const choose = (decision: Decision) => {
    // A locked meeting is refused by the data layer, with its own message.
    if (!current) return;
    if (!kemudi.mayDecide) {
      notifications.show({
        color: 'orange',
        message: `${notDrivingHint ?? ''}: keputusan tidak dicatat di PC ini.`,
        autoClose: 5000,
      });
      return;
    }
    if (reasonRequired(decision)) setAsking(decision);
    else void decide(decision, '');
  };
  const pressLetter = (letter: string) => {
    if (!current) return;
    const meant = decisionForKey(vocabulary, letter);
    if (!meant) return;
    if ('decision' in meant) {
      choose(meant.decision);
      return;
    }
    notifications.show({
      color: 'orange',
      message: `Tombol ${meant.wrongKey} bukan untuk calon ini. Untuk ${current.nama}: ${keyHint(vocabulary)}.`,
      autoClose: 5000,
    });
  };
  const undo = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      await runAction(
        async () => {
          const proposalId = await undoLastDecision(db, meeting.id, CONSOLE_WINDOW_ID);
          if (proposalId) {
            goTo(proposalId);
            notifications.show({
              message: 'Keputusan terakhir dari jendela ini dibatalkan.',
              autoClose: 2500,
            });
          } else {
            notifications.show({
              message:
                'Tidak ada keputusan dari jendela ini yang dapat diurungkan. Keputusan dari jendela lain diurungkan di jendela itu.',
              autoClose: 5000,
            });
          }
        },
        { what: 'Membatalkan keputusan' },
      );
    } finally {
      busy.current = false;
    }
  };
  const openProjector = async () => {
    const result = await desktop.openProjector(meeting.id);
    if (!result.ok) notifications.show({ color: 'red', message: result.message });
    else if (!result.external)
      notifications.show({
        message:
          'Jendela proyektor terbuka. Pindahkan ke layar proyektor, lalu tekan F11 untuk layar penuh.',
      });
  };

  useConsoleKeys(
    {
      next: () => move(1),
      previous: () => move(-1),
      decide: pressLetter,
      undo: () => void undo(),
    },
    asking === null && loaded !== undefined,
  );

  if (!loaded) return null;
  const tally = tallyInWords(candidates, decisions);
  const open = candidates.filter((c) => !decisionOf.has(c.proposalId)).length;

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <TallyBar tally={tally} open={open} total={candidates.length} />
        <Group>
          <Button
            variant="default"
            onClick={() => void undo()}
            disabled={undecidable || !hasOwnDecision(decisions, CONSOLE_WINDOW_ID)}
            title="Mengurungkan keputusan terakhir yang dibuat di jendela ini saja"
          >
            Urungkan keputusan terakhir (U)
          </Button>
          <Button color="indigo" onClick={() => void openProjector()}>
            Buka proyektor
          </Button>
        </Group>
      </Group>
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
            <Group>
              <Button variant="default" onClick={() => move(-1)} disabled={index === 0}>
                ← Sebelumnya
              </Button>
              <Button
                color="teal"
                data-testid="decide-layak"
                disabled={undecidable}
                title={notDrivingHint}
                onClick={() => choose('layak')}
              >
                {buttons.layak} ({keys.layak})
              </Button>
              <Button
                color="red"
                data-testid="decide-tidak_layak"
                disabled={undecidable}
                title={notDrivingHint}
                onClick={() => choose('tidak_layak')}
              >
                {buttons.tidak_layak} ({keys.tidak_layak})
              </Button>
              <Button
                color="yellow"
                data-testid="decide-ditunda"
                disabled={undecidable}
                title={notDrivingHint}
                onClick={() => choose('ditunda')}
              >
                {buttons.ditunda} ({keys.ditunda})
              </Button>
              <Button
                variant="default"
                onClick={() => move(1)}
                disabled={index >= candidates.length - 1}
              >
                Berikutnya →
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              Papan ketik: <Kbd>→</Kbd>/<Kbd>J</Kbd> berikutnya, <Kbd>←</Kbd>/<Kbd>K</Kbd>{' '}
              sebelumnya, <Kbd>{keys.layak}</Kbd> {buttons.layak.toLowerCase()},{' '}
              <Kbd>{keys.tidak_layak}</Kbd> {buttons.tidak_layak.toLowerCase()}, <Kbd>D</Kbd>{' '}
              ditunda, <Kbd>U</Kbd> atau <Kbd>Ctrl</Kbd>+<Kbd>Z</Kbd> urungkan. Huruf keputusan
              mengikuti jenis usulan calon ini; huruf jenis lain tidak memutuskan apa pun. Setiap
              keputusan langsung tersimpan.
            </Text>
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
        decision={asking}
        nama={current?.nama ?? ''}
        onClose={() => setAsking(null)}
        onConfirm={(reason) => asking && void decide(asking, reason)}
      />
    </Stack>
  );
}
