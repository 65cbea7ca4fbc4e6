import { Autocomplete, NativeSelect, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ConfirmableField } from '@shared/domain/core/entities';
import type { FieldErrors } from '../../kit/forms/useSchemaForm';
import { TanggalInput } from '../../kit/forms/TanggalInput';
import type { MemberDraft, NikFeedback } from './member-draft';
import { ToCompleteNote } from './ToCompleteNote';
import type { SetMemberField } from './useMemberDraft';
import {
  COMMON_JOBS,
  EDUCATION_OPTIONS,
  MARITAL_OPTIONS,
  RELIGION_OPTIONS,
  SHDK_OPTIONS,
} from './warga-format';

/**
 * The member form's fields, in the order of the national form, in three parts that sit in
 * one grid: who the person is, their place in the family, and the mother's name with the
 * sensitive health fields.
 */

/** Whether "Kepala Keluarga" may be chosen; when `'only'` it is fixed. */
export type HeadRule = 'allowed' | 'forbidden' | 'only';

const warn = (message: string | undefined) =>
  message ? (
    <Text component="span" size="xs" c="orange.9" fw={500}>
      ⚠ {message}
    </Text>
  ) : undefined;

const choose = (label: string) => [{ value: '', label: `Pilih ${label}…` }];

/** NIK, name, place and date of birth, sex; the NIK checks show as it is typed. */
export function IdentityFields({
  draft,
  errors,
  feedback,
  nikValid,
  autoFocus,
  onNikChange,
  set,
}: {
  draft: Pick<MemberDraft, 'nik' | 'nama' | 'tempatLahir' | 'tanggalLahir' | 'jenisKelamin'>;
  errors: FieldErrors;
  feedback: NikFeedback;
  nikValid: boolean;
  autoFocus: boolean;
  onNikChange: (typed: string) => void;
  set: SetMemberField;
}) {
  return (
    <>
      <TextInput
        label="NIK"
        name="nik"
        required
        id="member-nik"
        autoFocus={autoFocus}
        data-autofocus={autoFocus}
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
        onChange={(event) => onNikChange(event.currentTarget.value)}
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
        onChange={(e) => set('jenisKelamin', e.currentTarget.value as MemberDraft['jenisKelamin'])}
      />
    </>
  );
}

/**
 * SHDK, marital status, religion, education, job. The fields an import left unknown may
 * stay "belum diisi" and carry a note saying so (with the family card's suggestion).
 */
export function FamilyStatusFields({
  draft,
  errors,
  head,
  toComplete,
  suggestions,
  set,
}: {
  draft: Pick<MemberDraft, 'shdk' | ConfirmableField>;
  errors: FieldErrors;
  head: HeadRule;
  toComplete: readonly ConfirmableField[];
  suggestions?: Partial<Record<ConfirmableField, { value: string; label: string }>>;
  set: SetMemberField;
}) {
  /** The note under a field the import left unknown, or `fallback` for any other field. */
  const note = (field: ConfirmableField, fallback?: ReactNode) =>
    toComplete.includes(field) ? (
      <ToCompleteNote
        field={field}
        value={draft[field]}
        suggestion={suggestions?.[field]}
        onConfirm={(value) => set(field, value)}
      />
    ) : (
      fallback
    );
  const shdkOptions =
    head === 'only'
      ? SHDK_OPTIONS.filter((option) => option.value === '1')
      : head === 'forbidden'
        ? SHDK_OPTIONS.filter((option) => option.value !== '1')
        : SHDK_OPTIONS;

  return (
    <>
      <NativeSelect
        label="Hubungan dalam keluarga (SHDK)"
        name="shdk"
        required
        disabled={head === 'only'}
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
    </>
  );
}

/** The mother's name Dukcapil matches on, and the sensitive health fields. */
export function MotherAndHealthFields({
  draft,
  errors,
  set,
}: {
  draft: Pick<MemberDraft, 'namaIbuKandung' | 'disabilitas' | 'penyakitKronis'>;
  errors: FieldErrors;
  set: SetMemberField;
}) {
  return (
    <>
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
    </>
  );
}
