import {
  Button,
  Divider,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useLiveQuery } from 'dexie-react-hooks';
import { operatorSchema, periodLabel, updatePeriodSchema } from '@shared/domain/core/settings';
import type { Operator, UpdatePeriod } from '@shared/domain/core/settings';
import { useDatabase } from '../../kit/database-context';
import { useSchemaForm } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { getOperator, getPeriod, saveOperator, savePeriod } from '../../db/pengaturan/repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { RegimeSection } from './RegimeSection';

export function GeneralSection() {
  const { db } = useDatabase();
  const operator = useLiveQuery(() => getOperator(db), [db]);
  const period = useLiveQuery(() => getPeriod(db), [db]);
  return (
    <Stack>
      {operator !== undefined && (
        <OperatorForm key={operator?.nama ?? ''} initial={operator ?? { nama: '' }} />
      )}
      <Divider />
      {period && <PeriodForm key={JSON.stringify(period)} initial={period} />}
      {period && <RegimeSection period={period} />}
    </Stack>
  );
}

function OperatorForm({ initial }: { initial: Operator }) {
  const { db } = useDatabase();
  const { values, errors, setField, validate, dirty, markClean } = useSchemaForm(
    operatorSchema,
    initial,
  );
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty, focusFirst: false });
  return (
    <form
      noValidate
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        const operator = validate();
        if (!operator) return;
        saveOperator(db, operator).then(
          () => {
            markClean();
            notifications.show({ color: 'teal', message: 'Nama operator tersimpan.' });
          },
          (error: unknown) =>
            showFailure({ message: describeStorageError(error, 'Menyimpan operator') }),
        );
      }}
    >
      <Group align="flex-end">
        <TextInput
          label="Nama operator"
          description="Dicatat di log aktivitas sampai akun pengguna tersedia"
          w={360}
          value={values.nama}
          error={errors.nama}
          onChange={(e) => setField('nama', e.currentTarget.value)}
        />
        <Button type="submit">Simpan</Button>
      </Group>
    </form>
  );
}

function PeriodForm({ initial }: { initial: UpdatePeriod }) {
  const { db } = useDatabase();
  const { values, errors, setField, validate, dirty, markClean } = useSchemaForm(
    updatePeriodSchema,
    initial,
  );
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty, focusFirst: false });
  const parsed = updatePeriodSchema.safeParse(values);
  return (
    <form
      noValidate
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        const period = validate();
        if (!period) return;
        savePeriod(db, period).then(
          () => {
            markClean();
            notifications.show({ color: 'teal', message: 'Periode pemutakhiran tersimpan.' });
          },
          (error: unknown) =>
            showFailure({ message: describeStorageError(error, 'Menyimpan periode') }),
        );
      }}
    >
      <Stack>
        <Title order={3} size="h5">
          Periode pemutakhiran data
        </Title>
        <Group align="flex-start">
          <Select
            label="Siklus"
            w={200}
            allowDeselect={false}
            data={[
              { value: 'bulanan', label: 'Bulanan' },
              { value: 'semester', label: 'Per semester (6 bulan)' },
            ]}
            value={values.mode}
            onChange={(value) => value && setField('mode', value as UpdatePeriod['mode'])}
          />
          <NumberInput
            label="Input mulai tanggal"
            w={160}
            min={1}
            max={28}
            value={values.inputStartDay}
            error={errors.inputStartDay}
            onChange={(value) => setField('inputStartDay', Number(value))}
          />
          <NumberInput
            label="Input sampai tanggal"
            w={160}
            min={1}
            max={31}
            value={values.inputEndDay}
            error={errors.inputEndDay}
            onChange={(value) => setField('inputEndDay', Number(value))}
          />
        </Group>
        {parsed.success && (
          <Text size="sm" c="dimmed">
            Periode berjalan: {periodLabel(parsed.data, new Date())}; input tanggal{' '}
            {parsed.data.inputStartDay} s.d. {parsed.data.inputEndDay}, data ditarik tanggal{' '}
            {parsed.data.inputEndDay + 1}.
          </Text>
        )}
        <Button type="submit" w="fit-content">
          Simpan periode
        </Button>
      </Stack>
    </form>
  );
}
