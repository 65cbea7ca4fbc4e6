import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo/demo-data';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import type { DtksDatabase } from '../../db/core/database';
import { freshDatabase } from '../../db/testing/helpers';
import { DatabaseContext } from '../../kit/database-context';
import { FIRST_SEARCH_LIMIT, SEARCH_LIMIT } from './search-limits';
import { useWargaSearch } from './useWargaSearch';
import type { WargaFilters } from './useWargaSearch';

const KODE = '6271011001';
let db: DtksDatabase;

beforeAll(async () => {
  // More people than the longer answer holds, all under the office's region code.
  const data = generateDemoData({ seed: 3, people: 1_400, kodeWilayah: KODE });
  db = freshDatabase();
  await db.families.bulkAdd(data.families);
  await db.people.bulkAdd(data.people.map(toPersonRow));
}, 60_000);

function render(initialProps: WargaFilters) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseContext.Provider value={{ db, kind: 'real' }}>{children}</DatabaseContext.Provider>
  );
  return renderHook((filters: WargaFilters) => useWargaSearch(filters), { wrapper, initialProps });
}

const ALL = { query: KODE.slice(0, 4), rw: '', rt: '', status: '' } as const;

describe('useWargaSearch', () => {
  it('answers with the first few screens, then ranks further when asked, keeping the rows seen in place', async () => {
    const hook = render(ALL);
    await waitFor(() => expect(hook.result.current?.ids).toHaveLength(FIRST_SEARCH_LIMIT));
    const first = hook.result.current;
    expect(first?.limit).toBe(FIRST_SEARCH_LIMIT);
    expect(first?.more).toBeTypeOf('function');

    act(() => first?.more?.());
    await waitFor(() => expect(hook.result.current?.ids).toHaveLength(SEARCH_LIMIT));
    const longer = hook.result.current;
    expect(longer?.limit).toBe(SEARCH_LIMIT);
    expect(longer?.ids.slice(0, FIRST_SEARCH_LIMIT)).toEqual(first?.ids);
    // The longest answer is as far as the list goes: the clerk is asked to type more.
    expect(longer?.more).toBeUndefined();
  });

  it('starts again from the first answer when the search or a filter changes', async () => {
    const hook = render(ALL);
    await waitFor(() => expect(hook.result.current?.more).toBeTypeOf('function'));
    act(() => hook.result.current?.more?.());
    await waitFor(() => expect(hook.result.current?.limit).toBe(SEARCH_LIMIT));

    const rw = (await db.families.toCollection().first())?.rw ?? '';
    hook.rerender({ ...ALL, rw });
    await waitFor(() => expect(hook.result.current?.limit).toBe(FIRST_SEARCH_LIMIT));
    hook.rerender({ ...ALL, query: KODE.slice(0, 5) });
    await waitFor(() => expect(hook.result.current?.query).toBe(KODE.slice(0, 5)));
    expect(hook.result.current?.limit).toBe(FIRST_SEARCH_LIMIT);
  });

  it('offers nothing more when the first answer already holds every match', async () => {
    const person = await db.people.toCollection().first();
    const hook = render({ ...ALL, query: person?.nik ?? '-' });
    await waitFor(() => expect(hook.result.current?.query).toBe(person?.nik));
    expect(hook.result.current?.ids[0]).toBe(person?.id);
    expect(hook.result.current?.ids.length).toBeLessThan(FIRST_SEARCH_LIMIT);
    expect(hook.result.current?.more).toBeUndefined();
  });
});
