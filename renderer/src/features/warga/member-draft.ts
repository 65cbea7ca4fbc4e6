import { CONFIRMABLE_FIELDS } from '@shared/domain/core/entities';
import type { ConfirmableField, Person, PresenceStatus, Sex } from '@shared/domain/core/entities';
import { checkNikAgainst, normalizeNik, parseNik } from '@shared/domain/warga/nik';
import type { NikCheck } from '@shared/domain/warga/nik';
import { issuesToErrors } from '../../kit/forms/useSchemaForm';
import type { FieldErrors } from '../../kit/forms/useSchemaForm';
import {
  memberInputSchema,
  missingRequired,
} from '../../../../shared/domain/warga/registry-schema';
import type { MemberData } from '../../../../shared/domain/warga/registry-schema';

/** What a member form holds: strings throughout, '' for "not chosen yet". */
export type MemberDraft = {
  nik: string;
  nama: string;
  tempatLahir: string;
  tanggalLahir: string;
  jenisKelamin: Sex | '';
  shdk: string;
  statusKawin: string;
  agama: string;
  pendidikan: string;
  pekerjaan: string;
  namaIbuKandung: string;
  disabilitas: string;
  penyakitKronis: string;
  statusKeberadaan: PresenceStatus;
};

export function emptyDraft(overrides: Partial<MemberDraft> = {}): MemberDraft {
  return {
    nik: '',
    nama: '',
    tempatLahir: '',
    tanggalLahir: '',
    jenisKelamin: '',
    shdk: '',
    statusKawin: '',
    agama: '',
    pendidikan: '',
    pekerjaan: '',
    namaIbuKandung: '',
    disabilitas: '',
    penyakitKronis: '',
    statusKeberadaan: 'ada',
    ...overrides,
  };
}

/** A person as the form holds them; an unknown field is '' ("belum diisi"). */
export function draftFromPerson(person: Person | MemberData): MemberDraft {
  return {
    nik: person.nik,
    nama: person.nama,
    tempatLahir: person.tempatLahir,
    tanggalLahir: person.tanggalLahir,
    jenisKelamin: person.jenisKelamin,
    shdk: String(person.shdk),
    statusKawin: person.statusKawin ?? '',
    agama: person.agama ?? '',
    pendidikan: person.pendidikan ?? '',
    pekerjaan: person.pekerjaan,
    namaIbuKandung: person.namaIbuKandung,
    disabilitas: person.disabilitas ?? '',
    penyakitKronis: person.penyakitKronis ?? '',
    statusKeberadaan: person.statusKeberadaan,
  };
}

/**
 * The draft as the repository will take it. `mayStayUnknown`: the fields an import left
 * to complete, which the clerk may leave "belum diisi"; every other field is required.
 */
export function validateDraft(
  draft: MemberDraft,
  mayStayUnknown: readonly ConfirmableField[] = [],
): { ok: true; data: MemberData } | { ok: false; errors: FieldErrors } {
  const result = memberInputSchema.safeParse({
    ...draft,
    shdk: draft.shdk === '' ? undefined : Number(draft.shdk),
  });
  const errors: FieldErrors = result.success ? {} : issuesToErrors(result.error.issues);
  for (const field of CONFIRMABLE_FIELDS) {
    const missing = missingRequired({ ...FILLED, [field]: draft[field].trim() }, mayStayUnknown);
    if (missing) errors[field] ??= missing.message;
  }
  return result.success && Object.keys(errors).length === 0
    ? { ok: true, data: result.data }
    : { ok: false, errors };
}

/** Every confirmable field filled: lets missingRequired() judge one field at a time. */
const FILLED = { statusKawin: 'kawin', agama: 'Islam', pendidikan: 'S2', pekerjaan: 'x' } as const;

/**
 * Applies a newly typed NIK: birth date and sex follow the NIK while they are
 * empty or still hold what the previous NIK implied, and never overwrite what
 * the clerk typed by hand.
 */
export function applyNik(draft: MemberDraft, typed: string, today = new Date()): MemberDraft {
  const next = { ...draft, nik: typed };
  const before = parseNik(normalizeNik(draft.nik), today);
  const after = parseNik(normalizeNik(typed), today);
  if (!after.ok) return next;
  const impliedBefore = before.ok ? before : undefined;
  if (draft.tanggalLahir === '' || draft.tanggalLahir === impliedBefore?.birthDate) {
    next.tanggalLahir = after.birthDate;
  }
  if (draft.jenisKelamin === '' || draft.jenisKelamin === impliedBefore?.sex) {
    next.jenisKelamin = after.sex;
  }
  return next;
}

export type NikFeedback = {
  /** The NIK cannot be right: shown as the field's error. */
  nikError?: string;
  /** Other-region note: shown, never blocking. */
  nikNote?: string;
  sexWarning?: string;
  birthDateWarning?: string;
};

/** The inline checks for the NIK field and the fields it must agree with. */
export function nikFeedback(
  draft: MemberDraft,
  kodeWilayah: string,
  today = new Date(),
): NikFeedback {
  const nik = normalizeNik(draft.nik);
  if (nik.length < 16) return {};
  const checks: NikCheck[] = checkNikAgainst(
    nik,
    {
      sex: draft.jenisKelamin || undefined,
      birthDate: draft.tanggalLahir || undefined,
      kodeWilayah,
    },
    today,
  );
  const message = (code: NikCheck['code']) => checks.find((check) => check.code === code)?.message;
  return {
    nikError: message('nik_invalid'),
    nikNote: message('other_region'),
    sexWarning: message('sex_mismatch'),
    birthDateWarning: message('birth_date_mismatch'),
  };
}
