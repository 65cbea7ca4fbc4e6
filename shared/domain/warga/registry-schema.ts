import { z } from 'zod';
import {
  CONFIRMABLE_FIELDS,
  EDUCATION_LEVELS,
  MARITAL_STATUSES,
  PRESENCE_STATUSES,
  RELIGIONS,
} from '@shared/domain/core/entities';
import type { ConfirmableField, Person, ShdkCode } from '@shared/domain/core/entities';
import { isUnknown } from '@shared/domain/warga/person-fields';
import { localCalendarDate, parseIsoDate } from '@shared/domain/core/id-common';
import { normalizeNoKk, parseNoKk } from '@shared/domain/warga/kk';
import { normalizeNik, parseNik } from '@shared/domain/warga/nik';
import { personNameField } from '@shared/domain/warga/person-name';

/**
 * The shapes the registry accepts. The same schemas drive the forms and the
 * repository, so a rule cannot be enforced in one and forgotten in the other.
 */

const required = (label: string, max = 120) =>
  z.string().trim().min(1, `${label} wajib diisi`).max(max, `${label} terlalu panjang`);

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((value) => (value ? value : undefined));

/** '' or absent means "not known yet"; anything else must be one of the values. */
const unknownOr = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.literal(''), z.enum(values, { message })], { message })
    .optional()
    .transform((value) => (value === '' || value === undefined ? undefined : value));

export const nikField = z
  .string()
  .transform(normalizeNik)
  .superRefine((value, ctx) => {
    const parsed = parseNik(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason });
  });

export const noKkField = z
  .string()
  .transform(normalizeNoKk)
  .superRefine((value, ctx) => {
    const parsed = parseNoKk(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason });
  });

const birthDate = z.string().superRefine((value, ctx) => {
  const date = parseIsoDate(value);
  if (!date) {
    ctx.addIssue({
      code: 'custom',
      message: 'Tanggal lahir wajib diisi dengan tanggal yang benar',
    });
    return;
  }
  const today = localCalendarDate(new Date());
  const key = (d: { year: number; month: number; day: number }) =>
    d.year * 10_000 + d.month * 100 + d.day;
  if (key(date) > key(today)) {
    ctx.addIssue({ code: 'custom', message: 'Tanggal lahir tidak boleh di masa depan' });
  }
  if (date.year < 1900) ctx.addIssue({ code: 'custom', message: 'Tahun lahir tidak masuk akal' });
});

const areaNumber = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, `${label} harus berupa angka (1 sampai 3 digit)`)
    .transform((value) => value.padStart(3, '0'))
    .refine((value) => value !== '000', `${label} tidak boleh 000`);

export const memberInputSchema = z.object({
  nik: nikField,
  nama: personNameField('Nama'),
  tempatLahir: required('Tempat lahir', 80),
  tanggalLahir: birthDate,
  jenisKelamin: z.enum(['L', 'P'], { message: 'Pilih jenis kelamin' }),
  shdk: z
    .number({ message: 'Pilih hubungan dalam keluarga' })
    .int()
    .min(1)
    .max(11)
    .transform((value) => value as ShdkCode),
  // May stay unknown only for a person an import left them to complete: see
  // missingRequired(), which the repository and the form apply with the person's list.
  statusKawin: unknownOr(MARITAL_STATUSES, 'Pilih status perkawinan'),
  agama: unknownOr(RELIGIONS, 'Pilih agama'),
  pendidikan: unknownOr(EDUCATION_LEVELS, 'Pilih pendidikan terakhir'),
  pekerjaan: z.string().trim().max(80, 'Pekerjaan terlalu panjang'),
  namaIbuKandung: personNameField('Nama ibu kandung'),
  disabilitas: optionalText,
  penyakitKronis: optionalText,
  statusKeberadaan: z.enum(PRESENCE_STATUSES).default('ada'),
});
export type MemberInput = z.input<typeof memberInputSchema>;
export type MemberData = z.output<typeof memberInputSchema>;

const REQUIRED_MESSAGES: Readonly<Record<ConfirmableField, string>> = {
  statusKawin: 'Pilih status perkawinan',
  agama: 'Pilih agama',
  pendidikan: 'Pilih pendidikan terakhir',
  pekerjaan: 'Pekerjaan wajib diisi',
};

/**
 * The first required field left unknown, unless the import listed it as still to
 * complete (`mayStayUnknown`): a clerk fixing a prelist person's marital status is not
 * forced to invent a religion, but nobody can erase a confirmed value or register a new
 * person without one.
 */
export function missingRequired(
  data: Pick<MemberData, ConfirmableField>,
  mayStayUnknown: readonly ConfirmableField[] = [],
): { field: ConfirmableField; message: string } | null {
  const field = CONFIRMABLE_FIELDS.find(
    (key) => isUnknown(data[key]) && !mayStayUnknown.includes(key),
  );
  return field ? { field, message: REQUIRED_MESSAGES[field] } : null;
}

export const familyInputSchema = z.object({
  noKk: noKkField,
  alamat: required('Alamat', 200),
  rt: areaNumber('RT'),
  rw: areaNumber('RW'),
});
export type FamilyInput = z.input<typeof familyInputSchema>;
export type FamilyData = z.output<typeof familyInputSchema>;

/** Strips the derived search keys, so audit entries record what the clerk entered. */
export function personSnapshot<T extends Person>(row: T): Person {
  const copy: Record<string, unknown> = { ...row };
  delete copy.searchTokens;
  delete copy.dupNameKey;
  delete copy.dupMotherKey;
  return copy as Person;
}

export const PRESENCE_LABELS = {
  ada: 'Ada',
  meninggal: 'Meninggal',
  pindah: 'Pindah',
  tidak_ditemukan: 'Tidak ditemukan',
} as const;

export const MARITAL_LABELS = {
  belum_kawin: 'Belum kawin',
  kawin: 'Kawin',
  cerai_hidup: 'Cerai hidup',
  cerai_mati: 'Cerai mati',
} as const;
