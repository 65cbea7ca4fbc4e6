import { Checkbox, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ProposalChoice } from '@shared/domain/impor/families';
import { PROPOSED_PROGRAMMES } from '@shared/domain/core/entities';
import type { ProposalSource, ProposedProgramme } from '@shared/domain/core/entities';
import { periodLabel } from '@shared/domain/core/settings';
import { useDatabase } from '../../kit/database-context';
import { getPeriod } from '../../db/pengaturan/repository';

const SOURCES: { value: ProposalSource; label: string }[] = [
  { value: 'prelist', label: 'Prelist DTKS' },
  { value: 'rt_rw', label: 'Usulan RT/RW' },
  { value: 'survei_dinsos', label: 'Survei Dinas Sosial' },
  { value: 'cek_bansos', label: 'Aplikasi Cek Bansos' },
  { value: 'mandiri', label: 'Mandiri (datang sendiri)' },
];
const KINDS = [
  { value: 'baru', label: 'Baru (masuk DTKS)' },
  { value: 'perbaikan', label: 'Perbaikan data (cek ulang)' },
];
const STATUSES = [
  { value: 'draf', label: 'Draf' },
  { value: 'verifikasi_lapangan', label: 'Verifikasi lapangan' },
];

type Props = {
  enabled: boolean;
  choice: ProposalChoice;
  families: number;
  onEnabled: (enabled: boolean) => void;
  onChoice: (choice: ProposalChoice) => void;
};

/** What proposals the import creates: confirmed here, before anything is written. */
export function ProposalOptions({ enabled, choice, families, onEnabled, onChoice }: Props) {
  const { db } = useDatabase();
  const period = useLiveQuery(() => getPeriod(db), [db]);
  const label = period ? periodLabel(period, new Date()) : '…';
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Checkbox
          checked={enabled}
          onChange={(event) => onEnabled(event.currentTarget.checked)}
          label={`Buat satu usulan untuk setiap keluarga (${families.toLocaleString('id-ID')} keluarga, periode ${label})`}
          description="Keluarga yang sudah punya usulan yang sama pada periode ini tidak dibuatkan usulan lagi."
        />
        {enabled && (
          <Group grow align="flex-start">
            <Select
              label="Sumber usulan"
              data={SOURCES}
              value={choice.source}
              allowDeselect={false}
              onChange={(value) =>
                value && onChoice({ ...choice, source: value as ProposalSource })
              }
            />
            <Select
              label="Jenis usulan"
              data={KINDS}
              value={choice.kind}
              allowDeselect={false}
              onChange={(value) =>
                value && onChoice({ ...choice, kind: value as ProposalChoice['kind'] })
              }
            />
            <Select
              label="Status awal"
              data={STATUSES}
              value={choice.status}
              allowDeselect={false}
              onChange={(value) =>
                value && onChoice({ ...choice, status: value as ProposalChoice['status'] })
              }
            />
            <Select
              label="Program yang diusulkan"
              data={[...PROPOSED_PROGRAMMES]}
              value={choice.programme}
              allowDeselect={false}
              onChange={(value) =>
                value && onChoice({ ...choice, programme: value as ProposedProgramme })
              }
            />
          </Group>
        )}
        {!enabled && (
          <Text size="sm" c="dimmed">
            Hanya data keluarga dan warga yang disimpan, tanpa usulan.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
