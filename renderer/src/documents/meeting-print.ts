import type { Meeting } from '@shared/domain/core/entities';
import { toSafeFileName } from '@shared/ipc/contract';
import { buildBeritaAcara } from '@shared/reports/berita-acara';
import type { MeetingReportInput, NikMode, ResultRow } from '@shared/reports/musyawarah-common';
import type { PaperSize, PdfDocument } from '@shared/reports/pdf-document';
import {
  buildRegionalList,
  regionalEntries,
  regionalSheetRows,
} from '@shared/reports/regional-list';
import type { RegionalRow } from '@shared/reports/regional-list';
import { buildSptjm } from '@shared/reports/sptjm';
import type { DtksDatabase } from '../db/core/database';
import { getMeeting, loadMeetingCandidates } from '../db/musyawarah/repository';
import { listParticipants } from '../db/musyawarah/participant-repository';
import { getIdentity, getRegimeChoices, listOfficials } from '../db/pengaturan/repository';

export type PrintKind = 'berita_acara' | 'sptjm';
export const PRINT_LABELS: Record<PrintKind, string> = {
  berita_acara: 'Berita Acara',
  sptjm: 'SPTJM',
};

/** "Berita Acara 005-BA-MUSKEL-KEL-PHD-XI-2026 2026-11-20.pdf": the name the save dialog offers. */
export function meetingFileName(
  kind: PrintKind,
  meeting: Pick<Meeting, 'number' | 'date'>,
): string {
  return `${toSafeFileName(`${PRINT_LABELS[kind]} ${meeting.number} ${meeting.date}`)}.pdf`;
}

async function gatherLocked(db: DtksDatabase, meetingId: string) {
  const [meeting, identity, officials, participants, loaded, regimeChoices] = await Promise.all([
    getMeeting(db, meetingId),
    getIdentity(db),
    listOfficials(db),
    listParticipants(db, meetingId),
    loadMeetingCandidates(db, meetingId),
    getRegimeChoices(db),
  ]);
  if (!meeting || !loaded) throw new Error('Sesi musyawarah tidak ditemukan');
  if (!identity) throw new Error('Identitas kelurahan belum diisi di Pengaturan');
  if (meeting.status !== 'terkunci')
    throw new Error('Dokumen pengesahan dicetak setelah musyawarah dikunci');
  const decisionOf = new Map(loaded.decisions.map((row) => [row.proposalId, row]));
  const rows: RegionalRow[] = loaded.candidates.flatMap((candidate) => {
    const decision = decisionOf.get(candidate.proposalId);
    return decision
      ? [{ candidate, decision: decision.decision, reason: decision.reason, aid: candidate.aid }]
      : [];
  });
  const chair = officials.find((official) => official.id === meeting.chairOfficialId) ?? null;
  return { meeting, identity, participants, rows, chair, regimeChoices };
}

/** Gathers a locked meeting's data and builds its document (pure builders, no pdfmake here). */
export async function prepareMeetingDocument(
  db: DtksDatabase,
  meetingId: string,
  kind: PrintKind,
  options: { paper: PaperSize; nikMode: NikMode },
): Promise<{ doc: PdfDocument; fileName: string; auditSummary: string; rowCount: number }> {
  const { meeting, identity, participants, rows, chair, regimeChoices } = await gatherLocked(
    db,
    meetingId,
  );
  // The number was taken from the register of the meeting's own document: an SPTJM printed
  // for a meeting legitimised by minutes (or the reverse) would carry another type's number.
  if (kind !== meeting.kind)
    throw new Error(
      `Musyawarah ini disahkan dengan ${PRINT_LABELS[meeting.kind]} nomor ${meeting.number}; ${PRINT_LABELS[kind]} tidak dapat dicetak untuknya`,
    );
  const input: MeetingReportInput = {
    identity,
    meeting,
    chair,
    participants,
    rows: rows.map(({ aid: _aid, ...row }): ResultRow => row),
    paper: options.paper,
    nikMode: options.nikMode,
    regimeChoices,
  };
  const doc = kind === 'berita_acara' ? buildBeritaAcara(input) : buildSptjm(input);
  const fileName = meetingFileName(kind, meeting);
  const auditSummary = `${PRINT_LABELS[kind]} ${meeting.number} dicetak: ${rows.length} keluarga, NIK ${options.nikMode === 'full' ? 'lengkap' : 'tersamar'}, kertas ${options.paper}`;
  return { doc, fileName, auditSummary, rowCount: rows.length };
}

/**
 * The city's list of regional aid agreed by a locked meeting (issue 14.4): the PDF, the
 * sheet rows and a file name without extension. Full NIKs: the export is logged.
 */
export async function prepareRegionalList(
  db: DtksDatabase,
  meetingId: string,
  options: { paper: PaperSize },
): Promise<{
  doc: PdfDocument;
  sheet: (string | number)[][];
  fileBase: string;
  count: number;
  auditSummary: (format: 'PDF' | 'XLSX') => string;
}> {
  const { meeting, identity, participants, rows, chair, regimeChoices } = await gatherLocked(
    db,
    meetingId,
  );
  const entries = regionalEntries(rows);
  const doc = buildRegionalList({
    identity,
    meeting,
    chair,
    participants,
    rows,
    paper: options.paper,
    regimeChoices,
  });
  return {
    doc,
    sheet: regionalSheetRows(entries),
    fileBase: toSafeFileName(`Daftar usulan bansos daerah ${meeting.number} ${meeting.date}`),
    count: entries.length,
    auditSummary: (format) =>
      `Daftar usulan bansos daerah (${format}) dari musyawarah ${meeting.number} diekspor: ${entries.length} keluarga, NIK lengkap`,
  };
}
