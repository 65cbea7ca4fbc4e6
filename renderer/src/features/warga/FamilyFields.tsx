import { Anchor, Group, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { normalizeNoKk, parseNoKk } from '@shared/domain/warga/kk';
import type { FieldErrors } from '../../kit/forms/useSchemaForm';
import { useDatabase } from '../../kit/database-context';
import { checkKkAvailable } from '../../db/warga/repository';
import type { RegistryError } from '../../db/warga/repository';

export type FamilyDraft = { noKk: string; alamat: string; rt: string; rw: string };

type Props = {
  values: FamilyDraft;
  errors: FieldErrors;
  onChange: (key: keyof FamilyDraft, value: string) => void;
  /** Editing: the family's own No. KK is not a duplicate of itself. */
  exceptFamilyId?: string;
  autoFocus?: boolean;
  /** Reports whether the typed No. KK is held by another family. */
  onDuplicate?: (refusal: RegistryError | null) => void;
};

/** No. KK and address; a No. KK already registered is named while typing. */
export function FamilyFields({
  values,
  errors,
  onChange,
  exceptFamilyId,
  autoFocus,
  onDuplicate,
}: Props) {
  const { db } = useDatabase();
  const noKk = normalizeNoKk(values.noKk);
  const parsed = noKk.length >= 16 ? parseNoKk(noKk) : null;
  const [duplicate, setDuplicate] = useState<RegistryError | null>(null);

  useEffect(() => {
    if (!parsed?.ok) {
      setDuplicate(null);
      onDuplicate?.(null);
      return;
    }
    let current = true;
    void checkKkAvailable(db, noKk, exceptFamilyId).then((refusal) => {
      if (!current) return;
      setDuplicate(refusal);
      onDuplicate?.(refusal);
    });
    return () => {
      current = false;
    };
  }, [db, noKk, parsed?.ok, exceptFamilyId, onDuplicate]);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
      <TextInput
        label="No. KK"
        name="noKk"
        required
        autoFocus={autoFocus}
        data-autofocus={autoFocus}
        inputMode="numeric"
        autoComplete="off"
        maxLength={24}
        value={values.noKk}
        error={
          errors.noKk ??
          (parsed && !parsed.ok ? parsed.reason : undefined) ??
          (duplicate ? (
            <span data-testid="kk-duplicate">
              {duplicate.message}{' '}
              {duplicate.familyId && (
                <Anchor size="xs" component={Link} to={`/warga/${duplicate.familyId}`}>
                  Buka keluarga tersebut
                </Anchor>
              )}
            </span>
          ) : undefined)
        }
        onChange={(event) => onChange('noKk', event.currentTarget.value)}
      />
      <TextInput
        label="Alamat (jalan, gang, nomor rumah)"
        name="alamat"
        required
        value={values.alamat}
        error={errors.alamat}
        onChange={(event) => onChange('alamat', event.currentTarget.value)}
      />
      <Group grow align="flex-start">
        <TextInput
          label="RT"
          name="rt"
          required
          inputMode="numeric"
          maxLength={3}
          value={values.rt}
          error={errors.rt}
          onChange={(event) => onChange('rt', event.currentTarget.value)}
        />
        <TextInput
          label="RW"
          name="rw"
          required
          inputMode="numeric"
          maxLength={3}
          value={values.rw}
          error={errors.rw}
          onChange={(event) => onChange('rw', event.currentTarget.value)}
        />
      </Group>
      <Text size="xs" c="dimmed" style={{ alignSelf: 'center' }}>
        RT dan RW cukup ditulis angkanya, misalnya 3 menjadi 003.
      </Text>
    </SimpleGrid>
  );
}
