import type { ReactNode } from 'react';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { desilLabel } from '@shared/domain/usulan/desil';
import type { MeetingDecision } from '@shared/domain/core/entities';
import { kindLabel } from '@shared/domain/musyawarah/candidates';
import type { MeetingCandidate } from '@shared/domain/musyawarah/candidates';
import { maskNoKk } from '@shared/domain/warga/kk';
import { maskNik } from '@shared/domain/warga/nik';
import { vocabularyOf } from '@shared/domain/musyawarah/decision-words';
import { regimeForPeriod } from '@shared/domain/pengaturan/regime';
import { DecisionBadge } from './StatusBadge';
import { formatTanggal } from '@shared/domain/core/tanggal';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="md">{children}</Text>
    </Stack>
  );
}

/** What the facilitator reads out; includes the field note, which the projector never shows. */
export function CandidateCard({
  candidate,
  decision,
  position,
  total,
  reading = false,
}: {
  candidate: MeetingCandidate;
  decision: MeetingDecision | undefined;
  position: number;
  total: number;
  /** Its members, aid and assessment are still being read: those fields are not shown. */
  reading?: boolean;
}) {
  const later = 'Masih dibaca…';
  return (
    <Paper withBorder p="lg" data-testid="current-candidate">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              Calon {position} dari {total} · RW {candidate.rw} · RT {candidate.rt}
            </Text>
            <Title order={3} fz={28}>
              {candidate.nama}
            </Title>
          </Stack>
          <Stack gap={4} align="flex-end">
            <DecisionBadge decision={decision?.decision} subject={candidate} />
            {decision?.reason && (
              <Text size="sm" c="dimmed" maw={260} ta="right">
                {decision.reason}
              </Text>
            )}
          </Stack>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <Field label="NIK">{maskNik(candidate.nik)}</Field>
          <Field label="No. KK">{maskNoKk(candidate.noKk)}</Field>
          <Field label="Anggota keluarga">
            {reading ? later : `${candidate.familySize} orang`}
          </Field>
          <Field label="Desil">
            <span data-testid="candidate-desil">{desilLabel(candidate.desil)}</span>
            {candidate.desil && (
              <Text span size="xs" c="dimmed">
                {' '}
                · {candidate.desil.source}
              </Text>
            )}
          </Field>
          <Field label="Alamat">
            {candidate.alamat}, RT {candidate.rt} / RW {candidate.rw}
          </Field>
          <Field label="Usulan">
            {kindLabel(candidate.kind, candidate.nonaktifReason)} · {candidate.programme}{' '}
            {candidate.source === 'prelist' && (
              <Badge size="xs" color="grape" variant="light">
                prelist
              </Badge>
            )}
          </Field>
          <Field label="Hasil verifikasi lapangan">
            {reading ? later : candidate.criteriaSummary}
          </Field>
          <Field label="Bantuan yang diterima">
            {reading ? later : candidate.aid.join(', ') || 'Belum ada'}
          </Field>
        </SimpleGrid>
        {!reading && <CandidateNote candidate={candidate} />}
        <Paper bg="yellow.0" p="sm" radius="sm">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Catatan petugas lapangan
            {candidate.officer ? ` · ${candidate.officer}` : ''}
            {candidate.assessmentDate ? ` · ${formatTanggal(candidate.assessmentDate)}` : ''}
          </Text>
          <Text>{reading ? later : candidate.fieldNote || 'Tidak ada catatan.'}</Text>
          {candidate.proposalNote && candidate.proposalNote !== candidate.fieldNote && (
            <Text size="sm" c="dimmed">
              Catatan usulan: {candidate.proposalNote}
            </Text>
          )}
        </Paper>
      </Stack>
    </Paper>
  );
}

/** What each decision means for this kind, so the room knows what it is agreeing to. */
function CandidateNote({ candidate }: { candidate: MeetingCandidate }) {
  const vocabulary = vocabularyOf(candidate);
  if (vocabulary === 'nonaktif') {
    return (
      <Text size="sm" c="indigo.8">
        Usulan mengeluarkan keluarga dari {dataName(candidate)}: “Disetujui dinonaktifkan” berarti
        dikirim sebagai nonaktif; “Ditolak” berarti keluarga tetap terdaftar.
      </Text>
    );
  }
  if (vocabulary === 'prelist') {
    return (
      <Text size="sm" c="indigo.8">
        Keluarga prelist (sudah terdaftar{candidate.idDtks ? `, ID ${candidate.idDtks}` : ''}):
        “Tetap” berarti tetap terdaftar
        {candidate.prelistChanged
          ? ' dan dikirim sebagai perbaikan data karena datanya berubah sejak prelist'
          : ', tidak ada yang dikirim karena datanya tidak berubah'}
        ; “Dikeluarkan” berarti dikirim sebagai nonaktif dengan alasannya (meninggal, pindah, tidak
        ditemukan, ganda atau sudah mampu).
      </Text>
    );
  }
  if (candidate.programme === 'Bansos Daerah') {
    return (
      <Text size="sm" c="indigo.8">
        Usulan bansos daerah: bila layak, keluarga masuk daftar usulan bansos daerah untuk
        pemerintah kota, tidak dikirim ke SIKS-NG.
      </Text>
    );
  }
  return null;
}

const dataName = (candidate: MeetingCandidate) =>
  candidate.period ? regimeForPeriod(candidate.period).dataName : 'daftar';
