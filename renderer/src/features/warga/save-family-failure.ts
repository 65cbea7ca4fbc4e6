import { describeStorageError } from '../../db/core/storage-errors';
import { isRegistryError } from '../../db/warga/repository';
import type { FamilyDraft } from './FamilyFields';

const isFamilyField = (field: string): field is keyof FamilyDraft =>
  field === 'noKk' || field === 'alamat' || field === 'rt' || field === 'rw';

/**
 * Where a failed "Simpan keluarga" is shown: a refusal about the family card beside its
 * field; one about a member, or anything else, in the alert under the form, naming the
 * member by their place in the list.
 */
export function placeSaveFailure(
  error: unknown,
): { field: keyof FamilyDraft; message: string } | { problem: string } {
  if (!isRegistryError(error))
    return { problem: describeStorageError(error, 'Menyimpan keluarga') };
  if (isFamilyField(error.field)) return { field: error.field, message: error.message };
  const who = error.memberIndex === undefined ? '' : `Anggota ke-${error.memberIndex + 1}: `;
  return { problem: `${who}${error.message}` };
}
