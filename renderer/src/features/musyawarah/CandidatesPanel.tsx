import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Meeting } from '@shared/domain/core/entities';
import { tallyInWords } from '@shared/domain/musyawarah/decision-words';
import { groupByRwRt, kindLabel } from '@shared/domain/musyawarah/candidates';
import { maskNik } from '@shared/domain/warga/nik';
import { useDatabase } from '../../kit/database-context';
import { clearDecision } from '../../db/musyawarah/repository';
import { runAction } from '../../kit/run-action';
import { DecisionBadge } from './StatusBadge';
import { TallyBar } from './TallyBar';
import { useMeetingCandidates } from './useMusyawarah';

/** The whole list the room will go through, RW by RW and RT by RT. */
export function CandidatesPanel({ meeting }: { meeting: Meeting }) {
  const { db } = useDatabase();
  const loaded = useMeetingCandidates(meeting.id);
  if (!loaded) return null;
  const { candidates, decisions, decidedElsewhere, decidedElsewhereIds } = loaded;
  const decisionOf = new Map(decisions.map((row) => [row.proposalId, row]));
  const groups = groupByRwRt(candidates);
  const tally = tallyInWords(candidates, decisions);
  const open = candidates.filter((c) => !decisionOf.has(c.proposalId)).length;

  return (
    <Stack>
      <TallyBar tally={tally} open={open} total={candidates.length} />
      {candidates.length === 0 && (
        <Alert color="gray" title="Belum ada calon">
          Calon musyawarah adalah usulan berstatus “Siap musyawarah” dan entri prelist DTKS yang
          perlu diperiksa ulang. Siapkan usulan di menu Usulan.
        </Alert>
      )}
      {decidedElsewhere.length > 0 && (
        <Alert color="orange" title="Sudah diputuskan di musyawarah lain">
          {decidedElsewhere.join(', ')}. Hapus keputusannya di sesi ini sebelum mengunci.
        </Alert>
      )}
      {groups.map((group) => (
        <Paper key={group.key} withBorder>
          <Group justify="space-between" px="sm" py={6} bg="gray.1">
            <Title order={4}>{group.label}</Title>
            <Text size="sm" c="dimmed">
              {group.items.length} keluarga
            </Text>
          </Group>
          <Table striped verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nama</Table.Th>
                <Table.Th>NIK</Table.Th>
                <Table.Th>Alamat</Table.Th>
                <Table.Th ta="right">Anggota</Table.Th>
                <Table.Th>Usulan</Table.Th>
                <Table.Th>Hasil verifikasi</Table.Th>
                <Table.Th>Bantuan diterima</Table.Th>
                <Table.Th>Catatan petugas</Table.Th>
                <Table.Th>Keputusan</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.items.map((candidate) => {
                const decision = decisionOf.get(candidate.proposalId);
                const elsewhere = decidedElsewhereIds.includes(candidate.proposalId);
                return (
                  <Table.Tr key={candidate.proposalId}>
                    <Table.Td fw={500}>{candidate.nama}</Table.Td>
                    <Table.Td ff="monospace">{maskNik(candidate.nik)}</Table.Td>
                    <Table.Td>{candidate.alamat}</Table.Td>
                    <Table.Td ta="right">{candidate.familySize}</Table.Td>
                    <Table.Td>
                      {kindLabel(candidate.kind, candidate.nonaktifReason)}
                      {candidate.source === 'prelist' && (
                        <Badge ml={4} size="xs" variant="light" color="grape">
                          prelist
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{candidate.criteriaSummary}</Table.Td>
                    <Table.Td>{candidate.aid.join(', ') || '—'}</Table.Td>
                    <Table.Td>{candidate.fieldNote || candidate.proposalNote || '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <DecisionBadge decision={decision?.decision} subject={candidate} />
                        {elsewhere && meeting.status !== 'terkunci' && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() =>
                              void runAction(
                                () => clearDecision(db, meeting.id, candidate.proposalId),
                                { what: 'Menghapus keputusan' },
                              )
                            }
                          >
                            Hapus keputusan
                          </Button>
                        )}
                      </Group>
                      {decision?.reason && (
                        <Text size="xs" c="dimmed">
                          {decision.reason}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
    </Stack>
  );
}
