import { Center, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import {
  PROFILE_SESSION_KEY,
  PROJECTING_STORAGE_KEY,
  projectorAllowed,
} from '../../kit/session/session-store';

/**
 * The projector window has no sign-in of its own: it shows the meeting only
 * while a session is open in the main window of the same browser profile
 * (the facilitator's laptop), and goes blank when that window closes, or
 * locks while no meeting is being run on its console. A meeting being run
 * stays on the projector through an idle lock: its view is masked already.
 */
export function ProjectorGuard({ children }: { children: ReactNode }) {
  const meetingId = useParams()['*'] ?? '';
  const [allowed, setAllowed] = useState(() => projectorAllowed(Date.now(), meetingId));
  useEffect(() => {
    const check = () => setAllowed(projectorAllowed(Date.now(), meetingId));
    check();
    const onStorage = (event: StorageEvent) => {
      if (
        event.key === null ||
        event.key === PROFILE_SESSION_KEY ||
        event.key === PROJECTING_STORAGE_KEY
      )
        check();
    };
    window.addEventListener('storage', onStorage);
    const timer = window.setInterval(check, 5_000);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.clearInterval(timer);
    };
  }, [meetingId]);
  if (allowed) return children;
  return (
    <Center mih="100vh" bg="#0b1f3a" c="white" p="xl">
      <Stack align="center" gap="xs">
        <Title order={1} size="h2">
          Tampilan proyektor dijeda
        </Title>
        <Text ta="center" maw={560}>
          Layar ini hanya tampil selama petugas masuk di jendela utama. Buka kunci aplikasi di
          laptop petugas untuk melanjutkan.
        </Text>
      </Stack>
    </Center>
  );
}
