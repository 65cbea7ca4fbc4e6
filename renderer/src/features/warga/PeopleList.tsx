import { Badge, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { SHDK } from '@shared/domain/core/entities';
import { maskNoKk } from '@shared/domain/warga/kk';
import { maskNik } from '@shared/domain/warga/nik';
import type { SearchResult } from './useWargaSearch';
import { useHitWindow } from './useWargaSearch';
import { MORE_BEFORE_END, SEARCH_LIMIT } from './search-limits';
import { VirtualRows } from '../../kit/lists/VirtualRows';
import { PRESENCE_COLORS, PRESENCE_LABELS } from './warga-format';
import classes from '../../kit/lists/list.module.css';

const number = new Intl.NumberFormat('id-ID');

/** Search hits, one row per person, linking to the family with the person marked. */
export function PeopleList({ result }: { result: SearchResult | undefined }) {
  const [range, setRange] = useState<[number, number]>([0, 40]);
  const ids = result?.ids ?? [];
  const hits = useHitWindow(ids, range[0], range[1]);
  const onRangeChange = useCallback(
    (first: number, last: number) =>
      setRange((current) =>
        current[0] === first && current[1] === last ? current : [first, last],
      ),
    [],
  );
  const more = result?.more;
  // Near the end of the first answer, the longer one; the rows above keep their places.
  useEffect(() => {
    if (more && range[1] >= ids.length - MORE_BEFORE_END) more();
  }, [more, range, ids.length]);
  if (!result) return <Text c="dimmed">Mencari…</Text>;
  return (
    <>
      <Text
        size="sm"
        c="dimmed"
        data-testid="list-count"
        data-search-ms={result.ms.toFixed(1)}
        data-search-query={result.query}
      >
        {ids.length === 0
          ? 'Tidak ada warga yang cocok. Periksa ejaan, atau cari dengan NIK atau No. KK.'
          : result.more
            ? `${number.format(ids.length)} warga teratas ditampilkan; gulir ke bawah untuk memuat lebih banyak, atau ketik lebih lengkap untuk mempersempit.`
            : ids.length >= SEARCH_LIMIT
              ? `${number.format(SEARCH_LIMIT)} warga teratas ditampilkan; ketik lebih lengkap untuk mempersempit.`
              : `${number.format(ids.length)} warga ditemukan`}
      </Text>
      {ids.length > 0 && (
        <VirtualRows
          count={ids.length}
          rowHeight={44}
          height="calc(100vh - 320px)"
          label="Hasil pencarian warga"
          onRangeChange={onRangeChange}
          header={
            <div className={`${classes.header} ${classes.people}`} aria-hidden>
              <span>Nama</span>
              <span>NIK</span>
              <span>Hubungan</span>
              <span>Keluarga (No. KK, alamat)</span>
              <span>RT/RW</span>
              <span>Status</span>
            </div>
          }
          renderRow={(index) => {
            const hit = hits.get(ids[index] ?? '');
            if (!hit) return <div className={classes.row}>Memuat…</div>;
            const { person, family } = hit;
            return (
              <Link
                to={`/warga/${family.id}?anggota=${person.id}`}
                className={`${classes.row} ${classes.people}`}
              >
                <span className={classes.cell}>
                  <b>{person.nama}</b>
                </span>
                <span className={`${classes.cell} ${classes.mono}`}>{maskNik(person.nik)}</span>
                <span className={classes.cell}>{SHDK[person.shdk]}</span>
                <span className={classes.cell}>
                  <span className={classes.mono}>{maskNoKk(family.noKk)}</span> · {family.alamat}
                </span>
                <span className={classes.cell}>
                  {family.rt}/{family.rw}
                </span>
                <span className={classes.cell}>
                  <Badge variant="light" color={PRESENCE_COLORS[person.statusKeberadaan]}>
                    {PRESENCE_LABELS[person.statusKeberadaan]}
                  </Badge>
                </span>
              </Link>
            );
          }}
        />
      )}
    </>
  );
}
