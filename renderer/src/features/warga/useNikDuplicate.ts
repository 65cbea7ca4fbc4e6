import { useEffect, useState } from 'react';
import { checkNikAvailable } from '../../db/warga/repository';
import type { RegistryError } from '../../db/warga/repository';
import { useDatabase } from '../../kit/database-context';

/**
 * Whether a valid NIK is already registered (to someone other than `exceptPersonId`),
 * checked as it is typed; an answer for a NIK typed over meanwhile is dropped. The
 * setter lets the form show the repository's own refusal on save.
 */
export function useNikDuplicate(nik: string, nikValid: boolean, exceptPersonId?: string) {
  const { db } = useDatabase();
  const [duplicate, setDuplicate] = useState<RegistryError | null>(null);
  useEffect(() => {
    if (!nikValid) {
      setDuplicate(null);
      return;
    }
    let current = true;
    void checkNikAvailable(db, nik, exceptPersonId).then((refusal) => {
      if (current) setDuplicate(refusal);
    });
    return () => {
      current = false;
    };
  }, [db, nik, nikValid, exceptPersonId]);
  return [duplicate, setDuplicate] as const;
}
