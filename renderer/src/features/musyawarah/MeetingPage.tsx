import { Alert, Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { MEETING_KIND_LABELS } from '@shared/domain/musyawarah/meeting';
import { longDate } from '@shared/reports/musyawarah-common';
import { CandidatesPanel } from './CandidatesPanel';
import { FacilitatorConsole } from './FacilitatorConsole';
import { FinalisePanel } from './FinalisePanel';
import { LettersPanel } from './LettersPanel';
import { ParticipantsPanel } from './ParticipantsPanel';
import { SessionPanel } from './SessionPanel';
import { StatusBadge } from './StatusBadge';
import { useMeeting } from './useMusyawarah';

const TABS = [
  { value: 'sesi', label: 'Sesi' },
  { value: 'peserta', label: 'Peserta & kehadiran' },
  { value: 'calon', label: 'Daftar calon' },
  { value: 'jalannya', label: 'Jalannya musyawarah' },
  { value: 'hasil', label: 'Finalisasi & cetak' },
  { value: 'surat', label: 'Undangan & surat' },
] as const;
type Tab = (typeof TABS)[number]['value'];

export function MeetingPage() {
  const { meetingId = '', tab } = useParams();
  const navigate = useNavigate();
  const meeting = useMeeting(meetingId);
  const current: Tab = TABS.some((t) => t.value === tab) ? (tab as Tab) : 'sesi';

  if (meeting === undefined) return null;
  if (meeting === null) {
    return (
      <Alert color="red" title="Sesi musyawarah tidak ditemukan">
        <Anchor component={Link} to="/musyawarah">
          Kembali ke daftar musyawarah
        </Anchor>
      </Alert>
    );
  }
  const visibleTabs = TABS.filter((t) => meeting.kind === 'berita_acara' || t.value !== 'peserta');

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Anchor component={Link} to="/musyawarah" size="sm">
            ← Daftar musyawarah
          </Anchor>
          <Title order={2}>
            Musyawarah {longDate(meeting.date)} · {meeting.period}
          </Title>
          <Text size="sm" c="dimmed">
            {MEETING_KIND_LABELS[meeting.kind]}
            {meeting.number ? ` · Nomor ${meeting.number}` : ''} · {meeting.place}
          </Text>
        </Stack>
        <StatusBadge status={meeting.status} />
      </Group>
      <Tabs
        value={current}
        keepMounted={false}
        onChange={(value) => value && navigate(`/musyawarah/${meeting.id}/${value}`)}
      >
        <Tabs.List>
          {visibleTabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="sesi" pt="md">
          <SessionPanel meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="peserta" pt="md">
          <ParticipantsPanel meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="calon" pt="md">
          <CandidatesPanel meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="jalannya" pt="md">
          <FacilitatorConsole meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="hasil" pt="md">
          <FinalisePanel meeting={meeting} />
        </Tabs.Panel>
        <Tabs.Panel value="surat" pt="md">
          <LettersPanel meeting={meeting} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
