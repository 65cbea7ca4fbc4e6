import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { listAudit } from '../keamanan/audit-repository';
import { appendAudit } from '../keamanan/audit-repository';
import {
  getRegimeChoices,
  saveRegimeChoice,
  currentActor,
  deleteOfficial,
  getIdentity,
  getPeriod,
  listOfficials,
  saveIdentity,
  saveOfficial,
  saveOperator,
  savePeriod,
} from './repository';
import { freshDatabase } from '../testing/helpers';

const identity = {
  namaKelurahan: 'Pahandut',
  kecamatan: 'Pahandut',
  kota: 'Kota Palangka Raya',
  provinsi: 'Kalimantan Tengah',
  kodeWilayah: '62.71.01.1001',
  kodeSurat: 'KEL-PHD',
  alamatKantor: 'Jl. Kalimantan No. 1',
  telepon: '(0536) 3221234',
  email: '',
  kodePos: '73111',
  logoDataUrl: '',
};

describe('settings repository', () => {
  it('returns null before the first run and the identity after saving, normalised', async () => {
    const db = freshDatabase();
    expect(await getIdentity(db)).toBeNull();
    await saveIdentity(db, identity);
    expect(await getIdentity(db)).toEqual({ ...identity, kodeWilayah: '6271011001' });
  });

  it('refuses an invalid identity and writes nothing', async () => {
    const db = freshDatabase();
    await expect(saveIdentity(db, { ...identity, kodeWilayah: '123' })).rejects.toThrow();
    await expect(saveIdentity(db, { ...identity, namaKelurahan: '  ' })).rejects.toThrow(
      /wajib diisi/,
    );
    await expect(saveIdentity(db, { ...identity, email: 'bukan-email' })).rejects.toThrow();
    await expect(
      saveIdentity(db, { ...identity, logoDataUrl: 'data:text/html;base64,AAAA' }),
    ).rejects.toThrow();
    expect(await getIdentity(db)).toBeNull();
    expect(await db.audit.count()).toBe(0);
  });

  it('records every settings change in the audit log with the operator and the values before and after', async () => {
    const db = freshDatabase();
    await saveOperator(db, { nama: 'Siti' });
    await saveIdentity(db, identity);
    await saveIdentity(db, { ...identity, telepon: '0536 111' });
    const entries = await listAudit(db);
    expect(entries.map((entry) => entry.seq)).toEqual([3, 2, 1]);
    expect(entries[0]?.actor).toBe('Siti');
    expect((entries[0]?.before as { telepon: string }).telepon).toBe('(0536) 3221234');
    expect((entries[0]?.after as { telepon: string }).telepon).toBe('0536 111');
    expect(await currentActor(db)).toBe('Siti');
  });

  it('falls back to the default period and validates a saved one', async () => {
    const db = freshDatabase();
    expect(await getPeriod(db)).toEqual({ mode: 'bulanan', inputStartDay: 1, inputEndDay: 17 });
    await savePeriod(db, { mode: 'semester', inputStartDay: 1, inputEndDay: 20 });
    expect((await getPeriod(db)).mode).toBe('semester');
    await expect(
      savePeriod(db, { mode: 'bulanan', inputStartDay: 20, inputEndDay: 5 }),
    ).rejects.toThrow();
  });

  it('adds, edits and deletes officials, checking the NIP', async () => {
    const db = freshDatabase();
    const lurah = {
      id: crypto.randomUUID(),
      nama: 'Drs. Ahmad Yani',
      jabatan: 'Lurah',
      pangkatGolongan: 'Penata Tk. I (III/d)',
      nip: '19780512 200312 1 004',
      aktif: true,
    };
    await saveOfficial(db, lurah);
    expect((await listOfficials(db))[0]?.nip).toBe('197805122003121004');
    await expect(saveOfficial(db, { ...lurah, nip: '1978051220031210' })).rejects.toThrow();
    await expect(saveOfficial(db, { ...lurah, nip: '197805122003123004' })).rejects.toThrow();
    await deleteOfficial(db, lurah.id);
    expect(await listOfficials(db)).toEqual([]);
    expect((await listAudit(db)).map((entry) => entry.action)).toEqual(['delete', 'create']);
    // Any key the app makes is accepted (issue 21), a made-up one is not.
    await saveOfficial(db, { ...lurah, id: newId() });
    await expect(saveOfficial(db, { ...lurah, id: '../lurah' })).rejects.toThrow();
  });

  it('refuses an audit entry written outside a transaction', async () => {
    const db = freshDatabase();
    await expect(
      appendAudit(db, { actor: 'x', action: 'create', entity: 'x', entityId: 'x', summary: 'x' }),
    ).rejects.toThrow(/transaksi/);
  });
});

describe('regime per period', () => {
  it("stores the office's choice for a period, audited, and forgets it on return to default", async () => {
    const db = freshDatabase();
    expect(await getRegimeChoices(db)).toEqual({});
    await saveRegimeChoice(db, 'Januari 2025', 'dtks-permensos-3-2021');
    expect(await getRegimeChoices(db)).toEqual({ 'Januari 2025': 'dtks-permensos-3-2021' });
    const audit = await listAudit(db);
    expect(audit.some((entry) => entry.summary.includes('Rezim data periode Januari 2025'))).toBe(
      true,
    );
    await saveRegimeChoice(db, 'Januari 2025', undefined);
    expect(await getRegimeChoices(db)).toEqual({});
  });

  it('ignores a stored row that does not fit (a regime this version does not know)', async () => {
    const db = freshDatabase();
    await db.settings.put({ key: 'rezim-periode', value: { 'Mei 2025': 'rezim-lain' } });
    expect(await getRegimeChoices(db)).toEqual({});
  });
});
