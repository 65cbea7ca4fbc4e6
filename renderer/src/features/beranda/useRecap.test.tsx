import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { DatabaseContext } from '../../kit/database-context';
import type { DtksDatabase } from '../../db/core/database';
import { freshDatabase } from '../../db/testing/helpers';
import { useRecap } from './useRecap';

afterEach(cleanup);

function mount(db: DtksDatabase) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseContext.Provider value={{ db, kind: 'real' }}>{children}</DatabaseContext.Provider>
  );
  return renderHook(() => useRecap(), { wrapper });
}

describe('useRecap', () => {
  it('follows the summary: a family written elsewhere shows up in the open Beranda', async () => {
    const db = freshDatabase();
    const view = mount(db);
    await waitFor(() => expect(view.result.current?.registry.families).toBe(0));
    const familyId = newId();
    await db.families.add({
      id: familyId,
      noKk: '6271010101200001',
      alamat: 'Jl. Rajawali No. 5',
      rt: '001',
      rw: '002',
      kodeWilayah: '6271011001',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await waitFor(() => expect(view.result.current?.registry.families).toBe(1));
    expect(view.result.current?.perRtRw).toEqual([
      { rw: '002', rt: '001', families: 1, people: 0, proposals: 0, layak: 0 },
    ]);
  });
});
