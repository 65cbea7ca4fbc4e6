import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Radio,
  ScrollArea,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { SHDK } from '@shared/domain/core/entities';
import type { Family, PersonRow, PresenceStatus, ShdkCode } from '@shared/domain/core/entities';
import { maskNoKk } from '@shared/domain/warga/kk';
import { useDatabase } from '../../kit/database-context';
import {
  changeHead,
  deleteMember,
  isRegistryError,
  moveMember,
  searchPeople,
  setPresenceStatus,
} from '../../db/warga/repository';
import type { RegistryError } from '../../db/warga/repository';
import { refusalIn, runAction } from '../../kit/run-action';
import { PRESENCE_LABELS, PRESENCE_OPTIONS, SHDK_OPTIONS } from './warga-format';

const NON_HEAD = SHDK_OPTIONS.filter((option) => option.value !== '1');

/** A small form: fields, a refusal if any, and the two buttons. Enter submits. */
function ActionForm(props: {
  children: ReactNode;
  submitLabel: string;
  color?: string;
  onSubmit: () => Promise<RegistryError | null>;
  onCancel: () => void;
}) {
  const [refusal, setRefusal] = useState<RegistryError | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void props.onSubmit().then((result) => {
          setBusy(false);
          setRefusal(result);
        });
      }}
    >
      <Stack>
        {props.children}
        {refusal && (
          <Alert color="red" role="alert">
            {refusal.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" color={props.color} loading={busy}>
            {props.submitLabel}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            Batal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function StatusModal({ person, onDone }: { person: PersonRow; onDone: () => void }) {
  const { db } = useDatabase();
  const [status, setStatus] = useState<PresenceStatus>(person.statusKeberadaan);
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      submitLabel="Simpan status"
      onCancel={onDone}
      onSubmit={async () => {
        const refusal = await runAction(() => setPresenceStatus(db, person.id, status, reason), {
          success: `Status ${person.nama}: ${PRESENCE_LABELS[status]}.`,
          what: 'Menyimpan status',
          inForm: isRegistryError,
        }).then(refusalIn);
        if (!refusal) onDone();
        return refusal;
      }}
    >
      <NativeSelect
        label="Status keberadaan"
        data={PRESENCE_OPTIONS}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as PresenceStatus)}
      />
      <TextInput
        label="Alasan atau dasar perubahan"
        description="Misalnya nomor akta kematian, surat pindah, atau hasil kunjungan"
        required={status !== 'ada'}
        data-autofocus
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <Text size="xs" c="dimmed">
        Warga yang meninggal atau pindah tetap tercatat dengan statusnya; usulan nonaktif dibuat di
        menu Usulan.
      </Text>
    </ActionForm>
  );
}

export function MoveMemberModal({ person, onDone }: { person: PersonRow; onDone: () => void }) {
  const { db } = useDatabase();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  const [target, setTarget] = useState('');
  const [shdk, setShdk] = useState(String(person.shdk));
  const [reason, setReason] = useState('');
  const hits = useLiveQuery(
    () => (debounced.trim() ? searchPeople(db, debounced, { limit: 40 }) : Promise.resolve([])),
    [db, debounced],
  );
  const families = new Map<string, { family: Family; names: string[] }>();
  for (const hit of hits ?? []) {
    if (hit.family.id === person.familyId) continue;
    const entry = families.get(hit.family.id) ?? { family: hit.family, names: [] };
    entry.names.push(`${hit.person.nama} (${SHDK[hit.person.shdk]})`);
    families.set(hit.family.id, entry);
  }
  return (
    <ActionForm
      submitLabel="Pindahkan"
      onCancel={onDone}
      onSubmit={async () => {
        if (!target) return null;
        const refusal = await runAction(
          () => moveMember(db, person.id, target, reason, Number(shdk) as ShdkCode),
          {
            success: `${person.nama} dipindahkan.`,
            what: 'Memindahkan anggota',
            inForm: isRegistryError,
          },
        ).then(refusalIn);
        if (!refusal) onDone();
        return refusal;
      }}
    >
      <TextInput
        label="Cari keluarga tujuan"
        description="Nama salah satu anggota, NIK, atau No. KK"
        data-autofocus
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <Radio.Group label="Keluarga tujuan" value={target} onChange={setTarget}>
        <ScrollArea.Autosize mah={220}>
          <Stack gap={6} mt={4}>
            {[...families.values()].map(({ family, names }) => (
              <Radio
                key={family.id}
                value={family.id}
                label={`No. KK ${maskNoKk(family.noKk)} · ${family.alamat}, RT ${family.rt}/RW ${family.rw}`}
                description={names.join(', ')}
              />
            ))}
            {debounced.trim() && families.size === 0 && (
              <Text size="sm" c="dimmed">
                Tidak ada keluarga lain yang cocok.
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
      </Radio.Group>
      <NativeSelect
        label="Hubungan di keluarga tujuan"
        data={NON_HEAD}
        value={shdk}
        onChange={(e) => setShdk(e.currentTarget.value)}
      />
      <TextInput
        label="Alasan pindah"
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
    </ActionForm>
  );
}

export function ChangeHeadModal(props: {
  person: PersonRow;
  former: PersonRow | undefined;
  onDone: () => void;
}) {
  const { db } = useDatabase();
  const { person, former } = props;
  const [formerShdk, setFormerShdk] = useState(former?.jenisKelamin === 'L' ? '2' : '3');
  return (
    <ActionForm
      submitLabel="Jadikan kepala keluarga"
      onCancel={props.onDone}
      onSubmit={async () => {
        const refusal = await runAction(
          () => changeHead(db, person.familyId, person.id, Number(formerShdk) as ShdkCode),
          {
            success: `${person.nama} kini Kepala Keluarga.`,
            what: 'Mengganti kepala keluarga',
            inForm: isRegistryError,
          },
        ).then(refusalIn);
        if (!refusal) props.onDone();
        return refusal;
      }}
    >
      <Text>
        {person.nama} menjadi Kepala Keluarga.
        {former ? ` ${former.nama} tidak lagi menjadi kepala keluarga.` : ''}
      </Text>
      {former && (
        <NativeSelect
          label={`Hubungan baru ${former.nama}`}
          description="Jika kepala keluarga lama meninggal, ubah juga status keberadaannya."
          data={NON_HEAD}
          value={formerShdk}
          data-autofocus
          onChange={(e) => setFormerShdk(e.currentTarget.value)}
        />
      )}
    </ActionForm>
  );
}

export function DeleteMemberModal(props: {
  person: PersonRow;
  lastMember: boolean;
  onDone: (gone: boolean) => void;
}) {
  const { db } = useDatabase();
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      submitLabel={props.lastMember ? 'Hapus anggota dan keluarga' : 'Hapus'}
      color="red"
      onCancel={() => props.onDone(false)}
      onSubmit={async () => {
        const refusal = await runAction(() => deleteMember(db, props.person.id, reason), {
          success: `${props.person.nama} dihapus.`,
          what: 'Menghapus anggota',
          inForm: isRegistryError,
        }).then(refusalIn);
        if (!refusal) props.onDone(props.lastMember);
        return refusal;
      }}
    >
      <Alert color="orange">
        Hapus hanya untuk data yang salah input. Warga yang meninggal, pindah, atau tidak ditemukan
        tetap dicatat dengan mengubah status keberadaannya.
        {props.lastMember
          ? ' Ini anggota terakhir: keluarga dan data bantuannya ikut dihapus.'
          : ''}
      </Alert>
      <TextInput
        label="Alasan penghapusan"
        required
        data-autofocus
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
    </ActionForm>
  );
}
