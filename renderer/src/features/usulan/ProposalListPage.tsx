import { Button, Group, NativeSelect, Stack, Tabs, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '@shared/domain/core/entities';
import type { ProposalKind, ProposalStatus } from '@shared/domain/core/entities';
import { KIND_LABELS, STATUS_LABELS } from '@shared/domain/usulan/proposal';
import { PROPOSAL_SORTS } from '../../db/usulan/repository';
import type { ProposalSort } from '../../db/usulan/repository';
import { NotAllowedHint } from '../../kit/session/NotAllowedHint';
import { useCan } from '../../kit/session/useCan';
import { ProposalRows } from './ProposalRows';
import { useProposalIds, useProposalPeriods, useStatusCounts } from './useUsulan';

const number = new Intl.NumberFormat('id-ID');

/** RT and RW are stored zero-padded to three digits; clerks type "3". */
function padArea(value: string | null): string | undefined {
  const digits = (value ?? '').replace(/\D/g, '');
  return digits ? digits.padStart(3, '0').slice(-3) : undefined;
}

function asStatus(value: string | null): ProposalStatus | undefined {
  return PROPOSAL_STATUSES.find((status) => status === value);
}

function asSort(value: string | null): ProposalSort {
  return value !== null && value in PROPOSAL_SORTS ? (value as ProposalSort) : 'terbaru';
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
  const search = params.get('q') ?? '';
  const sort = asSort(params.get('urut'));

  const ids = useProposalIds({ status, kind, period, rw, rt, search, sort });
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

      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Cari usulan"
          placeholder="Nama, NIK atau No. KK"
          type="search"
          w={260}
          value={search}
          onChange={(event) => setParam('q', event.currentTarget.value || undefined)}
        />
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
        <NativeSelect
          label="Urutkan"
          value={sort}
          onChange={(event) =>
            setParam(
              'urut',
              event.currentTarget.value === 'terbaru' ? undefined : event.currentTarget.value,
            )
          }
          data={Object.entries(PROPOSAL_SORTS).map(([value, label]) => ({ value, label }))}
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

      <ProposalRows ids={ids} filtered={search.trim() !== ''} />
    </Stack>
  );
}
