import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Letter } from '@shared/domain/core/entities';
import { ResidentSearch } from '../../kit/lists/ResidentSearch';
import { IssuedPanel } from './IssuedPanel';
import { IssueForm } from './IssueForm';
import { useActiveOfficials, useFamilyDetail, useLetterSettings } from './useSurat';

type Chosen = { familyId: string; personId: string };

export function IssuePage() {
  const [pick, setPick] = useState<Chosen | null>(null);
  const [issued, setIssued] = useState<Letter | null>(null);
  const officials = useActiveOfficials();
  const settings = useLetterSettings();
  const detail = useFamilyDetail(pick?.familyId ?? null);

  if (!officials || !settings) return <Loader aria-label="Memuat" />;

  if (issued) {
    return (
      <IssuedPanel
        letter={issued}
        onNew={() => {
          setIssued(null);
          setPick(null);
        }}
      />
    );
  }

  return (
    <Stack>
      {officials.length === 0 && (
        <Alert color="orange" title="Belum ada pejabat penanda tangan">
          Tambahkan Lurah dan pejabat yang boleh menandatangani di{' '}
          <Anchor component={Link} to="/pengaturan">
            Pengaturan → Pejabat penanda tangan
          </Anchor>
          .
        </Alert>
      )}
      {!pick && (
        <ResidentSearch
          label="Cari warga yang memohon surat"
          description="Ketik nama, NIK atau No. KK (minimal 2 karakter). Hanya warga berstatus ada."
          placeholder="contoh: Siti Aminah atau 6271…"
          status="ada"
          testId="sktm-search-results"
          onPick={setPick}
        />
      )}
      {pick && detail === undefined && <Loader aria-label="Memuat keluarga" />}
      {pick && detail === null && (
        <Alert color="red">Keluarga warga ini tidak ditemukan lagi. Cari ulang.</Alert>
      )}
      {pick && detail && officials.length > 0 && (
        <IssueForm
          key={pick.personId}
          detail={detail}
          personId={pick.personId}
          officials={officials}
          settings={settings}
          onIssued={setIssued}
          onBack={() => setPick(null)}
        />
      )}
    </Stack>
  );
}
