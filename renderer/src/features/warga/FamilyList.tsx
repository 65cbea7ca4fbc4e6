import { Text } from '@mantine/core';
import { memo, useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { maskNoKk } from '@shared/domain/warga/kk';
import type { FamilyListRow } from '../../db/warga/repository';
import { useFamilyIds, useFamilyRows } from './useFamilyList';
import { VirtualRows } from '../../kit/lists/VirtualRows';
import classes from '../../kit/lists/list.module.css';

const number = new Intl.NumberFormat('id-ID');

/** Every family, in RW/RT order, reading only the rows in view. */
export function FamilyList({ rw, rt }: { rw: string; rt: string }) {
  const ids = useFamilyIds(rw, rt);
  const [range, setRange] = useState<[number, number]>([0, 40]);
  const rows = useFamilyRows(ids, range[0], range[1]);
  const onRangeChange = useCallback(
    (first: number, last: number) =>
      setRange((current) =>
        current[0] === first && current[1] === last ? current : [first, last],
      ),
    [],
  );
  if (!ids) return <Text c="dimmed">Memuat daftar keluarga…</Text>;
  if (ids.length === 0) {
    return (
      <Text c="dimmed" data-testid="list-empty">
        {rw || rt
          ? 'Tidak ada keluarga di RT/RW ini.'
          : 'Belum ada keluarga terdaftar. Daftarkan keluarga baru atau impor data dari RT/RW.'}
      </Text>
    );
  }
  return (
    <>
      <Text size="sm" c="dimmed" data-testid="list-count">
        {number.format(ids.length)} keluarga
      </Text>
      <VirtualRows
        count={ids.length}
        rowHeight={44}
        height="calc(100vh - 320px)"
        label="Daftar keluarga"
        onRangeChange={onRangeChange}
        header={
          <div className={`${classes.header} ${classes.families}`} aria-hidden>
            <span>No. KK</span>
            <span>Kepala keluarga</span>
            <span>Alamat</span>
            <span>RT/RW</span>
            <span>Anggota</span>
          </div>
        }
        renderRow={(index) => {
          const id = ids[index] ?? '';
          return <FamilyRow id={id} row={rows.get(id)} />;
        }}
      />
    </>
  );
}

type RowProps = { id: string; row?: FamilyListRow };

/** What a line shows: a window read again (a write somewhere) leaves unchanged lines alone. */
const sameLine = (a: RowProps, b: RowProps) =>
  a.id === b.id &&
  (a.row === b.row ||
    (a.row !== undefined &&
      b.row !== undefined &&
      a.row.family.noKk === b.row.family.noKk &&
      a.row.family.alamat === b.row.family.alamat &&
      a.row.family.rt === b.row.family.rt &&
      a.row.family.rw === b.row.family.rw &&
      a.row.headName === b.row.headName &&
      a.row.memberCount === b.row.memberCount));

/** One family's line; unchanged lines are not drawn again while the list scrolls. */
const FamilyRow = memo(function FamilyRow({ id, row }: RowProps) {
  return (
    <Link to={`/warga/${id}`} className={`${classes.row} ${classes.families}`}>
      {row ? (
        <>
          <span className={`${classes.cell} ${classes.mono}`}>{maskNoKk(row.family.noKk)}</span>
          <span className={classes.cell}>{row.headName ?? '(tanpa kepala keluarga)'}</span>
          <span className={classes.cell}>{row.family.alamat}</span>
          <span className={classes.cell}>
            {row.family.rt}/{row.family.rw}
          </span>
          <span className={classes.cell}>{row.memberCount} orang</span>
        </>
      ) : (
        <span className={classes.cell}>Memuat…</span>
      )}
    </Link>
  );
}, sameLine);
