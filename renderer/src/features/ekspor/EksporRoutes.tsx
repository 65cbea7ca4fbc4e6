import { Group, Stack, Tabs, Title } from '@mantine/core';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { BatchPage } from './BatchPage';
import { ConnectionBar } from './ConnectionBar';
import { EksporSettingsPage } from './EksporSettingsPage';
import { OutboxPage } from './OutboxPage';
import { RejectedPage } from './RejectedPage';

const TABS = [
  { value: 'kotak-keluar', label: 'Kotak keluar', path: '/ekspor' },
  { value: 'ditolak', label: 'Ditolak portal', path: '/ekspor/ditolak' },
  { value: 'pengaturan', label: 'Pengaturan', path: '/ekspor/pengaturan' },
] as const;

function currentTab(pathname: string): string {
  if (pathname.startsWith('/ekspor/ditolak')) return 'ditolak';
  if (pathname.startsWith('/ekspor/pengaturan')) return 'pengaturan';
  return 'kotak-keluar';
}

/** Ekspor ke SIKS-NG: the outbox of validated batches, rejected rows, and the portal setting. */
export function EksporRoutes() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-start">
        <Title order={2}>Ekspor ke SIKS-NG</Title>
      </Group>
      <ConnectionBar />
      <Tabs
        value={currentTab(location.pathname)}
        onChange={(value) => {
          const tab = TABS.find((item) => item.value === value);
          if (tab) navigate(tab.path);
        }}
      >
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<OutboxPage />} />
        <Route path="batch/:batchId" element={<BatchPage />} />
        <Route path="ditolak" element={<RejectedPage />} />
        <Route path="pengaturan" element={<EksporSettingsPage />} />
      </Routes>
    </Stack>
  );
}
