import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { registryCounts } from '../../db/registry-stats';

const number = new Intl.NumberFormat('id-ID');

export function HomePage() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const counts = useLiveQuery(() => registryCounts(db), [db]);
  const cards = [
    { label: 'Keluarga terdaftar', value: counts?.families },
    { label: 'Warga terdaftar', value: counts?.people },
    { label: 'Warga berstatus ada', value: counts?.present },
  ];
  return (
    <Stack>
      <Title order={2}>{t('nav.beranda')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {cards.map((card) => (
          <Card key={card.label} withBorder padding="lg" data-testid="stat-card">
            <Text size="sm" c="dimmed">
              {card.label}
            </Text>
            <Text size="xl" fw={700}>
              {card.value === undefined ? '…' : number.format(card.value)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
