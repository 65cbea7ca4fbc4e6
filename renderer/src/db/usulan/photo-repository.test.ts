import { beforeEach, describe, expect, it } from 'vitest';
import type { Proposal } from '@shared/domain/core/entities';
import { MAX_PHOTOS_PER_PROPOSAL, MAX_STORED_PHOTO_BYTES } from '@shared/domain/usulan/house-photo';
import { listAudit } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import { addPhoto, listPhotos, removePhoto } from './photo-repository';
import { createProposal } from './repository';
import { freshDatabase } from '../testing/helpers';
import { headOf, proposalInput, seedFamilies } from '../testing/usulan-fixtures';

const NOW = new Date(2026, 10, 5, 10, 0);

let db: DtksDatabase;
let proposal: Proposal;

beforeEach(async () => {
  db = freshDatabase();
  const { families, people } = await seedFamilies(db, 8);
  const family = families[0];
  if (!family) throw new Error('tidak ada keluarga');
  proposal = await createProposal(db, proposalInput(family, headOf(people, family)), NOW);
});

const jpeg = (bytes = 2048) => new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });

// fake-indexeddb cannot clone a jsdom Blob, so these tests check what is stored
// around the picture; the bytes themselves are checked end to end in Chromium.
describe('photos', () => {
  it('attaches a downscaled photo, ticks the checklist and logs without the bytes', async () => {
    const photo = await addPhoto(
      db,
      {
        proposalId: proposal.id,
        blob: jpeg(),
        width: 1280,
        height: 960,
        caption: ' Tampak depan ',
      },
      NOW,
    );
    expect(photo.caption).toBe('Tampak depan');
    expect(photo.takenAt).toBe(NOW.toISOString());
    expect((await db.proposals.get(proposal.id))?.documents.fotoRumah).toBe(true);
    const [entry] = await listAudit(db);
    expect(entry).toMatchObject({ action: 'create', entity: 'foto rumah', entityId: photo.id });
    expect(entry?.after).toMatchObject({ width: 1280, height: 960, bytes: 2048 });
    expect(JSON.stringify(entry?.after)).not.toContain('blob');
    expect((await listPhotos(db, proposal.id)).map((row) => row.id)).toEqual([photo.id]);
  });

  it('refuses what was not downscaled: wrong type, too many bytes, too many pixels', async () => {
    const base = { proposalId: proposal.id, width: 800, height: 600, caption: '' };
    await expect(
      addPhoto(db, { ...base, blob: new Blob(['x'], { type: 'image/png' }) }),
    ).rejects.toThrow('JPEG');
    await expect(addPhoto(db, { ...base, blob: jpeg(MAX_STORED_PHOTO_BYTES + 1) })).rejects.toThrow(
      'terlalu besar',
    );
    await expect(addPhoto(db, { ...base, blob: jpeg(), width: 4000 })).rejects.toThrow('1280');
    expect(await db.photos.count()).toBe(0);
  });

  it('caps the number of photos per proposal', async () => {
    for (let i = 0; i < MAX_PHOTOS_PER_PROPOSAL; i += 1) {
      await addPhoto(db, {
        proposalId: proposal.id,
        blob: jpeg(),
        width: 10,
        height: 10,
        caption: '',
      });
    }
    await expect(
      addPhoto(db, { proposalId: proposal.id, blob: jpeg(), width: 10, height: 10, caption: '' }),
    ).rejects.toThrow(`paling banyak ${MAX_PHOTOS_PER_PROPOSAL} foto`);
  });

  it('removes a photo with an audit entry, but not from a decided proposal', async () => {
    const photo = await addPhoto(db, {
      proposalId: proposal.id,
      blob: jpeg(),
      width: 10,
      height: 10,
      caption: '',
    });
    await removePhoto(db, photo.id);
    expect(await db.photos.count()).toBe(0);
    expect((await listAudit(db))[0]).toMatchObject({ action: 'delete', entityId: photo.id });

    const kept = await addPhoto(db, {
      proposalId: proposal.id,
      blob: jpeg(),
      width: 10,
      height: 10,
      caption: '',
    });
    await db.proposals.update(proposal.id, { status: 'diputuskan' });
    await expect(removePhoto(db, kept.id)).rejects.toThrow('sudah diputuskan');
    await expect(
      addPhoto(db, { proposalId: proposal.id, blob: jpeg(), width: 10, height: 10, caption: '' }),
    ).rejects.toThrow('sudah diputuskan');
  });
});
