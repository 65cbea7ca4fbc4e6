import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useState } from 'react';
import { useDatabase } from '../../kit/database-context';
import {
  DUPLICATE_SORTS,
  markNotDuplicate,
  mergePeople,
} from '../../db/impor/duplicates-repository';
import type { DuplicateCandidate, DuplicateSort } from '../../db/impor/duplicates-repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { DuplicatePairCard } from './DuplicatePairCard';
import type { PairDraft } from './DuplicatePairCard';
import { DuplicateList } from './DuplicateList';
import { useDuplicateCandidates } from './useDuplicates';

const NO_DRAFT: PairDraft = { keep: null, note: '' };

type PendingMerge = { candidate: DuplicateCandidate; keepId: string; dropId: string; note: string };

/** Possible duplicates beyond the NIK, each pair decided once and kept decided. */
export function DuplicatesPage() {
  const { db } = useDatabase();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<DuplicateSort>('kuat');
  const result = useDuplicateCandidates(search, sort);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingMerge | null>(null);
  // Choices made on a pair outlive its card scrolling out of view.
  const [drafts, setDrafts] = useState<ReadonlyMap<string, PairDraft>>(new Map());

  const run = async (action: () => Promise<string>, what: string) => {
    setBusy(true);
    try {
      notifications.show({ color: 'teal', message: await action() });
    } catch (error) {
      showFailure({ title: `${what} gagal`, message: describeStorageError(error, what) });
    } finally {
      setBusy(false);
    }
  };

  const confirmMerge = async () => {
    if (!pending) return;
    const { keepId, dropId, note } = pending;
    setPending(null);
    await run(async () => {
      const merged = await mergePeople(db, keepId, dropId, note);
      const moved =
        merged.moved.proposals.length + merged.moved.aid.length + merged.moved.letters.length;
      return (
        `Data digabung ke ${merged.kept.nama}; ${moved} catatan terkait dipindahkan.` +
        (merged.droppedWasHead
          ? ' Data yang dihapus adalah Kepala Keluarga: tetapkan kepala keluarga baru di menu Warga.'
          : '')
      );
    }, 'Penggabungan');
  };

  const dropped =
    pending &&
    (pending.dropId === pending.candidate.a.id ? pending.candidate.a : pending.candidate.b);
  const kept =
    pending &&
    (pending.keepId === pending.candidate.a.id ? pending.candidate.a : pending.candidate.b);

  return (
    <Stack>
      <Title order={2}>Kemungkinan duplikat</Title>
      <Text size="sm" c="dimmed">
        Pasangan warga yang mungkin orang yang sama: NIK sama (dicatat di dua PC kantor sebelum
        sinkron), nama (tanpa gelar, ejaan lama disamakan) dan tanggal lahir sama, atau nama ibu
        kandung dan tanggal lahir sama. Setiap keputusan dicatat dan pasangan itu tidak ditampilkan
        lagi.
      </Text>
      <Group align="flex-end">
        <TextInput
          type="search"
          label="Cari pasangan"
          placeholder="Nama atau NIK salah satunya"
          w={280}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <NativeSelect
          label="Urutkan"
          value={sort}
          onChange={(event) => setSort(event.currentTarget.value as DuplicateSort)}
          data={Object.entries(DUPLICATE_SORTS).map(([value, label]) => ({ value, label }))}
        />
      </Group>
      {result === undefined ? (
        <Group>
          <Loader size="sm" />
          <Text size="sm">Mencari pasangan…</Text>
        </Group>
      ) : result.total === 0 ? (
        <Alert color="teal" role="status">
          {search.trim()
            ? 'Tidak ada pasangan yang belum diputuskan dengan nama atau NIK ini.'
            : 'Tidak ada kemungkinan duplikat yang belum diputuskan.'}
        </Alert>
      ) : (
        <>
          <Text fw={600} role="status">
            {result.total.toLocaleString('id-ID')} pasangan belum diputuskan
          </Text>
          <DuplicateList
            candidates={result.candidates}
            renderCard={(candidate) => (
              <DuplicatePairCard
                candidate={candidate}
                busy={busy}
                draft={drafts.get(candidate.pairKey) ?? NO_DRAFT}
                onDraftChange={(draft) =>
                  setDrafts((current) => new Map(current).set(candidate.pairKey, draft))
                }
                onNotDuplicate={(note) =>
                  void run(async () => {
                    await markNotDuplicate(db, candidate.a.id, candidate.b.id, note);
                    return 'Dicatat: bukan duplikat.';
                  }, 'Pencatatan keputusan')
                }
                onMerge={(keepId, dropId, note) => setPending({ candidate, keepId, dropId, note })}
              />
            )}
          />
        </>
      )}
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title="Gabungkan data warga?"
      >
        {pending && dropped && kept && (
          <Stack>
            <Text size="sm">
              Data <b>{dropped.nama}</b> akan dihapus. Usulan, bantuan dan surat yang tercatat atas
              namanya dipindahkan ke <b>{kept.nama}</b>. Kedua data lama disimpan di log aktivitas.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                Batal
              </Button>
              <Button color="orange" onClick={() => void confirmMerge()}>
                Ya, gabungkan
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
