import { Alert, Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import {
  FIELD_SPECS,
  IMPORT_FIELDS,
  INFORMATIONAL_FIELDS,
  missingRequired,
  normalizeHeader,
} from '@shared/domain/impor/fields';
import type { FieldMapping, ImportField } from '@shared/domain/impor/fields';
import type { OpenedSheet } from '../../workers/import-client';

type Props = {
  sheet: OpenedSheet;
  initial: FieldMapping;
  onConfirm: (mapping: FieldMapping) => void;
  onCancel: () => void;
};

const NONE = '';
const MAPPABLE = IMPORT_FIELDS.filter((field) => !INFORMATIONAL_FIELDS.includes(field));

/** One Select per field; the first data row shows what each chosen column holds. */
export function ColumnMappingStep({ sheet, initial, onConfirm, onCancel }: Props) {
  const [mapping, setMapping] = useState<FieldMapping>(initial);
  const columns = useMemo(
    () =>
      sheet.headers.map((header, index) => ({
        value: normalizeHeader(header),
        label: header,
        index,
      })),
    [sheet.headers],
  );
  const options = [
    { value: NONE, label: '— tidak ada —' },
    ...columns.filter((c) => c.value !== '').map(({ value, label }) => ({ value, label })),
  ];
  const missing = missingRequired(mapping, sheet.headers);
  const sampleOf = (field: ImportField) => {
    const column = columns.find((c) => c.value === mapping[field]);
    return column ? (sheet.sample[0]?.[column.index] ?? '') : '';
  };
  const setField = (field: ImportField, value: string | null) =>
    setMapping((previous) => {
      const next = { ...previous };
      if (!value) delete next[field];
      else {
        // A column feeds one field: choosing it here frees it elsewhere.
        for (const other of IMPORT_FIELDS) if (next[other] === value) delete next[other];
        next[field] = value;
      }
      return next;
    });

  return (
    <Stack>
      <Alert color="blue" title="Tata letak kolom belum dikenal">
        Berkas <b>{sheet.fileName}</b> ({sheet.dataRows.toLocaleString('id-ID')} baris, lembar “
        {sheet.sheetName}”) memakai kolom yang belum dikenal. Pilih kolom untuk setiap isian.
        Pemetaan ini diingat untuk berkas berikutnya dengan kolom yang sama.
      </Alert>
      <Paper withBorder>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Isian</Table.Th>
              <Table.Th w={280}>Kolom di berkas</Table.Th>
              <Table.Th>Contoh isi (baris data pertama)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {MAPPABLE.map((field) => {
              const spec = FIELD_SPECS[field];
              return (
                <Table.Tr key={field}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm">{spec.label}</Text>
                      {spec.required && (
                        <Badge size="xs" color={missing.includes(field) ? 'red' : 'gray'}>
                          wajib
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Kolom untuk ${spec.label}`}
                      data={options}
                      value={mapping[field] ?? NONE}
                      onChange={(value) => setField(field, value)}
                      allowDeselect={false}
                      searchable
                      size="xs"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1}>
                      {sampleOf(field)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
      {missing.length > 0 && (
        <Text size="sm" c="red" role="status">
          Belum dipilih: {missing.map((field) => FIELD_SPECS[field].label).join(', ')}.
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Batal
        </Button>
        <Button disabled={missing.length > 0} onClick={() => onConfirm(mapping)}>
          Simpan pemetaan dan periksa
        </Button>
      </Group>
    </Stack>
  );
}
