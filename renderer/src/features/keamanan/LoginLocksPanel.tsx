import { Alert, Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { FREE_ATTEMPTS, waitText } from '@shared/domain/keamanan/login-lockout';
import { clearLoginLock, listLoginLocks } from '../../db/keamanan/login-lockout-repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { useSession } from '../../kit/session/session-context';

/**
 * Pengaturan → Akun pengguna, for the admin: the user names locked after
 * repeated wrong passwords, and the way to lift a lock once the admin knows
 * it was the owner who mistyped (the lifting is logged).
 */
export function LoginLocksPanel() {
  const { accountsDb } = useSession();
  // The remaining waits are shown rounded; refresh them while the panel is open.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), 5000);
    return () => window.clearInterval(timer);
  }, []);
  const locks = useLiveQuery(() => listLoginLocks(accountsDb), [accountsDb, tick]);
  if (!locks) return null;
  const lift = async (username: string) => {
    try {
      await clearLoginLock(accountsDb, username);
      setTick((n) => n + 1);
      notifications.show({
        color: 'teal',
        message: `Kunci masuk "${username}" dibuka. Pengguna dapat masuk lagi sekarang.`,
      });
    } catch (failure) {
      showFailure({ message: describeStorageError(failure, 'Membuka kunci masuk') });
    }
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Kunci masuk karena salah kata sandi
      </Title>
      <Text size="sm" c="dimmed">
        Setelah {FREE_ATTEMPTS} kali salah kata sandi berturut-turut, nama pengguna dikunci 30
        detik, lalu dua kali lebih lama pada setiap kesalahan berikutnya (paling lama 15 menit).
        Buka kunci hanya bila pemilik akun memastikan dirinya yang salah ketik.
      </Text>
      {locks.length === 0 ? (
        <Alert color="gray" variant="light">
          Tidak ada nama pengguna yang terkunci.
        </Alert>
      ) : (
        <Table withTableBorder aria-label="Nama pengguna terkunci">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Nama pengguna</Table.Th>
              <Table.Th>Salah berturut-turut</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {locks.map((row) => (
              <Table.Tr key={row.username} data-testid="login-lock-row">
                <Table.Td ff="monospace">{row.username}</Table.Td>
                <Table.Td>{row.failures} kali</Table.Td>
                <Table.Td>
                  {row.remainingMs > 0 ? (
                    <Badge color="red" variant="light">
                      Terkunci, sisa {waitText(row.remainingMs)}
                    </Badge>
                  ) : (
                    <Badge color="orange" variant="light">
                      Salah sekali lagi akan dikunci
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => void lift(row.username)}
                  >
                    Buka kunci
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
