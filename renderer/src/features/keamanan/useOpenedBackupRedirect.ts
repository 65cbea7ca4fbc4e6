import { showRefused } from '../../kit/run-action';
import type { Role } from '@shared/domain/keamanan/accounts';
import { setPendingRestoreFile, useOpenedBackupWatcher } from './opened-backup';

/**
 * Signed in and a backup was double-clicked: the admin is taken to Pengaturan →
 * Cadangan, where the restore screen shows the file. Anyone else is told who may
 * restore, and the file is dropped.
 */
export function useOpenedBackupRedirect(role: Role | null): void {
  useOpenedBackupWatcher(role !== null, () => {
    if (role === 'admin') {
      window.location.hash = '#/pengaturan?tab=cadangan';
      return;
    }
    setPendingRestoreFile(null);
    showRefused({
      title: 'Berkas cadangan',
      message: 'Cadangan hanya dapat dipulihkan oleh admin, di Pengaturan → Cadangan.',
    });
  });
}
