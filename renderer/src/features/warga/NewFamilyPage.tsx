import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { SHDK } from '@shared/domain/core/entities';
import { maskNik } from '@shared/domain/warga/nik';
import { useDatabase } from '../../kit/database-context';
import { issuesToErrors } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import type { FieldErrors } from '../../kit/forms/useSchemaForm';
import { createFamily, isRegistryError } from '../../db/warga/repository';
import type { RegistryError } from '../../db/warga/repository';
import { familyInputSchema } from '../../../../shared/domain/warga/registry-schema';
import type { MemberData } from '../../../../shared/domain/warga/registry-schema';
import { getIdentity } from '../../db/pengaturan/repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { FamilyFields } from './FamilyFields';
import type { FamilyDraft } from './FamilyFields';
import { draftFromPerson, emptyDraft } from './member-draft';
import type { MemberDraft } from './member-draft';
import { MemberForm } from './MemberForm';
import { formatDate } from './warga-format';

/** Sensible defaults for the next member, so a family of four is mostly Enter and Tab. */
function nextDraft(members: MemberData[]): MemberDraft {
  const head = members.find((member) => member.shdk === 1);
  if (!head) return emptyDraft({ shdk: '1' });
  const spouse = members.find((member) => member.shdk === 2 || member.shdk === 3);
  const mother =
    members.find((member) => member.shdk === 3) ?? (head.jenisKelamin === 'P' ? head : undefined);
  if (!spouse && members.length === 1) {
    return emptyDraft({
      shdk: head.jenisKelamin === 'L' ? '3' : '2',
      statusKawin: 'kawin',
      agama: head.agama,
    });
  }
  return emptyDraft({
    shdk: '4',
    statusKawin: 'belum_kawin',
    agama: head.agama,
    namaIbuKandung: mother?.nama ?? '',
  });
}

export function NewFamilyPage() {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const identity = useLiveQuery(() => getIdentity(db), [db]);
  const [family, setFamily] = useState<FamilyDraft>({ noKk: '', alamat: '', rt: '', rw: '' });
  const [familyErrors, setFamilyErrors] = useState<FieldErrors>({});
  const [kkTaken, setKkTaken] = useState<RegistryError | null>(null);
  const [members, setMembers] = useState<MemberData[]>([]);
  const [formDraft, setFormDraft] = useState<MemberDraft>(() => nextDraft([]));
  const [formKey, setFormKey] = useState(0);
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

  const resetForm = (list: MemberData[], draft = nextDraft(list)) => {
    setFormDraft(draft);
    setFormKey((key) => key + 1);
  };

  const addToList = async (member: MemberData): Promise<RegistryError | null> => {
    const list = [...members, member];
    setMembers(list);
    setProblem(null);
    resetForm(list);
    return null;
  };

  const editPending = (index: number) => {
    const member = members[index];
    if (!member) return;
    const rest = members.filter((_, i) => i !== index);
    setMembers(rest);
    resetForm(rest, draftFromPerson(member));
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
      if (isRegistryError(error)) {
        if (
          error.field === 'noKk' ||
          error.field === 'alamat' ||
          error.field === 'rt' ||
          error.field === 'rw'
        ) {
          setFamilyErrors({ [error.field]: error.message });
        } else {
          const who =
            error.memberIndex === undefined ? '' : `Anggota ke-${error.memberIndex + 1}: `;
          setProblem(`${who}${error.message}`);
        }
      } else {
        setProblem(describeStorageError(error, 'Menyimpan keluarga'));
      }
    } finally {
      setSaving(false);
    }
  };

  const pendingNiks = new Map(members.map((member) => [member.nik, member.nama]));
  const hasHead = members.some((member) => member.shdk === 1);

  return (
    <Stack maw={1100} ref={attach}>
      <Group justify="space-between">
        <Title order={2}>Daftarkan keluarga baru</Title>
        <Button component={Link} to="/warga" variant="subtle">
          Kembali ke daftar
        </Button>
      </Group>
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
            errors={familyErrors}
            autoFocus={members.length === 0}
            onDuplicate={setKkTaken}
            onChange={(key, value) => {
              setFamily((current) => ({ ...current, [key]: value }));
              setFamilyErrors((current) => ({ ...current, [key]: undefined }) as FieldErrors);
            }}
          />
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </form>
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          Anggota keluarga ({members.length})
        </Title>
        {members.length > 0 && (
          <Table mb="md" striped withTableBorder aria-label="Anggota yang akan disimpan">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>No</Table.Th>
                <Table.Th>Nama</Table.Th>
                <Table.Th>NIK</Table.Th>
                <Table.Th>Hubungan</Table.Th>
                <Table.Th>L/P</Table.Th>
                <Table.Th>Tanggal lahir</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member, index) => (
                <Table.Tr key={member.nik}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>{member.nama}</Table.Td>
                  <Table.Td ff="monospace">{maskNik(member.nik)}</Table.Td>
                  <Table.Td>{SHDK[member.shdk]}</Table.Td>
                  <Table.Td>{member.jenisKelamin}</Table.Td>
                  <Table.Td>{formatDate(member.tanggalLahir)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end">
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => editPending(index)}
                      >
                        Ubah
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setMembers(members.filter((_, i) => i !== index))}
                      >
                        Buang
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text fw={600} mb="xs">
          {hasHead ? `Anggota ke-${members.length + 1}` : 'Kepala Keluarga'}
        </Text>
        <MemberForm
          key={formKey}
          initial={formDraft}
          kodeWilayah={kodeWilayah}
          head={hasHead ? 'forbidden' : 'allowed'}
          pendingNiks={pendingNiks}
          autoFocus={members.length > 0}
          submitLabel="Tambahkan ke daftar anggota"
          onDirtyChange={onDirtyChange}
          guarded={false}
          onSubmit={addToList}
        />
      </Paper>
      {problem && (
        <Alert color="red" role="alert" data-testid="save-problem">
          {problem}
        </Alert>
      )}
      <Group>
        <Button
          size="md"
          data-save
          onClick={() => void save()}
          loading={saving}
          disabled={!hasHead}
        >
          Simpan keluarga ({members.length} anggota)
        </Button>
        {!hasHead && (
          <Text size="sm" c="dimmed">
            Tambahkan Kepala Keluarga lebih dulu.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
