import type {
  BatchState,
  Decision,
  EducationLevel,
  MaritalStatus,
  ProposalKind,
  ProposalStatus,
  Religion,
} from './entities';

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
  perbaikan: 'Perbaikan data',
  nonaktif: 'Nonaktif',
  sanggah: 'Sanggahan',
};

/**
 * Dukcapil's words for the stored education codes (the codes stay as they were
 * stored; only what is shown and printed follows the KK's own wording).
 */
export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  'Tidak/Belum Sekolah': 'Tidak/Belum Sekolah',
  'Belum Tamat SD': 'Belum Tamat SD/Sederajat',
  'SD/Sederajat': 'Tamat SD/Sederajat',
  'SLTP/Sederajat': 'SLTP/Sederajat',
  'SLTA/Sederajat': 'SLTA/Sederajat',
  'Diploma I/II': 'Diploma I/II',
  'Diploma III': 'Akademi/Diploma III/Sarjana Muda',
  'Diploma IV/S1': 'Diploma IV/Strata I',
  S2: 'Strata II',
  S3: 'Strata III',
};

/** The KTP's words for the marital status, as letters print it. */
export const MARITAL_STATUS_LABELS: Record<MaritalStatus, string> = {
  belum_kawin: 'Belum Kawin',
  kawin: 'Kawin',
  cerai_hidup: 'Cerai Hidup',
  cerai_mati: 'Cerai Mati',
};

/** The KTP's words for the stored religion codes. */
export const RELIGION_LABELS: Record<Religion, string> = {
  Islam: 'Islam',
  Kristen: 'Kristen',
  Katolik: 'Katolik',
  Hindu: 'Hindu',
  Buddha: 'Buddha',
  Khonghucu: 'Khonghucu',
  Kepercayaan: 'Kepercayaan terhadap Tuhan YME',
};

/** A stored religion as printed; a value outside the list (an old letter's text) as it is. */
export function religionLabel(value: string): string {
  return (RELIGION_LABELS as Record<string, string>)[value] ?? value;
}

/** A stored education level as printed; anything else as it is. */
export function educationLabel(value: string): string {
  return (EDUCATION_LABELS as Record<string, string>)[value] ?? value;
}

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
