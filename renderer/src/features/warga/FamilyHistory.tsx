import { Accordion, Badge, Group, Paper, Text, Title } from '@mantine/core';
import type { AuditEntry } from '../../db/keamanan/audit-repository';
import { AuditDiff } from './AuditDiff';
import { ACTION_LABELS } from './audit-labels';
import { formatInstant } from './warga-format';

/** Every recorded change to this family, its members and its aid, newest first. */
export function FamilyHistory({ entries }: { entries: AuditEntry[] | undefined }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        Riwayat perubahan
      </Title>
      {!entries || entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {entries ? 'Belum ada riwayat.' : 'Memuat…'}
        </Text>
      ) : (
        <Accordion variant="separated" chevronPosition="left" data-testid="family-history">
          {entries.map((entry) => (
            <Accordion.Item key={entry.id} value={entry.id}>
              <Accordion.Control>
                <Group gap="sm" wrap="nowrap">
                  <Text size="sm" c="dimmed" w={140} style={{ flexShrink: 0 }}>
                    {formatInstant(entry.at)}
                  </Text>
                  <Badge variant="light" style={{ flexShrink: 0 }}>
                    {ACTION_LABELS[entry.action]}
                  </Badge>
                  <Text size="sm">{entry.summary}</Text>
                  <Text size="sm" c="dimmed" ml="auto" style={{ flexShrink: 0 }}>
                    oleh {entry.actor}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <AuditDiff before={entry.before} after={entry.after} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Paper>
  );
}
