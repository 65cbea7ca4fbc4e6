import { useCallback, useMemo, useState } from 'react';
import type { z } from 'zod';
import type { Refusal } from '@shared/domain/core/refusal';

export type FieldErrors = Record<string, string>;

/** Maps zod issues to the first message per top-level field. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '_');
    errors[key] ??= issue.message;
  }
  return errors;
}

/**
 * Small controlled-form helper around a zod schema: the same schema that the
 * repository enforces is the one the form shows errors from.
 */
export function useSchemaForm<S extends z.ZodType<object>>(schema: S, initial: z.input<S>) {
  const [values, setValues] = useState<z.input<S>>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  // What the form started from, or last saved: input differing from it is unsaved.
  const [baseline, setBaseline] = useState(() => JSON.stringify(initial));
  const snapshot = useMemo(() => JSON.stringify(values), [values]);
  const dirty = snapshot !== baseline;
  /** After a save that keeps the form open: the values on screen are now the saved ones. */
  const markClean = useCallback(() => setBaseline(snapshot), [snapshot]);

  const setField = useCallback(<K extends keyof z.input<S>>(key: K, value: z.input<S>[K]) => {
    setValues((current) => ({ ...(current as object), [key]: value }) as z.input<S>);
    setErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key as string];
      return next;
    });
  }, []);

  const validate = useCallback((): z.output<S> | null => {
    const result = schema.safeParse(values);
    if (result.success) {
      setErrors({});
      return result.data;
    }
    setErrors(issuesToErrors(result.error.issues));
    return null;
  }, [schema, values]);

  // The fields are the initial value's keys: a refusal naming another one is not this form's.
  const [fields] = useState(() => new Set(Object.keys(initial as object)));
  /**
   * For `runAction`'s `inForm`: a refusal from the data layer that names one of
   * this form's fields is shown beside it (`showRefusal`); any other refusal is
   * the caller's to show (a notification, an alert in the form).
   */
  const ownsRefusal = useCallback(
    (refusal: Refusal): refusal is Refusal & { field: string } =>
      refusal.field !== undefined && fields.has(refusal.field),
    [fields],
  );
  /** Shows a refusal beside its field; the input stays as typed. */
  const showRefusal = useCallback((refusal: Refusal & { field: string }) => {
    setErrors({ [refusal.field]: refusal.message });
  }, []);

  return {
    values,
    setValues,
    setField,
    errors,
    setErrors,
    validate,
    dirty,
    markClean,
    ownsRefusal,
    showRefusal,
  };
}
