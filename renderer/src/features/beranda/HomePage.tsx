import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  BATCH_STATE_LABELS,
  DECISION_LABELS,
  KIND_LABELS,
  STATUS_LABELS,
} from '@shared/domain/core/labels';
import { desilRows } from '@shared/domain/usulan/desil';
import type { Recap } from '@shared/domain/beranda/recap';
import { regimeForPeriod } from '@shared/domain/pengaturan/regime';
import { buildRecapPdf, buildRecapSheets } from '@shared/reports/recap';
import { useDatabase } from '../../kit/database-context';
import { markOnce, STARTUP_MARKS } from '../../kit/startup-marks';
import { mayWrite } from '../../db/keamanan/audit-repository';
import { checkAndRepairSummary, SUMMARY_AUDIT_ENTITY } from '../../db/beranda/summary-repair';
import { currentActor, getIdentity, getRegimeChoices } from '../../db/pengaturan/repository';
import { useDesktopApi } from '../../platform';
import { renderPdf } from '../../workers/render-pdf';
import { renderXlsx } from '../../workers/render-xlsx';
import { BarChart } from './BarChart';
import { StartHere } from './StartHere';
import { useRecap } from './useRecap';

const number = new Intl.NumberFormat('id-ID');

function entries<K extends string>(labels: Record<K, string>, counts: Record<K, number>) {
  return (Object.keys(labels) as K[]).map((key) => ({ label: labels[key], value: counts[key] }));
}

function Stat({
  label,
  value,
  testId,
}: {
  label: string;
  value: number | string | undefined;
  testId?: string;
}) {
  return (
    <Card withBorder padding="md" data-testid={testId ?? 'stat-card'}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value === undefined ? '…' : typeof value === 'number' ? number.format(value) : value}
      </Text>
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const recap = useRecap();
  const shown = recap !== undefined;
  useEffect(() => {
    if (shown) markOnce(STARTUP_MARKS.berandaNumbers);
  }, [shown]);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('nav.beranda')}</Title>
          <Text size="sm" c="dimmed" data-testid="recap-period">
            {recap ? `Periode ${recap.period}` : 'Menghitung…'}
          </Text>
        </div>
        {recap && (
          <Group>
            <RecheckFigures />
            <RecapExports recap={recap} />
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }}>
        <Stat label="Keluarga terdaftar" value={recap?.registry.families} />
        <Stat label="Warga terdaftar" value={recap?.registry.people} />
        <Stat label="Warga berstatus ada" value={recap?.registry.present} />
        <Stat
          label="Siap musyawarah"
          value={recap?.proposalsByStatus.siap_musyawarah}
          testId="stat-siap"
        />
        <Stat label="Surat terbit bulan ini" value={recap?.lettersThisMonth} testId="stat-surat" />
        <Stat
          label="Musyawarah terkunci"
          value={recap ? `${recap.meetings.locked} dari ${recap.meetings.total}` : undefined}
          testId="stat-musyawarah"
        />
      </SimpleGrid>
      {recap && recap.registry.families === 0 && <StartHere />}
      {recap && <RecapDetails recap={recap} />}
    </Stack>
  );
}

function RecapDetails({ recap }: { recap: Recap }) {
  const proposalTotal = Object.values(recap.proposalsByKind).reduce((a, b) => a + b, 0);
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 4 }}>
        <Card withBorder>
          <BarChart
            title={`Usulan per status (${number.format(proposalTotal)})`}
            bars={entries(STATUS_LABELS, recap.proposalsByStatus)}
          />
        </Card>
        <Card withBorder>
          <BarChart
            title="Usulan per jenis"
            bars={entries(KIND_LABELS, recap.proposalsByKind)}
            color="var(--mantine-color-blue-6)"
          />
        </Card>
        <Card withBorder>
          <BarChart
            title="Keputusan musyawarah"
            bars={
              recap.decisionsInWords?.map((entry) => ({
                label: entry.label,
                value: entry.count,
              })) ?? entries(DECISION_LABELS, recap.decisions)
            }
            color="var(--mantine-color-grape-6)"
          />
        </Card>
        <Card withBorder>
          <BarChart
            title="Batch ke SIKS-NG per status"
            bars={entries(BATCH_STATE_LABELS, recap.batchesByState)}
            color="var(--mantine-color-indigo-6)"
          />
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Group gap="xl" data-testid="flags">
          <Text>
            <b>{number.format(recap.flags.aidOverlapFamilies)}</b> keluarga menerima bantuan pusat
            dan daerah sekaligus{' '}
            <Anchor component={Link} to="/warga">
              (lihat daftar keluarga)
            </Anchor>
          </Text>
          <Text>
            <b>{number.format(recap.flags.possibleDuplicatePairs)}</b> pasangan kemungkinan data
            ganda belum diperiksa{' '}
            <Anchor component={Link} to="/duplikat">
              (periksa)
            </Anchor>
          </Text>
        </Group>
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <BarChart
            title="Usulan periode ini per RT/RW (15 terbanyak)"
            bars={recap.perRtRw
              .filter((row) => row.proposals > 0)
              .sort((a, b) => b.proposals - a.proposals)
              .slice(0, 15)
              .map((row) => ({ label: `RT ${row.rt} / RW ${row.rw}`, value: row.proposals }))}
          />
        </Card>
        <Card withBorder data-testid="desil-chart">
          <BarChart
            title="Keluarga terdaftar per desil (peringkat nasional)"
            bars={desilRows(recap.desil)}
            color="var(--mantine-color-teal-7)"
          />
        </Card>
        <Card withBorder>
          <BarChart
            title="Kriteria yang paling sering terpenuhi (Kepmensos 262/HUK/2022)"
            bars={recap.criteria.map((item) => ({ label: item.text, value: item.met }))}
            color="var(--mantine-color-orange-6)"
          />
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Text fw={600} size="sm" mb="xs">
          Per RT/RW
        </Text>
        <Table.ScrollContainer minWidth={500} mah={360}>
          <Table striped stickyHeader data-testid="rt-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>RW</Table.Th>
                <Table.Th>RT</Table.Th>
                <Table.Th ta="right">Keluarga</Table.Th>
                <Table.Th ta="right">Warga</Table.Th>
                <Table.Th ta="right">Usulan periode ini</Table.Th>
                <Table.Th ta="right">Diputuskan layak</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {recap.perRtRw.map((row) => (
                <Table.Tr key={`${row.rw}/${row.rt}`}>
                  <Table.Td>{row.rw}</Table.Td>
                  <Table.Td>{row.rt}</Table.Td>
                  <Table.Td ta="right">{number.format(row.families)}</Table.Td>
                  <Table.Td ta="right">{number.format(row.people)}</Table.Td>
                  <Table.Td ta="right">{number.format(row.proposals)}</Table.Td>
                  <Table.Td ta="right">{number.format(row.layak)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </>
  );
}

/**
 * "Periksa ulang angka": counts the registry again from scratch and puts the Beranda's
 * summary right if it drifted; says which it was, and logs the check.
 */
function RecheckFigures() {
  const { db } = useDatabase();
  const [busy, setBusy] = useState(false);
  if (!mayWrite(db, { action: 'update', entity: SUMMARY_AUDIT_ENTITY })) return null;
  const run = async () => {
    setBusy(true);
    try {
      const { differences } = await checkAndRepairSummary(db, await currentActor(db));
      if (differences.length === 0)
        notifications.show({
          color: 'teal',
          title: 'Angka sudah benar',
          message: 'Semua angka Beranda cocok dengan hitungan ulang dari data warga.',
        });
      else
        notifications.show({
          color: 'yellow',
          title: 'Angka diperbaiki',
          message: `${differences.length} angka tidak cocok dan sudah diperbaiki: ${differences.slice(0, 3).join('; ')}${differences.length > 3 ? '; …' : ''}. Pemeriksaan dicatat di log.`,
          autoClose: false,
        });
    } catch (error) {
      showFailure({
        message: `Pemeriksaan angka gagal: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="subtle" loading={busy} onClick={() => void run()}>
      Periksa ulang angka
    </Button>
  );
}

function RecapExports({ recap }: { recap: Recap }) {
  const { db } = useDatabase();
  const api = useDesktopApi();
  const identity = useLiveQuery(() => getIdentity(db), [db]);
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);
  const choices = useLiveQuery(() => getRegimeChoices(db), [db]);
  const fileBase = `Rekap ${regimeForPeriod(recap.period, choices).dataName} ${recap.period}`;

  const run = async (kind: 'xlsx' | 'pdf') => {
    if (!identity) return;
    setBusy(kind);
    try {
      const bytes =
        kind === 'pdf'
          ? await renderPdf(buildRecapPdf(recap, identity, choices))
          : await renderXlsx(buildRecapSheets(recap, identity, choices));
      const result = await api.saveFile(bytes, fileBase, kind);
      if (result.status === 'saved')
        notifications.show({ color: 'teal', message: `Tersimpan: ${result.where}` });
      if (result.status === 'error') showFailure({ message: result.message });
    } catch (error) {
      showFailure({ message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Group>
      <Button variant="default" loading={busy === 'xlsx'} onClick={() => void run('xlsx')}>
        Unduh rekap (XLSX)
      </Button>
      <Button variant="default" loading={busy === 'pdf'} onClick={() => void run('pdf')}>
        Unduh ringkasan (PDF)
      </Button>
    </Group>
  );
}
