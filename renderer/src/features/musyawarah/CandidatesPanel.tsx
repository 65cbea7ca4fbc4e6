import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Meeting, MeetingDecision } from '@shared/domain/core/entities';
import { tallyInWords } from '@shared/domain/musyawarah/decision-words';
import { groupByRwRt, kindLabel } from '@shared/domain/musyawarah/candidates';
import type { MeetingCandidate } from '@shared/domain/musyawarah/candidates';
import { maskNik } from '@shared/domain/warga/nik';
import { useDatabase } from '../../kit/database-context';
import { VirtualRows } from '../../kit/lists/VirtualRows';
import list from '../../kit/lists/list.module.css';
import { clearDecision } from '../../db/musyawarah/repository';
import { runAction } from '../../kit/run-action';
import { DecisionBadge } from './StatusBadge';
import { TallyBar } from './TallyBar';
import { useMeetingCandidates } from './useMusyawarah';
import classes from './candidates-panel.module.css';

/** Every row, a RW/RT heading or a candidate (two lines at most), has this height (px). */
const ROW_HEIGHT = 52;
/** The `.columns` grid's minimum widths (976), its eight gaps (96) and the row padding (24). */
const MIN_LIST_WIDTH = '1096px';

type Row =
  | { type: 'group'; label: string; count: number }
  | { type: 'candidate'; candidate: MeetingCandidate };

/**
 * The whole list the room will go through, RW by RW and RT by RT. Only the rows in view
 * are drawn: at 200,000 people a meeting has ~2,700 candidates (issue 17).
 */
export function CandidatesPanel({ meeting }: { meeting: Meeting }) {
  const { db } = useDatabase();
  const loaded = useMeetingCandidates(meeting.id);
  const rows = useMemo(() => {
    const rows: Row[] = [];
    for (const group of groupByRwRt(loaded?.candidates ?? [])) {
      rows.push({ type: 'group', label: group.label, count: group.items.length });
      for (const candidate of group.items) rows.push({ type: 'candidate', candidate });
    }
    return rows;
  }, [loaded?.candidates]);
  const decisionOf = useMemo(
    () => new Map((loaded?.decisions ?? []).map((row) => [row.proposalId, row])),
    [loaded?.decisions],
  );
  if (!loaded) return <Text c="dimmed">Memuat daftar calon…</Text>;
  const { candidates, decisions, decidedElsewhere, decidedElsewhereIds } = loaded;
  const tally = tallyInWords(candidates, decisions);
  const open = candidates.filter((c) => !decisionOf.has(c.proposalId)).length;
  const elsewhere = new Set(decidedElsewhereIds);
  const unlocked = meeting.status !== 'terkunci';

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
      {candidates.length > 0 && (
        <VirtualRows
          count={rows.length}
          rowHeight={ROW_HEIGHT}
          minWidth={MIN_LIST_WIDTH}
          height="max(360px, calc(100vh - 330px))"
          label="Semua calon musyawarah"
          header={
            <div className={`${list.header} ${classes.columns}`} aria-hidden>
              <span>Nama</span>
              <span>NIK</span>
              <span>Alamat</span>
              <span className={classes.right}>Anggota</span>
              <span>Usulan</span>
              <span>Hasil verifikasi</span>
              <span>Bantuan diterima</span>
              <span>Catatan petugas</span>
              <span>Keputusan</span>
            </div>
          }
          renderRow={(index) => {
            const row = rows[index];
            if (!row) return null;
            if (row.type === 'group')
              return (
                <div className={classes.group}>
                  <Text fw={700} size="md" component="h4" m={0}>
                    {row.label}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {row.count} keluarga
                  </Text>
                </div>
              );
            return (
              <CandidateRow
                candidate={row.candidate}
                decision={decisionOf.get(row.candidate.proposalId)}
                onClear={
                  unlocked && elsewhere.has(row.candidate.proposalId)
                    ? () =>
                        void runAction(
                          () => clearDecision(db, meeting.id, row.candidate.proposalId),
                          { what: 'Menghapus keputusan' },
                        )
                    : undefined
                }
              />
            );
          }}
        />
      )}
    </Stack>
  );
}

function CandidateRow({
  candidate,
  decision,
  onClear,
}: {
  candidate: MeetingCandidate;
  decision: MeetingDecision | undefined;
  /** Set for a candidate decided by another meeting too: its decision here can be removed. */
  onClear: (() => void) | undefined;
}) {
  const note = candidate.fieldNote || candidate.proposalNote || '—';
  const aid = candidate.aid.join(', ') || '—';
  const clamp = (text: string, extra = '') => (
    <span className={`${classes.clamp} ${extra}`} title={text}>
      {text}
    </span>
  );
  return (
    // Focusable, so the list is read and scrolled with the keyboard row by row.
    <div className={`${list.row} ${classes.columns}`} tabIndex={0} data-testid="calon-row">
      {clamp(candidate.nama)}
      <span className={list.mono}>{maskNik(candidate.nik)}</span>
      {clamp(candidate.alamat)}
      <span className={classes.right}>{candidate.familySize}</span>
      <span className={classes.clamp}>
        {kindLabel(candidate.kind, candidate.nonaktifReason)}
        {candidate.source === 'prelist' && (
          <Badge ml={4} size="xs" variant="light" color="grape">
            prelist
          </Badge>
        )}
      </span>
      {clamp(candidate.criteriaSummary)}
      {clamp(aid)}
      {clamp(note)}
      <span className={classes.clamp} title={decision?.reason}>
        <Group gap={4} wrap="nowrap" component="span">
          <DecisionBadge decision={decision?.decision} subject={candidate} />
          {onClear && (
            <Button size="compact-xs" variant="subtle" color="red" onClick={onClear}>
              Hapus keputusan
            </Button>
          )}
        </Group>
        {decision?.reason && (
          <Text size="xs" c="dimmed" span>
            {decision.reason}
          </Text>
        )}
      </span>
    </div>
  );
}
