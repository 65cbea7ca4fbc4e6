import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  KEMUDI_STALE_MS,
  LOCKED_ELSEWHERE_MESSAGE,
  OFFLINE_HOLDING_MESSAGE,
  OFFLINE_NO_KEMUDI_MESSAGE,
  drivenElsewhereMessage,
} from '@shared/domain/sinkron/kemudi';
import { formatWaktu } from '@shared/domain/core/tanggal';
import { runAction } from '../../kit/run-action';
import { useOptionalSession } from '../../kit/session/session-context';
import type { Kemudi } from './useKemudi';

const STALE_MINUTES = Math.round(KEMUDI_STALE_MS / 60_000);

/** Who drives the meeting, above the console (office sync only), and "Ambil alih kemudi". */
export function KemudiBanner({ kemudi }: { kemudi: Kemudi }) {
  const session = useOptionalSession();
  const [confirming, setConfirming] = useState(false);
  const { required, view } = kemudi;
  if (!required || !view) return null;
  const { state, online } = view;
  const role = session?.account.role;
  const senior = role === undefined || role === 'admin' || role === 'lurah';

  const takeOver = async () => {
    setConfirming(false);
    await runAction(() => kemudi.takeOver(), {
      what: 'Mengambil alih kemudi',
      success: 'Kemudi musyawarah sekarang di PC ini.',
    });
  };

  if (state.kind === 'milik-sendiri') {
    return (
      <Alert color={online ? 'teal' : 'orange'} data-testid="kemudi" title="PC ini memegang kemudi">
        {online
          ? `Keputusan musyawarah ini dicatat dari PC ini (${state.doc.deviceName}). PC lain hanya dapat melihat.`
          : OFFLINE_HOLDING_MESSAGE}
      </Alert>
    );
  }
  if (state.kind === 'terkunci') {
    return (
      <Alert color="dark" data-testid="kemudi" title="Sudah dikunci di PC lain">
        {LOCKED_ELSEWHERE_MESSAGE}
      </Alert>
    );
  }
  if (state.kind === 'bebas') {
    return online ? null : (
      <Alert color="orange" data-testid="kemudi" title="Tombol keputusan dinonaktifkan">
        {OFFLINE_NO_KEMUDI_MESSAGE}
      </Alert>
    );
  }
  const stale = state.kind === 'basi';
  const canTake = online && (stale || senior);
  return (
    <>
      <Alert color="yellow" data-testid="kemudi" title="Tombol keputusan dinonaktifkan">
        <Stack gap="xs">
          <Text size="sm">{drivenElsewhereMessage(state.doc)}</Text>
          <Text size="sm">
            {stale
              ? `PC itu tidak aktif sejak ${formatWaktu(state.doc.renewedAt)} (lebih dari ${STALE_MINUTES} menit): kemudi dapat diambil alih.`
              : `Keputusan hanya dicatat di PC itu. ${senior ? 'Admin atau Lurah dapat mengambil alih kemudi.' : `Bila PC itu tidak aktif lebih dari ${STALE_MINUTES} menit, kemudi dapat diambil alih; Admin atau Lurah dapat mengambil alih kapan saja.`}`}
          </Text>
          {!online && <Text size="sm">{OFFLINE_NO_KEMUDI_MESSAGE}</Text>}
          {canTake && (
            <Group>
              <Button variant="default" onClick={() => setConfirming(true)}>
                Ambil alih kemudi
              </Button>
            </Group>
          )}
        </Stack>
      </Alert>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Ambil alih kemudi?"
        centered
      >
        <Stack>
          <Text size="sm">
            {`${drivenElsewhereMessage(state.doc)} Setelah diambil alih, keputusan dicatat dari PC ini dan PC ${state.doc.deviceName} tidak dapat memutuskan lagi. Pengambilalihan dicatat di log audit.`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Batal
            </Button>
            <Button color="orange" onClick={() => void takeOver()}>
              Ya, ambil alih
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
