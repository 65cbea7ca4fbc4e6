import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/ids';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';
import { freshDatabase, upgradeFrom } from './test-helpers';

describe('schema versions', () => {
  it('are append-only: strictly increasing and starting at 1', () => {
    expect(SCHEMA_VERSIONS[0]?.version).toBe(1);
    SCHEMA_VERSIONS.forEach((schema, index) => {
      if (index > 0)
        expect(schema.version).toBeGreaterThan(SCHEMA_VERSIONS[index - 1]?.version ?? 0);
    });
  });

  it('use UUID string primary keys for every table (first key is a plain "id" or a named key)', () => {
    for (const schema of SCHEMA_VERSIONS) {
      for (const [table, spec] of Object.entries(schema.stores)) {
        if (spec === null) continue;
        const primary = spec.split(',')[0]?.trim() ?? '';
        expect(primary.startsWith('++'), `${table} memakai kunci auto-increment`).toBe(false);
      }
    }
  });

  it('opens a new database at the latest version', async () => {
    const db = freshDatabase();
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });
});

describe('migration harness', () => {
  it('keeps version-1 data intact when opened by the current code', async () => {
    const db = await upgradeFrom(1, async (old) => {
      await old.table('settings').put({ key: 'kelurahan', value: { namaKelurahan: 'Pahandut' } });
      await old.table('families').add({
        id: 'f1',
        noKk: '6271010101200001',
        alamat: 'Jl. Rajawali No. 5',
        rt: '001',
        rw: '002',
        kodeWilayah: '6271011001',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect((await db.settings.get('kelurahan'))?.value).toEqual({ namaKelurahan: 'Pahandut' });
    expect((await db.families.get('f1'))?.noKk).toBe('6271010101200001');
    expect(await db.families.where('noKk').equals('6271010101200001').count()).toBe(1);
    db.close();
  });
});

describe('versions 2 and 3: leaner person indexes', () => {
  it('drops the unused indexes and fills the sparse presence index from existing people', async () => {
    const row = (id: string, nik: string, statusKeberadaan: string) => ({
      id,
      familyId: 'f1',
      nik,
      nama: `Warga ${id}`,
      tanggalLahir: '1990-01-01',
      statusKeberadaan,
      searchTokens: ['warga'],
      dupNameKey: '',
      dupMotherKey: '',
    });
    const db = await upgradeFrom(1, async (old) => {
      await old
        .table('people')
        .bulkAdd([
          row('p1', '6271014507880001', 'ada'),
          row('p2', '6271014507880002', 'meninggal'),
          row('p3', '6271014507880003', 'pindah'),
          row('p4', '6271014507880004', 'ada'),
        ]);
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const indexes = db.people.schema.indexes.map((index) => index.name).sort();
    // (importId: version 8; nikKey: version 10.)
    expect(indexes).toEqual(
      [
        'awayStatus',
        'dupMotherKey',
        'dupNameKey',
        'familyId',
        'importId',
        'nik',
        'nikKey',
        'searchTokens',
      ].sort(),
    );
    // Version 6 adds the decile index; the ones dropped by version 3 stay dropped.
    expect(db.families.schema.indexes.map((index) => index.name).sort()).toEqual([
      '[rw+rt]',
      'desil.value',
      'importId',
      'noKk',
      'noKkKey',
    ]);
    expect(await db.people.where('awayStatus').equals('meninggal').primaryKeys()).toEqual(['p2']);
    expect((await db.people.orderBy('awayStatus').primaryKeys()).sort()).toEqual(['p2', 'p3']);
    expect(await db.people.get('p1')).not.toHaveProperty('awayStatus');
    expect((await db.people.get('p3'))?.nama).toBe('Warga p3');
    expect(await db.people.count()).toBe(4);
    db.close();
  });
});

describe('version 4: import placeholders become unknown', () => {
  it('forgets every value an import listed as to be completed, and nothing else', async () => {
    const [imported, partly, typed] = [newId(), newId(), newId()];
    const person = (id: string, nik: string, extra: Record<string, unknown>) => ({
      id,
      familyId: 'f1',
      nik,
      nama: `Warga ${nik.slice(-4)}`,
      tempatLahir: 'Palangka Raya',
      tanggalLahir: '1990-07-05',
      jenisKelamin: 'P',
      shdk: 3,
      statusKawin: 'kawin',
      agama: 'Islam',
      pendidikan: 'Tidak/Belum Sekolah',
      pekerjaan: '',
      namaIbuKandung: 'Ibu',
      statusKeberadaan: 'ada',
      searchTokens: ['warga'],
      dupNameKey: '',
      dupMotherKey: '',
      ...extra,
    });
    const db = await upgradeFrom(3, async (old) => {
      await old.table('people').bulkAdd([
        person(imported, '6271014507900001', {
          fieldsToComplete: ['statusKawin', 'agama', 'pendidikan'],
        }),
        // The clerk had already put a job in; only the religion was still a placeholder.
        person(partly, '6271014507900002', {
          agama: 'Kristen',
          pendidikan: 'SD/Sederajat',
          pekerjaan: 'Pedagang',
          fieldsToComplete: ['agama'],
        }),
        person(typed, '6271014507900003', {
          agama: 'Katolik',
          pendidikan: 'S2',
          pekerjaan: 'Guru',
        }),
      ]);
    });
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);

    const first = await db.people.get(imported);
    expect(first).not.toHaveProperty('statusKawin');
    expect(first).not.toHaveProperty('agama');
    expect(first).not.toHaveProperty('pendidikan');
    expect(first?.pekerjaan).toBe('');
    expect(first?.fieldsToComplete).toEqual(['statusKawin', 'agama', 'pendidikan', 'pekerjaan']);
    expect(first?.nama).toBe('Warga 0001');

    const second = await db.people.get(partly);
    expect(second).not.toHaveProperty('agama');
    expect(second).toMatchObject({
      statusKawin: 'kawin',
      pendidikan: 'SD/Sederajat',
      pekerjaan: 'Pedagang',
      fieldsToComplete: ['agama'],
    });

    // Typed by a clerk, never listed: kept exactly.
    expect(await db.people.get(typed)).toMatchObject({
      statusKawin: 'kawin',
      agama: 'Katolik',
      pendidikan: 'S2',
      pekerjaan: 'Guru',
    });
    expect(await db.people.get(typed)).not.toHaveProperty('fieldsToComplete');
    // Indexes still answer after the rewrite.
    expect(await db.people.where('nik').equals('6271014507900001').count()).toBe(1);
    expect(await db.people.where('familyId').equals('f1').count()).toBe(3);
    db.close();
  });
});

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
    expect(await db.families.where('noKk').equals('6271010101200001').count()).toBe(1);
    db.close();
  });
});

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
