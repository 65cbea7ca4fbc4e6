import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { CURRENT_EXPORT_TEMPLATE } from '@shared/domain/ekspor/template';
import { EXTERNAL_HOST_ALLOW_LIST } from '@shared/ipc/contract';
import { useDatabase } from '../../kit/database-context';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { DEFAULT_PORTAL_URL, savePortalUrl } from '../../db/ekspor/settings-repository';
import { runAction } from '../../kit/run-action';
import { usePortalUrl } from './useEkspor';

export function EksporSettingsPage() {
  const { db } = useDatabase();
  const stored = usePortalUrl();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (stored) setUrl(stored);
  }, [stored]);

  // `saved` may normalise the address; the stored value then differs from what was typed.
  const { attach } = useUnsavedGuard<HTMLFormElement>({
    dirty: stored !== undefined && url !== stored,
  });

  const save = async () => {
    setError(null);
    await runAction(
      async () => {
        const saved = await savePortalUrl(db, url);
        setUrl(saved);
        notifications.show({ color: 'teal', message: `Alamat portal disimpan: ${saved}` });
      },
      { what: 'Menyimpan alamat portal', onFailure: setError },
    );
  };

  const template = CURRENT_EXPORT_TEMPLATE;
  return (
    <Stack maw={900}>
      <Paper withBorder p="md">
        <form
          ref={attach}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack gap="xs">
            <Title order={4}>Alamat portal SIKS-NG</Title>
            <Text size="sm" c="dimmed">
              Tombol &quot;Buka portal SIKS-NG&quot; membuka alamat ini di peramban sistem. Demi
              keamanan hanya alamat https di domain {EXTERNAL_HOST_ALLOW_LIST.join(', ')} yang
              diterima.
            </Text>
            <Group align="flex-start">
              <TextInput
                label="Alamat portal"
                w={420}
                value={url}
                error={error}
                onChange={(event) => setUrl(event.currentTarget.value)}
              />
              <Button type="submit" mt={25}>
                Simpan
              </Button>
              <Button variant="subtle" mt={25} onClick={() => setUrl(DEFAULT_PORTAL_URL)}>
                Kembalikan bawaan
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={4}>Templat kolom ekspor: {template.version}</Title>
          <Text size="sm" c="dimmed">
            Templat unggah SIKS-NG tidak dipublikasikan, jadi susunan kolom disimpan sebagai templat
            berversi; setiap paket mencatat versi templat yang dipakai di manifest.json.{' '}
            {template.description}.
          </Text>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kolom di berkas</Table.Th>
                <Table.Th>Isian</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {template.columns.map((column) => (
                <Table.Tr key={column.key}>
                  <Table.Td ff="monospace">{column.header}</Table.Td>
                  <Table.Td>{column.label}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </Paper>
    </Stack>
  );
}
