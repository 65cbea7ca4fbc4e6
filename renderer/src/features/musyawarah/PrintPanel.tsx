import {
  Alert,
  Button,
  Group,
  Paper,
  Progress,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type { Meeting } from '@shared/domain/core/entities';
import type { NikMode } from '@shared/reports/musyawarah-common';
import type { PaperSize } from '@shared/reports/pdf-document';
import { useDatabase } from '../../kit/database-context';
import { logMeetingExport } from '../../db/musyawarah/repository';
import { logArchivalPrint } from '../../db/keamanan/reveal-log';
import { useCan } from '../../kit/session/useCan';
import { useDesktopApi } from '../../platform';
import { renderPdf } from '../../workers/render-pdf';
import { runAction } from '../../kit/run-action';
import { prepareMeetingDocument, PRINT_LABELS } from '../../documents/meeting-print';
import type { PrintKind } from '../../documents/meeting-print';

type Output = 'simpan' | 'cetak';

/** Renders the minutes or the SPTJM in the PDF worker, then saves or prints them. */
export function PrintPanel({ meeting }: { meeting: Meeting }) {
  const { db } = useDatabase();
  const desktop = useDesktopApi();
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [nikMode, setNikMode] = useState<NikMode>('masked');
  const [output, setOutput] = useState<Output>('simpan');
  const [progress, setProgress] = useState<{
    kind: PrintKind;
    stage: string;
    fraction: number;
    cancellable: boolean;
  } | null>(null);
  const job = useRef<AbortController | null>(null);
  const mayPrintFull = useCan('cetak-nik-lengkap');

  const print = async (kind: PrintKind) => {
    const controller = new AbortController();
    job.current = controller;
    setProgress({
      kind,
      stage: 'Mengumpulkan keputusan dan peserta',
      fraction: 0,
      cancellable: true,
    });
    try {
      await runAction(
        async () => {
          const prepared = await prepareMeetingDocument(db, meeting.id, kind, { paper, nikMode });
          if (nikMode === 'full') {
            // Logged before a single page exists; a role that may not see full numbers stops here.
            await logArchivalPrint(db, {
              meetingId: meeting.id,
              document: PRINT_LABELS[kind],
              number: meeting.number,
              families: prepared.rowCount,
              output: output === 'simpan' ? 'disimpan sebagai PDF' : 'dikirim ke pencetak',
            });
          }
          const stage = `Menata halaman ${PRINT_LABELS[kind]}`;
          setProgress({ kind, stage, fraction: 0, cancellable: true });
          const bytes = await renderPdf(
            prepared.doc,
            (fraction) => setProgress({ kind, stage, fraction, cancellable: true }),
            controller.signal,
          );
          // Saving or printing runs to its end once started.
          job.current = null;
          setProgress({
            kind,
            stage: output === 'simpan' ? 'Menyimpan PDF' : 'Mengirim ke pencetak',
            fraction: 1,
            cancellable: false,
          });
          if (output === 'simpan') {
            const result = await desktop.saveFile(bytes, prepared.fileName, 'pdf');
            if (result.status === 'error') throw new Error(result.message);
            if (result.status === 'canceled') return;
            notifications.show({
              color: 'teal',
              message: `${PRINT_LABELS[kind]} tersimpan. ${result.where}`,
            });
          } else {
            const result = await desktop.printPdf(bytes, prepared.fileName);
            if (!result.ok) throw new Error(result.message);
          }
          await logMeetingExport(db, meeting.id, prepared.auditSummary);
        },
        {
          what: `Mencetak ${PRINT_LABELS[kind]}`,
          onCancel: () =>
            notifications.show({ message: `Pembuatan ${PRINT_LABELS[kind]} dibatalkan.` }),
        },
      );
    } finally {
      job.current = null;
      setProgress(null);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>Cetak dokumen pengesahan</Title>
        <Group align="flex-start" gap="xl">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="paper-label">
              Ukuran kertas
            </Text>
            <SegmentedControl
              aria-labelledby="paper-label"
              value={paper}
              onChange={(value) => setPaper(value as PaperSize)}
              data={[
                { value: 'A4', label: 'A4' },
                { value: 'F4', label: 'F4 (folio)' },
              ]}
            />
          </Stack>
          <Radio.Group
            label="NIK dan No. KK di Lampiran I"
            value={nikMode}
            onChange={(value) => setNikMode(value as NikMode)}
          >
            <Stack gap={4} mt={4}>
              <Radio value="masked" label="Tersamar (untuk papan pengumuman dan peserta)" />
              <Radio
                value="full"
                label="Lengkap (salinan arsip kantor)"
                disabled={!mayPrintFull.allowed}
                description={mayPrintFull.reason ?? undefined}
              />
            </Stack>
          </Radio.Group>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="output-label">
              Hasil
            </Text>
            <SegmentedControl
              aria-labelledby="output-label"
              value={output}
              onChange={(value) => setOutput(value as Output)}
              data={[
                { value: 'simpan', label: 'Simpan PDF' },
                { value: 'cetak', label: 'Kirim ke pencetak' },
              ]}
            />
          </Stack>
        </Group>
        {nikMode === 'full' && (
          <Alert color="orange" data-testid="archival-print-warning">
            Salinan arsip memuat NIK dan No. KK lengkap: simpan di arsip kantor, jangan ditempel
            atau dibagikan. Paket unggahan SIKS-NG sudah membawa salinan arsipnya sendiri. Setiap
            cetakan lengkap dicatat di log audit.
          </Alert>
        )}
        <Group>
          {/* One meeting, one legitimising document: its number is that document's. */}
          <Button disabled={progress !== null} onClick={() => void print(meeting.kind)}>
            Cetak {PRINT_LABELS[meeting.kind]}
          </Button>
        </Group>
        {progress && (
          <Stack gap={4}>
            <Progress value={progress.fraction * 100} animated aria-label="Kemajuan membuat PDF" />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" data-testid="print-progress">
                {progress.stage}… {Math.round(progress.fraction * 100)}%
              </Text>
              {progress.cancellable && (
                <Button size="xs" variant="default" onClick={() => job.current?.abort()}>
                  Batalkan
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
