import { Alert, Anchor, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router-dom';
import { localIsoDate } from '@shared/domain/core/tanggal';
import { defaultAgenda } from '@shared/domain/musyawarah/meeting';
import type { MeetingInput } from '@shared/domain/musyawarah/meeting';
import { regimeForPeriod } from '@shared/domain/pengaturan/regime';
import type { RegimeChoices } from '@shared/domain/pengaturan/regime';
import { lurahStanding } from '@shared/domain/core/signer';
import { periodLabel } from '@shared/domain/core/settings';
import type { KelurahanIdentity, Official, UpdatePeriod } from '@shared/domain/core/settings';
import { useDatabase } from '../../kit/database-context';
import { createMeeting } from '../../db/musyawarah/repository';
import { runAction } from '../../kit/run-action';
import { MeetingForm } from './MeetingForm';
import { useIdentity, useOfficials, useRegimeChoices, useUpdatePeriod } from './useMusyawarah';

function today(): string {
  return localIsoDate();
}

function initialMeeting(
  identity: KelurahanIdentity | null,
  officials: readonly Official[],
  period: UpdatePeriod,
  regimeChoices: RegimeChoices,
): MeetingInput {
  const label = periodLabel(period, new Date());
  const lurah =
    officials.find((o) => o.aktif && lurahStanding(o.jabatan) === 'lurah') ??
    officials.find((o) => o.aktif && lurahStanding(o.jabatan) !== undefined) ??
    officials.find((o) => o.aktif);
  return {
    kind: 'berita_acara',
    period: label,
    date: today(),
    startTime: '09.00',
    endTime: '',
    place: identity ? `Aula Kantor Kelurahan ${identity.namaKelurahan}` : '',
    chairOfficialId: lurah?.id ?? '',
    noteTaker: '',
    agenda: defaultAgenda(label, regimeForPeriod(label, regimeChoices)),
  };
}

export function NewMeetingPage() {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const identity = useIdentity();
  const officials = useOfficials();
  const period = useUpdatePeriod();
  const regimeChoices = useRegimeChoices();
  const ready =
    identity !== undefined &&
    officials !== undefined &&
    period !== undefined &&
    regimeChoices !== undefined;

  return (
    <Stack maw={900}>
      <Title order={2}>Sesi musyawarah baru</Title>
      {officials?.length === 0 && (
        <Alert color="yellow" title="Belum ada pejabat penanda tangan">
          Musyawarah dipimpin Lurah. Tambahkan Lurah di{' '}
          <Anchor component={Link} to="/pengaturan">
            Pengaturan → Pejabat penanda tangan
          </Anchor>
          .
        </Alert>
      )}
      <Paper withBorder p="lg">
        {ready && (
          <MeetingForm
            initial={initialMeeting(identity, officials, period, regimeChoices)}
            officials={officials}
            submitLabel="Buat sesi"
            onCancel={() => navigate('/musyawarah')}
            onSubmit={async (fields) => {
              await runAction(
                async () => {
                  const meeting = await createMeeting(db, fields);
                  notifications.show({ color: 'teal', message: 'Sesi musyawarah dibuat.' });
                  navigate(`/musyawarah/${meeting.id}/peserta`);
                },
                { what: 'Membuat sesi musyawarah' },
              );
            }}
          />
        )}
      </Paper>
    </Stack>
  );
}
