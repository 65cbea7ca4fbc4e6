import { Alert, Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import type { AnchorProtection } from '@shared/domain/keamanan/audit-anchor';
import type { AnchorComparison } from '../../db/keamanan/audit-anchor-check';
import { formatWaktu } from '@shared/domain/core/tanggal';

const number = new Intl.NumberFormat('id-ID');
const when = { format: (at: Date | string) => formatWaktu(at) };

const PROTECTION_NOTES: Record<AnchorProtection, string | null> = {
  safeStorage: null,
  'tanpa-enkripsi':
    'Sistem operasi ini tidak menyediakan penyimpanan rahasia, sehingga kunci anchor tersimpan tanpa enkripsi di folder data.',
  browser:
    'Mode peramban: anchor disimpan di localStorage profil peramban yang sama, bersama kuncinya. Ini lebih lemah daripada aplikasi desktop, yang menyimpan kuncinya terenkripsi oleh sistem operasi.',
};

/**
 * The second half of the log check: the live log against the anchor kept
 * outside the database (and the backup heads it holds). This is what shows a
 * log rewritten with fresh hashes, cut at its end, or renumbered.
 */
/**
 * Admin only: start the anchor again from the log as it is. Two clicks, since
 * it ends the warning; the old head stays on record and the restart is logged.
 */
function RestartAnchor({ onRestart }: { onRestart: () => Promise<void> }) {
  const [asked, setAsked] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asked) {
    return (
      <Button mt="sm" size="xs" variant="default" onClick={() => setAsked(true)}>
        Mulai ulang anchor dari log sekarang
      </Button>
    );
  }
  return (
    <Group mt="sm" gap="xs">
      <Text size="sm">
        Lakukan hanya sesudah temuan di atas diperiksa dan dicatat. Anchor lama disimpan sebagai
        riwayat dan tindakan ini tercatat di log.
      </Text>
      <Button
        size="xs"
        color="red"
        loading={busy}
        onClick={() => {
          setBusy(true);
          void onRestart().finally(() => {
            setBusy(false);
            setAsked(false);
          });
        }}
      >
        Ya, mulai ulang anchor
      </Button>
      <Button size="xs" variant="subtle" onClick={() => setAsked(false)}>
        Batal
      </Button>
    </Group>
  );
}

export function AuditAnchorResult({
  comparison,
  updateError,
  onRestart,
}: {
  comparison: AnchorComparison;
  updateError: string | null;
  /** Given to the admin only. */
  onRestart?: () => Promise<void>;
}) {
  const protection = 'protection' in comparison ? comparison.protection : null;
  const protectionNote = protection ? PROTECTION_NOTES[protection] : null;
  const footer = (
    <>
      {updateError && (
        <Text size="sm" mt="xs">
          Pembaruan anchor terakhir gagal: {updateError} Catatan log tetap tersimpan; anchor
          diperbarui lagi pada catatan berikutnya.
        </Text>
      )}
      {protectionNote && (
        <Text size="xs" mt="xs">
          {protectionNote}
        </Text>
      )}
    </>
  );
  switch (comparison.status) {
    case 'tidak-terbaca':
      return (
        <Alert color="orange" title="Anchor log tidak dapat dibaca" data-testid="anchor-result">
          <Text size="sm">
            {comparison.message} Pemeriksaan rantai di atas tetap berlaku, tetapi pemotongan atau
            penulisan ulang log tidak dapat dipastikan.
          </Text>
          {footer}
        </Alert>
      );
    case 'tanpa-anchor':
      return (
        <Alert color="yellow" title="Belum ada anchor log" data-testid="anchor-result">
          <Text size="sm">
            Anchor (jumlah dan sidik catatan terakhir di luar basis data) dibuat pada catatan log
            berikutnya.
            {comparison.liveCount > 0 &&
              ` Log kini berisi ${number.format(comparison.liveCount)} catatan yang belum pernah dijangkarkan: bila komputer ini sudah lama dipakai, anchor-nya mungkin dihapus.`}
          </Text>
          {footer}
        </Alert>
      );
    case 'bermasalah':
      return (
        <Alert color="red" title="Log tidak cocok dengan anchor" data-testid="anchor-result">
          <List size="sm" spacing={2}>
            {comparison.findings.map((finding) => (
              <List.Item key={finding.kind}>{finding.message}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            Seseorang mengubah log langsung di basis data (atau mengganti berkas anchor). Jangan
            hapus apa pun; laporkan kepada admin dan simpan cadangan terakhir yang cocok sebagai
            pembanding.
          </Text>
          {footer}
          {onRestart && <RestartAnchor onRestart={onRestart} />}
        </Alert>
      );
    case 'cocok':
      return (
        <Alert color="teal" title="Cocok dengan anchor" data-testid="anchor-result">
          <Text size="sm">
            {number.format(comparison.liveCount)} catatan; dibandingkan dengan{' '}
            {number.format(comparison.compared)} titik anchor
            {comparison.backups > 0 && ` (${number.format(comparison.backups)} dari cadangan)`}:
            tidak ada catatan yang hilang atau ditulis ulang.
          </Text>
          {comparison.anchor?.replaced.map((entry) => (
            <Text size="xs" key={entry.at}>
              {entry.reason === 'pemulihan'
                ? `Log diganti dengan pemulihan cadangan pada ${when.format(new Date(entry.at))} (log sebelumnya ${number.format(entry.count)} catatan).`
                : entry.reason === 'mulai-ulang'
                  ? `Anchor dimulai ulang oleh admin pada ${when.format(new Date(entry.at))} (anchor sebelumnya ${number.format(entry.count)} catatan).`
                  : `Anchor yang rusak diganti pada ${when.format(new Date(entry.at))}.`}
            </Text>
          ))}
          {footer}
        </Alert>
      );
  }
}
