import { Alert, Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useConfirm } from '../../kit/confirm/useConfirm';
import { useDatabase } from '../../kit/database-context';
import { mayWrite } from '../../db/keamanan/audit-repository';
import { listImportRuns } from '../../db/impor/history';
import type { ImportRun } from '../../db/impor/history';
import { ImportUndoError, planImportUndo, undoImport } from '../../db/impor/undo';
import type { ImportUndoPlan } from '../../db/impor/undo';
import { describeStorageError } from '../../db/core/storage-errors';

const number = new Intl.NumberFormat('id-ID');
const when = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' });

function lostItems(plan: ImportUndoPlan): string[] {
  const items = [
    `${number.format(plan.people)} warga dan ${number.format(plan.families)} keluarga yang dibuat impor ini`,
    `${number.format(plan.proposals)} usulan yang dibuat impor ini`,
  ];
  if (plan.assessments > 0)
    items.push(`${number.format(plan.assessments)} penilaian verivali pada usulan itu`);
  if (plan.photos > 0) items.push(`${number.format(plan.photos)} foto rumah pada usulan itu`);
  if (plan.aid > 0) items.push(`${number.format(plan.aid)} catatan bantuan warga itu`);
  if (plan.decisions > 0)
    items.push(`${number.format(plan.decisions)} keputusan di musyawarah yang belum dikunci`);
  items.push('Semua perubahan yang dibuat pada warga dan usulan itu sesudah impor');
  return items;
}

/**
 * The imports made in this database, newest first, each with a way back: the
 * whole import is undone in one step until a locked meeting decided on any of it.
 */
export function ImportHistory() {
  const { db } = useDatabase();
  const runs = useLiveQuery(() => listImportRuns(db), [db]);
  const { confirm, dialog } = useConfirm();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<{ run: ImportRun; reasons: string[] } | null>(null);
  const allowed = mayWrite(db, { action: 'delete', entity: 'impor data' });

  if (!runs || runs.length === 0) return null;

  const undo = async (run: ImportRun) => {
    setBlocked(null);
    setBusyId(run.id);
    try {
      const plan = await planImportUndo(db, run.id);
      if (!plan) return;
      if (plan.blockers.length > 0) {
        setBlocked({ run, reasons: plan.blockers });
        return;
      }
      const ok = await confirm({
        title: `Batalkan impor ${run.fileName}?`,
        message:
          'Semua yang dibuat impor ini dihapus sekaligus, seolah-olah berkasnya tidak pernah ' +
          'diimpor. Data yang sudah ada sebelum impor tidak disentuh' +
          (plan.familiesRestored > 0
            ? `, kecuali ID DTKS/DTSEN dan desil ${number.format(plan.familiesRestored)} ` +
              'keluarga yang sudah terdaftar: dikembalikan seperti sebelum impor'
            : '') +
          '. Pembatalan dicatat di log.',
        lost: lostItems(plan),
        confirmLabel: 'Batalkan impor',
      });
      if (!ok) return;
      const done = await undoImport(db, run.id);
      notifications.show({
        color: 'teal',
        message: `Impor ${run.fileName} dibatalkan: ${number.format(done.people)} warga, ${number.format(done.families)} keluarga dan ${number.format(done.proposals)} usulan dihapus.`,
      });
    } catch (error) {
      if (error instanceof ImportUndoError) setBlocked({ run, reasons: [error.message] });
      else showFailure({ message: describeStorageError(error, 'Membatalkan impor') });
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="import-history">
      {dialog}
      <Stack gap="sm">
        <Title order={3}>Riwayat impor</Title>
        <Text size="sm" c="dimmed">
          Impor yang salah berkas dapat dibatalkan seluruhnya, selama belum ada usulannya yang
          diputuskan di musyawarah yang dikunci.
        </Text>
        {blocked && (
          <Alert color="orange" title={`Impor ${blocked.run.fileName} tidak dapat dibatalkan`}>
            {blocked.reasons.join(' ')}
          </Alert>
        )}
        <Table striped withTableBorder aria-label="Riwayat impor">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Waktu</Table.Th>
              <Table.Th>Berkas</Table.Th>
              <Table.Th>Oleh</Table.Th>
              <Table.Th>Dibuat</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runs.map((run) => (
              <Table.Tr key={run.id}>
                <Table.Td>{when.format(new Date(run.at))}</Table.Td>
                <Table.Td>{run.fileName}</Table.Td>
                <Table.Td>{run.actor}</Table.Td>
                <Table.Td>
                  {number.format(run.peopleCreated)} warga, {number.format(run.familiesCreated)}{' '}
                  keluarga, {number.format(run.proposalsCreated)} usulan
                </Table.Td>
                <Table.Td>
                  {run.undone ? (
                    <Badge color="gray" variant="light">
                      Dibatalkan {when.format(new Date(run.undone.at))}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      disabled={!allowed || (busyId !== null && busyId !== run.id)}
                      loading={busyId === run.id}
                      title={allowed ? undefined : 'Peran Anda tidak boleh membatalkan impor'}
                      onClick={() => void undo(run)}
                    >
                      Batalkan impor
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
