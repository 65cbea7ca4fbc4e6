import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import {
  FEEDBACK_FIELD_SPECS,
  FEEDBACK_FIELDS,
  feedbackMappingProblems,
  guessFeedbackMapping,
  readFeedback,
} from '@shared/domain/ekspor/feedback';
import type { FeedbackMapping, FeedbackSheet } from '@shared/domain/ekspor/feedback';
import type { Batch } from '@shared/domain/core/entities';
import { normalizeHeader } from '@shared/domain/impor/fields';
import { RepickableFileButton } from '../../kit/forms/RepickableFileButton';
import { useDatabase } from '../../kit/database-context';
import { findFeedbackMapping, importFeedback } from '../../db/ekspor/feedback-repository';
import type { FeedbackImportResult } from '../../db/ekspor/feedback-repository';
import { readFeedbackFile } from '../../workers/feedback-read-client';
import { runAction } from '../../kit/run-action';

/** `remembered`: the columns come from an earlier file with the same headers. */
type Opened = { fileName: string; sheet: FeedbackSheet; remembered: boolean };

/** "Impor hasil": the portal's results file, columns mapped, checked, then written. */
export function FeedbackImport({ batch }: { batch: Batch }) {
  const { db } = useDatabase();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [mapping, setMapping] = useState<FeedbackMapping>({});
  const [reading, setReading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<FeedbackImportResult | null>(null);

  const open = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setResult(null);
    setReading(true);
    try {
      const { sheet } = await readFeedbackFile(await file.arrayBuffer());
      const remembered = await findFeedbackMapping(db, sheet.headers);
      setOpened({ fileName: file.name, sheet, remembered: remembered !== null });
      setMapping(remembered ?? guessFeedbackMapping(sheet.headers));
    } catch (failure) {
      setOpened(null);
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setReading(false);
    }
  };

  const batchNiks = useMemo(() => new Set(batch.rows.map((row) => row.record?.nik ?? '')), [batch]);
  const problems = feedbackMappingProblems(mapping);
  const preview = useMemo(
    () => (opened && problems.length === 0 ? readFeedback(opened.sheet, mapping) : null),
    [opened, mapping, problems.length],
  );
  const matched = preview?.records.filter((record) => batchNiks.has(record.nik)) ?? [];

  const commit = async () => {
    if (!opened || !preview) return;
    setBusy(true);
    setError(null);
    try {
      const imported = await runAction(
        () =>
          importFeedback(db, batch.id, preview.records, opened.fileName, new Date(), {
            headers: opened.sheet.headers,
            mapping,
          }),
        { what: 'Mengimpor hasil', onFailure: setError },
      );
      if (imported.ok) {
        const outcome = imported.value;
        setResult(outcome);
        setOpened(null);
        notifications.show({
          color: outcome.rejected > 0 ? 'orange' : 'teal',
          message: `Hasil diimpor: ${outcome.accepted} diterima, ${outcome.rejected} ditolak.`,
        });
      }
    } finally {
      setBusy(false);
    }
  };

  const options = [
    { value: '', label: '— tidak ada —' },
    ...(opened?.sheet.headers ?? []).map((header) => ({
      value: normalizeHeader(header),
      label: header,
    })),
  ];

  return (
    <Stack gap="xs" data-testid="feedback-import">
      <Title order={4}>{batch.feedbackAt ? 'Impor hasil lagi' : 'Impor hasil dari portal'}</Title>
      <Text size="sm" c="dimmed">
        Berkas hasil (XLSX atau CSV) dari SIKS-NG: per NIK, padan Dukcapil atau tidak, diterima atau
        ditolak, dan alasannya. Mengimpor lagi mengganti hasil NIK yang ada di berkas baru.
      </Text>
      <Group>
        <RepickableFileButton onChange={(file) => void open(file)} accept=".xlsx,.xls,.csv,.ods">
          {(props) => (
            <Button variant="default" loading={reading} {...props}>
              Pilih berkas hasil
            </Button>
          )}
        </RepickableFileButton>
        {opened && (
          <Text size="sm">
            {opened.fileName}: {opened.sheet.rows.length} baris
          </Text>
        )}
      </Group>
      {reading && <Progress value={100} animated aria-label="Membaca berkas hasil" />}
      {opened && (
        <>
          {opened.remembered && (
            <Text size="sm" c="dimmed" data-testid="feedback-mapping-remembered">
              Kolom dipilih seperti pada impor hasil sebelumnya dengan kolom yang sama. Periksa
              sebelum mengimpor.
            </Text>
          )}
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            {FEEDBACK_FIELDS.map((field) => (
              <NativeSelect
                key={field}
                label={`Kolom ${FEEDBACK_FIELD_SPECS[field].label}`}
                data={options}
                value={mapping[field] ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setMapping((current) => ({ ...current, [field]: value || undefined }));
                }}
              />
            ))}
          </SimpleGrid>
          {problems.length > 0 && (
            <Text size="sm" c="red">
              {problems.join(' ')}
            </Text>
          )}
          {preview && (
            <Stack gap={4} data-testid="feedback-preview">
              <Text size="sm">
                {preview.records.length} NIK terbaca: {matched.filter((r) => r.accepted).length}{' '}
                diterima, {matched.filter((r) => !r.accepted).length} ditolak untuk batch ini
                {preview.records.length - matched.length > 0 &&
                  `; ${preview.records.length - matched.length} NIK bukan dari batch ini (diabaikan)`}
                .
              </Text>
              {preview.problems.length > 0 && (
                <List size="sm" c="orange">
                  {preview.problems.slice(0, 10).map((problem) => (
                    <List.Item key={problem.row}>
                      Baris {problem.row}: {problem.message}
                    </List.Item>
                  ))}
                  {preview.problems.length > 10 && (
                    <List.Item>… dan {preview.problems.length - 10} baris lagi</List.Item>
                  )}
                </List>
              )}
              <Group>
                <Button
                  onClick={() => void commit()}
                  loading={busy}
                  disabled={matched.length === 0}
                >
                  Impor hasil
                </Button>
                <Button variant="subtle" onClick={() => setOpened(null)}>
                  Batal
                </Button>
              </Group>
            </Stack>
          )}
        </>
      )}
      {error && (
        <Alert color="red" role="alert" title="Hasil tidak diimpor">
          {error}
        </Alert>
      )}
      {result && (
        <Alert color={result.rejected > 0 ? 'orange' : 'teal'} title="Hasil tersimpan">
          {result.accepted} diterima, {result.rejected} ditolak.
          {result.withoutResult > 0 && ` ${result.withoutResult} baris batch belum ada hasilnya.`}
          {result.unmatched.length > 0 &&
            ` NIK yang bukan dari batch ini: ${result.unmatched.join(', ')}.`}
        </Alert>
      )}
    </Stack>
  );
}
