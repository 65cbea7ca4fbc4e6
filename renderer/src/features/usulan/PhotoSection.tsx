import {
  Button,
  CloseButton,
  Group,
  Image,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useState } from 'react';
import type { HousePhoto, Proposal } from '@shared/domain/core/entities';
import { MAX_PHOTOS_PER_PROPOSAL } from '@shared/domain/usulan/house-photo';
import { isOpenStatus } from '@shared/domain/usulan/proposal';
import { RepickableFileButton } from '../../kit/forms/RepickableFileButton';
import { useConfirm } from '../../kit/confirm/useConfirm';
import { useDatabase } from '../../kit/database-context';
import { addPhoto, removePhoto } from '../../db/usulan/photo-repository';
import { isUsulanError } from '../../db/usulan/repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { downscalePhoto, PhotoError } from './downscale-photo';
import { formatInstant } from './StatusPanel';
import { usePhotos, usePhotoUrls } from './useUsulan';

const kb = (bytes: number) =>
  `${new Intl.NumberFormat('id-ID').format(Math.round(bytes / 1024))} KB`;

export function PhotoSection({ proposal }: { proposal: Proposal }) {
  const { db } = useDatabase();
  const photos = usePhotos(proposal.id);
  const urls = usePhotoUrls(photos);
  const [caption, setCaption] = useState('');
  const { confirm, dialog } = useConfirm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [viewing, setViewing] = useState<HousePhoto | null>(null);
  const open = isOpenStatus(proposal.status);
  const full = (photos?.length ?? 0) >= MAX_PHOTOS_PER_PROPOSAL;

  const attach = async (files: File[]) => {
    setError(null);
    setBusy(true);
    let added = 0;
    try {
      for (const file of files) {
        const scaled = await downscalePhoto(file);
        await addPhoto(db, {
          proposalId: proposal.id,
          ...scaled,
          caption,
          takenAt: file.lastModified ? new Date(file.lastModified).toISOString() : undefined,
        });
        added += 1;
      }
      if (added > 0) {
        notifications.show({ color: 'teal', message: `${added} foto rumah dilampirkan.` });
        setCaption('');
      }
    } catch (failure) {
      setError(
        failure instanceof PhotoError || isUsulanError(failure)
          ? failure.message
          : describeStorageError(failure, 'Menyimpan foto'),
      );
    } finally {
      setBusy(false);
    }
  };

  const remove = async (photo: HousePhoto) => {
    const ok = await confirm({
      title: 'Hapus foto ini?',
      message: 'Foto dihapus dari usulan dan dari komputer ini; penghapusan dicatat di log.',
      lost: [`Foto rumah ${photo.caption ? `"${photo.caption}"` : 'tanpa keterangan'}`],
      confirmLabel: 'Hapus foto',
    });
    if (!ok) return;
    try {
      await removePhoto(db, photo.id);
    } catch (failure) {
      showFailure({
        message: isUsulanError(failure)
          ? failure.message
          : describeStorageError(failure, 'Menghapus foto'),
      });
    }
  };

  return (
    <Paper withBorder p="md" data-testid="photo-section">
      {dialog}
      <Stack>
        <Text fw={600}>Foto rumah</Text>
        {open && (
          <Group align="flex-end">
            <TextInput
              label="Keterangan foto"
              placeholder="contoh: tampak depan, dapur, lantai"
              w={320}
              value={caption}
              onChange={(event) => setCaption(event.currentTarget.value)}
            />
            <RepickableFileButton
              onChange={(files) => void attach(files)}
              accept="image/*"
              multiple
            >
              {(props) => (
                <Button {...props} loading={busy} disabled={full}>
                  Tambah foto rumah
                </Button>
              )}
            </RepickableFileButton>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          Foto diperkecil otomatis (sisi terpanjang 1.280 px, JPEG) dan disimpan di komputer ini
          saja. Maksimal 15 MB per berkas, {MAX_PHOTOS_PER_PROPOSAL} foto per usulan.
        </Text>
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        {photos && photos.length === 0 && (
          <Text size="sm" c="dimmed">
            Belum ada foto rumah.
          </Text>
        )}
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {(photos ?? []).map((photo) => (
            <Stack key={photo.id} gap={4} data-testid="photo-thumb">
              <UnstyledButton
                onClick={() => setViewing(photo)}
                aria-label="Lihat foto ukuran penuh"
              >
                <Image
                  src={urls.get(photo.id)}
                  alt={photo.caption || 'Foto rumah'}
                  h={140}
                  fit="cover"
                  radius="sm"
                />
              </UnstyledButton>
              <Group justify="space-between" wrap="nowrap" gap={4}>
                <Text size="xs" lineClamp={2}>
                  {photo.caption || 'Tanpa keterangan'} · {photo.width}×{photo.height} ·{' '}
                  {kb(photo.blob.size)}
                </Text>
                {open && (
                  <CloseButton
                    size="sm"
                    aria-label="Hapus foto"
                    onClick={() => void remove(photo)}
                  />
                )}
              </Group>
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
      <Modal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        size="xl"
        title={viewing ? viewing.caption || 'Foto rumah' : ''}
      >
        {viewing && (
          <Stack>
            <Image src={urls.get(viewing.id)} alt={viewing.caption || 'Foto rumah'} />
            <Text size="xs" c="dimmed">
              Diambil {formatInstant(viewing.takenAt)} · {viewing.width}×{viewing.height} px
            </Text>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}
