import { Alert, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure, showRefused } from '../../kit/run-action';
import { useState } from 'react';
import { encodePublicKey } from '@shared/domain/surat/payload';
import { useDatabase } from '../../kit/database-context';
import { addTrustedKey, removeTrustedKey } from '../../db/surat/signing';
import { useDesktopApi } from '../../platform';
import { renderPublicKeyPdf } from '../../documents/letter-output';
import { useIdentity, useSigningKey, useVerificationKeys } from './useSurat';

/** The office key's fingerprint, the sheet for the Dinsos, and keys of other offices. */
export function KeySection() {
  const { db } = useDatabase();
  const desktop = useDesktopApi();
  const identity = useIdentity();
  const { key, error } = useSigningKey();
  const keys = useVerificationKeys();
  const [importText, setImportText] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);

  const publicText =
    key && identity ? encodePublicKey(key.publicKeyRaw, `Kelurahan ${identity.namaKelurahan}`) : '';

  const printSheet = async () => {
    if (!key) return;
    setPrinting(true);
    try {
      const bytes = await renderPublicKeyPdf(db, key, publicText);
      const result = await desktop.saveFile(bytes, 'Kunci publik surat kelurahan', 'pdf');
      if (result.status === 'error') throw new Error(result.message);
    } catch (failure) {
      showFailure({
        message: `Lembar kunci gagal dibuat: ${failure instanceof Error ? failure.message : String(failure)}`,
      });
    } finally {
      setPrinting(false);
    }
  };

  const importKey = async () => {
    setImportError(null);
    try {
      const added = await addTrustedKey(db, importText);
      setImportText('');
      notifications.show({ color: 'teal', message: `Kunci ${added.label} ditambahkan.` });
    } catch (failure) {
      setImportError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={3} size="h4">
          Kunci tanda tangan kode QR
        </Title>
        {error && <Alert color="red">Kunci tidak dapat dibuat: {error}</Alert>}
        <Text size="sm">
          Kode QR pada surat ditandatangani dengan kunci rahasia yang dibuat di komputer ini dan
          tidak pernah keluar darinya. Dinas Sosial atau pihak lain memeriksa surat dengan kunci
          publik; cocokkan sidik jarinya:
        </Text>
        <Text ff="monospace" fz="xl" fw={700} data-testid="key-fingerprint">
          {key?.fingerprint ?? '…'}
        </Text>
        <Group>
          <Button
            variant="light"
            loading={printing}
            disabled={!key}
            onClick={() => void printSheet()}
          >
            Simpan lembar kunci publik (PDF) untuk Dinsos
          </Button>
          <Button
            variant="subtle"
            disabled={!publicText}
            onClick={() =>
              void navigator.clipboard.writeText(publicText).then(
                () => notifications.show({ message: 'Kunci publik disalin.' }),
                () =>
                  showRefused({
                    message: 'Tidak dapat menyalin otomatis. Pakai lembar PDF-nya.',
                  }),
              )
            }
          >
            Salin kunci publik
          </Button>
        </Group>

        <Title order={4} size="h5" mt="sm">
          Kunci yang dikenali saat verifikasi
        </Title>
        <Table withTableBorder>
          <Table.Tbody>
            {(keys ?? []).map((k) => (
              <Table.Tr key={k.keyId}>
                <Table.Td>{k.label}</Table.Td>
                <Table.Td ff="monospace">{k.fingerprint}</Table.Td>
                <Table.Td w={90}>
                  {!k.own && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => void removeTrustedKey(db, k.keyId)}
                    >
                      Hapus
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Textarea
          label="Tambah kunci publik kelurahan lain"
          description="Tempel teks kunci (diawali DTKSKEY1.) dari lembar kunci publik kantor tersebut."
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          autosize
          minRows={2}
          value={importText}
          error={importError}
          onChange={(event) => setImportText(event.currentTarget.value)}
        />
        <Button
          w="fit-content"
          variant="default"
          disabled={!importText.trim()}
          onClick={() => void importKey()}
        >
          Tambahkan kunci
        </Button>
      </Stack>
    </Paper>
  );
}
