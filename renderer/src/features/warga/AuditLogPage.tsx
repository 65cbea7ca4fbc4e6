import { Badge, Group, Modal, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { AuditFilter } from '../../db/keamanan/audit-log-read';
import type { AuditEntry } from '../../db/keamanan/audit-repository';
import { AuditChainSection } from '../../kit/audit/AuditChainSection';
import { ACTION_COLORS, ACTION_LABELS } from './audit-labels';
import { AuditDiff } from './AuditDiff';
import { useAuditEntities, useAuditIds, useAuditWindow } from './useAuditLog';
import { VirtualRows } from '../../kit/lists/VirtualRows';
import { formatInstant } from './warga-format';
import classes from '../../kit/lists/list.module.css';
import { TanggalInput } from '../../kit/forms/TanggalInput';

const number = new Intl.NumberFormat('id-ID');

/** The whole log, newest first: who changed what and when (UU 27/2022 accountability). */
export function AuditLogPage() {
  const [filter, setFilter] = useState<AuditFilter>({});
  const ids = useAuditIds(filter);
  const entities = useAuditEntities();
  const [range, setRange] = useState<[number, number]>([0, 40]);
  const entries = useAuditWindow(ids, range[0], range[1]);
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const onRangeChange = useCallback(
    (first: number, last: number) =>
      setRange((current) =>
        current[0] === first && current[1] === last ? current : [first, last],
      ),
    [],
  );
  const set = (key: keyof AuditFilter, value: string) =>
    setFilter((current) => ({ ...current, [key]: value || undefined }));

  return (
    <Stack gap="sm">
      <div>
        <Title order={2}>Log aktivitas</Title>
        <Text size="sm" c="dimmed">
          Setiap penambahan, perubahan, penghapusan, impor, ekspor dan pengecualian tercatat dengan
          pelaku dan waktunya. Log tidak dapat diubah.
        </Text>
      </div>
      <Group align="flex-end" wrap="wrap">
        <Select
          label="Jenis data"
          placeholder="Semua"
          clearable
          w={200}
          data={entities}
          value={filter.entity ?? null}
          onChange={(value) => set('entity', value ?? '')}
        />
        <TextInput
          label="Pelaku"
          placeholder="Nama operator"
          w={200}
          value={filter.actor ?? ''}
          onChange={(e) => set('actor', e.currentTarget.value)}
        />
        <TanggalInput
          label="Dari tanggal"
          value={filter.from ?? ''}
          onChange={(e) => set('from', e.currentTarget.value)}
        />
        <TanggalInput
          label="Sampai tanggal"
          value={filter.to ?? ''}
          onChange={(e) => set('to', e.currentTarget.value)}
        />
      </Group>
      {ids === undefined ? (
        <Text c="dimmed">Memuat log…</Text>
      ) : ids.length === 0 ? (
        <Text c="dimmed">Tidak ada catatan yang cocok.</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" data-testid="log-count">
            {number.format(ids.length)} catatan
          </Text>
          <VirtualRows
            count={ids.length}
            rowHeight={40}
            height="calc(100vh - 300px)"
            label="Log aktivitas"
            onRangeChange={onRangeChange}
            header={
              <div className={`${classes.header} ${classes.audit}`} aria-hidden>
                <span>Waktu</span>
                <span>Pelaku</span>
                <span>Tindakan</span>
                <span>Data</span>
                <span>Ringkasan</span>
              </div>
            }
            renderRow={(index) => {
              const entry = entries.get(ids[index] ?? '');
              if (!entry) return <div className={classes.row}>Memuat…</div>;
              return (
                <button
                  type="button"
                  className={`${classes.row} ${classes.audit}`}
                  style={{
                    width: '100%',
                    border: 0,
                    background: 'none',
                    textAlign: 'left',
                    cursor: 'pointer',
                  }}
                  onClick={() => setOpen(entry)}
                  data-testid="log-row"
                >
                  <span className={classes.cell}>{formatInstant(entry.at)}</span>
                  <span className={classes.cell} title={entry.actor}>
                    {entry.actor}
                  </span>
                  <span className={classes.cell}>
                    <Badge variant="light" color={ACTION_COLORS[entry.action]}>
                      {ACTION_LABELS[entry.action]}
                    </Badge>
                  </span>
                  <span className={classes.cell}>{entry.entity}</span>
                  <span className={classes.cell} title={entry.summary}>
                    {entry.summary}
                  </span>
                </button>
              );
            }}
          />
        </>
      )}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        size="xl"
        title="Rincian catatan log"
      >
        {open && (
          <Stack gap="xs">
            <Text size="sm">
              <b>{formatInstant(open.at)}</b> oleh <b>{open.actor}</b> ·{' '}
              {ACTION_LABELS[open.action]} {open.entity}
            </Text>
            <Text>{open.summary}</Text>
            <AuditDiff before={open.before} after={open.after} />
          </Stack>
        )}
      </Modal>
      <Paper withBorder p="md">
        <AuditChainSection />
      </Paper>
    </Stack>
  );
}
