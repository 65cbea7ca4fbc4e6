import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { CommitResult } from '../../db/impor/repository';

const number = new Intl.NumberFormat('id-ID');

export function ImportDoneCard({
  fileName,
  result,
  seconds,
  onAgain,
}: {
  fileName: string;
  result: CommitResult;
  seconds: { check: number; write: number };
  onAgain: () => void;
}) {
  const format = (value: number) => value.toLocaleString('id-ID', { maximumFractionDigits: 1 });
  return (
    <Stack>
      <Alert color="teal" title="Impor selesai" role="status" data-testid="import-done">
        <List size="sm" spacing={2}>
          <List.Item>Berkas: {fileName}</List.Item>
          <List.Item>
            {number.format(result.peopleCreated)} warga baru dalam{' '}
            {number.format(result.familiesCreated)} keluarga baru
          </List.Item>
          <List.Item>
            {number.format(result.familiesReused)} keluarga sudah terdaftar,{' '}
            {number.format(result.peopleSkipped)} warga sudah terdaftar tidak diubah
          </List.Item>
          <List.Item>
            {number.format(result.proposalsCreated)} usulan dibuat
            {result.proposalsSkipped > 0 &&
              ` (${number.format(result.proposalsSkipped)} keluarga sudah punya usulan yang sama)`}
          </List.Item>
          {result.desilSet > 0 && (
            <List.Item data-testid="import-desil">
              Desil {number.format(result.desilSet)} keluarga diisi dari berkas ini
            </List.Item>
          )}
        </List>
        <Text size="xs" c="dimmed" mt="xs" data-testid="import-timing">
          Pembacaan dan pemeriksaan {format(seconds.check)} detik, penyimpanan{' '}
          {format(seconds.write)} detik.
        </Text>
      </Alert>
      <Group>
        <Button component={Link} to="/">
          Ke Beranda
        </Button>
        <Button component={Link} to="/duplikat" variant="default">
          Periksa kemungkinan duplikat
        </Button>
        <Button variant="subtle" onClick={onAgain}>
          Impor berkas lain
        </Button>
      </Group>
    </Stack>
  );
}
