import { z } from 'zod';
import { LETTER_TYPES } from '@shared/domain/core/entities';
import type { LetterType } from '@shared/domain/core/entities';
import {
  checkLetterTemplate,
  DEFAULT_SKTM_CODE,
  DEFAULT_SKTM_TEMPLATE,
  formatLetterNumber,
} from '@shared/domain/surat/number';
import {
  clashingType,
  DEFAULT_LETTER_FORMATS,
  LETTER_TYPE_LABELS,
} from '@shared/domain/surat/types';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { currentActor, getIdentity } from '../pengaturan/repository';

export const DELEGATIONS = ['', 'a.n.', 'u.b.'] as const;

export const letterSettingsSchema = z.object({
  template: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const [first] = checkLetterTemplate(value);
      if (first) ctx.addIssue({ code: 'custom', message: first.message });
    }),
  /** Classification code filled into {kode}. */
  kode: z
    .string()
    .trim()
    .max(40, 'Kode klasifikasi terlalu panjang')
    .regex(/^[A-Za-z0-9./-]*$/, 'Kode klasifikasi hanya huruf, angka, titik, garis miring, -'),
  validityDays: z
    .number({ error: 'Masa berlaku wajib diisi' })
    .int('Masa berlaku harus bilangan bulat')
    .min(1, 'Masa berlaku minimal 1 hari')
    .max(366, 'Masa berlaku maksimal 366 hari'),
  paperSize: z.enum(['A4', 'F4']),
  /** Official chosen by default on the issue screen; '' for none. */
  defaultSignerId: z.string(),
  defaultDelegation: z.enum(DELEGATIONS),
  /** Intermediate title printed with u.b. */
  viaJabatan: z.string().trim().max(120),
  /** Print the family's No. KK in the identity block (some schools and hospitals ask for it). */
  printNoKk: z.boolean(),
  /** Undangan only: one letter per invitee, or one letter with a distribution list. */
  invitationMode: z.enum(['per_peserta', 'daftar']),
});
export type LetterSettings = z.infer<typeof letterSettingsSchema>;

export const DEFAULT_LETTER_SETTINGS: LetterSettings = {
  template: DEFAULT_SKTM_TEMPLATE,
  kode: DEFAULT_SKTM_CODE,
  validityDays: 30,
  paperSize: 'A4',
  defaultSignerId: '',
  defaultDelegation: 'a.n.',
  viaJabatan: 'Sekretaris Kelurahan',
  printNoKk: false,
  invitationMode: 'per_peserta',
};

/** The defaults of one type: its own number format, the rest shared. */
export function defaultLetterSettings(type: LetterType): LetterSettings {
  return { ...DEFAULT_LETTER_SETTINGS, ...DEFAULT_LETTER_FORMATS[type] };
}

const settingKey = (type: LetterType) => `surat.${type}`;
export const counterKey = (type: LetterType, year: number) => `${type}:${year}`;

export async function getLetterSettings(
  db: DtksDatabase,
  type: LetterType = 'sktm',
): Promise<LetterSettings> {
  const row = await db.settings.get(settingKey(type));
  const stored = (row?.value ?? {}) as Record<string, unknown>;
  // Field by field: one value an older version wrote differently must not
  // reset the office's number template with it.
  const settings = defaultLetterSettings(type);
  for (const key of Object.keys(DEFAULT_LETTER_SETTINGS) as (keyof LetterSettings)[]) {
    const parsed = letterSettingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
  }
  return settings;
}

export async function saveLetterSettings(
  db: DtksDatabase,
  input: unknown,
  type: LetterType = 'sktm',
): Promise<LetterSettings> {
  checkPermission(db, 'settings', 'pengaturan');
  const settings = letterSettingsSchema.parse(input);
  const key = settingKey(type);
  await db.transaction('rw', db.settings, db.audit, async () => {
    const others = Object.fromEntries(
      await Promise.all(
        LETTER_TYPES.filter((other) => other !== type).map(
          async (other) => [other, await getLetterSettings(db, other)] as const,
        ),
      ),
    );
    const clash = clashingType(type, settings, others);
    if (clash) {
      throw new Error(
        `Format nomor dan kode klasifikasi sama dengan ${LETTER_TYPE_LABELS[clash]}: nomor kedua jenis surat akan bentrok. Bedakan formatnya (misalnya tambahkan tanda jenis surat) atau kodenya.`,
      );
    }
    const before = (await db.settings.get(key))?.value;
    await db.settings.put({ key, value: settings });
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'settings',
      entity: 'pengaturan',
      entityId: key,
      summary: `Pengaturan surat ${LETTER_TYPE_LABELS[type]} disimpan`,
      before,
      after: settings,
    });
  });
  return settings;
}

/** Next sequence for the type and year, as the counter stands now. */
export async function peekNextSeq(
  db: DtksDatabase,
  type: LetterType,
  year: number,
): Promise<number> {
  return (await db.letterCounters.get(counterKey(type, year)))?.next ?? 1;
}

/**
 * The number the next letter would get if issued now. Only a preview: the
 * real number is taken when the letter is stored.
 */
export async function previewNextNumber(
  db: DtksDatabase,
  settings: Pick<LetterSettings, 'template' | 'kode'>,
  date = new Date(),
  type: LetterType = 'sktm',
): Promise<string> {
  const [identity, seq] = await Promise.all([
    getIdentity(db),
    peekNextSeq(db, type, date.getFullYear()),
  ]);
  return formatLetterNumber(settings.template, {
    seq,
    date,
    code: settings.kode,
    unitCode: identity?.kodeSurat ?? '',
  });
}
