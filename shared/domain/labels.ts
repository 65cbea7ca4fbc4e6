import type { BatchState, Decision, ProposalKind, ProposalStatus } from './entities';

/** Labels as clerks say them, for screens and reports alike. */

export const STATUS_LABELS: Record<ProposalStatus, string> = {
  draf: 'Draf',
  verifikasi_lapangan: 'Verifikasi lapangan',
  siap_musyawarah: 'Siap musyawarah',
  diputuskan: 'Diputuskan',
  dikirim: 'Dikirim',
};

export const KIND_LABELS: Record<ProposalKind, string> = {
  baru: 'Baru',
  perbaikan: 'Perbaikan',
  nonaktif: 'Nonaktif',
  sanggah: 'Sanggah',
};

export const DECISION_LABELS: Record<Decision, string> = {
  layak: 'Layak',
  tidak_layak: 'Tidak layak',
  ditunda: 'Ditunda',
};

export const BATCH_STATE_LABELS: Record<BatchState, string> = {
  disiapkan: 'Disiapkan',
  tervalidasi: 'Tervalidasi',
  diekspor: 'Diekspor',
  diunggah: 'Diunggah',
  hasil_diterima: 'Hasil diterima',
};
