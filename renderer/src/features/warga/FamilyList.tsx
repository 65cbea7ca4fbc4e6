import { Text } from '@mantine/core';
import { memo, useCallback, useMemo, useState } from 'react';
import type { MouseEvent } from 'react';
import { useHref, useNavigate } from 'react-router-dom';
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
  const navigate = useNavigate();
  // Rows are plain anchors (a router Link per row was a third of React's work while the
  // list scrolled, issue 17); a plain click still navigates inside the app.
  const base = useHref('/warga');
  const open = useCallback((id: string) => void navigate(`/warga/${id}`), [navigate]);
  // Drawn once, not again for every window the list scrolls through.
  const count = useMemo(
    () =>
      ids ? (
        <Text size="sm" c="dimmed" data-testid="list-count">
          {number.format(ids.length)} keluarga
        </Text>
      ) : null,
    [ids],
  );
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
      {count}
      <VirtualRows
        count={ids.length}
        rowHeight={44}
        height="calc(100vh - 320px)"
        label="Daftar keluarga"
        onRangeChange={onRangeChange}
        reuseRows
        header={HEADER}
        renderRow={(index) => {
          const id = ids[index] ?? '';
          return <FamilyRow id={id} row={rows.get(id)} href={`${base}/${id}`} onOpen={open} />;
        }}
      />
    </>
  );
}

const HEADER = (
  <div className={`${classes.header} ${classes.families}`} aria-hidden>
    <span>No. KK</span>
    <span>Kepala keluarga</span>
    <span>Alamat</span>
    <span>RT/RW</span>
    <span>Anggota</span>
  </div>
);

type RowProps = {
  id: string;
  row?: FamilyListRow;
  href: string;
  onOpen: (id: string) => void;
};

/**
 * What a line shows: a window read again (a write somewhere) leaves unchanged lines alone,
 * and a line keeps what it showed when its family drops out of the window read, as the
 * focused line does while the list scrolls away from it (VirtualRows keeps it drawn).
 */
const sameLine = (a: RowProps, b: RowProps) =>
  a.id === b.id &&
  a.href === b.href &&
  a.onOpen === b.onOpen &&
  (a.row === b.row ||
    b.row === undefined ||
    (a.row !== undefined &&
      a.row.family.noKk === b.row.family.noKk &&
      a.row.family.alamat === b.row.family.alamat &&
      a.row.family.rt === b.row.family.rt &&
      a.row.family.rw === b.row.family.rw &&
      a.row.headName === b.row.headName &&
      a.row.memberCount === b.row.memberCount));

/** A plain click opens the family in the app; a modified click is the browser's own. */
function plainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * One family's line; unchanged lines are not drawn again while the list scrolls. Always
 * the same five cells, loaded or not: a reused row (VirtualRows `reuseRows`) that comes
 * into view changes its text, it does not swap its elements.
 */
const FamilyRow = memo(function FamilyRow({ id, row, href, onOpen }: RowProps) {
  return (
    <a
      href={href}
      className={`${classes.row} ${classes.families}`}
      onClick={(event) => {
        if (!plainClick(event)) return;
        event.preventDefault();
        onOpen(id);
      }}
    >
      <span className={`${classes.cell} ${classes.mono}`}>
        {row ? maskNoKk(row.family.noKk) : 'Memuat…'}
      </span>
      <span className={classes.cell}>{row ? (row.headName ?? '(tanpa kepala keluarga)') : ''}</span>
      <span className={classes.cell}>{row?.family.alamat ?? ''}</span>
      <span className={classes.cell}>{row ? `${row.family.rt}/${row.family.rw}` : ''}</span>
      <span className={classes.cell}>{row ? `${row.memberCount} orang` : ''}</span>
    </a>
  );
}, sameLine);
