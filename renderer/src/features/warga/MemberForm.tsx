import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ConfirmableField } from '@shared/domain/core/entities';
import { normalizeNik, parseNik } from '@shared/domain/warga/nik';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import type { RegistryError } from '../../db/warga/repository';
import type { MemberData } from '../../../../shared/domain/warga/registry-schema';
import { nikFeedback, validateDraft } from './member-draft';
import type { MemberDraft } from './member-draft';
import { FamilyStatusFields, IdentityFields, MotherAndHealthFields } from './MemberFormSections';
import type { HeadRule } from './MemberFormSections';
import { NikDuplicateAlert } from './NikDuplicateAlert';
import { useMemberDraft } from './useMemberDraft';
import { useNikDuplicate } from './useNikDuplicate';

type Props = {
  initial: MemberDraft;
  kodeWilayah: string;
  submitLabel: string;
  /** Editing: the person's own NIK is not a duplicate of itself. */
  exceptPersonId?: string;
  /** Whether "Kepala Keluarga" may be chosen; when `'only'` it is fixed. */
  head: HeadRule;
  /** NIKs already entered on this screen but not saved yet, with the member's name. */
  pendingNiks?: ReadonlyMap<string, string>;
  /** Resolves with the repository's refusal, if any, to show at its field. */
  onSubmit: (data: MemberData) => Promise<RegistryError | null>;
  onCancel?: () => void;
  /** Defaults to true; a page with a field above the form passes false. */
  autoFocus?: boolean;
  /** Lets the page know whether something is typed but not yet submitted. */
  onDirtyChange?: (dirty: boolean) => void;
  /** Asks before the input is lost (default); false when the page around it guards it. */
  guarded?: boolean;
  /** Fields the import left unknown: they may stay "belum diisi", and say so. */
  toComplete?: readonly ConfirmableField[];
  /** Values the family card suggests for some of them, confirmed only by a click. */
  suggestions?: Partial<Record<ConfirmableField, { value: string; label: string }>>;
};

/** A member of a family, in the order of the national form; Enter saves. */
export function MemberForm(props: Props) {
  const { draft, errors, setErrors, set, typeNik } = useMemberDraft(props.initial);
  const feedback = nikFeedback(draft, props.kodeWilayah);
  const nik = normalizeNik(draft.nik);
  const nikValid = parseNik(nik).ok;
  const [duplicate, setDuplicate] = useNikDuplicate(nik, nikValid, props.exceptPersonId);
  const pendingHolder = props.pendingNiks?.get(nik);
  const [busy, setBusy] = useState(false);

  const { onDirtyChange } = props;
  const dirty = draft.nik.trim() !== '' || draft.nama.trim() !== '';
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const { attach } = useUnsavedGuard<HTMLFormElement>({
    dirty: JSON.stringify(draft) !== JSON.stringify(props.initial),
    focusFirst: false,
    register: props.guarded ?? true,
  });

  const toComplete = props.toComplete ?? [];
  const submit = async () => {
    const checked = validateDraft(draft, toComplete);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    if (duplicate || pendingHolder) return;
    setBusy(true);
    try {
      const refusal = await props.onSubmit(checked.data);
      if (refusal) {
        if (refusal.field === 'nik') setDuplicate(refusal);
        else setErrors({ [refusal.field]: refusal.message });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
          <IdentityFields
            draft={draft}
            errors={errors}
            feedback={feedback}
            nikValid={nikValid}
            autoFocus={props.autoFocus ?? true}
            onNikChange={typeNik}
            set={set}
          />
          <FamilyStatusFields
            draft={draft}
            errors={errors}
            head={props.head}
            toComplete={toComplete}
            suggestions={props.suggestions}
            set={set}
          />
          <MotherAndHealthFields draft={draft} errors={errors} set={set} />
        </SimpleGrid>
        <NikDuplicateAlert duplicate={duplicate} pendingHolder={pendingHolder} />
        <Group>
          <Button type="submit" loading={busy}>
            {props.submitLabel}
          </Button>
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              Batal
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
