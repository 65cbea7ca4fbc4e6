import { Badge } from '@mantine/core';
import type { ProposalStatus } from '@shared/domain/entities';
import { STATUS_LABELS } from '@shared/domain/proposal';

const COLORS: Record<ProposalStatus, string> = {
  draf: 'gray',
  verifikasi_lapangan: 'blue',
  siap_musyawarah: 'teal',
  diputuskan: 'violet',
  dikirim: 'dark',
};

export function StatusBadge({ status }: { status: ProposalStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
