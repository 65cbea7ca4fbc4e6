// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import { startSyncServer, type SyncTestServer } from '../../../../tests/sync-server/server';
import { getIdentity, getOperator, saveIdentity, saveOperator } from '../pengaturan/repository';
import { freshDatabase } from '../testing/helpers';
import { isOfficeSettingKey, settleOfficeSettings } from './pengaturan-kantor';
import { DEVICE_SETTING_KEY } from './perangkat';
import { IDENTITY as identity } from '../testing/backup-fixtures';

let server: SyncTestServer;
let endpoint: CouchEndpoint;
beforeAll(async () => {
  server = await startSyncServer();
  const database = await server.createDatabase();
  endpoint = { url: server.url, database, username: server.username, password: server.password };
});
afterAll(async () => {
  await server.close();
});

describe('the office’s settings travel; this PC’s stay', () => {
  it('names which settings are the office’s', () => {
    for (const key of ['kelurahan', 'periode', 'rezim-periode', 'surat.sktm', 'kunci-otomatis'])
      expect(isOfficeSettingKey(key)).toBe(true);
    for (const key of [DEVICE_SETTING_KEY, 'operator', 'nomor-cadangan:sktm:2026', 'kemudi:x'])
      expect(isOfficeSettingKey(key)).toBe(false);
  });

  it('a change on one PC reaches the other; changed on both while apart, the office keeps the first and the second PC is told', async () => {
    const a = freshDatabase();
    const b = freshDatabase();
    await saveIdentity(a, identity);
    await saveOperator(a, { nama: 'Siti' });
    expect((await settleOfficeSettings(a, endpoint)).sent).toContain('kelurahan');
    expect((await settleOfficeSettings(b, endpoint)).received).toContain('kelurahan');
    expect((await getIdentity(b))?.namaKelurahan).toBe('Pahandut');
    // The operator name typed at A's first run is A's alone.
    expect(await getOperator(b)).toBeNull();

    await saveIdentity(a, { ...identity, telepon: '(0536) 111' });
    await settleOfficeSettings(a, endpoint);
    await settleOfficeSettings(b, endpoint);
    expect((await getIdentity(b))?.telepon).toBe('(0536) 111');

    // Apart: both change the address; A reaches the server first.
    await saveIdentity(a, { ...identity, alamatKantor: 'Jl. A' });
    await saveIdentity(b, { ...identity, alamatKantor: 'Jl. B' });
    await settleOfficeSettings(a, endpoint);
    const report = await settleOfficeSettings(b, endpoint);
    expect(report.refused).toEqual(['kelurahan']);
    expect((await getIdentity(b))?.alamatKantor).toBe('Jl. A');
    const notice = await b.sinkronConflicts.get('ditolak:pengaturan-kantor:kelurahan');
    expect(notice?.message).toMatch(/Identitas kelurahan diubah di PC ini dan di PC lain/);
    // Settled: the next rounds change nothing on either PC.
    expect(await settleOfficeSettings(b, endpoint)).toEqual({
      received: [],
      sent: [],
      refused: [],
    });
    expect(await settleOfficeSettings(a, endpoint)).toEqual({
      received: [],
      sent: [],
      refused: [],
    });
  }, 60_000);
});
