import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { getCriteriaSet } from '@shared/domain/usulan/criteria';
import type { Assessment, Proposal } from '@shared/domain/core/entities';
import { assessmentSummary, kindNeedsAssessment } from '@shared/domain/usulan/proposal';
import { AssessmentForm } from './AssessmentForm';
import { formatTanggal } from '@shared/domain/core/tanggal';

type Props = { proposal: Proposal; assessments: Assessment[] };

const ANSWER = (value: boolean | null | undefined) =>
  value === true ? 'Ya' : value === false ? 'Tidak' : 'Belum dijawab';

export function AssessmentSection({ proposal, assessments }: Props) {
  const latest = assessments[0] ?? null;
  const editable = proposal.status === 'verifikasi_lapangan';
  // "terakhir" corrects the latest assessment; "baru" records a re-check from a blank form.
  const [mode, setMode] = useState<'terakhir' | 'baru'>('terakhir');
  const editing = mode === 'baru' ? null : latest;
  const summary = latest ? assessmentSummary(latest) : null;

  return (
    <Paper withBorder p="md" data-testid="assessment-section">
      <Stack>
        <Group justify="space-between">
          <Text fw={600}>Verifikasi lapangan (verivali)</Text>
          {summary && (
            <Text fw={600} c="teal.8" data-testid="assessment-summary">
              {summary.label}
            </Text>
          )}
        </Group>
        {!kindNeedsAssessment(proposal.kind) && (
          <Text size="sm" c="dimmed">
            Untuk usulan {proposal.kind}, penilaian kriteria kemiskinan tidak wajib; tuliskan hasil
            pengecekan di catatan penilaian bila perlu.
          </Text>
        )}
        {editable ? (
          <>
            {latest && (
              <Group>
                <Button
                  size="xs"
                  variant={mode === 'terakhir' ? 'light' : 'default'}
                  onClick={() => setMode('terakhir')}
                >
                  Ubah penilaian terakhir
                </Button>
                <Button
                  size="xs"
                  variant={mode === 'baru' ? 'light' : 'default'}
                  onClick={() => setMode('baru')}
                >
                  Catat kunjungan ulang
                </Button>
              </Group>
            )}
            <AssessmentForm
              key={`${mode}-${editing?.id ?? 'baru'}`}
              proposalId={proposal.id}
              existing={editing}
              onSaved={() => setMode('terakhir')}
            />
          </>
        ) : latest ? (
          <ReadOnlyAssessment assessment={latest} />
        ) : (
          <Text size="sm" c="dimmed">
            Belum ada penilaian. Penilaian diisi saat usulan berstatus verifikasi lapangan.
          </Text>
        )}
        {assessments.length > 1 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Semua penilaian
            </Text>
            {assessments.map((item) => (
              <Text key={item.id} size="sm">
                {formatTanggal(item.date)} · {item.officer} ·{' '}
                {getCriteriaSet(item.criteriaSetId)?.title} · {assessmentSummary(item)?.label}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function ReadOnlyAssessment({ assessment }: { assessment: Assessment }) {
  const set = getCriteriaSet(assessment.criteriaSetId);
  return (
    <Stack gap="xs">
      <Text size="sm">
        {set?.title ?? assessment.criteriaSetId} · petugas {assessment.officer} · tanggal{' '}
        {formatTanggal(assessment.date)}
      </Text>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kriteria</Table.Th>
            <Table.Th w={120}>Jawaban</Table.Th>
            <Table.Th>Catatan bukti</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(set?.items ?? []).map((item) => {
            const answer = assessment.answers[item.id];
            return (
              <Table.Tr key={item.id}>
                <Table.Td>{item.text}</Table.Td>
                <Table.Td>{ANSWER(answer?.value)}</Table.Td>
                <Table.Td>{answer?.evidence || '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {assessment.note && <Text size="sm">Catatan: {assessment.note}</Text>}
    </Stack>
  );
}
