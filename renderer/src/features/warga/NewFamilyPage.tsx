import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useDatabase } from '../../kit/database-context';
import { issuesToErrors } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import type { FieldErrors } from '../../kit/forms/useSchemaForm';
import { createFamily } from '../../db/warga/repository';
import type { RegistryError } from '../../db/warga/repository';
import { familyInputSchema } from '../../../../shared/domain/warga/registry-schema';
import type { MemberData } from '../../../../shared/domain/warga/registry-schema';
import { getIdentity } from '../../db/pengaturan/repository';
import { FamilyFields } from './FamilyFields';
import type { FamilyDraft } from './FamilyFields';
import { MemberForm } from './MemberForm';
import { PendingMembersTable } from './PendingMembersTable';
import { placeSaveFailure } from './save-family-failure';
import { usePendingMembers } from './usePendingMembers';
import type { PendingMembers } from './usePendingMembers';

export function NewFamilyPage() {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const identity = useLiveQuery(() => getIdentity(db), [db]);
  const [family, setFamily] = useState<FamilyDraft>({ noKk: '', alamat: '', rt: '', rw: '' });
  const [familyErrors, setFamilyErrors] = useState<FieldErrors>({});
  const [kkTaken, setKkTaken] = useState<RegistryError | null>(null);
  const pending = usePendingMembers();
  const { members } = pending;
  const [memberDirty, setMemberDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const onDirtyChange = useCallback((dirty: boolean) => setMemberDirty(dirty), []);
  const kodeWilayah = identity?.kodeWilayah ?? '';
  const dirty =
    memberDirty || members.length > 0 || Object.values(family).some((value) => value !== '');
  // The family's own fields and the member form take focus themselves (autoFocus).
  const { allowLeave, attach } = useUnsavedGuard({
    dirty,
    save: () => void save(),
    focusFirst: false,
  });

  const addToList = async (member: MemberData): Promise<RegistryError | null> => {
    pending.add(member);
    setProblem(null);
    return null;
  };

  const save = async () => {
    const parsed = familyInputSchema.safeParse(family);
    if (!parsed.success) {
      setFamilyErrors(issuesToErrors(parsed.error.issues));
      return;
    }
    if (kkTaken) return;
    if (memberDirty) {
      setProblem(
        'Anggota yang sedang diisi belum ditambahkan. Tekan "Tambahkan ke daftar anggota" dulu, atau kosongkan NIK dan namanya.',
      );
      return;
    }
    setSaving(true);
    try {
      const id = await createFamily(db, { family, members, kodeWilayah });
      notifications.show({
        color: 'teal',
        message: `Keluarga ${members.find((m) => m.shdk === 1)?.nama ?? ''} tersimpan.`,
      });
      allowLeave();
      navigate(`/warga/${id}`);
    } catch (error) {
      const failure = placeSaveFailure(error);
      if ('field' in failure) setFamilyErrors({ [failure.field]: failure.message });
      else setProblem(failure.problem);
    } finally {
      setSaving(false);
    }
  };

  const hasHead = members.some((member) => member.shdk === 1);

  return (
    <Stack maw={1100} ref={attach}>
      <Group justify="space-between">
        <Title order={2}>Daftarkan keluarga baru</Title>
        <Button component={Link} to="/warga" variant="subtle">
          Kembali ke daftar
        </Button>
      </Group>
      <FamilyCardSection
        family={family}
        errors={familyErrors}
        autoFocus={members.length === 0}
        onDuplicate={setKkTaken}
        onChange={(key, value) => {
          setFamily((current) => ({ ...current, [key]: value }));
          setFamilyErrors((current) => ({ ...current, [key]: undefined }) as FieldErrors);
        }}
      />
      <MembersSection
        pending={pending}
        hasHead={hasHead}
        kodeWilayah={kodeWilayah}
        onDirtyChange={onDirtyChange}
        onAdd={addToList}
      />
      {problem && (
        <Alert color="red" role="alert" data-testid="save-problem">
          {problem}
        </Alert>
      )}
      <SaveFamilyBar
        count={members.length}
        hasHead={hasHead}
        saving={saving}
        onSave={() => void save()}
      />
    </Stack>
  );
}

/** The family card's own fields; Enter there moves on to the first member's NIK. */
function FamilyCardSection({
  family,
  errors,
  autoFocus,
  onDuplicate,
  onChange,
}: {
  family: FamilyDraft;
  errors: FieldErrors;
  autoFocus: boolean;
  onDuplicate: (refusal: RegistryError | null) => void;
  onChange: (key: keyof FamilyDraft, value: string) => void;
}) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        Kartu Keluarga
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          document.getElementById('member-nik')?.focus();
        }}
      >
        <FamilyFields
          values={family}
          errors={errors}
          autoFocus={autoFocus}
          onDuplicate={onDuplicate}
          onChange={onChange}
        />
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </form>
    </Paper>
  );
}

/** The members listed so far and the form for the next one (the head first). */
function MembersSection({
  pending,
  hasHead,
  kodeWilayah,
  onDirtyChange,
  onAdd,
}: {
  pending: PendingMembers;
  hasHead: boolean;
  kodeWilayah: string;
  onDirtyChange: (dirty: boolean) => void;
  onAdd: (member: MemberData) => Promise<RegistryError | null>;
}) {
  const { members } = pending;
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        Anggota keluarga ({members.length})
      </Title>
      {members.length > 0 && (
        <PendingMembersTable members={members} onEdit={pending.edit} onRemove={pending.remove} />
      )}
      <Text fw={600} mb="xs">
        {hasHead ? `Anggota ke-${members.length + 1}` : 'Kepala Keluarga'}
      </Text>
      <MemberForm
        key={pending.formKey}
        initial={pending.formDraft}
        kodeWilayah={kodeWilayah}
        head={hasHead ? 'forbidden' : 'allowed'}
        pendingNiks={new Map(members.map((member) => [member.nik, member.nama]))}
        autoFocus={members.length > 0}
        submitLabel="Tambahkan ke daftar anggota"
        onDirtyChange={onDirtyChange}
        guarded={false}
        onSubmit={onAdd}
      />
    </Paper>
  );
}

/** "Simpan keluarga", open once the family has its head. */
function SaveFamilyBar({
  count,
  hasHead,
  saving,
  onSave,
}: {
  count: number;
  hasHead: boolean;
  saving: boolean;
  onSave: () => void;
}) {
  return (
    <Group>
      <Button size="md" data-save onClick={onSave} loading={saving} disabled={!hasHead}>
        Simpan keluarga ({count} anggota)
      </Button>
      {!hasHead && (
        <Text size="sm" c="dimmed">
          Tambahkan Kepala Keluarga lebih dulu.
        </Text>
      )}
    </Group>
  );
}
