import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Letter } from '@shared/domain/core/entities';
import { RepickableFileButton } from '../../kit/forms/RepickableFileButton';
import { useDatabase } from '../../kit/database-context';
import { registeredLetterFor } from '../../db/surat/register-match';
import { verifyPayload } from '../../db/surat/signing';
import type { VerifyResult } from '../../db/surat/signing';
import { checkLetterAgainstLog } from '../../db/surat/log-check';
import type { LetterLogCheck } from '../../db/surat/log-check';
import { LetterLogNote } from './LetterLogNote';
import { decodeQrFromFile } from './qr-image';
import { VerifyResultCard } from './VerifyResultCard';

/**
 * Checks the QR of a printed letter with no network: the payload is signed
 * with the office key (Ed25519) and checked against the keys this app knows.
 */
export function VerifyPage() {
  const { db } = useDatabase();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{
    verify: VerifyResult;
    registered?: Letter;
    logCheck?: LetterLogCheck;
  } | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);

  const check = async (value: string) => {
    if (!value.trim()) {
      setResult(null);
      return;
    }
    const verify = await verifyPayload(db, value);
    const registered = await registeredLetterFor(db, value, verify);
    const logCheck = registered ? await checkLetterAgainstLog(db, registered) : undefined;
    setResult({ verify, registered, logCheck });
  };

  const readImage = async (file: File | null) => {
    setImageError(null);
    if (!file) return;
    try {
      const decoded = await decodeQrFromFile(file);
      if (!decoded) {
        setImageError('Tidak ada kode QR yang terbaca di gambar ini. Coba foto yang lebih tajam.');
        return;
      }
      setText(decoded);
      await check(decoded);
    } catch {
      setImageError('Berkas ini tidak dapat dibuka sebagai gambar.');
    }
  };

  return (
    <Stack maw={820}>
      <Text size="sm">
        Periksa keaslian SKTM dari kode QR-nya, tanpa internet. Pemindai QR USB cukup diarahkan ke
        kode: hasilnya diketik ke kotak di bawah dan diperiksa saat pemindai menekan Enter.
      </Text>
      <Paper withBorder p="md">
        <Stack>
          <Textarea
            label="Kode dari QR surat"
            description="Tempel, ketik, atau pindai. Diawali SKTM1."
            autoFocus
            autosize
            minRows={3}
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                void check(event.currentTarget.value);
              }
            }}
            onPaste={(event) => {
              const pasted = event.clipboardData.getData('text');
              if (pasted && text.trim() === '') {
                event.preventDefault();
                setText(pasted);
                void check(pasted);
              }
            }}
          />
          <Group>
            <Button onClick={() => void check(text)}>Periksa</Button>
            <RepickableFileButton
              accept="image/png,image/jpeg,image/webp,image/bmp"
              onChange={(file) => void readImage(file)}
            >
              {(props) => (
                <Button variant="light" {...props}>
                  Baca QR dari berkas gambar
                </Button>
              )}
            </RepickableFileButton>
            <Button
              variant="subtle"
              onClick={() => {
                setText('');
                setResult(null);
                setImageError(null);
              }}
            >
              Kosongkan
            </Button>
          </Group>
          {imageError && (
            <Text c="red" size="sm" role="alert">
              {imageError}
            </Text>
          )}
        </Stack>
      </Paper>
      {result && <VerifyResultCard result={result.verify} registered={result.registered} />}
      {result?.registered && result.logCheck && (
        <LetterLogNote letter={result.registered} check={result.logCheck} />
      )}
    </Stack>
  );
}
