import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Family, PersonRow } from '@shared/domain/core/entities';
import { isoDate, localCalendarDate } from '@shared/domain/core/id-common';
import { ID_DTKS_MAX, parseIdDtks } from '@shared/domain/warga/id-dtks';
import { suggestedMarital } from '@shared/domain/warga/person-fields';
import { useDatabase } from '../../kit/database-context';
import { issuesToErrors } from '../../kit/forms/useSchemaForm';
import type { FieldErrors } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { addMember, isRegistryError, updateFamily, updateMember } from '../../db/warga/repository';
import { familyInputSchema, MARITAL_LABELS } from '../../../../shared/domain/warga/registry-schema';
import { FamilyFields } from './FamilyFields';
import type { FamilyDraft } from './FamilyFields';
import { draftFromPerson, emptyDraft } from './member-draft';
import { MemberForm } from './MemberForm';
import {
  ChangeHeadModal,
  DeleteMemberModal,
  MoveMemberModal,
  StatusModal,
} from './MemberActionModals';
import { refusalIn, runAction } from '../../kit/run-action';
import { SubjectRequestPanel } from './SubjectRequestPanel';

export type MemberAction =
  | { kind: 'edit-member'; person: PersonRow }
  | { kind: 'status'; person: PersonRow }
  | { kind: 'move'; person: PersonRow }
  | { kind: 'head'; person: PersonRow }
  | { kind: 'delete'; person: PersonRow }
  | { kind: 'privacy'; person: PersonRow };

export type FamilyModal = { kind: 'edit-family' } | { kind: 'add-member' } | MemberAction;

type Props = {
  modal: FamilyModal | null;
  family: Family;
  members: PersonRow[];
  kodeWilayah: string;
  onClose: () => void;
  /** After the family itself is gone (its last member deleted). */
  onFamilyGone: () => void;
};

const TITLES: Record<FamilyModal['kind'], string> = {
  'edit-family': 'Ubah data keluarga',
  'add-member': 'Tambah anggota keluarga',
  'edit-member': 'Ubah data anggota',
  status: 'Ubah status keberadaan',
  move: 'Pindahkan ke keluarga lain',
  head: 'Ganti kepala keluarga',
  delete: 'Hapus anggota',
  privacy: 'Permintaan pemilik data (UU PDP)',
};

export function FamilyModals({
  modal,
  family,
  members,
  kodeWilayah,
  onClose,
  onFamilyGone,
}: Props) {
  const { db } = useDatabase();
  const wide = modal?.kind === 'add-member' || modal?.kind === 'edit-member';
  const head = members.find((member) => member.shdk === 1);
  return (
    <Modal
      opened={modal !== null}
      onClose={onClose}
      size={wide ? '80rem' : 'lg'}
      title={
        modal ? `${TITLES[modal.kind]}${'person' in modal ? `: ${modal.person.nama}` : ''}` : ''
      }
    >
      {modal?.kind === 'edit-family' && <EditFamily family={family} onDone={onClose} />}
      {modal?.kind === 'add-member' && (
        <MemberForm
          initial={emptyDraft({ shdk: '4', agama: head?.agama ?? '' })}
          kodeWilayah={kodeWilayah}
          head={head ? 'forbidden' : 'allowed'}
          submitLabel="Simpan anggota"
          onCancel={onClose}
          onSubmit={async (data) => {
            const refusal = await runAction(() => addMember(db, family.id, data), {
              success: `${data.nama} ditambahkan.`,
              what: 'Menambah anggota',
              inForm: isRegistryError,
            }).then(refusalIn);
            if (!refusal) onClose();
            return refusal;
          }}
        />
      )}
      {modal?.kind === 'edit-member' && (
        <MemberForm
          initial={draftFromPerson(modal.person)}
          kodeWilayah={kodeWilayah}
          toComplete={modal.person.fieldsToComplete}
          suggestions={suggestionsFor(modal.person, members)}
          exceptPersonId={modal.person.id}
          head={modal.person.shdk === 1 ? 'only' : 'forbidden'}
          submitLabel="Simpan perubahan"
          onCancel={onClose}
          onSubmit={async (data) => {
            const refusal = await runAction(() => updateMember(db, modal.person.id, data), {
              success: `Data ${data.nama} disimpan.`,
              what: 'Menyimpan anggota',
              inForm: isRegistryError,
            }).then(refusalIn);
            if (!refusal) onClose();
            return refusal;
          }}
        />
      )}
      {modal?.kind === 'status' && <StatusModal person={modal.person} onDone={onClose} />}
      {modal?.kind === 'move' && <MoveMemberModal person={modal.person} onDone={onClose} />}
      {modal?.kind === 'head' && (
        <ChangeHeadModal person={modal.person} former={head} onDone={onClose} />
      )}
      {modal?.kind === 'privacy' && (
        <SubjectRequestPanel
          personId={modal.person.id}
          onDeleted={() => (members.length === 1 ? onFamilyGone() : onClose())}
        />
      )}
      {modal?.kind === 'delete' && (
        <DeleteMemberModal
          person={modal.person}
          lastMember={members.length === 1}
          onDone={(gone) => (gone ? onFamilyGone() : onClose())}
        />
      )}
    </Modal>
  );
}

/** What the family card suggests for fields the import left unknown; confirmed by a click. */
function suggestionsFor(person: PersonRow, members: readonly PersonRow[]) {
  if (!person.fieldsToComplete?.includes('statusKawin')) return undefined;
  const marital = suggestedMarital(person, members, todayIso());
  return marital ? { statusKawin: { value: marital, label: MARITAL_LABELS[marital] } } : undefined;
}

function todayIso(): string {
  const { year, month, day } = localCalendarDate(new Date());
  return isoDate(year, month, day);
}

function EditFamily({ family, onDone }: { family: Family; onDone: () => void }) {
  const { db } = useDatabase();
  const [values, setValues] = useState<FamilyDraft>({
    noKk: family.noKk,
    alamat: family.alamat,
    rt: family.rt,
    rw: family.rw,
  });
  const [idDtks, setIdDtks] = useState(family.idDtks ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const idChanged = idDtks.trim() !== (family.idDtks ?? '');
  const { attach } = useUnsavedGuard<HTMLFormElement>({
    dirty:
      values.noKk !== family.noKk ||
      values.alamat !== family.alamat ||
      values.rt !== family.rt ||
      values.rw !== family.rw ||
      idChanged,
    focusFirst: false,
  });
  return (
    <form
      noValidate
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = familyInputSchema.safeParse(values);
        // Only a changed ID is checked: one the list gave stays as it came.
        const id = idChanged ? parseIdDtks(idDtks) : null;
        if (!parsed.success || (id && !id.ok)) {
          setErrors({
            ...(parsed.success ? {} : issuesToErrors(parsed.error.issues)),
            ...(id && !id.ok ? { idDtks: id.reason } : {}),
          });
          return;
        }
        void runAction(() => updateFamily(db, family.id, { ...values, idDtks }), {
          success: 'Data keluarga disimpan.',
          what: 'Menyimpan keluarga',
          inForm: isRegistryError,
        })
          .then(refusalIn)
          .then((refusal) => {
            if (!refusal) onDone();
            else if (refusal.field in values || refusal.field === 'idDtks')
              setErrors({ [refusal.field]: refusal.message });
            else setProblem(refusal.message);
          });
      }}
    >
      <Stack>
        <FamilyFields
          values={values}
          errors={errors}
          autoFocus
          exceptFamilyId={family.id}
          onChange={(key, value) => {
            setValues((current) => ({ ...current, [key]: value }));
            setErrors((current) => ({ ...current, [key]: undefined }) as FieldErrors);
          }}
        />
        <TextInput
          label="ID DTKS/DTSEN"
          name="idDtks"
          description="Dari prelist atau SIKS-NG; kosongkan bila keluarga belum terdaftar."
          autoComplete="off"
          maxLength={ID_DTKS_MAX + 10}
          value={idDtks}
          error={errors.idDtks}
          onChange={(event) => {
            setIdDtks(event.currentTarget.value);
            setErrors((current) => {
              const next = { ...current };
              delete next.idDtks;
              return next;
            });
          }}
        />
        {problem && <Alert color="red">{problem}</Alert>}
        <Group>
          <Button type="submit">Simpan</Button>
          <Button variant="default" onClick={onDone}>
            Batal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
