import { describe, expect, it } from 'vitest';
import { listAudit } from '../keamanan/audit-repository';
import { recordCekBansos, removeCekBansos } from './cek-bansos-repository';
import { seedIdentity, seedLockedMeeting } from '../testing/batch-seed';
import { freshDatabase } from '../testing/helpers';

const NOW = new Date('2026-11-23T02:00:00.000Z');

async function setup() {
  const db = freshDatabase();
  await seedIdentity(db);
  const { people } = await seedLockedMeeting(db, [{ decision: 'layak' }, { decision: 'layak' }]);
  return { db, person: people[0]!, other: people[1]! };
}

describe('Cek Bansos records on the family', () => {
  it('records a check and a filing, each logged, kept with the family', async () => {
    const { db, person } = await setup();
    await recordCekBansos(
      db,
      person.familyId,
      {
        kind: 'cek',
        date: '2026-11-20',
        personId: person.personId,
        result: 'terdaftar',
        desil: 2,
        programmes: ['PKH', 'PBI-JK'],
      },
      NOW,
    );
    await recordCekBansos(
      db,
      person.familyId,
      { kind: 'sanggah', date: '2026-11-21', reference: 'SGH-778' },
      NOW,
    );
    const family = await db.families.get(person.familyId);
    expect(family?.cekBansos?.map((e) => e.kind)).toEqual(['cek', 'sanggah']);
    expect(family?.cekBansos?.[0]).toMatchObject({ desil: 2, programmes: ['PKH', 'PBI-JK'] });
    const audit = await listAudit(db, 2);
    expect(audit.map((row) => row.summary)).toEqual([
      'Sanggah lewat aplikasi Cek Bansos 2026-11-21, nomor SGH-778 dicatat',
      'Cek Bansos 2026-11-20: terdaftar, desil 2, program PKH, PBI-JK dicatat',
    ]);

    await removeCekBansos(db, person.familyId, family!.cekBansos![1]!.id);
    expect((await db.families.get(person.familyId))?.cekBansos).toHaveLength(1);
    expect((await listAudit(db, 1))[0]?.summary).toMatch(/^Catatan dihapus: Sanggah/);
  });

  it('refuses another family’s member, a future date and a missing reference, writing nothing', async () => {
    const { db, person, other } = await setup();
    const check = {
      kind: 'cek' as const,
      date: '2026-11-20',
      result: 'terdaftar' as const,
      programmes: [],
    };
    await expect(
      recordCekBansos(db, person.familyId, { ...check, personId: other.personId }, NOW),
    ).rejects.toThrow('bukan anggota keluarga ini');
    await expect(
      recordCekBansos(db, person.familyId, { ...check, date: '2026-12-01' }, NOW),
    ).rejects.toThrow('sesudah hari ini');
    await expect(
      recordCekBansos(
        db,
        person.familyId,
        { kind: 'usul', date: '2026-11-20', reference: '' },
        NOW,
      ),
    ).rejects.toThrow('wajib diisi');
    expect((await db.families.get(person.familyId))?.cekBansos).toBeUndefined();
  });
});
