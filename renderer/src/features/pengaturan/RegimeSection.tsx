import { Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useLiveQuery } from 'dexie-react-hooks';
import { REGIME_IDS, REGIME_LABELS, regimeForPeriod } from '@shared/domain/pengaturan/regime';
import type { RegimeId } from '@shared/domain/pengaturan/regime';
import { periodLabel } from '@shared/domain/core/settings';
import type { UpdatePeriod } from '@shared/domain/core/settings';
import { useDatabase } from '../../kit/database-context';
import { getRegimeChoices, saveRegimeChoice } from '../../db/pengaturan/repository';
import { describeStorageError } from '../../db/core/storage-errors';

/**
 * The regime (DTKS or DTSEN) the current period's documents are written under: its
 * titles, legal basis and criteria. Each period takes its default unless chosen here;
 * a document always prints the regime of its own period.
 */
export function RegimeSection({ period }: { period: UpdatePeriod }) {
  const { db } = useDatabase();
  const choices = useLiveQuery(() => getRegimeChoices(db), [db]);
  if (!choices) return null;
  const label = periodLabel(period, new Date());
  const chosen = choices[label];
  const byDefault = regimeForPeriod(label, {});
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Rezim data periode {label}
      </Title>
      <Select
        w={460}
        label="Judul, dasar hukum dan kriteria dokumen periode ini"
        allowDeselect={false}
        data={[
          { value: '', label: `Bawaan: ${REGIME_LABELS[byDefault.id]}` },
          ...REGIME_IDS.map((id) => ({ value: id, label: REGIME_LABELS[id] })),
        ]}
        value={chosen ?? ''}
        onChange={(value) => {
          saveRegimeChoice(db, label, (value || undefined) as RegimeId | undefined).then(
            () =>
              notifications.show({ color: 'teal', message: `Rezim periode ${label} tersimpan.` }),
            (error: unknown) =>
              showFailure({ message: describeStorageError(error, 'Menyimpan rezim periode') }),
          );
        }}
      />
      <Text size="xs" c="dimmed">
        Periode sejak 2025 memakai DTSEN (Permensos 3/2025, Kepmensos 245/HUK/2025) kecuali dipilih
        lain; periode sebelumnya DTKS (Permensos 3/2021).
      </Text>
    </Stack>
  );
}
