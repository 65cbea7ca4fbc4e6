import { describe, expect, it, vi } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import type { Family } from '@shared/domain/core/entities';
import { watchRegistry } from './registry-changes';
import { freshDatabase } from '../testing/helpers';

const family = (noKk: string): Family => ({
  id: newId(),
  noKk,
  alamat: 'Jl. Kenanga',
  rw: '001',
  rt: '001',
  kodeWilayah: '6271011001',
  createdAt: '',
  updatedAt: '',
});

describe('watchRegistry', () => {
  it('signals when a write of families or people commits, once per transaction, until stopped', async () => {
    const db = freshDatabase();
    await db.open();
    const heard = vi.fn();
    const stop = watchRegistry(db, heard);
    await db.families.add(family('6271010101150001'));
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    await db.transaction('rw', db.families, async () => {
      await db.families.add(family('6271010101150002'));
      await db.families.add(family('6271010101150003'));
    });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(2));
    // A transaction that aborts changed nothing.
    await expect(
      db.transaction('rw', db.families, async () => {
        await db.families.add(family('6271010101150005'));
        throw new Error('batal');
      }),
    ).rejects.toThrow('batal');
    // Other tables are not the registry's list.
    await db.settings.put({ key: 'x', value: 1 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    await db.families.add(family('6271010101150004'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard).toHaveBeenCalledTimes(2);
    db.close();
  });

  it('hears writes made in another window or worker', async () => {
    const db = freshDatabase();
    const heard = vi.fn();
    const stop = watchRegistry(db, heard);
    const elsewhere = new BroadcastChannel('dtks-registry-changes');
    elsewhere.postMessage({ db: 'another-database' });
    elsewhere.postMessage({ db: db.name });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    elsewhere.close();
    stop();
  });
});
