import { Badge, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { maskNik } from '@shared/domain/warga/nik';
import { KIND_LABELS } from '@shared/domain/usulan/proposal';
import { VirtualRows } from '../../kit/lists/VirtualRows';
import list from '../../kit/lists/list.module.css';
import { StatusBadge } from './StatusBadge';
import classes from './usulan.module.css';
import { useProposalWindow } from './useUsulan';

const number = new Intl.NumberFormat('id-ID');

/**
 * Every proposal that matches, however many: only the rows in view are in the
 * page and read from the database (the Warga list's VirtualRows).
 */
export function ProposalRows({ ids, filtered }: { ids: string[] | undefined; filtered: boolean }) {
  const [range, setRange] = useState<[number, number]>([0, 40]);
  const rows = useProposalWindow(ids, range[0], range[1]);
  const onRangeChange = useCallback(
    (first: number, last: number) =>
      setRange((current) =>
        current[0] === first && current[1] === last ? current : [first, last],
      ),
    [],
  );
  if (!ids) return <Text c="dimmed">Memuat daftar usulan…</Text>;
  if (ids.length === 0) {
    return (
      <Text c="dimmed" data-testid="usulan-empty">
        {filtered
          ? 'Tidak ada usulan yang cocok. Periksa ejaan nama, atau cari dengan NIK atau No. KK.'
          : 'Belum ada usulan yang cocok dengan saringan ini.'}
      </Text>
    );
  }
  return (
    <>
      <Text size="sm" c="dimmed" data-testid="usulan-count">
        {number.format(ids.length)} usulan
      </Text>
      <VirtualRows
        count={ids.length}
        rowHeight={44}
        height="calc(100vh - 360px)"
        label="Daftar usulan"
        onRangeChange={onRangeChange}
        header={
          <div className={`${list.header} ${classes.columns}`} aria-hidden>
            <span>Nama</span>
            <span>NIK</span>
            <span>RT/RW</span>
            <span>Jenis</span>
            <span>Program</span>
            <span>Status</span>
            <span title="Verifikasi lapangan (verivali)">Verivali</span>
            <span>Periode</span>
          </div>
        }
        renderRow={(index) => {
          const id = ids[index] ?? '';
          const row = rows.get(id);
          if (!row) {
            return (
              <div className={list.row}>
                <span className={list.cell}>Memuat…</span>
              </div>
            );
          }
          const { proposal, person, family, assessment } = row;
          return (
            <Link
              to={`/usulan/${proposal.id}`}
              className={`${list.row} ${classes.columns}`}
              data-row-index={index}
            >
              <span className={list.cell} title={person?.nama}>
                <b>{person?.nama ?? '(warga terhapus)'}</b>
              </span>
              <span className={`${list.cell} ${list.mono}`}>
                {person ? maskNik(person.nik) : '—'}
              </span>
              <span className={list.cell}>{family ? `${family.rt}/${family.rw}` : '—'}</span>
              <span className={list.cell}>{KIND_LABELS[proposal.kind]}</span>
              <span className={list.cell} title={proposal.programme}>
                {proposal.programme}
                {proposal.overlapOverride && (
                  <Badge
                    ml={4}
                    size="xs"
                    color="orange"
                    variant="light"
                    title="Pengecualian tumpang tindih bantuan"
                  >
                    Pengecualian
                  </Badge>
                )}
              </span>
              <span>
                <StatusBadge status={proposal.status} className={classes.badge} />
              </span>
              <Text
                component="span"
                size="sm"
                className={list.cell}
                c={assessment ? undefined : 'dimmed'}
                title={assessment?.label}
              >
                {assessment?.label ?? 'Belum dinilai'}
              </Text>
              <span className={list.cell}>{proposal.period}</span>
            </Link>
          );
        }}
      />
    </>
  );
}
