import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Letter } from '@shared/domain/core/entities';
import { formatLongDate } from '@shared/reports/letterhead';
import { useLetterActions } from './useLetterActions';
import type { OutputKind } from './useLetterActions';

type Props = { letter: Letter; onNew: () => void };

export function IssuedPanel({ letter, onNew }: Props) {
  const { output, busy } = useLetterActions();
  const [copies, setCopies] = useState(0);

  const run = async (kind: OutputKind) => {
    if (await output(letter, kind, copies > 0)) setCopies((n) => n + 1);
  };

  return (
    <Stack>
      <Alert color="teal" title="Surat diterbitkan" role="status">
        <Text>
          SKTM untuk <b>{letter.subject.nama}</b> terbit dengan nomor{' '}
          <b data-testid="issued-number">{letter.number}</b>, tanggal {formatLongDate(letter.date)},
          berlaku sampai {formatLongDate(letter.validUntil)}. Nomor ini sudah tercatat di buku
          agenda.
        </Text>
      </Alert>
      <Group>
        <Button loading={busy === `${letter.id}:pdf`} onClick={() => void run('pdf')}>
          Simpan PDF
        </Button>
        <Button
          variant="light"
          loading={busy === `${letter.id}:cetak`}
          onClick={() => void run('cetak')}
        >
          Cetak
        </Button>
        <Button variant="default" onClick={onNew}>
          Buat SKTM baru
        </Button>
      </Group>
      {copies > 0 && (
        <Text size="sm" c="dimmed">
          Salinan berikutnya dicatat sebagai cetak ulang nomor yang sama.
        </Text>
      )}
    </Stack>
  );
}
