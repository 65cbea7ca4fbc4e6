import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../schema';
import { upgradeFrom } from '../../testing/helpers';

describe('version 8: rows remember the import that created them', () => {
  const IMPORT_TABLES = ['families', 'people', 'proposals'] as const;
  const v8 = SCHEMA_VERSIONS.find((schema) => schema.version === 8);
  const before = SCHEMA_VERSIONS.filter((schema) => schema.version < 8);

  it('only adds the importId index: every index of the version before is kept', () => {
    for (const table of IMPORT_TABLES) {
      const previous = [...before]
        .reverse()
        .find((schema) => typeof schema.stores[table] === 'string')?.stores[table];
      const parts = (spec: string | null | undefined) =>
        (spec ?? '').split(',').map((part) => part.trim());
      expect(parts(v8?.stores[table]), table).toEqual([...parts(previous), 'importId']);
    }
  });

  it('keeps existing rows, which belong to no import, and finds rows by their import', async () => {
    const [familyId, personId, proposalId, importId] = [newId(), newId(), newId(), newId()];
    const previousVersion = before[before.length - 1]?.version ?? 1;
    const db = await upgradeFrom(previousVersion, async (old) => {
      await old.table('families').add({
        id: familyId,
        noKk: '6271010101200001',
        alamat: 'Jl. Rajawali No. 5',
        rt: '001',
        rw: '002',
        kodeWilayah: '6271011001',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
      await old.table('people').add({
        id: personId,
        familyId,
        nik: '6271014507900001',
        nama: 'Siti Aminah',
        tanggalLahir: '1990-07-05',
        statusKeberadaan: 'ada',
        searchTokens: ['siti', 'aminah'],
        dupNameKey: '',
        dupMotherKey: '',
      });
      await old.table('proposals').add({
        id: proposalId,
        familyId,
        personId,
        status: 'draf',
        kind: 'baru',
        period: 'November 2026',
        createdAt: '2026-11-01T00:00:00.000Z',
        history: [],
      });
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect((await db.families.get(familyId))?.noKk).toBe('6271010101200001');
    expect((await db.people.get(personId))?.nama).toBe('Siti Aminah');
    expect((await db.proposals.get(proposalId))?.period).toBe('November 2026');
    // Sparse: rows without an import are not in the index at all.
    for (const table of IMPORT_TABLES)
      expect(await db.table(table).orderBy('importId').count()).toBe(0);
    await db.proposals.update(proposalId, { importId });
    expect(await db.proposals.where('importId').equals(importId).primaryKeys()).toEqual([
      proposalId,
    ]);
    db.close();
  });
});
