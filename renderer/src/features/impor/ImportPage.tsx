import { Stack, Text, Title } from '@mantine/core';
import { ColumnMappingStep } from './ColumnMappingStep';
import { FilePickStep } from './FilePickStep';
import { ImportHistory } from './ImportHistory';
import { ImportDoneCard } from './ImportDoneCard';
import { ImportProgressCard } from './ImportProgressCard';
import { ImportReportStep } from './ImportReportStep';
import { useImportJob } from './useImportJob';

/** Import from XLSX/CSV: pick, map columns if needed, check every row, then write or not. */
export function ImportPage() {
  const job = useImportJob();
  const { step } = job;
  return (
    <Stack>
      <Title order={2}>Impor data warga</Title>
      <Text c="dimmed" size="sm">
        Daftar usulan RT/RW dan prelist DTKS dari berkas XLSX atau CSV. Setiap baris diperiksa; yang
        disimpan hanya baris yang valid, sekaligus dalam satu transaksi.
      </Text>
      {step.kind === 'pick' && (
        <FilePickStep
          error={step.error}
          notice={step.notice}
          onFile={(file) => void job.pickFile(file)}
        />
      )}
      {(step.kind === 'pick' || step.kind === 'done') && <ImportHistory />}
      {step.kind === 'busy' && (
        <ImportProgressCard progress={step.progress} onCancel={job.cancel} />
      )}
      {step.kind === 'mapping' && (
        <ColumnMappingStep
          sheet={step.sheet}
          initial={step.mapping}
          onConfirm={(mapping) => void job.confirmMapping(step.sheet, mapping)}
          onCancel={job.discard}
        />
      )}
      {step.kind === 'report' && (
        <ImportReportStep
          sheet={step.sheet}
          layoutLabel={step.layoutLabel}
          summary={step.summary}
          savingReport={job.savingReport}
          onSaveReport={job.saveReport}
          onEditMapping={job.editMapping}
          onDiscard={job.discard}
          onCommit={(proposals) => void job.commit(proposals)}
        />
      )}
      {step.kind === 'done' && (
        <ImportDoneCard
          fileName={step.sheet.fileName}
          result={step.result}
          seconds={{ check: step.checkMillis / 1000, write: step.writeMillis / 1000 }}
          onAgain={job.reset}
        />
      )}
    </Stack>
  );
}
