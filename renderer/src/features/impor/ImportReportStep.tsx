import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useState } from 'react';
import { defaultProposalChoice } from '@shared/domain/impor/families';
import type { ProposalChoice } from '@shared/domain/impor/families';
import type { SaveResult } from '../../platform';
import type { CheckSummary, OpenedSheet } from '../../workers/import-client';
import { IssueTable } from './IssueTable';
import { ProposalOptions } from './ProposalOptions';

const number = new Intl.NumberFormat('id-ID');

type Props = {
  sheet: OpenedSheet;
  layoutLabel: string;
  summary: CheckSummary;
  savingReport: boolean;
  onSaveReport: () => Promise<SaveResult | null>;
  onEditMapping: () => void;
  onDiscard: () => void;
  onCommit: (proposals: ProposalChoice | null) => void;
};

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm" data-testid="import-stat">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={color}>
        {number.format(value)}
      </Text>
    </Paper>
  );
}

/** The check's result: counts, every bad row, the report, and the one decision left. */
export function ImportReportStep(props: Props) {
  const { sheet, layoutLabel, summary } = props;
  const [withProposals, setWithProposals] = useState(true);
  const [choice, setChoice] = useState<ProposalChoice>(() => defaultProposalChoice(sheet.known));
  const families = summary.familiesNew + summary.familiesExisting;

  const saveReport = async () => {
    const result = await props.onSaveReport();
    if (!result || result.status === 'canceled') return;
    if (result.status === 'saved')
      notifications.show({ color: 'teal', message: `Laporan disimpan (${result.where}).` });
    else showFailure({ title: 'Laporan tidak tersimpan', message: result.message });
  };

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>{sheet.fileName}</Text>
          <Text size="sm" c="dimmed">
            Lembar “{sheet.sheetName}” · {layoutLabel}
          </Text>
        </Stack>
        <Button variant="subtle" onClick={props.onEditMapping}>
          Ubah pemetaan kolom
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat label="Baris data" value={summary.dataRows} />
        <Stat label="Baris valid" value={summary.validRows} color="teal" />
        <Stat
          label="Baris bermasalah"
          value={summary.badRows}
          color={summary.badRows ? 'red' : undefined}
        />
        <Stat label="Keluarga" value={families} />
      </SimpleGrid>
      <Text size="sm">
        Dari baris yang valid: {number.format(summary.newPeople)} warga baru,{' '}
        {number.format(summary.existingPeople)} warga sudah terdaftar di keluarga yang sama (tidak
        diubah); {number.format(summary.familiesNew)} keluarga baru,{' '}
        {number.format(summary.familiesExisting)} keluarga sudah terdaftar.
      </Text>

      {summary.badRows > 0 ? (
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600} role="status">
              {number.format(summary.badRows)} baris bermasalah tidak akan diimpor
            </Text>
            <Button
              variant="default"
              loading={props.savingReport}
              onClick={() => void saveReport()}
            >
              Simpan laporan (XLSX)
            </Button>
          </Group>
          <IssueTable issues={summary.issues} />
        </Stack>
      ) : (
        <Alert color="teal" role="status">
          Semua baris lolos pemeriksaan.
        </Alert>
      )}

      {summary.validRows > 0 && (
        <ProposalOptions
          enabled={withProposals}
          choice={choice}
          families={families}
          onEnabled={setWithProposals}
          onChoice={setChoice}
        />
      )}

      <Group justify="flex-end">
        <Button variant="default" onClick={props.onDiscard}>
          Batal
        </Button>
        <Button
          disabled={summary.validRows === 0}
          onClick={() => props.onCommit(withProposals ? choice : null)}
        >
          Impor {number.format(summary.validRows)} baris yang valid
        </Button>
      </Group>
    </Stack>
  );
}
