import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { upgradeFrom } from '../../testing/helpers';

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
    expect(await db.people.where('nikKey').equals('6271014507900001').count()).toBe(1);
    expect(await db.people.where('familyId').equals('f1').count()).toBe(3);
    db.close();
  });
});
