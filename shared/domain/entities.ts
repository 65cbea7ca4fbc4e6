/**
 * Entities stored by the app. Plain data, no behaviour. Primary keys are UUIDs
 * (Dexie cannot change a primary key later). Dates are ISO strings: `YYYY-MM-DD`
 * for calendar dates, full ISO 8601 for instants.
 */

export type Sex = 'L' | 'P';

/** SHDK: status hubungan dalam keluarga, as coded on the national forms. */
export const SHDK = {
  1: 'Kepala Keluarga',
  2: 'Suami',
  3: 'Istri',
  4: 'Anak',
  5: 'Menantu',
  6: 'Cucu',
  7: 'Orang Tua',
  8: 'Mertua',
  9: 'Famili Lain',
  10: 'Pembantu',
  11: 'Lainnya',
} as const;
export type ShdkCode = keyof typeof SHDK;

export const MARITAL_STATUSES = ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

export const RELIGIONS = [
  'Islam',
  'Kristen',
  'Katolik',
  'Hindu',
  'Buddha',
  'Khonghucu',
  'Kepercayaan',
] as const;
export type Religion = (typeof RELIGIONS)[number];

export const EDUCATION_LEVELS = [
  'Tidak/Belum Sekolah',
  'Belum Tamat SD',
  'SD/Sederajat',
  'SLTP/Sederajat',
  'SLTA/Sederajat',
  'Diploma I/II',
  'Diploma III',
  'Diploma IV/S1',
  'S2',
  'S3',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Presence status of a person in the kelurahan. */
export const PRESENCE_STATUSES = ['ada', 'meninggal', 'pindah', 'tidak_ditemukan'] as const;
export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];

export type Family = {
  id: string;
  /** No. KK, 16 digits. */
  noKk: string;
  alamat: string;
  /** Zero-padded to 3 digits, e.g. "003". */
  rt: string;
  rw: string;
  /** 10-digit kode wilayah of the kelurahan. */
  kodeWilayah: string;
  createdAt: string;
  updatedAt: string;
};

export type Person = {
  id: string;
  familyId: string;
  /** NIK, 16 digits. */
  nik: string;
  nama: string;
  tempatLahir: string;
  /** YYYY-MM-DD */
  tanggalLahir: string;
  jenisKelamin: Sex;
  shdk: ShdkCode;
  statusKawin: MaritalStatus;
  agama: Religion;
  pendidikan: EducationLevel;
  pekerjaan: string;
  namaIbuKandung: string;
  /** Sensitive: never projected, never exported beyond need. */
  disabilitas?: string;
  /** Sensitive: never projected, never exported beyond need. */
  penyakitKronis?: string;
  statusKeberadaan: PresenceStatus;
  /** Decile from the national ranking; read-only, never computed here. */
  desil?: { value: number; source: string; date: string };
  createdAt: string;
  updatedAt: string;
};
