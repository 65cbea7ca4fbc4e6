import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useState } from 'react';
import type { RegisterLetter } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import { recordFirstOutput, recordReprint } from '../../db/surat/repository';
import { buildMeetingLetter, meetingLetterFileName } from '../../documents/meeting-letters';
import { useDesktopApi } from '../../platform';
import { renderPdf } from '../../workers/render-pdf';
import { letterFileName, renderLetterPdf } from '../../documents/letter-output';

export type OutputKind = 'pdf' | 'cetak';

/**
 * Save or print a letter. The first copy right after issuing is the
 * original; every later copy is logged as a reprint of the same number.
 */
export function useLetterActions() {
  const { db } = useDatabase();
  const desktop = useDesktopApi();
  const [busy, setBusy] = useState<string | null>(null);

  const output = async (
    letter: RegisterLetter,
    kind: OutputKind,
    reprint: boolean,
  ): Promise<boolean> => {
    setBusy(`${letter.id}:${kind}`);
    try {
      let bytes: Uint8Array;
      let name: string;
      if (letter.type === 'sktm') {
        const start = performance.now();
        bytes = await renderLetterPdf(db, letter);
        // Read by the benchmarks: "one SKTM letter on demand".
        performance.measure('sktm:pdf', { start });
        name = letterFileName(letter);
      } else {
        bytes = await renderPdf(await buildMeetingLetter(db, letter));
        name = meetingLetterFileName(letter);
      }
      if (kind === 'pdf') {
        const result = await desktop.saveFile(bytes, name, 'pdf');
        if (result.status === 'canceled') return false;
        if (result.status === 'error') throw new Error(result.message);
        notifications.show({ color: 'teal', message: `PDF disimpan (${result.where}).` });
      } else {
        const result = await desktop.printPdf(bytes, name);
        if (!result.ok) throw new Error(result.message);
      }
      if (reprint) await recordReprint(db, letter.id, kind);
      else await recordFirstOutput(db, letter.id, kind);
      return true;
    } catch (error) {
      showFailure({
        message: `Surat gagal ${kind === 'pdf' ? 'disimpan' : 'dicetak'}: ${
          error instanceof Error ? error.message : String(error)
        }`,
      });
      return false;
    } finally {
      setBusy(null);
    }
  };

  return { output, busy };
}
