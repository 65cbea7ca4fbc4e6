import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { periodLabel } from '@shared/domain/core/settings';
import type { Recap } from '@shared/domain/beranda/recap';
import { useDatabase } from '../../kit/database-context';
import { computeRecap } from '../../db/beranda/recap-repository';
import { getPeriod } from '../../db/pengaturan/repository';
import type { DtksDatabase } from '../../db/core/database';

async function currentRecap(db: DtksDatabase): Promise<Recap> {
  const now = new Date();
  return computeRecap(db, periodLabel(await getPeriod(db), now), now);
}

/** A recap counted ahead of the Beranda's first render, used once (while the live one counts). */
const ahead = new WeakMap<DtksDatabase, { recap?: Recap }>();

/**
 * Counts the recap now (during the sign-in's password check, issue 17): the Beranda's first
 * render shows it while its live query counts again and takes over.
 */
export function prefetchRecap(db: DtksDatabase): void {
  if (ahead.has(db)) return;
  const entry: { recap?: Recap } = {};
  ahead.set(db, entry);
  currentRecap(db).then(
    (recap) => {
      entry.recap = recap;
    },
    () => ahead.delete(db),
  );
}

function takeAhead(db: DtksDatabase): Recap | undefined {
  const recap = ahead.get(db)?.recap;
  if (recap) ahead.delete(db);
  return recap;
}

/**
 * The current period's recap, recomputed whenever the data changes. The registry figures
 * come from the summary the writes keep (db/beranda/), so this is quick on every visit,
 * including the first after the app opens.
 */
export function useRecap(): Recap | undefined {
  const { db } = useDatabase();
  const [initial] = useState(() => takeAhead(db));
  return useLiveQuery(() => currentRecap(db), [db], initial);
}
