import { Title } from '@mantine/core';

export function AuditLogPage() {
  return <Title order={2}>Log aktivitas</Title>;
}
