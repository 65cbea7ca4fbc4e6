import { Alert, Text } from '@mantine/core';
import type { Letter } from '@shared/domain/core/entities';
import type { LetterLogCheck } from '../../db/surat/log-check';

/**
 * The register's letter held against the log entry made when it was issued
 * (the entry carries a hash of the letter's content). A letter row changed in
 * the database afterwards shows here, even when its QR is genuine.
 */
export function LetterLogNote({ letter, check }: { letter: Letter; check: LetterLogCheck }) {
  switch (check.status) {
    case 'cocok':
      return (
        <Text size="sm" c="dimmed" data-testid="letter-log-check" data-status="cocok">
          Isi surat {letter.number} di buku agenda cocok dengan catatan log penerbitannya (#
          {check.seq}).
        </Text>
      );
    case 'berbeda':
      return (
        <Alert
          color="red"
          title="Isi surat berbeda dengan catatan log"
          data-testid="letter-log-check"
          data-status="berbeda"
        >
          <Text size="sm">
            Data surat {letter.number} di buku agenda komputer ini tidak sama dengan sidik isi yang
            dicatat di log saat surat diterbitkan (catatan #{check.seq}): data surat diubah langsung
            di basis data sesudah terbit. Jangan berpegang pada buku agenda untuk surat ini;
            laporkan kepada admin dan periksa log audit.
          </Text>
        </Alert>
      );
    case 'tanpa-catatan':
      return (
        <Alert
          color="orange"
          title="Surat ini tidak punya catatan penerbitan di log"
          data-testid="letter-log-check"
          data-status="tanpa-catatan"
        >
          <Text size="sm">
            Buku agenda memuat surat {letter.number}, tetapi log audit tidak mencatat penerbitannya:
            catatannya dihapus atau surat ditambahkan langsung ke basis data. Periksa keutuhan log
            di Pengaturan, tab Log audit.
          </Text>
        </Alert>
      );
    case 'tanpa-sidik':
      return (
        <Text size="sm" c="dimmed" data-testid="letter-log-check" data-status="tanpa-sidik">
          Surat ini diterbitkan sebelum log mencatat sidik isi surat, sehingga isinya tidak dapat
          dibandingkan dengan log.
        </Text>
      );
  }
}
