import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import type { TallyEntry } from '@shared/domain/musyawarah/decision-words';
import { useDesktopApi } from '../../platform';
import { TallyBar } from './TallyBar';

/** The console's top row: the tally so far, the undo and the projector. */
export function ConsoleToolbar({
  meetingId,
  tally,
  open,
  total,
  canUndo,
  onUndo,
}: {
  meetingId: string;
  tally: readonly TallyEntry[];
  open: number;
  total: number;
  /** Whether this window has a decision of its own to take back. */
  canUndo: boolean;
  onUndo: () => void;
}) {
  return (
    <Group justify="space-between" align="flex-start">
      <TallyBar tally={tally} open={open} total={total} />
      <Group>
        <Button
          variant="default"
          onClick={onUndo}
          disabled={!canUndo}
          title="Mengurungkan keputusan terakhir yang dibuat di jendela ini saja"
        >
          Urungkan keputusan terakhir (U)
        </Button>
        <OpenProjectorButton meetingId={meetingId} />
      </Group>
    </Group>
  );
}

function OpenProjectorButton({ meetingId }: { meetingId: string }) {
  const desktop = useDesktopApi();
  const openProjector = async () => {
    const result = await desktop.openProjector(meetingId);
    if (!result.ok) showFailure({ message: result.message });
    else if (!result.external)
      notifications.show({
        message:
          'Jendela proyektor terbuka. Pindahkan ke layar proyektor, lalu tekan F11 untuk layar penuh.',
      });
  };
  return (
    <Button color="indigo" onClick={() => void openProjector()}>
      Buka proyektor
    </Button>
  );
}
