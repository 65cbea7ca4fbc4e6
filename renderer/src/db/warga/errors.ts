import { Refusal } from '@shared/domain/core/refusal';
import type { z } from 'zod';
import type { Family, PersonRow } from '@shared/domain/core/entities';
import { maskNoKk } from '@shared/domain/warga/kk';
import { maskNik } from '@shared/domain/warga/nik';

/**
 * A registry rule refused a write. `field` names the form field at fault
 * (`nik`, `noKk`, `shdk`, …); `memberIndex` says which member of a new family;
 * `familyId` points at the family that already holds a NIK or No. KK, so the
 * screen can offer to open it.
 */
export class RegistryError extends Refusal {
  declare readonly field: string;
  readonly memberIndex: number | undefined;
  readonly familyId: string | undefined;

  constructor(
    message: string,
    field: string,
    extra: { memberIndex?: number; familyId?: string } = {},
  ) {
    super(message, { kind: 'warga', field });
    this.name = 'RegistryError';
    this.memberIndex = extra.memberIndex;
    this.familyId = extra.familyId;
  }
}

export function isRegistryError(error: unknown): error is RegistryError {
  return error instanceof RegistryError;
}

/** First zod issue as a RegistryError, so callers handle one error type. */
export function fromZod(error: z.ZodError, memberIndex?: number): RegistryError {
  const issue = error.issues[0];
  const field = String(issue?.path[0] ?? '_');
  return new RegistryError(issue?.message ?? 'Data tidak valid', field, { memberIndex });
}

export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  memberIndex?: number,
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZod(result.error, memberIndex);
  return result.data;
}

/**
 * The refusal a clerk sees for a NIK that is already registered: enough to find
 * the family (last digits of the No. KK and the head's name), not the full number.
 */
export function duplicateNikError(
  nik: string,
  holder: PersonRow,
  family: Family | undefined,
  head: PersonRow | undefined,
  memberIndex?: number,
): RegistryError {
  const where = family
    ? `keluarga No. KK ${maskNoKk(family.noKk)}${head ? `, kepala keluarga ${head.nama}` : ''}`
    : 'keluarga lain';
  return new RegistryError(
    `NIK ${maskNik(nik)} sudah terdaftar atas nama ${holder.nama} di ${where}.`,
    'nik',
    { memberIndex, familyId: family?.id },
  );
}

export function duplicateKkError(family: Family, head: PersonRow | undefined): RegistryError {
  return new RegistryError(
    `No. KK ${maskNoKk(family.noKk)} sudah terdaftar${head ? ` (kepala keluarga ${head.nama})` : ''}.`,
    'noKk',
    { familyId: family.id },
  );
}
