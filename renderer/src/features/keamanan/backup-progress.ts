import type { BackupProgress } from '../../workers/run-backup';

const PHASES: Record<BackupProgress['phase'], string> = {
  baca: 'Membaca data',
  enkripsi: 'Mengenkripsi',
  periksa: 'Memeriksa isi cadangan',
  tulis: 'Menulis data',
};

export function progressLabel(progress: BackupProgress | null): string {
  return progress ? `${PHASES[progress.phase]}… ${progress.done}/${progress.total}` : '';
}

export function progressPercent(progress: BackupProgress): number {
  return progress.total ? (progress.done / progress.total) * 100 : 0;
}
