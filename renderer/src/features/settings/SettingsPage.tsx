import { Paper, Stack, Tabs, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { getIdentity, saveIdentity } from '../../db/settings-repository';
import { describeStorageError } from '../../db/storage-errors';
import { AboutSection } from './AboutSection';
import { DemoDataSection } from './DemoDataSection';
import { GeneralSection } from './GeneralSection';
import { IdentityForm } from './IdentityForm';
import { OfficialsSection } from './OfficialsSection';

export function SettingsPage() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const identity = useLiveQuery(() => getIdentity(db), [db]);

  return (
    <Stack maw={960}>
      <Title order={2}>{t('nav.pengaturan')}</Title>
      <Tabs defaultValue="identitas" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="identitas">Identitas kelurahan</Tabs.Tab>
          <Tabs.Tab value="pejabat">Pejabat penanda tangan</Tabs.Tab>
          <Tabs.Tab value="umum">Operator & periode</Tabs.Tab>
          <Tabs.Tab value="latihan">Data latihan</Tabs.Tab>
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
                    notifications.show({
                      color: 'red',
                      message: describeStorageError(error, 'Menyimpan identitas'),
                    });
                  }
                }}
              />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="pejabat">
            <OfficialsSection />
          </Tabs.Panel>
          <Tabs.Panel value="umum">
            <GeneralSection />
          </Tabs.Panel>
          <Tabs.Panel value="latihan">
            <DemoDataSection />
          </Tabs.Panel>
          <Tabs.Panel value="tentang">
            <AboutSection />
          </Tabs.Panel>
        </Paper>
      </Tabs>
    </Stack>
  );
}
