import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Meeting } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import { logMeetingExport } from '../../db/musyawarah/repository';
import { useDesktopApi } from '../../platform';
import { renderPdf } from '../../workers/render-pdf';
import { renderXlsx } from '../../workers/render-xlsx';
import { runAction } from '../../kit/run-action';
import { prepareRegionalList } from '../../documents/meeting-print';

type Format = 'PDF' | 'XLSX';

/**
 * Regional aid never goes to SIKS-NG: the families agreed for bansos daerah are saved as
 * the city's own list (issue 14.4), from the same locked meeting as the national package.
 */
export function RegionalListPanel({ meeting }: { meeting: Meeting }) {
  const { db } = useDatabase();
  const desktop = useDesktopApi();
  const [busy, setBusy] = useState<Format | null>(null);

  const save = async (format: Format) => {
    setBusy(format);
    try {
      await runAction(
        async () => {
          const list = await prepareRegionalList(db, meeting.id, { paper: 'A4' });
          const bytes =
            format === 'PDF'
              ? await renderPdf(list.doc)
              : await renderXlsx([{ name: 'Bansos daerah', rows: list.sheet }]);
          const result = await desktop.saveFile(
            bytes,
            list.fileBase,
            format === 'PDF' ? 'pdf' : 'xlsx',
          );
          if (result.status === 'error') throw new Error(result.message);
          if (result.status === 'canceled') return;
          await logMeetingExport(db, meeting.id, list.auditSummary(format));
          notifications.show({
            color: 'teal',
            message: `Daftar usulan bansos daerah (${list.count} keluarga) tersimpan. ${result.where}`,
          });
        },
        { what: 'Menyimpan daftar usulan bansos daerah' },
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>Daftar usulan bansos daerah</Title>
        <Text size="sm" c="dimmed">
          Usulan bantuan sosial daerah tidak masuk paket SIKS-NG. Keluarga yang disetujui untuk
          bansos daerah disimpan sebagai daftar tersendiri untuk pemerintah kota, dengan NIK
          lengkap; setiap ekspor dicatat di log.
        </Text>
        <Group>
          <Button
            variant="default"
            loading={busy === 'PDF'}
            disabled={busy !== null}
            onClick={() => void save('PDF')}
          >
            Simpan daftar bansos daerah (PDF)
          </Button>
          <Button
            variant="default"
            loading={busy === 'XLSX'}
            disabled={busy !== null}
            onClick={() => void save('XLSX')}
          >
            Simpan daftar bansos daerah (XLSX)
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
