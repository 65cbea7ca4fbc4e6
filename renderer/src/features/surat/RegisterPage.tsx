import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useMemo, useState } from 'react';
import { LETTER_TYPES } from '@shared/domain/core/entities';
import type { RegisterLetter } from '@shared/domain/core/entities';
import { LETTER_TYPE_LABELS } from '@shared/domain/surat/types';
import { officeTimeZone } from '@shared/domain/core/time-zone';
import { MONTHS_ID } from '@shared/domain/core/settings';
import { letterRegisterRows } from '@shared/reports/letter-register';
import { useDatabase } from '../../kit/database-context';
import { logRegisterExport } from '../../db/surat/repository';
import type { LetterFilter } from '../../db/surat/repository';
import { useDesktopApi } from '../../platform';
import { renderXlsx } from '../../workers/render-xlsx';
import { CancelLetterModal } from './CancelLetterModal';
import { RegisterTable } from './RegisterTable';
import { REGISTER_SORTS, viewRegister } from './register-view';
import type { RegisterSort } from './register-view';
import { useLetterActions } from './useLetterActions';
import { useIdentity, useLetters } from './useSurat';

const year = () => String(new Date().getFullYear());
const thisMonth = () => `${year()}-${String(new Date().getMonth() + 1).padStart(2, '0')}`;

/**
 * The years the filter offers: this year and the four before it, and the chosen one if it is
 * older. (A native month input spoke the browser's language: "November 2026" in English.)
 */
function yearChoices(month: string): string[] {
  const now = new Date().getFullYear();
  const years = Array.from({ length: 5 }, (_, back) => String(now - back));
  const chosen = month.slice(0, 4);
  return chosen && !years.includes(chosen) ? [...years, chosen] : years;
}

/** Buku agenda surat keluar: every number ever issued, cancelled ones included. */
export function RegisterPage() {
  const { db } = useDatabase();
  const desktop = useDesktopApi();
  const [month, setMonth] = useState(thisMonth);
  const [type, setType] = useState<'' | RegisterLetter['type']>('');
  const [status, setStatus] = useState<'' | RegisterLetter['status']>('');
  const filter: LetterFilter = {
    month: month || undefined,
    type: type || undefined,
    status: status || undefined,
  };
  const letters = useLetters(filter);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<RegisterSort>('terbaru');
  const shown = useMemo(
    () => (letters ? viewRegister(letters, { search, sort }) : undefined),
    [letters, search, sort],
  );
  const identity = useIdentity();
  const { output, busy } = useLetterActions();
  const [cancelling, setCancelling] = useState<RegisterLetter | null>(null);
  const [exporting, setExporting] = useState(false);

  const exportXlsx = async () => {
    if (!letters) return;
    setExporting(true);
    try {
      const zone = identity ? officeTimeZone(identity) : 'WIB';
      const bytes = await renderXlsx([
        { name: 'Buku agenda', rows: letterRegisterRows(letters, zone) },
      ]);
      const result = await desktop.saveFile(
        bytes,
        `Buku agenda surat keluar ${month || 'semua'}`,
        'xlsx',
      );
      if (result.status === 'saved') {
        await logRegisterExport(db, filter, letters.length);
        notifications.show({ color: 'teal', message: `Buku agenda diekspor (${result.where}).` });
      } else if (result.status === 'error') throw new Error(result.message);
    } catch (error) {
      showFailure({
        message: `Ekspor gagal: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          type="search"
          label="Cari surat"
          placeholder="Nama, NIK, nomor atau keperluan"
          w={260}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <Select
          label="Bulan"
          w={150}
          data={[
            { value: '', label: 'Semua bulan' },
            ...MONTHS_ID.map((label, index) => ({
              value: String(index + 1).padStart(2, '0'),
              label,
            })),
          ]}
          value={month.slice(5)}
          allowDeselect={false}
          onChange={(value) => setMonth(value ? `${month.slice(0, 4) || year()}-${value}` : '')}
        />
        <Select
          label="Tahun"
          w={110}
          data={yearChoices(month)}
          value={month.slice(0, 4) || null}
          placeholder="Semua"
          disabled={!month}
          allowDeselect={false}
          onChange={(value) => value && setMonth(`${value}-${month.slice(5)}`)}
        />
        <Select
          label="Jenis surat"
          w={240}
          data={[
            { value: '', label: 'Semua jenis' },
            ...LETTER_TYPES.map((value) => ({ value, label: LETTER_TYPE_LABELS[value] })),
          ]}
          value={type}
          allowDeselect={false}
          onChange={(value) => setType((value ?? '') as typeof type)}
        />
        <Select
          label="Status"
          w={160}
          data={[
            { value: '', label: 'Semua status' },
            { value: 'terbit', label: 'Terbit' },
            { value: 'batal', label: 'Batal' },
          ]}
          value={status}
          allowDeselect={false}
          onChange={(value) => setStatus((value ?? '') as typeof status)}
        />
        <Select
          label="Urutkan"
          w={160}
          data={Object.entries(REGISTER_SORTS).map(([value, label]) => ({ value, label }))}
          value={sort}
          allowDeselect={false}
          onChange={(value) => value && setSort(value as RegisterSort)}
        />
        <Button
          ml="auto"
          variant="light"
          loading={exporting}
          disabled={!letters || letters.length === 0}
          onClick={() => void exportXlsx()}
        >
          Ekspor XLSX
        </Button>
      </Group>
      {shown && (
        <Text size="sm" c="dimmed" data-testid="letter-register-count">
          {shown.length.toLocaleString('id-ID')} surat
        </Text>
      )}
      <RegisterTable
        letters={shown}
        emptyText={
          search.trim()
            ? 'Tidak ada surat yang cocok dengan pencarian ini.'
            : `Belum ada surat ${month ? 'pada bulan ini ' : ''}dengan saringan ini.`
        }
        busy={busy}
        onOutput={(letter, how) => void output(letter, how, true)}
        onCancel={setCancelling}
      />
      <Text size="xs" c="dimmed">
        Nomor yang sudah terbit tidak pernah dipakai ulang. Surat yang dibatalkan tetap tercatat
        dengan nomornya dan alasannya. Salinan PDF surat batal bertanda &quot;BATAL&quot;.
      </Text>
      <CancelLetterModal letter={cancelling} onClose={() => setCancelling(null)} />
    </Stack>
  );
}
