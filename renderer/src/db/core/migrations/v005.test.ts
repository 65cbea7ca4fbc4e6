import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { upgradeFrom } from '../../testing/helpers';

describe('version 5: the ID DTKS moves from the prelist note into the family', () => {
  it('fills the family field, clears the note, and keeps an ID already stored', async () => {
    const listed = newId();
    const typed = newId();
    const plain = newId();
    const family = (id: string, noKk: string, extra: Record<string, unknown> = {}) => ({
      id,
      noKk,
      alamat: 'Jl. Rajawali No. 5',
      rt: '001',
      rw: '002',
      kodeWilayah: '6271011001',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...extra,
    });
    const proposal = (id: string, familyId: string, note: string) => ({
      id,
      familyId,
      personId: newId(),
      kind: 'perbaikan',
      source: 'prelist',
      status: 'verifikasi_lapangan',
      period: 'Juni 2026',
      note,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const [p1, p2, p3] = [newId(), newId(), newId()];
    const db = await upgradeFrom(4, async (old) => {
      await old
        .table('families')
        .bulkAdd([
          family(listed, '6271010101200001'),
          family(typed, '6271010101200002', { idDtks: 'DTKS-KETIK' }),
          family(plain, '6271010101200003'),
        ]);
      await old
        .table('proposals')
        .bulkAdd([
          proposal(p1, listed, 'Diimpor dari berkas prelist.xlsx; IDDTKS DTKS0000123'),
          proposal(p2, typed, 'Diimpor dari berkas prelist.xlsx; IDDTKS DTKS0000999'),
          proposal(p3, plain, 'Diusulkan RT 001'),
        ]);
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect((await db.families.get(listed))?.idDtks).toBe('DTKS0000123');
    expect((await db.families.get(typed))?.idDtks).toBe('DTKS-KETIK');
    expect(await db.families.get(plain)).not.toHaveProperty('idDtks');
    expect((await db.proposals.get(p1))?.note).toBe('Diimpor dari berkas prelist.xlsx');
    expect((await db.proposals.get(p2))?.note).toBe('Diimpor dari berkas prelist.xlsx');
    expect((await db.proposals.get(p3))?.note).toBe('Diusulkan RT 001');
    expect(await db.families.where('noKkKey').equals('6271010101200001').count()).toBe(1);
    db.close();
  });
});
