import { z } from 'zod';
import { AID_PROGRAMMES, FUNDING_LEVELS } from '../core/entities';
import { parseIsoDate } from '../core/id-common';

/** Aid a family (or one member) receives, as the clerk enters it. */
export const aidInputSchema = z.object({
  personId: z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined)),
  programme: z.enum(AID_PROGRAMMES, { message: 'Pilih program bantuan' }),
  level: z.enum(FUNDING_LEVELS, { message: 'Pilih sumber dana' }),
  since: z
    .string()
    .refine((value) => parseIsoDate(value) !== undefined, 'Isi tanggal mulai menerima bantuan'),
  note: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => (value ? value : undefined)),
});
export type AidInput = z.input<typeof aidInputSchema>;
