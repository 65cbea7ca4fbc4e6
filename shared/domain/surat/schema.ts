import { z } from 'zod';
import { SKTM_PURPOSE_KINDS } from '../core/letter-purpose';

/** What the clerk fills in to issue an SKTM, checked before anything is numbered or stored. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal tidak valid')
  .refine((value) => !Number.isNaN(new Date(`${value}T00:00:00`).getTime()), 'Tanggal tidak valid');

export const issueLetterSchema = z.object({
  type: z.literal('sktm'),
  personId: z.string().min(1, 'Pilih warga yang dibuatkan surat'),
  /** Family members covered by the letter (not the subject). */
  dependantIds: z.array(z.string()),
  purpose: z.string().trim().min(3, 'Keperluan wajib diisi').max(200, 'Keperluan terlalu panjang'),
  purposeKind: z.enum(SKTM_PURPOSE_KINDS).optional(),
  /** Read on the KTP by the clerk: the registry does not hold it. */
  kewarganegaraan: z.enum(['WNI', 'WNA'], 'Pilih kewarganegaraan sesuai KTP'),
  coverLetter: z.object({
    nomor: z.string().trim().min(1, 'Nomor surat pengantar RT/RW wajib diisi').max(80),
    tanggal: isoDate,
  }),
  signerId: z.string().min(1, 'Pilih pejabat penanda tangan'),
  delegation: z.enum(['', 'a.n.', 'u.b.']),
  via: z.string().trim().max(120),
});
export type IssueLetterInput = z.input<typeof issueLetterSchema>;
