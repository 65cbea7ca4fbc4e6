import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { canOpenPath } from '@shared/domain/keamanan/permissions';
import { useOptionalSession } from '../../kit/session/session-context';

type Part = string | { path: string; label: string };

/** The usual order of work in a new office, each step linked to where it is done. */
const STEPS: readonly (readonly Part[])[] = [
  [
    { path: '/pengaturan?tab=pejabat', label: 'Isi pejabat penanda tangan' },
    ': Lurah dan pejabat yang menandatangani SKTM dan Berita Acara.',
  ],
  [
    { path: '/impor', label: 'Impor prelist atau data DTKS' },
    ' dari berkas kiriman Dinas Sosial, atau ',
    { path: '/warga/baru', label: 'daftarkan keluarga' },
    ' satu per satu dari Kartu Keluarga.',
  ],
  [
    { path: '/usulan/baru', label: 'Buat usulan' },
    ' untuk keluarga yang diusulkan masuk atau keluar DTKS.',
  ],
  [
    { path: '/musyawarah/baru', label: 'Siapkan musyawarah kelurahan' },
    ', lalu jalankan di depan proyektor.',
  ],
];

const pathOf = (part: Part) => (typeof part === 'string' ? null : part.path.split('?')[0]);

/**
 * The Beranda of an office with no data yet: an empty dashboard of zeros
 * says nothing, so it says where to start. Steps the role may not do are left out.
 */
export function StartHere() {
  const role = useOptionalSession()?.account.role;
  const allowed = (path: string) => !role || canOpenPath(role, path);
  // A step shows when the role may open its first link.
  const steps = STEPS.filter((step) => allowed(pathOf(step[0] ?? '') ?? '/'));
  return (
    <Card withBorder padding="lg" data-testid="start-here">
      <Title order={3} size="h4" mb="xs">
        Mulai dari sini
      </Title>
      <Text size="sm" mb="sm">
        Belum ada keluarga di data kelurahan ini. Langkah yang biasa dilakukan:
      </Text>
      <List type="ordered" spacing="xs">
        {steps.map((step, index) => (
          <List.Item key={index}>
            {step.map((part, at) =>
              typeof part === 'string' ? (
                part
              ) : allowed(pathOf(part) ?? '/') ? (
                <Anchor key={at} component={Link} to={part.path}>
                  {part.label}
                </Anchor>
              ) : (
                part.label
              ),
            )}
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed" mt="sm">
        Ingin mencoba dulu? Pengaturan → Data latihan mengisi database latihan terpisah.
      </Text>
    </Card>
  );
}
