import { Badge, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ROLE_LABELS } from '@shared/domain/keamanan/accounts';
import { canBackup } from '@shared/domain/keamanan/permissions';
import { useDatabase } from '../../kit/database-context';
import { useOptionalSession } from '../../kit/session/session-context';
import { BACKUP_MADE_EVENT, lastBackupAt } from '../../kit/session/session-store';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who is signed in, a reminder when no backup was made today, and the lock button. */
export function SessionHeader() {
  const session = useOptionalSession();
  const { db } = useDatabase();
  const [stale, setStale] = useState(false);
  useEffect(() => {
    const check = () => {
      const last = lastBackupAt(db.name);
      setStale(last === null || Date.now() - last > DAY_MS);
    };
    check();
    const timer = window.setInterval(check, 60_000);
    window.addEventListener('storage', check);
    window.addEventListener(BACKUP_MADE_EVENT, check);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('storage', check);
      window.removeEventListener(BACKUP_MADE_EVENT, check);
    };
  }, [db]);
  if (!session) return null;
  const { account, lock, signOut } = session;
  return (
    <Group gap="xs" wrap="nowrap">
      {stale && canBackup(account.role) && (
        <Badge
          component={Link}
          to="/pengaturan?tab=cadangan"
          color="orange"
          variant="light"
          style={{ cursor: 'pointer' }}
          data-testid="backup-reminder"
        >
          Belum ada cadangan hari ini
        </Badge>
      )}
      <Text size="sm" ta="right" lh={1.2} data-testid="session-user">
        {account.nama}
        <br />
        <Text span size="xs" c="dimmed">
          {ROLE_LABELS[account.role]}
        </Text>
      </Text>
      <Button size="xs" variant="default" onClick={lock}>
        Kunci layar
      </Button>
      <Button size="xs" variant="subtle" onClick={signOut}>
        Keluar
      </Button>
    </Group>
  );
}
