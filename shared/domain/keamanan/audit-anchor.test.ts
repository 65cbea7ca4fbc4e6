import { describe, expect, it } from 'vitest';
import {
  RECENT_CHECKPOINTS,
  advanceAnchor,
  createAnchorVault,
  openAnchors,
  sealAnchors,
} from './audit-anchor';
import type { AnchorStorage } from './audit-anchor';

const h = (n: number) => n.toString(16).padStart(64, '0');
const now = new Date('2026-11-05T08:00:00Z');

function memoryStorage(): AnchorStorage & { text: string | null; key: Uint8Array | null } {
  const store = {
    protection: 'browser' as const,
    text: null as string | null,
    key: null as Uint8Array | null,
    loadKey: async () => store.key,
    createKey: async () => {
      store.key = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
      return store.key;
    },
    readText: async () => store.text,
    writeText: async (text: string) => {
      store.text = text;
    },
  };
  return store;
}

describe('advanceAnchor', () => {
  it('only grows, keeping earlier heads as checkpoints', () => {
    let state = advanceAnchor(null, { count: 1, headHash: h(1) }, now);
    state = advanceAnchor(state, { count: 3, headHash: h(3), base: { count: 1, hash: h(1) } }, now);
    state = advanceAnchor(state, { count: 2, headHash: h(2) }, now);
    expect(state).toMatchObject({ count: 3, headHash: h(3) });
    expect(state.checkpoints).toEqual([
      { count: 1, headHash: h(1), source: 'perangkat', at: now.toISOString() },
    ]);
  });

  it('keeps a head the chain did not continue from as lasting evidence', () => {
    let state = advanceAnchor(null, { count: 5, headHash: h(5) }, now);
    state = advanceAnchor(
      state,
      { count: 6, headHash: h(6), base: { count: 5, hash: h(99) } },
      now,
    );
    for (let n = 7; n < 7 + RECENT_CHECKPOINTS * 2; n += 1) {
      state = advanceAnchor(
        state,
        { count: n, headHash: h(n), base: { count: n - 1, hash: h(n - 1) } },
        now,
      );
    }
    expect(state.checkpoints.filter((c) => c.source === 'perangkat')).toHaveLength(
      RECENT_CHECKPOINTS + 1,
    );
    expect(state.checkpoints[0]).toMatchObject({ count: 5, headHash: h(5), broken: true });
  });

  it('records backup heads and starts afresh on a restore, keeping the old head on record', () => {
    let state = advanceAnchor(null, { count: 120, headHash: h(120) }, now);
    state = advanceAnchor(
      state,
      {
        count: 120,
        headHash: h(120),
        backup: { count: 80, hash: h(80), createdAt: now.toISOString() },
      },
      now,
    );
    expect(state.checkpoints).toEqual([
      { count: 80, headHash: h(80), source: 'cadangan', at: now.toISOString() },
    ]);
    state = advanceAnchor(
      state,
      {
        count: 81,
        headHash: h(81),
        replace: 'pemulihan',
        backup: { count: 80, hash: h(80), createdAt: now.toISOString() },
      },
      now,
    );
    expect(state).toMatchObject({ count: 81, headHash: h(81) });
    expect(state.checkpoints).toHaveLength(1);
    expect(state.replaced).toEqual([
      { at: now.toISOString(), count: 120, headHash: h(120), reason: 'pemulihan' },
    ]);
  });
});

describe('sealed anchors', () => {
  const key = new Uint8Array(32).fill(3);
  const databases = { real: advanceAnchor(null, { count: 4, headHash: h(4) }, now) };

  it('opens what it sealed', () => {
    expect(openAnchors(sealAnchors(key, databases), key)).toEqual({ status: 'ok', databases });
  });

  it('calls an edited file or another key damaged (HMAC mismatch)', () => {
    const text = sealAnchors(key, databases);
    const edited = text.replace('"count":4', '"count":3');
    expect(openAnchors(edited, key)).toMatchObject({ status: 'rusak', reason: /HMAC tidak cocok/ });
    expect(openAnchors(text, new Uint8Array(32).fill(4))).toMatchObject({ status: 'rusak' });
    expect(openAnchors('{', key)).toMatchObject({ status: 'rusak' });
  });
});

describe('createAnchorVault', () => {
  it('creates the key with the first anchor and reads it back per database', async () => {
    const storage = memoryStorage();
    const vault = createAnchorVault(storage, () => now);
    expect(await vault.read('real')).toEqual({ status: 'kosong', protection: 'browser' });
    expect(await vault.update('real', { count: 2, headHash: h(2) })).toMatchObject({ ok: true });
    expect(storage.key).not.toBeNull();
    expect(await vault.read('real')).toMatchObject({ status: 'ok', anchor: { count: 2 } });
    expect(await vault.read('training')).toMatchObject({ status: 'kosong' });
  });

  it('reports a removed file or key, and refuses to overwrite a damaged anchor except on restore', async () => {
    const storage = memoryStorage();
    const vault = createAnchorVault(storage, () => now);
    await vault.update('real', { count: 2, headHash: h(2) });
    const text = storage.text;
    storage.text = null;
    expect(await vault.read('real')).toMatchObject({ status: 'rusak', reason: /hilang/ });
    storage.text = text!.replace('"count":2', '"count":9');
    expect(await vault.read('real')).toMatchObject({ status: 'rusak', reason: /HMAC/ });
    expect(await vault.update('real', { count: 3, headHash: h(3) })).toMatchObject({ ok: false });
    expect(storage.text).toContain('"count":9');
    const restored = await vault.update('real', { count: 5, headHash: h(5), replace: 'pemulihan' });
    expect(restored).toMatchObject({ ok: true, anchor: { count: 5 } });
    expect(await vault.read('real')).toMatchObject({
      status: 'ok',
      anchor: { replaced: [{ reason: 'anchor-rusak' }] },
    });
  });

  it('serialises concurrent updates so none is lost', async () => {
    const storage = memoryStorage();
    const vault = createAnchorVault(storage, () => now);
    await Promise.all([
      vault.update('real', { count: 1, headHash: h(1) }),
      vault.update('training', { count: 7, headHash: h(7) }),
      vault.update('real', { count: 2, headHash: h(2) }),
    ]);
    expect(await vault.read('real')).toMatchObject({ anchor: { count: 2 } });
    expect(await vault.read('training')).toMatchObject({ anchor: { count: 7 } });
  });
});
