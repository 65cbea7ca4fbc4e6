import { describe, expect, it, vi } from 'vitest';
import { createAppInfoHandler, pickVersions } from './app-info';

vi.mock('electron', () => ({}));

const deps = {
  getName: () => 'DTKS Kelurahan',
  getVersion: () => '0.1.0',
  userDataDir: () => '/home/operator/.config/DTKS Kelurahan',
  platform: 'linux',
  versions: {
    electron: '41.7.1',
    chrome: '146.0',
    node: '24.0.0',
    v8: '14.6',
    openssl: '3.0',
    uv: '1.0',
  },
};

describe('appInfo handler', () => {
  it('reports name, version, data folder, platform and runtime versions', async () => {
    const handler = createAppInfoHandler(deps);
    expect(await handler({ senderFrame: { url: 'app://dtks/index.html' } })).toEqual({
      name: 'DTKS Kelurahan',
      version: '0.1.0',
      dataDir: '/home/operator/.config/DTKS Kelurahan',
      platform: 'linux',
      runtime: 'electron',
      versions: { electron: '41.7.1', chrome: '146.0', node: '24.0.0', v8: '14.6' },
    });
  });

  it('refuses an untrusted sender without revealing paths', async () => {
    const handler = createAppInfoHandler(deps);
    const response = await handler({ senderFrame: { url: 'https://evil.example/' } });
    expect(response).toEqual({ ok: false, message: 'Permintaan ditolak: pengirim tidak dikenal.' });
    expect(JSON.stringify(response)).not.toContain('/home/operator');
  });

  it('ignores missing versions', () => {
    expect(pickVersions({ node: '20.0.0' })).toEqual({ node: '20.0.0' });
  });
});
