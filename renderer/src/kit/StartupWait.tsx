import { Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';

/**
 * While the database opens. Usually a blink (nothing shows for the first half second);
 * after an app update with a large registry the one-time index rebuild takes seconds,
 * and a blank window would look broken.
 */
export function StartupWait() {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), 500);
    return () => clearTimeout(timer);
  }, []);
  if (!visible) return null;
  return (
    <Center h="100vh" p="xl">
      <Stack align="center" gap="sm" maw={480} role="status">
        <Loader aria-hidden />
        <Text fw={600}>Menyiapkan data…</Text>
        <Text size="sm" c="dimmed" ta="center">
          Setelah aplikasi diperbarui, penyusunan ulang data warga bisa memakan waktu beberapa
          detik, sekali saja. Jangan tutup aplikasi.
        </Text>
      </Stack>
    </Center>
  );
}
