import { Paper, Stack, Tabs, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../kit/run-action';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Role } from '@shared/domain/keamanan/accounts';
import { useDatabase } from '../kit/database-context';
import { getIdentity, saveIdentity } from '../db/pengaturan/repository';
import { describeStorageError } from '../db/core/storage-errors';
import { AccountsSection } from '../features/keamanan/AccountsSection';
import { AuditChainSection } from '../kit/audit/AuditChainSection';
import { BackupSection } from '../features/keamanan/BackupSection';
import { useOptionalSession } from '../kit/session/session-context';
import { AboutSection } from '../features/pengaturan/AboutSection';
import { ContactsSection } from '../features/musyawarah/ContactsSection';
import { DemoDataSection } from '../features/pengaturan/DemoDataSection';
import { GeneralSection } from '../features/pengaturan/GeneralSection';
import { IdentityForm } from '../features/pengaturan/IdentityForm';
import { OfficialsSection } from '../features/pengaturan/OfficialsSection';
import { SyncSection } from '../features/sinkron/SyncSection';

/** Which tabs each role sees; the data layer refuses the writes of the others anyway. */
const TABS_FOR: Record<Role, readonly string[]> = {
  admin: [
    'identitas',
    'pejabat',
    'kontak',
    'umum',
    'akun',
    'cadangan',
    'log',
    'latihan',
    'sinkron',
    'tentang',
  ],
  operator: ['kontak', 'akun', 'cadangan', 'log', 'latihan', 'tentang'],
  lurah: ['akun', 'cadangan', 'log', 'tentang'],
  fasilitator: ['akun', 'tentang'],
};

export function SettingsPage() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const identity = useLiveQuery(() => getIdentity(db), [db]);
  const session = useOptionalSession();
  const tabs = TABS_FOR[session?.account.role ?? 'admin'];
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') ?? '';
  const tab = tabs.includes(requested) ? requested : (tabs[0] ?? 'tentang');
  const show = (value: string) => tabs.includes(value);

  return (
    <Stack maw={960}>
      <Title order={2}>{t('nav.pengaturan')}</Title>
      <Tabs
        value={tab}
        onChange={(value) => value && setParams({ tab: value }, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          {show('identitas') && <Tabs.Tab value="identitas">Identitas kelurahan</Tabs.Tab>}
          {show('pejabat') && <Tabs.Tab value="pejabat">Pejabat penanda tangan</Tabs.Tab>}
          {show('kontak') && <Tabs.Tab value="kontak">Kontak musyawarah</Tabs.Tab>}
          {show('umum') && <Tabs.Tab value="umum">Operator & periode</Tabs.Tab>}
          {show('akun') && <Tabs.Tab value="akun">Akun pengguna</Tabs.Tab>}
          {show('cadangan') && <Tabs.Tab value="cadangan">Cadangan</Tabs.Tab>}
          {show('log') && <Tabs.Tab value="log">Log audit</Tabs.Tab>}
          {show('latihan') && <Tabs.Tab value="latihan">Data latihan</Tabs.Tab>}
          {show('sinkron') && <Tabs.Tab value="sinkron">Sinkronisasi kantor</Tabs.Tab>}
          <Tabs.Tab value="tentang">Tentang</Tabs.Tab>
        </Tabs.List>
        <Paper withBorder p="lg" mt="md">
          <Tabs.Panel value="identitas">
            {identity && (
              <IdentityForm
                key={JSON.stringify(identity)}
                initial={identity}
                submitLabel={t('common.save')}
                onSubmit={async (next) => {
                  try {
                    await saveIdentity(db, next);
                    notifications.show({
                      color: 'teal',
                      message: 'Identitas kelurahan tersimpan.',
                    });
                  } catch (error) {
                    showFailure({ message: describeStorageError(error, 'Menyimpan identitas') });
                  }
                }}
              />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="pejabat">
            <OfficialsSection />
          </Tabs.Panel>
          <Tabs.Panel value="kontak">
            <ContactsSection />
          </Tabs.Panel>
          <Tabs.Panel value="umum">
            <GeneralSection />
          </Tabs.Panel>
          {session && (
            <>
              <Tabs.Panel value="akun">
                <AccountsSection />
              </Tabs.Panel>
              <Tabs.Panel value="cadangan">
                <BackupSection />
              </Tabs.Panel>
              <Tabs.Panel value="log">
                <AuditChainSection />
              </Tabs.Panel>
            </>
          )}
          <Tabs.Panel value="latihan">
            <DemoDataSection />
          </Tabs.Panel>
          <Tabs.Panel value="sinkron">
            <SyncSection />
          </Tabs.Panel>
          <Tabs.Panel value="tentang">
            <AboutSection />
          </Tabs.Panel>
        </Paper>
      </Tabs>
    </Stack>
  );
}
