import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { KIND_LABELS } from '@shared/domain/usulan/proposal';
import { AssessmentSection } from './AssessmentSection';
import { FamilyCard } from './FamilyCard';
import { PhotoSection } from './PhotoSection';
import { ProposalInfo } from './ProposalInfo';
import { StatusBadge } from './StatusBadge';
import { StatusPanel } from './StatusPanel';
import { useProposalDetail } from './useUsulan';

export function ProposalDetailPage() {
  const { proposalId = '' } = useParams();
  const detail = useProposalDetail(proposalId);
  if (detail === undefined) return null;
  if (detail === null) {
    return (
      <Alert color="red" title="Usulan tidak ditemukan">
        Usulan ini tidak ada atau sudah dihapus.{' '}
        <Anchor component={Link} to="/usulan">
          Kembali ke daftar usulan
        </Anchor>
      </Alert>
    );
  }
  const { proposal, person, family, members, aid, assessments } = detail;
  const latest = assessments[0] ?? null;

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="sm">
            <Title order={2}>Usulan: {person?.nama ?? '(warga terhapus)'}</Title>
            <StatusBadge status={proposal.status} />
          </Group>
          <Text size="sm" c="dimmed">
            Jenis {KIND_LABELS[proposal.kind].toLowerCase()} · Program {proposal.programme} ·
            Periode {proposal.period}
          </Text>
        </Stack>
        <Anchor component={Link} to="/usulan">
          Kembali ke daftar usulan
        </Anchor>
      </Group>

      <StatusPanel proposal={proposal} latestAssessment={latest} />
      <ProposalInfo proposal={proposal} person={person} aid={aid} />
      {family && <FamilyCard family={family} members={members} aid={aid} />}
      <AssessmentSection proposal={proposal} assessments={assessments} />
      <PhotoSection proposal={proposal} />
    </Stack>
  );
}
