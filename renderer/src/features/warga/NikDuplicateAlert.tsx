import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { RegistryError } from '../../db/warga/repository';

/**
 * A NIK that cannot be saved again: registered already (with a link to that family), or
 * typed for another member earlier on this screen. Nothing when neither.
 */
export function NikDuplicateAlert({
  duplicate,
  pendingHolder,
}: {
  duplicate: RegistryError | null;
  /** The name of the member on this screen who already has the NIK. */
  pendingHolder: string | undefined;
}) {
  if (!duplicate && !pendingHolder) return null;
  return (
    <Alert color="red" title="NIK sudah terdaftar" role="alert" data-testid="nik-duplicate">
      {duplicate ? (
        <>
          {duplicate.message}{' '}
          {duplicate.familyId && (
            <Anchor component={Link} to={`/warga/${duplicate.familyId}`}>
              Buka keluarga tersebut
            </Anchor>
          )}
        </>
      ) : (
        `NIK ini sudah dimasukkan untuk ${pendingHolder} di formulir ini.`
      )}
    </Alert>
  );
}
