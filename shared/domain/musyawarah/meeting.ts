import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { getCriteriaSet } from '../usulan/criteria';
import { DECISIONS, UNSUR } from '../core/entities';
import type {
  Decision,
  Meeting,
  MeetingDecision,
  MeetingParticipant,
  Unsur,
} from '../core/entities';
import { parseIsoDate } from '../core/id-common';
import { normalizeJam } from '../core/jam';
import { personNameField } from '../warga/person-name';
import { regimeForPeriod } from '../pengaturan/regime';
import type { Regime } from '../pengaturan/regime';
import { sptjmSignerProblem } from '../core/signer';

// ---- Labels ----

export const DECISION_LABELS: Record<Decision, string> = {
  layak: 'Layak',
  tidak_layak: 'Tidak layak',
  ditunda: 'Ditunda',
};

export const MEETING_KIND_LABELS: Record<Meeting['kind'], string> = {
  berita_acara: 'Berita Acara musyawarah',
  sptjm: 'SPTJM Lurah (tanpa musyawarah)',
};

export const MEETING_STATUS_LABELS: Record<Meeting['status'], string> = {
  persiapan: 'Persiapan',
  berlangsung: 'Berlangsung',
  terkunci: 'Terkunci',
};

// ---- Reasons ----

// The reasons offered per kind of proposal live in decision-words.ts (reasonsFor).

export function reasonRequired(decision: Decision): boolean {
  return decision !== 'layak';
}

// ---- Texts of the minutes ----

export function defaultAgenda(period: string, regime: Regime = regimeForPeriod(period)): string {
  return [
    '1. Pembukaan dan pengantar oleh Lurah selaku pimpinan musyawarah.',
    `2. Penjelasan maksud dan tujuan pemutakhiran ${regime.dataName} periode ${period}.`,
    '3. Pembahasan usulan baru, perbaikan data, usulan nonaktif dan sanggahan hasil verifikasi dan validasi lapangan, per RW dan RT.',
    `4. Pemeriksaan ulang prelist ${regime.dataName} (tetap, meninggal, pindah, tidak ditemukan, ganda, tidak layak).`,
    '5. Penetapan hasil musyawarah sesuai jenis usulan (layak/tidak layak, nonaktif disetujui/ditolak, prelist tetap/dikeluarkan, atau ditunda) beserta alasannya.',
    '6. Penandatanganan Berita Acara dan daftar hadir, penutup.',
  ].join('\n');
}

/** The regime's statutes and regulations, plus the decree of every criteria set the field checks used. */
export function legalBasis(regime: Regime, criteriaSetIds: readonly string[]): string[] {
  const decrees = [...new Set(criteriaSetIds)]
    .map((id) => getCriteriaSet(id))
    .filter((set) => set !== undefined)
    .sort((a, b) => b.decreeDate.localeCompare(a.decreeDate))
    .map((set) => set.legalBasis);
  return [...regime.legalBasis, ...decrees];
}

export function meetingPurpose(
  period: string,
  kelurahan: string,
  regime: Regime = regimeForPeriod(period),
): string {
  return (
    `Musyawarah Kelurahan ${kelurahan} dilaksanakan untuk membahas dan menyepakati hasil ` +
    `verifikasi dan validasi usulan keluarga yang akan dimasukkan ke dalam, diperbaiki dalam, ` +
    `atau dikeluarkan dari ${regime.dataFullName} (${regime.dataName}) periode ${period}, ` +
    `termasuk pemeriksaan ulang prelist ${regime.dataName}, agar data yang diajukan tepat sasaran dan ` +
    `disepakati bersama oleh masyarakat.`
  );
}

// ---- Input schemas (the repositories enforce them; the forms show their messages) ----

const required = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} wajib diisi`).max(max, `${label} terlalu panjang`);
// Typed as the clerk writes it ("9", "930", "13.30"), stored "HH:MM".
const time = z
  .string()
  .transform(normalizeJam)
  .pipe(
    z
      .string()
      .regex(
        /^([01]\d|2[0-3]):[0-5]\d$/,
        'Jam ditulis 24 jam, jam dan menit: contoh 09.00 atau 13.30',
      ),
  );

export const meetingInputSchema = z
  .object({
    kind: z.enum(['berita_acara', 'sptjm'], 'Pilih dokumen pengesahan'),
    period: required('Periode', 40),
    date: z
      .string()
      .trim()
      .refine((value) => parseIsoDate(value) !== undefined, 'Tanggal tidak valid'),
    startTime: time,
    // The closing time is known only when the meeting ends.
    endTime: z.union([z.literal(''), time]),
    place: required('Tempat'),
    chairOfficialId: z.string().min(1, 'Pilih pimpinan musyawarah (Lurah)'),
    noteTaker: z.string().trim().max(120),
    agenda: required('Agenda', 4000),
  })
  .refine((value) => value.endTime === '' || value.endTime > value.startTime, {
    message: 'Jam selesai harus sesudah jam mulai',
    path: ['endTime'],
  });
export type MeetingInput = z.input<typeof meetingInputSchema>;
export type MeetingFields = z.output<typeof meetingInputSchema>;

const sexSchema = z.enum(['L', 'P'], 'Pilih jenis kelamin');
const unsurSchema = z.enum(UNSUR, 'Pilih unsur');

/**
 * Until issue 21 the person form started on 'RT', so an old row's 'RT' may be
 * a choice or the silent default (a "Ketua RW 002" counted as RT in the
 * Berita Acara). Such a row is unknown, never guessed from its jabatan: the
 * screen asks for the unsur and the meeting cannot be locked until it is set.
 * Every other unsur was chosen by someone, since only 'RT' was ever preset.
 */
export function unsurUnconfirmed(row: { unsur?: Unsur; unsurConfirmed?: boolean }): boolean {
  return row.unsur === 'RT' && row.unsurConfirmed !== true;
}

/** Everything saved through these schemas comes from a form where the unsur had to be chosen. */
export const contactInputSchema = z
  .object({
    id: z.string().min(1),
    nama: personNameField('Nama'),
    unsur: unsurSchema,
    jabatan: z.string().trim().max(120),
    jenisKelamin: sexSchema,
    aktif: z.boolean(),
  })
  .transform((value) => ({ ...value, unsurConfirmed: true }));
export type ContactInput = z.input<typeof contactInputSchema>;

export const participantInputSchema = z
  .object({
    nama: personNameField('Nama'),
    unsur: unsurSchema,
    jabatan: z.string().trim().max(120),
    jenisKelamin: sexSchema,
    invited: z.boolean(),
    present: z.boolean(),
  })
  .transform((value) => ({ ...value, unsurConfirmed: true }));
export type ParticipantInput = z.input<typeof participantInputSchema>;

export const MAX_REASON_LENGTH = 300;

export const decisionInputSchema = z
  .object({
    decision: z.enum(DECISIONS, 'Keputusan tidak dikenal'),
    reason: z.string().trim().max(MAX_REASON_LENGTH, 'Alasan terlalu panjang'),
  })
  .refine((value) => !reasonRequired(value.decision) || value.reason !== '', {
    message: 'Keputusan yang menolak, mengeluarkan atau menunda wajib disertai alasan',
    path: ['reason'],
  });

// ---- Finalising ----

export type FinaliseCheckInput = {
  meeting: Pick<
    Meeting,
    'kind' | 'status' | 'number' | 'chairOfficialId' | 'noteTaker' | 'endTime'
  >;
  chairExists: boolean;
  /** The chair's title: an SPTJM is signed only by the Lurah or a Plt./Plh. Lurah. */
  chairJabatan?: string;
  participants: readonly (Pick<MeetingParticipant, 'present'> &
    Partial<Pick<MeetingParticipant, 'nama' | 'unsur' | 'unsurConfirmed'>>)[];
  candidates: readonly { proposalId: string; nama: string }[];
  decisions: readonly Pick<MeetingDecision, 'proposalId' | 'decision' | 'reason'>[];
  /** Candidates meanwhile decided by another locked meeting. */
  decidedElsewhere: readonly string[];
};

function someNames(names: readonly string[], shown = 5): string {
  const head = names.slice(0, shown).join(', ');
  return names.length > shown ? `${head} dan ${names.length - shown} lainnya` : head;
}

/** What is still missing before the meeting can be locked, in the clerk's words; empty when ready. */
export function finaliseProblems(input: FinaliseCheckInput): string[] {
  const { meeting } = input;
  if (meeting.status === 'terkunci') return ['Musyawarah sudah dikunci.'];
  const problems: string[] = [];
  const isMinutes = meeting.kind === 'berita_acara';
  // The Berita Acara/SPTJM number is taken from the register when the meeting is locked.
  if (!input.chairExists) {
    problems.push(
      isMinutes
        ? 'Pimpinan musyawarah (Lurah) belum dipilih dari daftar pejabat.'
        : 'Pejabat penanda tangan SPTJM belum dipilih dari daftar pejabat.',
    );
  }
  if (!isMinutes && input.chairExists && input.chairJabatan !== undefined) {
    const problem = sptjmSignerProblem({ jabatan: input.chairJabatan });
    if (problem) problems.push(problem);
  }
  if (meeting.endTime === '') problems.push('Jam selesai belum diisi.');
  if (isMinutes) {
    if (meeting.noteTaker.trim() === '') problems.push('Notulis belum diisi.');
    if (!input.participants.some((participant) => participant.present))
      problems.push('Daftar hadir belum diisi: belum ada peserta yang ditandai hadir.');
    const unknown = input.participants.filter(unsurUnconfirmed);
    if (unknown.length > 0) {
      problems.push(
        `Unsur ${unknown.length} peserta belum dipastikan (tercatat "RT" oleh isian lama yang mengisinya otomatis): ${someNames(unknown.map((p) => p.nama ?? ''))}. Pilih unsurnya di tab Peserta & kehadiran.`,
      );
    }
  }
  if (input.candidates.length === 0) problems.push('Belum ada calon yang dibahas.');

  const byProposal = new Map(input.decisions.map((item) => [item.proposalId, item]));
  const undecided = input.candidates.filter((candidate) => !byProposal.has(candidate.proposalId));
  if (undecided.length > 0) {
    problems.push(
      `${undecided.length} calon belum diputuskan: ${someNames(undecided.map((c) => c.nama))}.`,
    );
  }
  const withoutReason = input.candidates.filter((candidate) => {
    const decision = byProposal.get(candidate.proposalId);
    return decision && reasonRequired(decision.decision) && decision.reason.trim() === '';
  });
  if (withoutReason.length > 0) {
    problems.push(
      `Alasan belum diisi untuk keputusan yang menolak, mengeluarkan atau menunda: ${someNames(withoutReason.map((c) => c.nama))}.`,
    );
  }
  if (input.decidedElsewhere.length > 0) {
    problems.push(
      `Sudah diputuskan di musyawarah lain, hapus keputusannya di sesi ini: ${someNames(input.decidedElsewhere)}.`,
    );
  }
  return problems;
}

// ---- Content hash of the decisions ----

export const CANONICAL_FORMAT = 'dtks-musyawarah-keputusan-v1';

/**
 * One byte-exact text for a set of decisions: sorted by proposal id, reasons
 * trimmed and NFC-normalised (the same words typed on another keyboard must
 * hash the same), JSON so that no reason can forge a separator.
 */
export function canonicalDecisions(
  meeting: Pick<Meeting, 'id' | 'number' | 'date'>,
  decisions: readonly Pick<MeetingDecision, 'proposalId' | 'decision' | 'reason'>[],
): string {
  const rows = [...decisions]
    .sort((a, b) => (a.proposalId < b.proposalId ? -1 : a.proposalId > b.proposalId ? 1 : 0))
    .map((item) => [item.proposalId, item.decision, item.reason.trim().normalize('NFC')]);
  return JSON.stringify({
    format: CANONICAL_FORMAT,
    meetingId: meeting.id,
    number: meeting.number.trim().normalize('NFC'),
    date: meeting.date,
    decisions: rows,
  });
}

/** SHA-256 of the canonical decisions, lower-case hex. */
export function decisionsHash(
  meeting: Pick<Meeting, 'id' | 'number' | 'date'>,
  decisions: readonly Pick<MeetingDecision, 'proposalId' | 'decision' | 'reason'>[],
): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalDecisions(meeting, decisions))));
}

export const LOCKED_MESSAGE =
  'Musyawarah sudah dikunci: keputusan, peserta dan data sesi tidak dapat diubah lagi.';
