import type { MeetingLetter } from '@shared/domain/core/entities';
import { toSafeFileName } from '@shared/ipc/contract';
import { LETTER_TYPE_SHORT } from '@shared/domain/surat/types';
import type { ResultRow } from '@shared/reports/musyawarah-common';
import { buildPengantarDinsos } from '@shared/reports/pengantar-dinsos';
import { buildPengumuman } from '@shared/reports/pengumuman';
import type { PdfDocument } from '@shared/reports/pdf-document';
import { buildUndangan, invitationSheetRows } from '@shared/reports/undangan';
import type { SheetCell } from '@shared/reports/letter-register';
import type { DtksDatabase } from '../db/core/database';
import { getLetterSettings } from '../db/surat/settings-repository';
import { getMeeting, loadMeetingCandidates } from '../db/musyawarah/repository';
import { getIdentity, getRegimeChoices } from '../db/pengaturan/repository';

/**
 * Gathers what a letter of the musyawarah prints and builds it with the pure builders
 * (no pdfmake here). The register row holds what was frozen at issue; the meeting it
 * names is locked (notice, cover letter) or was the plan the invitation announced.
 */

/** "Undangan 400.9.2-001-UND-KEL-PHD-XII-2026": slashes are not allowed in file names. */
export function meetingLetterFileName(letter: Pick<MeetingLetter, 'type' | 'number'>): string {
  return toSafeFileName(`${LETTER_TYPE_SHORT[letter.type]} ${letter.number}`);
}

async function resultRows(db: DtksDatabase, meetingId: string): Promise<ResultRow[]> {
  const loaded = await loadMeetingCandidates(db, meetingId);
  if (!loaded) throw new Error('Sesi musyawarah tidak ditemukan');
  const decisionOf = new Map(loaded.decisions.map((row) => [row.proposalId, row]));
  return loaded.candidates.flatMap((candidate) => {
    const decision = decisionOf.get(candidate.proposalId);
    return decision ? [{ candidate, decision: decision.decision, reason: decision.reason }] : [];
  });
}

export async function buildMeetingLetter(
  db: DtksDatabase,
  letter: MeetingLetter,
): Promise<PdfDocument> {
  const [identity, meeting, settings, regimeChoices] = await Promise.all([
    getIdentity(db),
    getMeeting(db, letter.meetingId),
    getLetterSettings(db, letter.type),
    getRegimeChoices(db),
  ]);
  if (!identity) throw new Error('Identitas kelurahan belum diisi di Pengaturan');
  if (!meeting) throw new Error('Sesi musyawarah surat ini tidak ditemukan');
  const { details } = letter;
  switch (details.kind) {
    case 'undangan':
      return buildUndangan({
        identity,
        letter,
        meeting,
        invitees: details.invitees,
        mode: details.mode,
        paper: settings.paperSize,
        regimeChoices,
      });
    case 'pengumuman':
      return buildPengumuman({
        identity,
        letter,
        meeting,
        rows: await resultRows(db, meeting.id),
        sanggahUntil: details.sanggahUntil,
        sanggahPlace: details.sanggahPlace,
        regimeChoices,
      });
    case 'pengantar_dinsos':
      return buildPengantarDinsos({
        identity,
        letter,
        meeting,
        details,
        paper: settings.paperSize,
        regimeChoices,
      });
    default:
      throw new Error(
        `${LETTER_TYPE_SHORT[letter.type]} dicetak dari halaman musyawarahnya (tab Finalisasi & cetak).`,
      );
  }
}

/** The invitee list for the RT/RW group chat (XLSX or CSV). */
export async function invitationSheet(
  db: DtksDatabase,
  letter: MeetingLetter,
): Promise<SheetCell[][]> {
  if (letter.details.kind !== 'undangan') throw new Error('Bukan surat undangan');
  const [identity, meeting] = await Promise.all([
    getIdentity(db),
    getMeeting(db, letter.meetingId),
  ]);
  if (!identity) throw new Error('Identitas kelurahan belum diisi di Pengaturan');
  if (!meeting) throw new Error('Sesi musyawarah surat ini tidak ditemukan');
  return invitationSheetRows({ identity, meeting, invitees: letter.details.invitees, letter });
}
