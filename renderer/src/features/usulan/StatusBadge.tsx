import { Badge } from '@mantine/core';
import type { ProposalStatus } from '@shared/domain/core/entities';
import { STATUS_LABELS } from '@shared/domain/usulan/proposal';

const COLORS: Record<ProposalStatus, string> = {
  draf: 'gray',
  verifikasi_lapangan: 'blue',
  siap_musyawarah: 'teal',
  diputuskan: 'violet',
  dikirim: 'dark',
};

export function StatusBadge({ status, className }: { status: ProposalStatus; className?: string }) {
  return (
    <Badge color={COLORS[status]} variant="light" className={className} data-testid="status-badge">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
