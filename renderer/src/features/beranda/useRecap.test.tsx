import { cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseContext } from '../../kit/database-context';
import type { DtksDatabase } from '../../db/core/database';
import { freshDatabase } from '../../db/testing/helpers';
import type { RecapState } from './useRecap';
import { useRecap } from './useRecap';

afterEach(cleanup);

function mount(db: DtksDatabase) {
  const first: RecapState[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseContext.Provider value={{ db, kind: 'real' }}>{children}</DatabaseContext.Provider>
  );
  const view = renderHook(
    () => {
      const state = useRecap();
      if (first.length === 0) first.push(state);
      return state;
    },
    { wrapper },
  );
  return { view, first: () => first[0] };
}

describe('useRecap', () => {
  it('shows the previous figures at once on a later visit, marked stale, then fresh ones', async () => {
    const db = freshDatabase();
    const visit = mount(db);
    expect(visit.first()).toEqual({ recap: undefined, stale: false });
    await waitFor(() => expect(visit.view.result.current.recap).toBeDefined());
    expect(visit.view.result.current.stale).toBe(false);
    const counted = visit.view.result.current.recap;
    visit.view.unmount();

    const again = mount(db);
    // The very first render, before any query could answer: last visit's figures.
    expect(again.first()).toEqual({ recap: counted, stale: true });
    await waitFor(() => expect(again.view.result.current.stale).toBe(false));
    expect(again.view.result.current.recap?.registry).toEqual(counted?.registry);
  });

  it('never shows one database the figures of another', async () => {
    const real = freshDatabase();
    const visit = mount(real);
    await waitFor(() => expect(visit.view.result.current.recap).toBeDefined());
    visit.view.unmount();
    const other = mount(freshDatabase());
    expect(other.first()).toEqual({ recap: undefined, stale: false });
  });
});
