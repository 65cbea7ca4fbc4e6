import { Alert, List, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NavItem } from './routes';

/** An honest placeholder: says what the screen will hold, claims nothing. */
export function PlannedPage({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  return (
    <Stack maw={760}>
      <Title order={2}>{t(`nav.${item.key}`)}</Title>
      <Alert title={t('planned.title')} color="gray">
        {t('planned.intro')}
        <List mt="sm" size="sm">
          {(item.planned ?? []).map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </Alert>
    </Stack>
  );
}
