import { describe, expect, it } from 'vitest';
import { hasExistingOverlap } from '@shared/domain/warga/overlap';
import { addAid, listAidForFamily, removeAid } from './aid-repository';
import { createFamily, getFamilyDetail, RegistryError } from './repository';
import { FAMILY, FAMILY_OF_FOUR, KODE } from '../testing/registry-fixtures';
import { freshDatabase } from '../testing/helpers';

async function setup() {
  const db = freshDatabase();
  const familyId = await createFamily(db, {
    family: FAMILY,
    members: FAMILY_OF_FOUR,
    kodeWilayah: KODE,
  });
  return { db, familyId };
}

describe('aid repository', () => {
  it('records aid in its own audited transaction and lists it by date', async () => {
    const { db, familyId } = await setup();
    const pkh = await addAid(db, familyId, {
      programme: 'PKH',
      level: 'pusat',
      since: '2021-05-01',
    });
    await addAid(db, familyId, { programme: 'PBI-JK', level: 'pusat', since: '2019-01-01' });
    expect(pkh.overlapping).toBe(false);
    const list = await listAidForFamily(db, familyId);
    expect(list.map((item) => item.programme)).toEqual(['PBI-JK', 'PKH']);
    const entry = await db.audit.orderBy('seq').last();
    expect(entry).toMatchObject({ action: 'create', entity: 'bantuan', entityId: familyId });
    expect(entry?.after).toMatchObject({ programme: 'PBI-JK', level: 'pusat' });
    expect((await getFamilyDetail(db, familyId))?.aid).toHaveLength(2);
  });

  it('reports the overlap when regional aid joins central aid', async () => {
    const { db, familyId } = await setup();
    await addAid(db, familyId, { programme: 'BPNT/Sembako', level: 'pusat', since: '2022-01-01' });
    const regional = await addAid(db, familyId, {
      programme: 'Bansos Daerah',
      level: 'kota',
      since: '2024-01-01',
    });
    expect(regional.overlapping).toBe(true);
    expect(hasExistingOverlap(await listAidForFamily(db, familyId))).toBe(true);
    expect((await db.audit.orderBy('seq').last())?.summary).toContain('tumpang tindih');
  });

  it('records aid for one member only when that person belongs to the family', async () => {
    const { db, familyId } = await setup();
    const child = (await getFamilyDetail(db, familyId))?.members[3];
    const result = await addAid(db, familyId, {
      programme: 'PBI-JK',
      level: 'pusat',
      since: '2023-02-01',
      personId: child?.id,
    });
    expect((await db.aid.get(result.id))?.personId).toBe(child?.id);
    await expect(
      addAid(db, familyId, {
        programme: 'PKH',
        level: 'pusat',
        since: '2023-02-01',
        personId: 'x',
      }),
    ).rejects.toThrow('Penerima bukan anggota keluarga ini');
  });

  it('refuses the same programme twice for the same recipient and bad input', async () => {
    const { db, familyId } = await setup();
    await addAid(db, familyId, { programme: 'PKH', level: 'pusat', since: '2021-05-01' });
    await expect(
      addAid(db, familyId, { programme: 'PKH', level: 'pusat', since: '2022-05-01' }),
    ).rejects.toThrow('Bantuan PKH sudah tercatat');
    const error = await addAid(db, familyId, { programme: 'BLT', level: 'pusat', since: '' }).catch(
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).field).toBe('since');
    expect(await db.aid.count()).toBe(1);
  });

  it('removes aid with a reason and keeps the before state in the log', async () => {
    const { db, familyId } = await setup();
    const { id } = await addAid(db, familyId, {
      programme: 'BLT',
      level: 'pusat',
      since: '2020-04-01',
    });
    await expect(removeAid(db, id, ' ')).rejects.toThrow('Alasan wajib diisi');
    await removeAid(db, id, 'Program berakhir');
    expect(await db.aid.count()).toBe(0);
    const entry = await db.audit.orderBy('seq').last();
    expect(entry).toMatchObject({ action: 'delete', entityId: familyId });
    expect(entry?.before).toMatchObject({ programme: 'BLT' });
  });
});
