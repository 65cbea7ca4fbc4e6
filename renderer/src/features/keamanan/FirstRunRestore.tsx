import { Button, Divider, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useOpenedBackupWatcher } from './opened-backup';
import { RestoreSection } from './RestoreSection';

/**
 * The first screens of a new install offer a restore: a PC that replaces a
 * broken one gets its data, letters' keys and accounts back without anyone
 * creating a throw-away admin first.
 */
export function FirstRunRestore() {
  const [open, setOpen] = useState(false);
  // Opened by double-clicking a backup on a new PC: go straight to the restore.
  useOpenedBackupWatcher(true, () => setOpen(true));
  return (
    <Stack gap="xs">
      <Divider label="atau" labelPosition="center" />
      {open ? (
        <Paper withBorder p="md" data-testid="first-run-restore">
          <RestoreSection freshInstall />
        </Paper>
      ) : (
        <>
          <Text size="sm">
            Mengganti komputer lama yang rusak atau hilang? Pulihkan datanya dari berkas cadangan;
            akun pengguna ikut kembali.
          </Text>
          <Button variant="light" w="fit-content" onClick={() => setOpen(true)}>
            Pulihkan dari cadangan
          </Button>
        </>
      )}
    </Stack>
  );
}
