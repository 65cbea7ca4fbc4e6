import { Anchor, Paper, SimpleGrid, Stepper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { BATCH_STATE_LABELS, countByKind } from '@shared/domain/ekspor/batch';
import { BATCH_STATES } from '@shared/domain/core/entities';
import type { Batch } from '@shared/domain/core/entities';
import { MEETING_KIND_LABELS } from '@shared/domain/musyawarah/meeting';
import { dateTime, shortDate, shortHash } from './format';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** Where the batch stands in the outbox, and the facts the manifest will carry. */
export function BatchSummary({ batch }: { batch: Batch }) {
  const counts = countByKind(batch.rows);
  const step = BATCH_STATES.indexOf(batch.state);
  const doc = batch.decisionDocument;
  return (
    <Paper withBorder p="md">
      <Stepper active={step + 1} size="sm" mb="md" allowNextStepsSelect={false}>
        {BATCH_STATES.map((state) => (
          <Stepper.Step key={state} label={BATCH_STATE_LABELS[state]} />
        ))}
      </Stepper>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Field label="Periode">{batch.period}</Field>
        <Field label="Dasar keputusan">
          <Anchor component={Link} to={`/musyawarah/${batch.meetingId}`} size="sm">
            {MEETING_KIND_LABELS[doc.kind]}
          </Anchor>
          <Text size="xs" c="dimmed">
            No. {doc.number || '—'}, {shortDate(doc.date)}
          </Text>
        </Field>
        <Field label="Hash dokumen keputusan">
          <Text size="sm" ff="monospace" title={doc.hash}>
            {shortHash(doc.hash)}
          </Text>
        </Field>
        <Field label="Isi">
          {counts.total} baris: baru {counts.baru}, perbaikan {counts.perbaikan}, nonaktif{' '}
          {counts.nonaktif}
        </Field>
        <Field label="Dibuat">
          {dateTime(batch.createdAt)} oleh {batch.createdBy}
        </Field>
        <Field label="Diekspor">
          {batch.exportedAt ? `${dateTime(batch.exportedAt)} oleh ${batch.exportedBy ?? '—'}` : '—'}
          {batch.fileName && (
            <Text size="xs" c="dimmed" ff="monospace">
              {batch.fileName}
            </Text>
          )}
        </Field>
        <Field label="Diunggah ke portal">
          {batch.upload ? `${shortDate(batch.upload.date)}, ref. ${batch.upload.reference}` : '—'}
        </Field>
        <Field label="Hasil dari portal">
          {batch.feedbackAt ? dateTime(batch.feedbackAt) : '—'}
        </Field>
        <Field label="Templat kolom">{batch.templateVersion}</Field>
        <Field label="Hash isi batch (SHA-256)">
          <Text size="sm" ff="monospace" title={batch.contentHash}>
            {shortHash(batch.contentHash)}
          </Text>
        </Field>
        <Field label="ID batch">
          <Text size="xs" ff="monospace">
            {batch.id}
          </Text>
        </Field>
      </SimpleGrid>
    </Paper>
  );
}
