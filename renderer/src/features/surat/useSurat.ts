import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../kit/database-context';
import { getSigningKeyInfo, listVerificationKeys } from '../../db/surat/signing';
import type { SigningKeyInfo } from '../../db/surat/signing';
import { listLetters } from '../../db/surat/repository';
import type { LetterFilter } from '../../db/surat/repository';
import { getLetterSettings, previewNextNumber } from '../../db/surat/settings-repository';
import type { LetterSettings } from '../../db/surat/settings-repository';
import { getFamilyDetail } from '../../db/warga/repository';
import { getIdentity, listOfficials } from '../../db/pengaturan/repository';

export function useLetterSettings() {
  const { db } = useDatabase();
  return useLiveQuery(() => getLetterSettings(db), [db]);
}

export function useIdentity() {
  const { db } = useDatabase();
  return useLiveQuery(() => getIdentity(db), [db]);
}

export function useActiveOfficials() {
  const { db } = useDatabase();
  return useLiveQuery(
    () => listOfficials(db).then((all) => all.filter((official) => official.aktif)),
    [db],
  );
}

export function useFamilyDetail(familyId: string | null) {
  const { db } = useDatabase();
  return useLiveQuery(
    () => (familyId ? getFamilyDetail(db, familyId) : Promise.resolve(null)),
    [db, familyId],
  );
}

/** Live: changes when another window issues a letter. */
export function useNextNumber(settings: Pick<LetterSettings, 'template' | 'kode'> | undefined) {
  const { db } = useDatabase();
  return useLiveQuery(
    () => (settings ? previewNextNumber(db, settings) : Promise.resolve('')),
    [db, settings?.template, settings?.kode],
  );
}

export function useLetters(filter: LetterFilter) {
  const { db } = useDatabase();
  return useLiveQuery(
    () => listLetters(db, filter),
    [db, filter.month, filter.type, filter.status],
  );
}

/**
 * The office key, created on first use. Not a live query: creating the key
 * writes, and Dexie refuses writes inside a live query.
 */
export function useSigningKey(): { key?: SigningKeyInfo; error?: string } {
  const { db } = useDatabase();
  const [state, setState] = useState<{ key?: SigningKeyInfo; error?: string }>({});
  useEffect(() => {
    let live = true;
    getSigningKeyInfo(db).then(
      (key) => live && setState({ key }),
      (error: unknown) =>
        live && setState({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [db]);
  return state;
}

export function useVerificationKeys() {
  const { db } = useDatabase();
  return useLiveQuery(() => listVerificationKeys(db), [db]);
}
