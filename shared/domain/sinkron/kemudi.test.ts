import { describe, expect, it } from 'vitest';
import { newId } from '../core/ids';
import { KEMUDI_STALE_MS, claimedDoc, drivenElsewhereMessage, kemudiState } from './kemudi';

const holder = (name: string) => ({ deviceId: newId(), deviceName: name, actor: 'Siti' });

describe('kemudi rules', () => {
  const at = new Date(2026, 11, 6, 9, 5);
  const a = holder('DEPAN');
  const b = holder('BELAKANG');
  const meetingId = newId();
  const doc = claimedDoc(null, meetingId, a, at);

  it('tells free, own, held elsewhere, gone and locked apart', () => {
    expect(kemudiState(null, a.deviceId, at).kind).toBe('bebas');
    expect(kemudiState(doc, a.deviceId, at).kind).toBe('milik-sendiri');
    expect(kemudiState(doc, b.deviceId, at).kind).toBe('dipegang');
    const later = new Date(at.getTime() + KEMUDI_STALE_MS);
    expect(kemudiState(doc, b.deviceId, later).kind).toBe('basi');
    expect(kemudiState({ ...doc, released: true }, b.deviceId, at).kind).toBe('bebas');
    expect(kemudiState({ ...doc, released: true, locked: true }, a.deviceId, at).kind).toBe(
      'terkunci',
    );
    // A broken clock field counts as gone, never as held for ever.
    expect(kemudiState({ ...doc, renewedAt: 'rusak' }, b.deviceId, at).kind).toBe('basi');
  });

  it('a renewal keeps "since"; a new holder starts it again', () => {
    const renewed = claimedDoc(
      { ...doc, _rev: '1-x' },
      meetingId,
      a,
      new Date(at.getTime() + 30_000),
    );
    expect(renewed).toMatchObject({ _rev: '1-x', since: doc.since });
    expect(renewed.renewedAt).not.toBe(doc.renewedAt);
    const taken = claimedDoc(doc, meetingId, b, new Date(at.getTime() + 60_000));
    expect(taken.since).toBe(taken.renewedAt);
    expect(taken.deviceName).toBe('BELAKANG');
  });

  it('says who drives and since when, in Indonesian', () => {
    expect(drivenElsewhereMessage(doc)).toBe(
      'Musyawarah ini sedang dipimpin dari PC DEPAN sejak 09.05 (Siti).',
    );
  });
});
