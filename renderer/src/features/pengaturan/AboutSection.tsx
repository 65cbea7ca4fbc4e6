import { Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/ipc/contract';
import { useDatabase } from '../../kit/database-context';
import { DATABASE_NAMES } from '../../db/core/database';
import { LATEST_SCHEMA_VERSION } from '../../db/core/schema';
import { useDesktopApi } from '../../platform';
import { UpdateSection } from './UpdateSection';

export function AboutSection() {
  const api = useDesktopApi();
  const { kind } = useDatabase();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api.appInfo().then(setInfo);
  }, [api]);
  if (!info) return <Text>Memuat…</Text>;
  return (
    <Stack>
      <Table withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={220}>Aplikasi</Table.Th>
            <Table.Td data-testid="app-version">
              {info.name} versi {info.version}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Berjalan sebagai</Table.Th>
            <Table.Td>
              {info.runtime === 'electron' ? 'Aplikasi desktop (Electron)' : 'Peramban (mode web)'}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Lokasi data</Table.Th>
            <Table.Td>{info.dataDir}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Basis data aktif</Table.Th>
            <Table.Td>
              {DATABASE_NAMES[kind]} ({kind === 'training' ? 'latihan' : 'data asli'}), skema versi{' '}
              {LATEST_SCHEMA_VERSION}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Platform</Table.Th>
            <Table.Td>{info.platform}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <UpdateSection />
    </Stack>
  );
}
