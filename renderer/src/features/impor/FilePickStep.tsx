import { Alert, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { DragEvent } from 'react';
import { KNOWN_LAYOUTS, RT_RW_TEMPLATE_HEADERS } from '@shared/domain/impor/fields';
import { RepickableFileButton } from '../../kit/forms/RepickableFileButton';
import { useDesktopApi } from '../../platform';

type Props = {
  error?: string;
  notice?: string;
  onFile: (file: File) => void;
};

const ACCEPT = '.xlsx,.xls,.ods,.csv,text/csv';

/** Pick a file with the button, or drop it on the area. */
export function FilePickStep({ error, notice, onFile }: Props) {
  const api = useDesktopApi();
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  const saveTemplate = () => {
    const csv = `${RT_RW_TEMPLATE_HEADERS.join(';')}\r\n`;
    void api.saveFile(new TextEncoder().encode(`\uFEFF${csv}`), 'templat-usulan-rt-rw.csv', 'csv');
  };

  return (
    <Stack>
      {error && (
        <Alert color="red" role="alert" title="Berkas tidak dapat diimpor">
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="gray" role="status">
          {notice}
        </Alert>
      )}
      <Paper
        withBorder
        p="xl"
        radius="md"
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
        }}
      >
        <Stack align="center" gap="sm">
          <Text fw={600}>Tarik berkas XLSX atau CSV ke sini</Text>
          <Text size="sm" c="dimmed">
            atau
          </Text>
          <RepickableFileButton
            onChange={(file) => file && onFile(file)}
            accept={ACCEPT}
            inputProps={{ 'aria-label': 'Pilih berkas XLSX atau CSV' }}
          >
            {(props) => <Button {...props}>Pilih berkas…</Button>}
          </RepickableFileButton>
          <Text size="xs" c="dimmed">
            Semua baris diperiksa dulu. Tidak ada yang disimpan sebelum Anda menyetujui.
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Text fw={600} mb="xs">
          Tata letak yang dikenali otomatis
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            <b>{KNOWN_LAYOUTS.prelist.label}</b>: kolom{' '}
            {Object.values(KNOWN_LAYOUTS.prelist.columns).join(', ')}.
          </List.Item>
          <List.Item>
            <b>{KNOWN_LAYOUTS.rt_rw.label}</b>: kolom {RT_RW_TEMPLATE_HEADERS.join(', ')}.
          </List.Item>
          <List.Item>
            Tata letak lain: Anda memetakan kolomnya sekali, lalu pemetaan itu diingat untuk berkas
            dengan kolom yang sama.
          </List.Item>
        </List>
        <Group mt="sm">
          <Button variant="default" size="xs" onClick={saveTemplate}>
            Unduh templat usulan RT/RW (CSV)
          </Button>
        </Group>
      </Paper>
    </Stack>
  );
}
