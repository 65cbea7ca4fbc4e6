import { useState } from 'react';
import type { FieldErrors } from '../../kit/forms/useSchemaForm';
import { applyNik } from './member-draft';
import type { MemberDraft } from './member-draft';

/** Sets one field of the member form (and clears that field's error). */
export type SetMemberField = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) => void;

/**
 * What the member form holds and the errors shown beside its fields: a field's error goes
 * away as soon as the field changes; a typed NIK fills birth date and sex (applyNik).
 */
export function useMemberDraft(initial: MemberDraft) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const clearError = (key: keyof MemberDraft) =>
    setErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  const set: SetMemberField = (key, value) => {
    setDraft((current) => ({ ...current, [key]: value }));
    clearError(key);
  };
  const typeNik = (typed: string) => {
    setDraft((current) => applyNik(current, typed));
    clearError('nik');
  };

  return { draft, errors, setErrors, set, typeNik };
}
