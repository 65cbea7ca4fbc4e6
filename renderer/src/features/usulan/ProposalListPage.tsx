import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '@shared/domain/entities';
import type { ProposalKind, ProposalStatus } from '@shared/domain/entities';
import { maskNik } from '@shared/domain/nik';
import { KIND_LABELS, STATUS_LABELS } from '@shared/domain/proposal';
import type { ProposalListRow } from '../../db/proposal-repository';
import { NotAllowedHint } from '../keamanan/NotAllowedHint';
import { useCan } from '../keamanan/useCan';
import { StatusBadge } from './StatusBadge';
import { useProposalList, useProposalPeriods, useStatusCounts } from './useUsulan';

const number = new Intl.NumberFormat('id-ID');

/** RT and RW are stored zero-padded to three digits; clerks type "3". */
function padArea(value: string | null): string | undefined {
  const digits = (value ?? '').replace(/\D/g, '');
  return digits ? digits.padStart(3, '0').slice(-3) : undefined;
}

function asStatus(value: string | null): ProposalStatus | undefined {
  return PROPOSAL_STATUSES.find((status) => status === value);
}

function asKind(value: string | null): ProposalKind | undefined {
  return PROPOSAL_KINDS.find((kind) => kind === value);
}

export function ProposalListPage() {
  const { t } = useTranslation();
  const mayCreate = useCan('buat-usulan');
  const [params, setParams] = useSearchParams();
  const status = asStatus(params.get('status'));
  const kind = asKind(params.get('jenis'));
  const period = params.get('periode') ?? undefined;
  const rw = padArea(params.get('rw'));
  const rt = padArea(params.get('rt'));

  const list = useProposalList({ status, kind, period, rw, rt });
  const counts = useStatusCounts({ kind, period, rw, rt });
  const periods = useProposalPeriods();

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const total = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : undefined;
  const countLabel = (value: number | undefined) =>
    value === undefined ? '' : ` (${number.format(value)})`;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('nav.usulan')}</Title>
        {mayCreate.allowed ? (
          <Button component={Link} to="/usulan/baru">
            Usulan baru
          </Button>
        ) : (
          <Group gap="xs">
            <NotAllowedHint can={mayCreate} />
            <Button disabled>Usulan baru</Button>
          </Group>
        )}
      </Group>

      <Group align="flex-end">
        <NativeSelect
          label="Periode"
          value={period ?? ''}
          onChange={(event) => setParam('periode', event.currentTarget.value || undefined)}
          data={[
            { value: '', label: 'Semua periode' },
            ...(periods ?? []).map((value) => ({ value, label: value })),
          ]}
        />
        <NativeSelect
          label="Jenis usulan"
          value={kind ?? ''}
          onChange={(event) => setParam('jenis', event.currentTarget.value || undefined)}
          data={[
            { value: '', label: 'Semua jenis' },
            ...PROPOSAL_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
          ]}
        />
        <TextInput
          label="RW"
          w={80}
          inputMode="numeric"
          value={params.get('rw') ?? ''}
          onChange={(event) => setParam('rw', event.currentTarget.value)}
        />
        <TextInput
          label="RT"
          w={80}
          inputMode="numeric"
          value={params.get('rt') ?? ''}
          onChange={(event) => setParam('rt', event.currentTarget.value)}
        />
      </Group>

      <Tabs
        value={status ?? 'semua'}
        onChange={(value) =>
          setParam('status', value === 'semua' ? undefined : (value ?? undefined))
        }
      >
        <Tabs.List>
          <Tabs.Tab value="semua">Semua{countLabel(total)}</Tabs.Tab>
          {PROPOSAL_STATUSES.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {STATUS_LABELS[value]}
              {countLabel(counts?.[value])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>

      {list && <ProposalTable rows={list.rows} />}
      {list && list.total > list.rows.length && (
        <Text size="sm" c="dimmed">
          Menampilkan {number.format(list.rows.length)} usulan terbaru dari{' '}
          {number.format(list.total)}. Persempit dengan periode, jenis atau RT/RW.
        </Text>
      )}
    </Stack>
  );
}

function ProposalTable({ rows }: { rows: ProposalListRow[] }) {
  const navigate = useNavigate();
  if (rows.length === 0) {
    return (
      <Text c="dimmed" data-testid="usulan-empty">
        Belum ada usulan yang cocok dengan saringan ini.
      </Text>
    );
  }
  return (
    <Table striped highlightOnHover withTableBorder data-testid="usulan-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Nama</Table.Th>
          <Table.Th>NIK</Table.Th>
          <Table.Th>RT/RW</Table.Th>
          <Table.Th>Jenis</Table.Th>
          <Table.Th>Program</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Verifikasi lapangan</Table.Th>
          <Table.Th>Periode</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ proposal, person, family, assessment }) => (
          <Table.Tr
            key={proposal.id}
            style={{ cursor: 'pointer' }}
            onClick={() => navigate(`/usulan/${proposal.id}`)}
          >
            <Table.Td>
              <Anchor
                component={Link}
                to={`/usulan/${proposal.id}`}
                onClick={(e) => e.stopPropagation()}
              >
                {person?.nama ?? '(warga terhapus)'}
              </Anchor>
            </Table.Td>
            <Table.Td ff="monospace">{person ? maskNik(person.nik) : '—'}</Table.Td>
            <Table.Td>{family ? `${family.rt}/${family.rw}` : '—'}</Table.Td>
            <Table.Td>{KIND_LABELS[proposal.kind]}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {proposal.programme}
                {proposal.overlapOverride && (
                  <Badge
                    size="xs"
                    color="orange"
                    variant="light"
                    title="Pengecualian tumpang tindih bantuan"
                  >
                    Pengecualian
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <StatusBadge status={proposal.status} />
            </Table.Td>
            <Table.Td>
              <Text size="sm" c={assessment ? undefined : 'dimmed'}>
                {assessment?.label ?? 'Belum dinilai'}
              </Text>
            </Table.Td>
            <Table.Td>{proposal.period}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
