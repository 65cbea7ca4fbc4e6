import { z } from 'zod';
import { rowIdSchema } from './ids';
import { parseNip } from './nip';
import { normalizeLurahTitle } from './signer';
import { OFFICE_TIME_ZONES } from './time-zone';
import { parseKodeWilayah } from './wilayah';

/** A logo is embedded in every letterhead, so keep it small. */
export const MAX_LOGO_BYTES = 300 * 1024;

const required = (label: string) => z.string().trim().min(1, `${label} wajib diisi`);

export const kelurahanIdentitySchema = z.object({
  namaKelurahan: required('Nama kelurahan').max(80),
  kecamatan: required('Kecamatan').max(80),
  kota: required('Kota/kabupaten').max(80),
  provinsi: required('Provinsi').max(80),
  kodeWilayah: z
    .string()
    .trim()
    .transform((value) => value.replace(/\D/g, ''))
    .superRefine((value, ctx) => {
      const parsed = parseKodeWilayah(value);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason });
    }),
  /** Short code used in letter numbers, e.g. KEL-PHD. */
  kodeSurat: z
    .string()
    .trim()
    .max(20)
    .regex(/^[A-Za-z0-9.-]*$/, 'Kode surat hanya huruf, angka, titik dan tanda hubung'),
  alamatKantor: required('Alamat kantor').max(200),
  telepon: z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9+()\s-]*$/, 'Nomor telepon hanya angka, spasi, +, ( ) dan -'),
  email: z.union([z.literal(''), z.string().trim().email('Alamat email tidak valid').max(120)]),
  kodePos: z
    .string()
    .trim()
    .regex(/^(\d{5})?$/, 'Kode pos harus 5 digit'),
  /**
   * The zone printed after every time (WIB/WITA/WIT); empty or absent: the province's zone.
   * Optional so identities saved before it existed still read.
   */
  zonaWaktu: z.union([z.literal(''), z.enum(OFFICE_TIME_ZONES)]).optional(),
  /** data: URL of a PNG or JPEG, or empty. */
  logoDataUrl: z
    .string()
    .refine(
      (value) => value === '' || /^data:image\/(png|jpeg);base64,/.test(value),
      'Logo harus gambar PNG atau JPEG',
    )
    .refine(
      (value) => Math.floor((value.length * 3) / 4) <= MAX_LOGO_BYTES * 1.4,
      'Logo terlalu besar (maksimal 300 KB)',
    ),
});
export type KelurahanIdentity = z.infer<typeof kelurahanIdentitySchema>;

export const officialSchema = z.object({
  // Officials are still made with UUIDs; the shared key schema keeps a newId() from being refused.
  id: rowIdSchema('Kode pejabat tidak sah'),
  nama: required('Nama pejabat').max(120),
  jabatan: required('Jabatan').max(120).transform(normalizeLurahTitle),
  pangkatGolongan: z.string().trim().max(80),
  nip: z
    .string()
    .trim()
    .transform((value) => value.replace(/\s/g, ''))
    .superRefine((value, ctx) => {
      if (value === '') return;
      const parsed = parseNip(value);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason });
    }),
  aktif: z.boolean(),
});
export type Official = z.infer<typeof officialSchema>;

export const PERIOD_MODES = ['bulanan', 'semester'] as const;
export type PeriodMode = (typeof PERIOD_MODES)[number];

export const updatePeriodSchema = z
  .object({
    mode: z.enum(PERIOD_MODES),
    /** Input window in a month, e.g. days 1 to 17; the data is pulled the day after. */
    inputStartDay: z.number().int().min(1).max(28),
    inputEndDay: z.number().int().min(1).max(31),
  })
  .refine((p) => p.inputEndDay >= p.inputStartDay, {
    message: 'Hari akhir input harus sesudah hari awal',
    path: ['inputEndDay'],
  });
export type UpdatePeriod = z.infer<typeof updatePeriodSchema>;

export const DEFAULT_UPDATE_PERIOD: UpdatePeriod = {
  mode: 'bulanan',
  inputStartDay: 1,
  inputEndDay: 17,
};

export const operatorSchema = z.object({
  nama: required('Nama operator').max(120),
});
export type Operator = z.infer<typeof operatorSchema>;

/** The label of the period a date falls in: "November 2026" or "Semester II 2026". */
export function periodLabel(period: UpdatePeriod, date: Date): string {
  const year = date.getFullYear();
  if (period.mode === 'semester') return `Semester ${date.getMonth() < 6 ? 'I' : 'II'} ${year}`;
  return `${MONTHS_ID[date.getMonth()]} ${year}`;
}

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;
