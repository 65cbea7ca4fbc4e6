import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useDatabase } from '../../kit/database-context';
import { IssuePage } from './IssuePage';
import { prepareFirstLetter } from './letter-warmup';
import { LetterSettingsPage } from './LetterSettingsPage';
import { RegisterPage } from './RegisterPage';
import { VerifyPage } from './VerifyPage';

const TABS = [
  { value: '/surat', label: 'Buat SKTM' },
  { value: '/surat/agenda', label: 'Buku agenda' },
  { value: '/surat/verifikasi', label: 'Verifikasi surat' },
  { value: '/surat/pengaturan', label: 'Pengaturan surat' },
] as const;

export function SuratRoutes() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { db } = useDatabase();
  useEffect(() => {
    // Load pdfmake, its fonts, the QR encoder and the key, and lay out a hidden letter
    // while the clerk is still searching: the first letter of the day then prints as fast as the tenth.
    void prepareFirstLetter(db);
  }, [db]);
  const active =
    TABS.find((tab) => tab.value !== '/surat' && location.pathname.startsWith(tab.value))?.value ??
    '/surat';

  return (
    <Stack maw={1100}>
      <Title order={2}>{t('nav.surat')}</Title>
      <Tabs value={active} onChange={(value) => value && navigate(value)}>
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<IssuePage />} />
        <Route path="agenda" element={<RegisterPage />} />
        <Route path="verifikasi" element={<VerifyPage />} />
        <Route path="pengaturan" element={<LetterSettingsPage />} />
        <Route path="*" element={<IssuePage />} />
      </Routes>
    </Stack>
  );
}
