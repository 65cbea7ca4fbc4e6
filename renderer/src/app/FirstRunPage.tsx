import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useDatabase } from '../kit/database-context';
import { saveIdentity, saveOperator } from '../db/pengaturan/repository';
import { describeStorageError } from '../db/core/storage-errors';
import { FirstRunRestore } from '../features/keamanan/FirstRunRestore';
import { EMPTY_IDENTITY, IdentityForm } from '../features/pengaturan/IdentityForm';

// Loaded when chosen: the sync engine and PouchDB stay out of the start-up bundle.
const JoinOffice = lazy(() =>
  import('../features/sinkron/JoinOffice').then((m) => ({ default: m.JoinOffice })),
);

/**
 * First run: a new office starts with the kelurahan identity (then its admin account);
 * a new PC of an office that already syncs joins it instead ("Gabung ke kantor").
 */
export function FirstRunPage() {
  const [joining, setJoining] = useState(false);
  if (joining) {
    return (
      <Container size="md" py="xl">
        <Paper withBorder p="xl" shadow="sm">
          <Stack>
            <Title order={1} size="h2">
              Selamat datang di DTKS Kelurahan
            </Title>
            <DataSafetyNotice />
            <Suspense fallback={<Text size="sm">Memuat…</Text>}>
              <JoinOffice />
            </Suspense>
            <Button variant="subtle" px={0} w="fit-content" onClick={() => setJoining(false)}>
              Kembali: siapkan kantor baru di PC ini
            </Button>
          </Stack>
        </Paper>
      </Container>
    );
  }
  return <NewOffice onJoin={() => setJoining(true)} />;
}

function NewOffice({ onJoin }: { onJoin: () => void }) {
  const { db } = useDatabase();
  const [operator, setOperator] = useState('');
  const [operatorError, setOperatorError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  return (
    <Container size="md" py="xl">
      <Paper withBorder p="xl" shadow="sm">
        <Stack>
          <Title order={1} size="h2">
            Selamat datang di DTKS Kelurahan
          </Title>
          <Text>
            Sebelum mulai, isi identitas kelurahan. Data ini dipakai di kop surat, Berita Acara dan
            berkas ekspor, dan dapat diubah nanti di Pengaturan.
          </Text>
          <DataSafetyNotice />
          <Alert color="blue" variant="light" data-testid="pilih-gabung">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">
                PC baru di kantor yang sudah memakai aplikasi ini dengan server kantor? Jangan isi
                identitas di sini: gabung ke kantor, lalu masuk dengan akun kantor Anda.
              </Text>
              <Button variant="light" style={{ flexShrink: 0 }} onClick={onJoin}>
                Gabung ke kantor
              </Button>
            </Group>
          </Alert>
          <TextInput
            label="Nama operator (petugas yang memakai komputer ini)"
            description="Dicatat di log aktivitas untuk setiap perubahan data"
            required
            value={operator}
            error={operatorError}
            name="operator"
            onChange={(event) => {
              setOperator(event.currentTarget.value);
              setOperatorError(null);
            }}
          />
          {saveError && (
            <Text c="red" role="alert">
              {saveError}
            </Text>
          )}
          <IdentityForm
            initial={EMPTY_IDENTITY}
            submitLabel="Simpan dan mulai"
            onSubmit={async (identity) => {
              if (operator.trim() === '') {
                setOperatorError('Nama operator wajib diisi');
                return;
              }
              try {
                await saveOperator(db, { nama: operator });
                await saveIdentity(db, identity);
              } catch (error) {
                setSaveError(describeStorageError(error, 'Menyimpan identitas'));
              }
            }}
          />
          <FirstRunRestore />
        </Stack>
      </Paper>
    </Container>
  );
}

/**
 * Said plainly before any data goes in (issue 21): the sign-in guards the
 * screens; the files on disk are only as safe as the disk's encryption.
 */
export function DataSafetyNotice() {
  return (
    <Alert color="yellow" title="Keamanan folder data" data-testid="data-safety">
      <Text size="sm">
        Data warga disimpan di folder data aplikasi pada komputer ini. Folder itu hanya seaman
        enkripsi disk komputernya: aktifkan <b>BitLocker</b> atau <b>Enkripsi perangkat</b> Windows
        (Pengaturan Windows → Privasi &amp; keamanan) sebelum mengisi data asli.
      </Text>
      <Text size="sm" mt={4}>
        Kata sandi masuk aplikasi melindungi layar, bukan berkasnya: siapa pun yang dapat menyalin
        folder data dari disk yang tidak terenkripsi dapat membaca isinya tanpa kata sandi.
      </Text>
    </Alert>
  );
}
