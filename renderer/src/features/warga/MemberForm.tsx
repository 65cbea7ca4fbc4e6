import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ConfirmableField } from '@shared/domain/core/entities';
import { normalizeNik, parseNik } from '@shared/domain/warga/nik';
import type { FieldErrors } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { useDatabase } from '../../kit/database-context';
import { checkNikAvailable } from '../../db/warga/repository';
import type { RegistryError } from '../../db/warga/repository';
import type { MemberData } from '../../../../shared/domain/warga/registry-schema';
import { applyNik, nikFeedback, validateDraft } from './member-draft';
import type { MemberDraft } from './member-draft';
import { ToCompleteNote } from './ToCompleteNote';
import {
  COMMON_JOBS,
  EDUCATION_OPTIONS,
  MARITAL_OPTIONS,
  RELIGION_OPTIONS,
  SHDK_OPTIONS,
} from './warga-format';
import { TanggalInput } from '../../kit/forms/TanggalInput';

type Props = {
  initial: MemberDraft;
  kodeWilayah: string;
  submitLabel: string;
  /** Editing: the person's own NIK is not a duplicate of itself. */
  exceptPersonId?: string;
  /** Whether "Kepala Keluarga" may be chosen; when `'only'` it is fixed. */
  head: 'allowed' | 'forbidden' | 'only';
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

const warn = (message: string | undefined) =>
  message ? (
    <Text component="span" size="xs" c="orange.9" fw={500}>
      ⚠ {message}
    </Text>
  ) : undefined;

/** A member of a family, in the order of the national form; Enter saves. */
export function MemberForm(props: Props) {
  const { db } = useDatabase();
  const [draft, setDraft] = useState(props.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [duplicate, setDuplicate] = useState<RegistryError | null>(null);
  const [busy, setBusy] = useState(false);
  const feedback = nikFeedback(draft, props.kodeWilayah);
  const nik = normalizeNik(draft.nik);
  const nikValid = parseNik(nik).ok;
  const pendingHolder = props.pendingNiks?.get(nik);

  useEffect(() => {
    if (!nikValid) {
      setDuplicate(null);
      return;
    }
    let current = true;
    void checkNikAvailable(db, nik, props.exceptPersonId).then((refusal) => {
      if (current) setDuplicate(refusal);
    });
    return () => {
      current = false;
    };
  }, [db, nik, nikValid, props.exceptPersonId]);

  const clearError = (key: keyof MemberDraft) =>
    setErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });

  const { onDirtyChange } = props;
  const dirty = draft.nik.trim() !== '' || draft.nama.trim() !== '';
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const { attach } = useUnsavedGuard<HTMLFormElement>({
    dirty: JSON.stringify(draft) !== JSON.stringify(props.initial),
    focusFirst: false,
    register: props.guarded ?? true,
  });

  const set = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    clearError(key);
  };

  const toComplete = props.toComplete ?? [];
  /** The note under a field the import left unknown, or `fallback` for any other field. */
  const note = (field: ConfirmableField, fallback?: ReactNode) =>
    toComplete.includes(field) ? (
      <ToCompleteNote
        field={field}
        value={draft[field]}
        suggestion={props.suggestions?.[field]}
        onConfirm={(value) => set(field, value)}
      />
    ) : (
      fallback
    );

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

  const shdkOptions =
    props.head === 'only'
      ? SHDK_OPTIONS.filter((option) => option.value === '1')
      : props.head === 'forbidden'
        ? SHDK_OPTIONS.filter((option) => option.value !== '1')
        : SHDK_OPTIONS;
  const choose = (label: string) => [{ value: '', label: `Pilih ${label}…` }];

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
          <TextInput
            label="NIK"
            name="nik"
            required
            id="member-nik"
            autoFocus={props.autoFocus ?? true}
            data-autofocus={props.autoFocus ?? true}
            inputMode="numeric"
            autoComplete="off"
            maxLength={24}
            value={draft.nik}
            error={errors.nik ?? feedback.nikError}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={
              feedback.nikNote ? (
                <Text component="span" size="xs" c="blue.8" data-testid="nik-note">
                  ℹ {feedback.nikNote}. Tetap dapat disimpan.
                </Text>
              ) : nikValid ? (
                'Tanggal lahir dan jenis kelamin diisi dari NIK'
              ) : undefined
            }
            onChange={(event) => {
              const typed = event.currentTarget.value;
              setDraft((current) => applyNik(current, typed));
              clearError('nik');
            }}
          />
          <TextInput
            label="Nama lengkap"
            name="nama"
            required
            value={draft.nama}
            error={errors.nama}
            onChange={(e) => set('nama', e.currentTarget.value)}
          />
          <TextInput
            label="Tempat lahir"
            name="tempatLahir"
            required
            value={draft.tempatLahir}
            error={errors.tempatLahir}
            onChange={(e) => set('tempatLahir', e.currentTarget.value)}
          />
          <TanggalInput
            label="Tanggal lahir"
            name="tanggalLahir"
            required
            value={draft.tanggalLahir}
            error={errors.tanggalLahir}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={warn(feedback.birthDateWarning)}
            onChange={(e) => set('tanggalLahir', e.currentTarget.value)}
          />
          <NativeSelect
            label="Jenis kelamin"
            name="jenisKelamin"
            required
            data={[
              ...choose('jenis kelamin'),
              { value: 'L', label: 'Laki-laki' },
              { value: 'P', label: 'Perempuan' },
            ]}
            value={draft.jenisKelamin}
            error={errors.jenisKelamin}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={warn(feedback.sexWarning)}
            onChange={(e) =>
              set('jenisKelamin', e.currentTarget.value as MemberDraft['jenisKelamin'])
            }
          />
          <NativeSelect
            label="Hubungan dalam keluarga (SHDK)"
            name="shdk"
            required
            disabled={props.head === 'only'}
            data={[...choose('hubungan'), ...shdkOptions]}
            value={draft.shdk}
            error={errors.shdk}
            onChange={(e) => set('shdk', e.currentTarget.value)}
          />
          <NativeSelect
            label="Status perkawinan"
            name="statusKawin"
            data={[...choose('status'), ...MARITAL_OPTIONS]}
            value={draft.statusKawin}
            error={errors.statusKawin}
            required={!toComplete.includes('statusKawin')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={note('statusKawin')}
            onChange={(e) => set('statusKawin', e.currentTarget.value)}
          />
          <NativeSelect
            label="Agama"
            name="agama"
            data={[...choose('agama'), ...RELIGION_OPTIONS]}
            value={draft.agama}
            error={errors.agama}
            required={!toComplete.includes('agama')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={note('agama')}
            onChange={(e) => set('agama', e.currentTarget.value)}
          />
          <NativeSelect
            label="Pendidikan terakhir"
            name="pendidikan"
            data={[...choose('pendidikan'), ...EDUCATION_OPTIONS]}
            value={draft.pendidikan}
            error={errors.pendidikan}
            required={!toComplete.includes('pendidikan')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={note('pendidikan')}
            onChange={(e) => set('pendidikan', e.currentTarget.value)}
          />
          <Autocomplete
            label="Pekerjaan"
            name="pekerjaan"
            data={COMMON_JOBS}
            value={draft.pekerjaan}
            error={errors.pekerjaan}
            required={!toComplete.includes('pekerjaan')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            description={note('pekerjaan')}
            onChange={(value) => set('pekerjaan', value)}
          />
          <TextInput
            label="Nama ibu kandung"
            name="namaIbuKandung"
            required
            description="Wajib untuk pencocokan data Dukcapil"
            value={draft.namaIbuKandung}
            error={errors.namaIbuKandung}
            onChange={(e) => set('namaIbuKandung', e.currentTarget.value)}
          />
          <TextInput
            label="Disabilitas (jika ada)"
            name="disabilitas"
            description="Data sensitif: tidak pernah tampil di proyektor"
            value={draft.disabilitas}
            onChange={(e) => set('disabilitas', e.currentTarget.value)}
          />
          <TextInput
            label="Penyakit kronis (jika ada)"
            name="penyakitKronis"
            description="Data sensitif: tidak pernah tampil di proyektor"
            value={draft.penyakitKronis}
            onChange={(e) => set('penyakitKronis', e.currentTarget.value)}
          />
        </SimpleGrid>
        {(duplicate || pendingHolder) && (
          <Alert color="red" title="NIK sudah terdaftar" role="alert" data-testid="nik-duplicate">
            {duplicate ? (
              <>
                {duplicate.message}{' '}
                {duplicate.familyId && (
                  <Anchor component={Link} to={`/warga/${duplicate.familyId}`}>
                    Buka keluarga tersebut
                  </Anchor>
                )}
              </>
            ) : (
              `NIK ini sudah dimasukkan untuk ${pendingHolder} di formulir ini.`
            )}
          </Alert>
        )}
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
