import { Alert, Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { deviceLabel } from '@shared/domain/sinkron/audit-devices';
import type { RegisterLine } from '@shared/domain/sinkron/nomor-surat';
import { LETTER_TYPE_LABELS } from '@shared/domain/surat/types';
import type { LetterType } from '@shared/domain/core/entities';
import { useDatabase } from '../../kit/database-context';
import { useConfirm } from '../../kit/confirm/useConfirm';
import { runAction } from '../../kit/run-action';
import {
  giveBackReserve,
  reserveOverview,
  unusedOfficeNumbers,
} from '../../db/sinkron/nomor-kantor';
import { deviceNames } from '../../db/sinkron/nama-perangkat';
import { peekOwnDeviceId } from '../../db/sinkron/perangkat';
import { useSyncStatus } from './useSync';

type Unused = { type: LetterType; lines: RegisterLine[] }[];
/** Last year's unused numbers, with the names of the PCs that held them ("Nama PC ini"). */
type UnusedFound = { unused: Unused; names: Map<string, string> };

/**
 * Pengaturan → Sinkronisasi kantor: the office's letter numbers this PC holds in reserve
 * (per type, for working offline), "Kembalikan nomor cadangan", and last year's numbers
 * that were reserved and never used, for the Buku agenda.
 */
export function NomorCadangan() {
  const { db } = useDatabase();
  const status = useSyncStatus();
  const { confirm, dialog } = useConfirm();
  const year = new Date().getFullYear();
  const lastYear = year - 1;
  // The office numbering is set when the background sync starts: follow the sync's heartbeat.
  const rows = useLiveQuery(
    () => reserveOverview(db, year),
    [db, year, status?.lastSyncedAt, status?.lastError],
  );
  const [found, setFound] = useState<UnusedFound | null>(null);
  const unused = found?.unused ?? null;
  const [unusedError, setUnusedError] = useState<string | null>(null);
  const active = Boolean(rows && rows.length > 0);

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    unusedOfficeNumbers(db, lastYear)
      .then(async (lists) => {
        const holders = lists.flatMap(({ lines }) => lines.flatMap((line) => line.deviceId ?? []));
        const names = await deviceNames(db, holders);
        if (!cancelled) {
          setFound({ unused: lists, names });
          setUnusedError(null);
        }
      })
      .catch((error: unknown) => {
        if (!cancelled) setUnusedError(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
    };
  }, [db, lastYear, active]);

  if (!rows) return null;
  if (!active) {
    return (
      <Text size="sm" c="dimmed">
        Nomor surat diambil dari server kantor setelah sinkronisasi aktif dan tersambung.
      </Text>
    );
  }
  const own = peekOwnDeviceId(db);

  const giveBack = async (type: LetterType, free: number[]) => {
    const label = LETTER_TYPE_LABELS[type];
    const ok = await confirm({
      title: `Kembalikan nomor cadangan ${label}?`,
      message:
        'Nomor yang belum terpakai dikembalikan ke server kantor dan dipakai PC lain lebih dulu. PC ini mengambil cadangan baru saat tersambung lagi.',
      lost: [`Nomor urut ${free.join(', ')} dari cadangan PC ini`],
      confirmLabel: 'Kembalikan nomor cadangan',
    });
    if (!ok) return;
    await runAction(() => giveBackReserve(db, type, year), {
      what: 'Mengembalikan nomor cadangan',
      success: `Nomor cadangan ${label} dikembalikan ke server kantor.`,
    });
  };

  const conflicts = rows.flatMap((row) => row.conflicts);
  return (
    <Stack data-testid="nomor-cadangan">
      <Title order={4}>Nomor surat kantor {year}</Title>
      <Text size="sm">
        Surat mengambil nomor dari server kantor. Agar tetap bisa menerbitkan surat saat server
        tidak terjangkau, PC ini memegang beberapa nomor cadangan per jenis surat.
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Jenis surat</Table.Th>
            <Table.Th>Nomor cadangan di PC ini</Table.Th>
            <Table.Th>Belum dilaporkan</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.type} data-testid={`cadangan-${row.type}`}>
              <Table.Td>{LETTER_TYPE_LABELS[row.type]}</Table.Td>
              <Table.Td>
                {row.free.length === 0
                  ? 'tidak ada'
                  : `${row.free.length} nomor tersisa (no. urut ${row.free.join(', ')})`}
                {row.returning.length > 0 && (
                  <Text size="xs" c="dimmed">
                    Menunggu diterima server: {row.returning.join(', ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{row.waiting}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  disabled={row.free.length === 0}
                  onClick={() => void giveBack(row.type, row.free)}
                >
                  Kembalikan nomor cadangan
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {conflicts.length > 0 && (
        <Alert color="red" title="Nomor surat ganda">
          <List size="sm">
            {conflicts.map((text) => (
              <List.Item key={text}>{text}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Title order={5}>Nomor tidak terpakai tahun {lastYear}</Title>
      {unusedError && (
        <Text size="sm" c="dimmed">
          Belum dapat dibaca dari server: {unusedError}
        </Text>
      )}
      {!unused && !unusedError && (
        <Text size="sm" c="dimmed">
          Membaca dari server kantor…
        </Text>
      )}
      {unused && unused.length === 0 && <Text size="sm">Tidak ada.</Text>}
      {unused && unused.length > 0 && (
        <Stack gap={4} data-testid="nomor-tidak-terpakai">
          <Text size="sm">
            Nomor ini dicadangkan untuk PC kantor tetapi tidak dipakai sampai tahun berakhir. Catat
            di Buku agenda sebagai &ldquo;tidak terpakai&rdquo;.
          </Text>
          <List size="sm">
            {unused.map(({ type, lines }) => (
              <List.Item key={type}>
                {LETTER_TYPE_LABELS[type]}:{' '}
                {lines
                  .map((line) =>
                    line.deviceId
                      ? `${line.seq} (${deviceLabel(line.deviceId, own, found?.names.get(line.deviceId))})`
                      : String(line.seq),
                  )
                  .join(', ')}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {dialog}
    </Stack>
  );
}
