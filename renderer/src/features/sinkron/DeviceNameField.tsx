import { Button, Group, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useDatabase } from '../../kit/database-context';
import { hasField, runAction } from '../../kit/run-action';
import { DEVICE_NAME_MAX, readDeviceName } from '../../db/sinkron/perangkat';
import { saveDeviceName } from '../../db/sinkron/sync-settings';

/** "Nama PC ini": how the other PCs name this one (who drives a meeting, the audit log). */
export function DeviceNameField() {
  const { db } = useDatabase();
  const current = useLiveQuery(() => readDeviceName(db), [db]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (loaded || !current) return;
    setName(current.name ?? '');
    setLoaded(true);
  }, [current, loaded]);

  const save = async () => {
    setBusy(true);
    const outcome = await runAction(() => saveDeviceName(db, name), {
      what: 'Menyimpan nama PC',
      inForm: hasField,
    });
    setBusy(false);
    if (outcome.ok) {
      setName(outcome.value === current?.code ? '' : outcome.value);
      setError(null);
      notifications.show({ color: 'teal', message: `Nama PC ini: ${outcome.value}.` });
    } else if (outcome.refusal) setError(outcome.refusal.message);
  };

  return (
    <Group align="flex-end" wrap="nowrap">
      <TextInput
        label="Nama PC ini"
        description={`Tampil di PC lain saat PC ini memimpin musyawarah ("dipimpin dari PC …") dan di log audit. Kosongkan untuk memakai kode PC (${current?.code ?? '…'}).`}
        placeholder={current?.code}
        value={name}
        maxLength={DEVICE_NAME_MAX + 10}
        error={error}
        style={{ flex: 1 }}
        onChange={(event) => {
          setName(event.currentTarget.value);
          setError(null);
        }}
      />
      <Button
        variant="light"
        loading={busy}
        disabled={!current || name.trim() === (current.name ?? '')}
        onClick={() => void save()}
      >
        Ganti nama PC
      </Button>
    </Group>
  );
}
