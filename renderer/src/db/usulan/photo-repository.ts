import type { HousePhoto } from '@shared/domain/core/entities';
import {
  MAX_PHOTO_SIDE,
  MAX_PHOTOS_PER_PROPOSAL,
  MAX_STORED_PHOTO_BYTES,
} from '@shared/domain/usulan/house-photo';
import { isOpenStatus } from '@shared/domain/usulan/proposal';
import { newId } from '@shared/domain/core/ids';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { UsulanError } from './repository';
import { currentActor } from '../pengaturan/repository';

const ENTITY = 'foto rumah';

export type NewPhoto = {
  proposalId: string;
  blob: Blob;
  width: number;
  height: number;
  caption: string;
  /** When the picture was taken, if known; otherwise when it was attached. */
  takenAt?: string;
};

/** The audit log records the photo, never its bytes. */
function describe(photo: HousePhoto) {
  return {
    id: photo.id,
    proposalId: photo.proposalId,
    width: photo.width,
    height: photo.height,
    bytes: photo.blob.size,
    caption: photo.caption,
    takenAt: photo.takenAt,
  };
}

/** Stores an already downscaled JPEG and ticks "foto rumah" on the checklist. */
export async function addPhoto(
  db: DtksDatabase,
  input: NewPhoto,
  now = new Date(),
): Promise<HousePhoto> {
  checkPermission(db, 'create', 'foto rumah');
  if (input.blob.type !== 'image/jpeg') {
    throw new UsulanError('Foto harus disimpan sebagai JPEG yang sudah diperkecil');
  }
  if (input.blob.size > MAX_STORED_PHOTO_BYTES) {
    throw new UsulanError(
      'Foto masih terlalu besar untuk disimpan (maksimal 1 MB setelah diperkecil)',
    );
  }
  if (
    !Number.isInteger(input.width) ||
    !Number.isInteger(input.height) ||
    input.width < 1 ||
    input.height < 1 ||
    Math.max(input.width, input.height) > MAX_PHOTO_SIDE
  ) {
    throw new UsulanError(`Ukuran foto tidak sah (sisi terpanjang maksimal ${MAX_PHOTO_SIDE} px)`);
  }
  const caption = input.caption.trim().slice(0, 200);
  return db.transaction('rw', [db.proposals, db.photos, db.settings, db.audit], async () => {
    const proposal = await db.proposals.get(input.proposalId);
    if (!proposal) throw new UsulanError('Usulan tidak ditemukan');
    if (!isOpenStatus(proposal.status)) {
      throw new UsulanError('Usulan yang sudah diputuskan tidak dapat diberi foto baru');
    }
    const count = await db.photos.where('proposalId').equals(proposal.id).count();
    if (count >= MAX_PHOTOS_PER_PROPOSAL) {
      throw new UsulanError(`Satu usulan paling banyak ${MAX_PHOTOS_PER_PROPOSAL} foto rumah`);
    }
    const at = now.toISOString();
    const photo: HousePhoto = {
      id: newId(),
      proposalId: proposal.id,
      blob: input.blob,
      width: input.width,
      height: input.height,
      takenAt: input.takenAt ?? at,
      caption,
    };
    await db.photos.add(photo);
    if (!proposal.documents.fotoRumah) {
      await db.proposals.put({
        ...proposal,
        documents: { ...proposal.documents, fotoRumah: true },
        updatedAt: at,
      });
    }
    await appendAudit(
      db,
      {
        actor: await currentActor(db),
        action: 'create',
        entity: ENTITY,
        entityId: photo.id,
        summary: `Foto rumah dilampirkan pada usulan (${photo.width}×${photo.height} px${caption ? `, ${caption}` : ''})`,
        after: describe(photo),
      },
      now,
    );
    return photo;
  });
}

export async function removePhoto(db: DtksDatabase, id: string, now = new Date()): Promise<void> {
  checkPermission(db, 'delete', 'foto rumah');
  await db.transaction('rw', [db.proposals, db.photos, db.settings, db.audit], async () => {
    const photo = await db.photos.get(id);
    if (!photo) return;
    const proposal = await db.proposals.get(photo.proposalId);
    if (proposal && !isOpenStatus(proposal.status)) {
      throw new UsulanError('Foto pada usulan yang sudah diputuskan tidak dapat dihapus');
    }
    await db.photos.delete(id);
    await appendAudit(
      db,
      {
        actor: await currentActor(db),
        action: 'delete',
        entity: ENTITY,
        entityId: id,
        summary: 'Foto rumah dihapus dari usulan',
        before: describe(photo),
      },
      now,
    );
  });
}

/** Oldest first, in the order they were taken. */
export async function listPhotos(db: DtksDatabase, proposalId: string): Promise<HousePhoto[]> {
  const rows = await db.photos.where('proposalId').equals(proposalId).toArray();
  return rows.sort((a, b) => a.takenAt.localeCompare(b.takenAt));
}
