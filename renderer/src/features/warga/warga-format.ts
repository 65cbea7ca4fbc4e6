import { formatTanggal, formatWaktu } from '@shared/domain/core/tanggal';
import { EDUCATION_LEVELS, PRESENCE_STATUSES, RELIGIONS, SHDK } from '@shared/domain/core/entities';
import type { PresenceStatus, ShdkCode } from '@shared/domain/core/entities';
import { EDUCATION_LABELS, RELIGION_LABELS } from '@shared/domain/core/labels';
import { MARITAL_LABELS, PRESENCE_LABELS } from '../../../../shared/domain/warga/registry-schema';

export { MARITAL_LABELS, PRESENCE_LABELS };

export const PRESENCE_COLORS: Record<PresenceStatus, string> = {
  ada: 'teal',
  meninggal: 'gray',
  pindah: 'blue',
  tidak_ditemukan: 'orange',
};

export const SHDK_OPTIONS = (Object.keys(SHDK) as unknown as ShdkCode[]).map((code) => ({
  value: String(code),
  label: `${code}. ${SHDK[code]}`,
}));

export const PRESENCE_OPTIONS = PRESENCE_STATUSES.map((value) => ({
  value,
  label: PRESENCE_LABELS[value],
}));

export const MARITAL_OPTIONS = (Object.keys(MARITAL_LABELS) as (keyof typeof MARITAL_LABELS)[]).map(
  (value) => ({ value, label: MARITAL_LABELS[value] }),
);

export const RELIGION_OPTIONS = RELIGIONS.map((value) => ({
  value,
  label: RELIGION_LABELS[value],
}));
export const EDUCATION_OPTIONS = EDUCATION_LEVELS.map((value) => ({
  value,
  label: EDUCATION_LABELS[value],
}));

/** Common answers on the national form; anything else may be typed. */
export const COMMON_JOBS = [
  'Belum/Tidak Bekerja',
  'Mengurus Rumah Tangga',
  'Pelajar/Mahasiswa',
  'Pensiunan',
  'Petani/Pekebun',
  'Nelayan/Perikanan',
  'Buruh Harian Lepas',
  'Buruh Tani/Perkebunan',
  'Pedagang',
  'Wiraswasta',
  'Karyawan Swasta',
  'Sopir',
  'Tukang Bangunan',
  'Pegawai Negeri Sipil',
  'Lainnya',
];

/** '1985-03-12' → '12 Maret 1985' (the app's one date formatter). */
export const formatDate = formatTanggal;

/** An ISO instant in the office's local time: '12 Maret 2026 14.05'. */
export const formatInstant = (value: string) => formatWaktu(value);

export function areaLabel(rt: string, rw: string): string {
  return `RT ${rt} / RW ${rw}`;
}
