import { Badge, Button, Menu, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router-dom';
import type { RegisterLetter } from '@shared/domain/core/entities';
import { formatLongDate } from '@shared/reports/letterhead';
import {
  registerPurpose,
  registerSubject,
  signerTitle,
  TYPE_LABEL,
} from '@shared/reports/letter-register';

type Props = {
  letters: RegisterLetter[] | undefined;
  /** What the register says when no letter matches. */
  emptyText: string;
  /** The id prefix of the letter being printed or saved, if any. */
  busy: string | null | undefined;
  onOutput: (letter: RegisterLetter, how: 'cetak' | 'pdf') => void;
  onCancel: (letter: RegisterLetter) => void;
};

/** Column widths in px (none: shares what is left), fixed so columns hold still while scrolling. */
const WIDTHS = [180, 100, 100, 0, 0, 140, 120, 64, 104];
const COLUMNS = WIDTHS.length;

/**
 * The register's table. Only the rows in view (and a few either side) are in
 * the page, so a month with thousands of letters scrolls as lightly as ten;
 * rows differ in height (a cancel reason, a long purpose), so each is measured.
 * Empty spacer rows above and below keep the scroll bar honest; fixed column
 * widths keep the columns from shifting as other rows scroll into view.
 */
export function RegisterTable({ letters, emptyText, busy, onOutput, onCancel }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = letters ?? [];
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  // Keep the stripes steady while scrolling: an odd first row gets one more (empty) spacer.
  const shift = (items[0]?.index ?? 0) % 2 === 1;
  return (
    <div
      ref={scroller}
      style={{ maxHeight: 'calc(100vh - 300px)', minHeight: 240, overflowY: 'auto' }}
      data-testid="letter-register-scroller"
    >
      <Table striped stickyHeader withTableBorder layout="fixed" data-testid="letter-register">
        <colgroup>
          {WIDTHS.map((width, index) => (
            <col key={index} style={width ? { width } : undefined} />
          ))}
        </colgroup>
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
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {shift && <tr aria-hidden />}
          {items.map((item) => {
            const letter = rows[item.index];
            if (!letter) return null;
            return (
              <Table.Tr
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-number={letter.number}
                data-type={letter.type}
              >
                {/* A long number breaks at its slashes instead of running into the date. */}
                <Table.Td ff="monospace" fz="sm" style={{ overflowWrap: 'anywhere' }}>
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
                          <Menu.Item onClick={() => onOutput(letter, 'cetak')}>
                            Cetak ulang
                          </Menu.Item>
                          <Menu.Item onClick={() => onOutput(letter, 'pdf')}>
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
                        onClick={() => onCancel(letter)}
                      >
                        Batalkan surat
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
          {after > 0 && <tr aria-hidden style={{ height: after }} />}
          {letters?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Text c="dimmed" size="sm">
                  {emptyText}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
