import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashAuditEntry, linkTo } from '../keamanan/audit-chain';
import type { ChainedEntry } from '../keamanan/audit-chain';
import { newId } from '../core/ids';
import {
  checkDeviceChains,
  checkNextDevice,
  deviceLabel,
  finishDeviceChains,
  hashDeviceEntry,
  startDeviceChains,
} from './audit-devices';
import type { DeviceEntry } from './audit-devices';

/** A legacy log as the app wrote it before device ids: one chain over seq. */
function legacyLog(count: number): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  for (let i = 1; i <= count; i += 1) {
    const entry: ChainedEntry = {
      id: newId(),
      seq: i,
      summary: `lama ${i}`,
      prevHash: linkTo(entries[entries.length - 1]),
    };
    entry.hash = hashAuditEntry(entry);
    entries.push(entry);
  }
  return entries;
}

/** A PC's own entries, chained by deviceSeq; seq is filled in when stored. */
function deviceLog(deviceId: string, count: number, after?: ChainedEntry): DeviceEntry[] {
  const entries: DeviceEntry[] = [];
  for (let i = 1; i <= count; i += 1) {
    const previous = entries[entries.length - 1];
    const entry: DeviceEntry = {
      id: newId(),
      seq: 0,
      summary: `${deviceId} ${i}`,
      deviceId,
      deviceSeq: i,
      prevHash: previous ? (previous.hash ?? '') : after ? linkTo(after) : GENESIS_HASH,
    };
    entry.hash = hashDeviceEntry(entry);
    entries.push(entry);
  }
  return entries;
}

/** Stores entries in the given order, each with the next local seq (as a PC's table does). */
function stored(entries: DeviceEntry[], from = 1): DeviceEntry[] {
  return entries.map((entry, index) => ({ ...entry, seq: from + index }));
}

function interleave<T>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i]) out.push(a[i]!);
    if (b[i]) out.push(b[i]!);
  }
  return out;
}

const A = newId();
const B = newId();

describe('one audit chain per PC', () => {
  it('two PCs interleaved in one table: each chain checked on its own', () => {
    const table = stored(interleave(deviceLog(A, 5), deviceLog(B, 7)));
    const result = checkDeviceChains(table, A);
    expect(result.problem).toBeNull();
    expect(result.checked).toBe(12);
    expect(result.devices.map((d) => [d.deviceId, d.checked, d.own])).toEqual([
      [A, 5, true],
      [B, 7, false],
    ]);
  });

  it('the seq a PC gives an entry on arrival does not touch its hash', () => {
    const table = stored(deviceLog(B, 3), 40);
    expect(checkDeviceChains(table).problem).toBeNull();
  });

  it("another PC's entries may arrive out of their order", () => {
    const b = deviceLog(B, 4);
    const table = stored([b[2]!, b[0]!, b[3]!, b[1]!]);
    expect(checkDeviceChains(table).problem).toBeNull();
  });

  it('names the PC whose entry was edited', () => {
    const table = stored(interleave(deviceLog(A, 3), deviceLog(B, 3)));
    const edited = table.findIndex((e) => e.deviceId === B && e.deviceSeq === 2);
    table[edited] = { ...table[edited]!, summary: 'dipalsukan' };
    const { problem } = checkDeviceChains(table, A);
    expect(problem).toMatchObject({ deviceId: B, kind: 'isi-berubah', seq: edited + 1 });
    expect(problem?.message).toContain(`perangkat ${B.slice(0, 8)}`);
  });

  it('names the PCs by the names they gave themselves when the caller knows them', () => {
    const table = stored(interleave(deviceLog(A, 3), deviceLog(B, 3)));
    const edited = table.findIndex((e) => e.deviceId === B && e.deviceSeq === 2);
    table[edited] = { ...table[edited]!, summary: 'dipalsukan' };
    const sorted = [...table].sort((x, y) => x.seq - y.seq);
    const state = sorted.reduce(checkNextDevice, startDeviceChains(A));
    const names = new Map([
      [A, 'Meja Depan'],
      [B, 'Laptop Aula'],
    ]);
    const { problem, devices } = finishDeviceChains(state, names);
    expect(problem?.message).toMatch(
      /^Rantai PC Laptop Aula: Isi catatan #\d+ \(nomor perangkat 2\)/,
    );
    expect(devices.map((device) => device.label)).toEqual([
      'PC ini (Meja Depan)',
      'PC Laptop Aula',
    ]);
    // Without names: the start of the ids, as before.
    expect(finishDeviceChains(state).problem?.message).toContain(`perangkat ${B.slice(0, 8)}`);
    expect(deviceLabel(B, A)).toBe(`perangkat ${B.slice(0, 8)}`);
  });

  it('an entry removed from one PC, the others intact', () => {
    const table = stored(interleave(deviceLog(A, 4), deviceLog(B, 4))).filter(
      (e) => !(e.deviceId === A && e.deviceSeq === 2),
    );
    const { problem } = checkDeviceChains(table, A);
    expect(problem).toMatchObject({ deviceId: A, kind: 'nomor-urut' });
    expect(problem?.message).toContain('PC ini');
    expect(problem?.message).toContain('nomor perangkat 2 tidak ada');
  });

  it('an entry re-hashed but linked to nothing: the chain breaks there', () => {
    const b = deviceLog(B, 3);
    const forged: DeviceEntry = { ...b[1]!, summary: 'dipalsukan', prevHash: GENESIS_HASH };
    forged.hash = hashDeviceEntry(forged);
    const { problem } = checkDeviceChains(stored([b[0]!, forged, b[2]!]));
    expect(problem).toMatchObject({ deviceId: B, kind: 'rantai-putus', seq: 2 });
  });

  it('a device number used twice is an insertion', () => {
    const b = deviceLog(B, 2);
    const copy: DeviceEntry = { ...b[1]!, id: newId() };
    copy.hash = hashDeviceEntry(copy);
    const { problem } = checkDeviceChains(stored([...b, copy]));
    expect(problem).toMatchObject({ deviceId: B, kind: 'nomor-urut', seq: 3 });
  });

  it('a legacy log alone verifies as before', () => {
    const result = checkDeviceChains(legacyLog(6));
    expect(result.problem).toBeNull();
    expect(result.checked).toBe(6);
    expect(result.devices).toEqual([expect.objectContaining({ deviceId: null, checked: 6 })]);
  });

  it('a legacy log still shows a gap or an edit as before, naming the old log', () => {
    const log = legacyLog(5);
    log[2] = { ...log[2]!, summary: 'dipalsukan' };
    const { problem } = checkDeviceChains(log);
    expect(problem).toMatchObject({ deviceId: null, kind: 'isi-berubah', seq: 3 });
    expect(problem?.message).toContain('log lama');
  });

  it("this PC's chain continues its legacy log; another PC's can continue its own", () => {
    const legacy = legacyLog(4);
    const own = deviceLog(A, 3, legacy[3]);
    const other = deviceLog(B, 2, { id: 'x', seq: 9, hash: 'f'.repeat(64) });
    const table = [...legacy, ...stored(interleave(own, other), 5)];
    const result = checkDeviceChains(table, A);
    expect(result.problem).toBeNull();
    expect(result.devices.find((d) => d.deviceId === B)?.continuesElsewhere).toBe(true);
  });

  it('the tail of the legacy log cut off: the first own entry no longer links', () => {
    const legacy = legacyLog(4);
    const own = deviceLog(A, 2, legacy[3]);
    const table = [...legacy.slice(0, 3), ...stored(own, 5)];
    const { problem } = checkDeviceChains(table, A);
    expect(problem).toMatchObject({ deviceId: A, kind: 'rantai-putus', seq: 5 });
    expect(problem?.message).toContain('#3');
  });
});
