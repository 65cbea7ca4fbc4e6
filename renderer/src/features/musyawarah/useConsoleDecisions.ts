import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type { Decision } from '@shared/domain/core/entities';
import { decisionForKey, keyHint } from '@shared/domain/musyawarah/decision-words';
import type { DecisionVocabulary } from '@shared/domain/musyawarah/decision-words';
import { reasonRequired } from '@shared/domain/musyawarah/meeting';
import { recordDecision, undoLastDecision } from '../../db/musyawarah/repository';
import { markLatest } from '../../kit/startup-marks';
import { useDatabase } from '../../kit/database-context';
import { runAction, showRefused } from '../../kit/run-action';
import { CONSOLE_WINDOW_ID } from './window-id';

export type ConsoleDecisionsInput = {
  meetingId: string;
  /** The candidate on the console; undefined while the list is empty. */
  current: { proposalId: string; nama: string } | undefined;
  vocabulary: DecisionVocabulary;
  /** After a decision is saved (of this candidate): the console moves on to the next one. */
  onDecided: (proposalId: string) => void;
  /** After an undo: the candidate whose decision was taken back. */
  onUndone: (proposalId: string) => void;
  /**
   * Office sync: why this PC may not decide (another PC holds the meeting's "kemudi");
   * undefined when it may. The data layer refuses too; this says it before a write.
   */
  notDriving?: string;
  /**
   * Why the current candidate cannot be decided yet: its family, aid or assessment are
   * still being read (issue 17). Undefined once they are.
   */
  waiting?: string;
};

/**
 * The console's writes: a decision by button or key (asking for a reason first where
 * one is needed) and the undo of this window's last decision.
 */
export function useConsoleDecisions(input: ConsoleDecisionsInput) {
  const { meetingId, current, vocabulary, onDecided, onUndone, notDriving, waiting } = input;
  const { db } = useDatabase();
  const [asking, setAsking] = useState<Decision | null>(null);
  // One write at a time: a double key press must not decide the same family twice.
  const busy = useRef(false);

  const decide = async (decision: Decision, reason: string) => {
    setAsking(null);
    if (!current || busy.current) return;
    busy.current = true;
    try {
      await runAction(
        async () => {
          markLatest('dtks:decision-sent');
          await recordDecision(db, {
            meetingId,
            proposalId: current.proposalId,
            decision,
            reason,
            windowId: CONSOLE_WINDOW_ID,
          });
          markLatest('dtks:decision-saved');
          onDecided(current.proposalId);
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
    if (waiting) {
      showRefused({ message: waiting, autoClose: 4000 });
      return;
    }
    if (notDriving) {
      showRefused({
        message: `${notDriving}: keputusan tidak dicatat di PC ini.`,
        autoClose: 5000,
      });
      return;
    }
    if (reasonRequired(decision)) setAsking(decision);
    else void decide(decision, '');
  };
  /** A decision letter: it means what it means for this candidate's kind, or nothing. */
  const pressLetter = (letter: string) => {
    if (!current) return;
    const meant = decisionForKey(vocabulary, letter);
    if (!meant) return;
    if ('decision' in meant) {
      choose(meant.decision);
      return;
    }
    showRefused({
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
          const proposalId = await undoLastDecision(db, meetingId, CONSOLE_WINDOW_ID);
          if (proposalId) {
            onUndone(proposalId);
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

  return {
    /** The decision waiting for its reason, or null. */
    asking,
    choose,
    pressLetter,
    undo,
    confirmReason: (reason: string) => {
      if (asking) void decide(asking, reason);
    },
    cancelReason: () => setAsking(null),
  };
}
