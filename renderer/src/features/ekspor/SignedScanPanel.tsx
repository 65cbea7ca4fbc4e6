import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Batch } from '@shared/domain/core/entities';
import { checkScanFile, MAX_SCAN_BYTES } from '@shared/domain/ekspor/signed-scan';
import { RepickableFileButton } from '../../kit/forms/RepickableFileButton';
import { useDatabase } from '../../kit/database-context';
import { attachSignedScan } from '../../db/ekspor/signed-scan-repository';
import { NotAllowedHint } from '../../kit/session/NotAllowedHint';
import { useCan } from '../../kit/session/useCan';
import { runAction } from '../../kit/run-action';
import { dateTime } from './format';
import { useSignedScan } from './useEkspor';

const size = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/**
 * The signed, stamped Berita Acara (or SPTJM) scan the SIKS-NG portal asks for: picked
 * here, checked by its bytes, stored for the meeting, and zipped into the package with
 * its SHA-256 in the manifest. A refusal stays on screen and the earlier scan is kept.
 */
export function SignedScanPanel({ batch }: { batch: Batch }) {
  const { db } = useDatabase();
  const scan = useSignedScan(batch.meetingId);
  const mayAttach = useCan('ekspor-usulan');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const document = batch.decisionDocument.kind === 'sptjm' ? 'SPTJM' : 'Berita Acara';
  const uploaded = batch.state === 'diunggah' || batch.state === 'hasil_diterima';

  const attach = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    // Refused before reading: a file past the limit is never loaded into memory.
    if (file.size > MAX_SCAN_BYTES) {
      const mb = size.format(file.size / (1024 * 1024));
      setProblem(
        `Berkas ${file.name} terlalu besar (${mb} MB; maksimal ${MAX_SCAN_BYTES / (1024 * 1024)} MB). ` +
          'Pindai ulang dengan resolusi 200 dpi atau hitam-putih, lalu unggah lagi.',
      );
      return;
    }
    setBusy(true);
    try {
      await runAction(
        async () => {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const check = checkScanFile(file.name, bytes);
          if (!check.ok) {
            setProblem(check.reason);
            return;
          }
          await attachSignedScan(db, { batchId: batch.id, fileName: file.name, bytes });
          notifications.show({ color: 'teal', message: `Pindaian ${document} tersimpan.` });
        },
        { what: 'Menyimpan pindaian', onFailure: setProblem },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs" data-testid="signed-scan">
      <Title order={4}>Pindaian {document} bertanda tangan</Title>
      <Text size="sm" c="dimmed">
        Portal SIKS-NG meminta {document} yang sudah ditandatangani dan dicap. Pindai lalu lampirkan
        di sini (PDF atau JPEG, maksimal {MAX_SCAN_BYTES / (1024 * 1024)} MB): pindaian ikut masuk
        paket ZIP dan kode SHA-256-nya tercatat di manifest.
      </Text>
      {scan ? (
        <Text size="sm" data-testid="signed-scan-info">
          Terlampir: <b>{scan.fileName}</b> ({scan.kind.toUpperCase()},{' '}
          {size.format(scan.size / 1024)} KB), oleh {scan.uploadedBy} {dateTime(scan.uploadedAt)}
          <br />
          <Text span size="xs" ff="monospace" c="dimmed">
            SHA-256 {scan.sha256}
          </Text>
        </Text>
      ) : (
        scan === null && (
          <Alert color="yellow" data-testid="signed-scan-missing">
            Belum ada pindaian. Paket tetap dapat diekspor, tetapi portal akan meminta {document}{' '}
            bertanda tangan; manifest mencatat paket ini tanpa pindaian.
          </Alert>
        )
      )}
      {problem && (
        <Alert color="red" title="Pindaian tidak disimpan" data-testid="signed-scan-error">
          {problem}
        </Alert>
      )}
      {!uploaded && !batch.supersededBy && (
        <Group>
          <RepickableFileButton
            onChange={(file) => void attach(file)}
            accept=".pdf,.jpg,.jpeg,application/pdf,image/jpeg"
          >
            {(props) => (
              <Button
                variant="default"
                loading={busy}
                disabled={!mayAttach.allowed}
                data-testid="signed-scan-pick"
                {...props}
              >
                {scan ? 'Ganti pindaian' : 'Lampirkan pindaian'}
              </Button>
            )}
          </RepickableFileButton>
          <NotAllowedHint can={mayAttach} />
        </Group>
      )}
    </Stack>
  );
}
