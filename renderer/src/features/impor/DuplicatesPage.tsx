import { Title } from '@mantine/core';

export function DuplicatesPage() {
  return <Title order={2}>Kemungkinan duplikat</Title>;
}
