import { Alert, Container, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useDatabase } from '../kit/database-context';
import { saveIdentity, saveOperator } from '../db/pengaturan/repository';
import { describeStorageError } from '../db/core/storage-errors';
import { FirstRunRestore } from '../features/keamanan/FirstRunRestore';
import { EMPTY_IDENTITY, IdentityForm } from '../features/pengaturan/IdentityForm';

/** First run: the kelurahan identity comes before anything else. */
export function FirstRunPage() {
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
