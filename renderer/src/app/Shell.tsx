import { AppShell, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { Fragment, useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router-dom';
import { canOpenPath } from '@shared/domain/keamanan/permissions';
import type { KelurahanIdentity } from '@shared/domain/core/settings';
import { setActiveDatabaseKind } from '../db/core/database';
import { useOptionalSession } from '../kit/session/session-context';
import { SessionHeader } from '../features/keamanan/SessionHeader';
import { useDatabase } from '../kit/database-context';
import { SyncHeader } from '../features/sinkron/SyncHeader';
import { NAV_ITEMS } from './routes';

type Props = { identity: KelurahanIdentity; children: ReactNode };

export function Shell({ identity, children }: Props) {
  const { t } = useTranslation();
  const { db, kind } = useDatabase();
  const location = useLocation();
  // Only the screens the signed-in role may use are offered.
  const role = useOptionalSession()?.account.role;
  const allowed = (path: string) => !role || canOpenPath(role, path);
  const issuesLetters = role !== undefined && canOpenPath(role, '/surat');
  useEffect(() => {
    if (!issuesLetters) return undefined;
    // The first letter of the day should not pay for the PDF engine, fonts and key:
    // ready them when the window is idle (loaded on demand, not in the startup bundle).
    const warm = () =>
      void import('../features/surat/letter-warmup').then((m) => m.prepareFirstLetter(db));
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(warm, 2000);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(warm, { timeout: 4000 });
    return () => cancelIdleCallback(handle);
  }, [db, issuesLetters]);

  const backToReal = () => {
    setActiveDatabaseKind('real');
    window.location.reload();
  };

  return (
    <AppShell
      header={{ height: kind === 'training' ? 96 : 60 }}
      navbar={{ width: 230, breakpoint: 0 }}
      padding="md"
    >
      <AppShell.Header>
        <a className="skip-link" href="#konten">
          {t('app.skipToContent')}
        </a>
        {kind === 'training' && (
          <div className="training-banner" role="status" data-testid="training-banner">
            <span>{t('app.trainingBanner')}</span>
            <Button size="xs" variant="white" color="orange" onClick={backToReal}>
              {t('app.backToReal')}
            </Button>
          </div>
        )}
        <Group h={60} px="md" justify="space-between" wrap="nowrap">
          {/* The title gives way (one line, cut with "…") so the session's buttons never do. */}
          <Stack gap={0} style={{ minWidth: 0, flex: '1 1 auto' }}>
            <Title order={1} size="h4">
              {t('app.name')}
            </Title>
            <Text
              size="xs"
              c="dimmed"
              truncate="end"
              title={`Kelurahan ${identity.namaKelurahan}, Kecamatan ${identity.kecamatan}, ${identity.kota}`}
            >
              Kelurahan {identity.namaKelurahan}, Kecamatan {identity.kecamatan}, {identity.kota}
            </Text>
          </Stack>
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <SyncHeader />
            <SessionHeader />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Navigasi utama">
        {NAV_ITEMS.filter((item) => allowed(item.path)).map((item) => {
          const paths = [item.path, ...(item.children ?? []).map((child) => child.path)];
          const inSection = paths.some((path) =>
            path === '/' ? location.pathname === '/' : location.pathname.startsWith(path),
          );
          if (!item.children) {
            return (
              <NavLink
                key={item.key}
                component={RouterNavLink}
                to={item.path}
                label={t(`nav.${item.key}`)}
                active={inSection}
              />
            );
          }
          // Sub-pages show under their section only while it is open: a short,
          // stable list of links that keyboard users can tab through.
          return (
            <Fragment key={item.key}>
              <NavLink
                component={RouterNavLink}
                to={item.path}
                label={t(`nav.${item.key}`)}
                active={inSection && location.pathname === item.path}
                variant={inSection ? 'light' : 'filled'}
              />
              {inSection &&
                item.children
                  .filter((child) => allowed(child.path))
                  .map((child) => (
                    <NavLink
                      key={child.path}
                      component={RouterNavLink}
                      to={child.path}
                      label={child.label}
                      pl="xl"
                      active={location.pathname === child.path}
                    />
                  ))}
            </Fragment>
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id="konten">{children}</AppShell.Main>
    </AppShell>
  );
}
