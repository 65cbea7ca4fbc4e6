import { renderHook, waitFor } from '@testing-library/react';
import { nanoid } from 'nanoid';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createFamily } from '../../db/warga/repository';
import { freshDatabase } from '../../db/testing/helpers';
import { FAMILY, FAMILY_OF_FOUR, KODE } from '../../db/testing/registry-fixtures';
import { DatabaseContext } from '../../kit/database-context';
import { useNikDuplicate } from './useNikDuplicate';

const BUDI = FAMILY_OF_FOUR[0]?.nik ?? '';
const FREE = '6271011203850099';

async function setup() {
  const db = freshDatabase();
  const familyId = await createFamily(db, {
    family: FAMILY,
    members: FAMILY_OF_FOUR,
    kodeWilayah: KODE,
  });
  const budi = await db.people.where('nikKey').equals(BUDI).first();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseContext.Provider value={{ db, kind: 'real' }}>{children}</DatabaseContext.Provider>
  );
  const render = (initialProps: { nik: string; valid: boolean; except?: string }) =>
    renderHook(({ nik, valid, except }) => useNikDuplicate(nik, valid, except), {
      wrapper,
      initialProps,
    });
  return { familyId, budiId: budi?.id ?? '', render };
}

describe('useNikDuplicate', () => {
  it('finds a registered NIK, with the family it belongs to, and lets it go when retyped', async () => {
    const { familyId, render } = await setup();
    const hook = render({ nik: BUDI, valid: true });
    await waitFor(() => expect(hook.result.current[0]?.familyId).toBe(familyId));
    expect(hook.result.current[0]?.field).toBe('nik');

    hook.rerender({ nik: FREE, valid: true });
    await waitFor(() => expect(hook.result.current[0]).toBeNull());
    hook.rerender({ nik: BUDI, valid: true });
    await waitFor(() => expect(hook.result.current[0]).not.toBeNull());
    hook.rerender({ nik: BUDI.slice(0, 10), valid: false });
    expect(hook.result.current[0]).toBeNull();
  });

  it('does not count the person being edited as a duplicate of themselves', async () => {
    const { budiId, render } = await setup();
    const editing = render({ nik: BUDI, valid: true, except: budiId });
    // Started after the edited one: once it has answered, so has the edited one.
    const other = render({ nik: BUDI, valid: true, except: nanoid() });
    await waitFor(() => expect(other.result.current[0]).not.toBeNull());
    expect(editing.result.current[0]).toBeNull();
  });
});
