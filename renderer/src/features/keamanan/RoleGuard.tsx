import { Button, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { ROLE_LABELS } from '@shared/domain/keamanan/accounts';
import { canOpenPath, homePathFor } from '@shared/domain/keamanan/permissions';
import { useSession } from '../../kit/session/session-context';

/**
 * Screens a role has no business on are not shown (the data layer refuses
 * their writes anyway): the facilitator lands on the meeting screen.
 */
export function RoleGuard({ children }: { children: ReactNode }) {
  const { account } = useSession();
  const { pathname } = useLocation();
  if (canOpenPath(account.role, pathname)) return children;
  if (pathname === '/') return <Navigate to={homePathFor(account.role)} replace />;
  return (
    <Stack maw={640}>
      <Title order={2}>Halaman ini bukan untuk peran Anda</Title>
      <Text>
        Anda masuk sebagai {account.nama} dengan peran {ROLE_LABELS[account.role]}. Halaman ini
        hanya untuk petugas dengan peran lain. Minta admin mengubah peran bila memang perlu.
      </Text>
      <Button component={Link} to={homePathFor(account.role)} w="fit-content">
        Ke halaman awal
      </Button>
    </Stack>
  );
}
