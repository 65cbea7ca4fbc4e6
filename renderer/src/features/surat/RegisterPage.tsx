import { Badge, Button, Group, Menu, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { LETTER_TYPES } from '@shared/domain/entities';
import type { RegisterLetter } from '@shared/domain/entities';
import { LETTER_TYPE_LABELS } from '@shared/domain/letter-types';
import { officeTimeZone } from '@shared/domain/time-zone';
import { formatLongDate } from '@shared/reports/letterhead';
import {
  letterRegisterRows,
  registerPurpose,
  registerSubject,
  signerTitle,
  TYPE_LABEL,
} from '@shared/reports/letter-register';
import { useDatabase } from '../../app/database-context';
import { logRegisterExport } from '../../db/letter-repository';
import type { LetterFilter } from '../../db/letter-repository';
import { useDesktopApi } from '../../platform';
import { renderXlsx } from '../../workers/render-xlsx';
import { CancelLetterModal } from './CancelLetterModal';
import { REGISTER_SORTS, viewRegister } from './register-view';
import type { RegisterSort } from './register-view';
import { useLetterActions } from './useLetterActions';
import { useIdentity, useLetters } from './useSurat';

const thisMonth = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
};

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
      notifications.show({
        color: 'red',
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
        <TextInput
          type="month"
          label="Bulan"
          w={180}
          value={month}
          onChange={(event) => setMonth(event.currentTarget.value)}
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
        {month && (
          <Button variant="subtle" onClick={() => setMonth('')}>
            Semua bulan
          </Button>
        )}
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
      <Table striped withTableBorder data-testid="letter-register">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nomor</Table.Th>
            <Table.Th>Tanggal</Table.Th>
            <Table.Th>Jenis</Table.Th>
            <Table.Th>Nama / tujuan</Table.Th>
            <Table.Th>Keperluan / perihal</Table.Th>
            <Table.Th>Penanda tangan</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Cetak ulang</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(shown ?? []).map((letter) => (
            <Table.Tr key={letter.id} data-number={letter.number} data-type={letter.type}>
              <Table.Td ff="monospace" fz="sm">
                {letter.number}
              </Table.Td>
              <Table.Td>{formatLongDate(letter.date)}</Table.Td>
              <Table.Td>{TYPE_LABEL[letter.type]}</Table.Td>
              <Table.Td>{registerSubject(letter)}</Table.Td>
              <Table.Td>{registerPurpose(letter)}</Table.Td>
              <Table.Td>
                <Text size="sm">{letter.signer.nama}</Text>
                <Text size="xs" c="dimmed">
                  {signerTitle(letter)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={letter.status === 'batal' ? 'red' : 'teal'}>
                  {letter.status === 'batal' ? 'Batal' : 'Terbit'}
                </Badge>
                {letter.cancelReason && (
                  <Text size="xs" c="dimmed">
                    {letter.cancelReason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{letter.reprints.length}</Table.Td>
              <Table.Td>
                <Menu position="bottom-end">
                  <Menu.Target>
                    <Button
                      size="xs"
                      variant="default"
                      loading={busy?.startsWith(letter.id)}
                      aria-label={`Tindakan untuk surat ${letter.number}`}
                    >
                      Tindakan
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {letter.type === 'berita_acara' || letter.type === 'sptjm' ? (
                      <Menu.Item component={Link} to={`/musyawarah/${letter.meetingId}/hasil`}>
                        Buka musyawarah untuk mencetak
                      </Menu.Item>
                    ) : (
                      <>
                        <Menu.Item onClick={() => void output(letter, 'cetak', true)}>
                          Cetak ulang
                        </Menu.Item>
                        <Menu.Item onClick={() => void output(letter, 'pdf', true)}>
                          Simpan ulang PDF
                        </Menu.Item>
                      </>
                    )}
                    <Menu.Item
                      color="red"
                      disabled={
                        letter.status === 'batal' ||
                        letter.type === 'berita_acara' ||
                        letter.type === 'sptjm'
                      }
                      onClick={() => setCancelling(letter)}
                    >
                      Batalkan surat
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
          {shown?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={9}>
                <Text c="dimmed" size="sm">
                  {search.trim()
                    ? 'Tidak ada surat yang cocok dengan pencarian ini.'
                    : `Belum ada surat ${month ? 'pada bulan ini ' : ''}dengan saringan ini.`}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        Nomor yang sudah terbit tidak pernah dipakai ulang. Surat yang dibatalkan tetap tercatat
        dengan nomornya dan alasannya. Salinan PDF surat batal bertanda &quot;BATAL&quot;.
      </Text>
      <CancelLetterModal letter={cancelling} onClose={() => setCancelling(null)} />
    </Stack>
  );
}
