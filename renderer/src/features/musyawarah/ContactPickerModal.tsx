import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Contact } from '@shared/domain/core/entities';

type Props = {
  opened: boolean;
  contacts: readonly Contact[];
  /** Contacts already on the meeting's list: shown, not selectable. */
  alreadyInvited: ReadonlySet<string>;
  onClose: () => void;
  onPick: (contactIds: string[]) => Promise<void>;
  onNewContact: () => void;
};

export function ContactPickerModal(props: Props) {
  const { contacts, alreadyInvited } = props;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [filter, setFilter] = useState('');
  const visible = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return contacts.filter((contact) => {
      const text = `${contact.nama} ${contact.unsur} ${contact.jabatan}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
  }, [contacts, filter]);
  const selectable = visible.filter((contact) => !alreadyInvited.has(contact.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title="Undang dari daftar kontak"
      size="lg"
    >
      <Stack>
        <TextInput
          label="Cari nama, unsur atau jabatan"
          placeholder="Contoh: RT, RW 002, PSM"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
        />
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            onClick={() => setSelected(new Set(selectable.map((contact) => contact.id)))}
          >
            Pilih semua yang tampil ({selectable.length})
          </Button>
          <Button size="xs" variant="default" onClick={() => setSelected(new Set())}>
            Kosongkan pilihan
          </Button>
          <Button size="xs" variant="subtle" onClick={props.onNewContact}>
            Kontak baru…
          </Button>
        </Group>
        <ScrollArea.Autosize mah={380}>
          <Stack gap={4}>
            {visible.map((contact) => {
              const invited = alreadyInvited.has(contact.id);
              return (
                <Checkbox
                  key={contact.id}
                  disabled={invited}
                  checked={invited || selected.has(contact.id)}
                  onChange={(e) => toggle(contact.id, e.currentTarget.checked)}
                  label={
                    <Group gap={6}>
                      <Text size="sm">{contact.nama}</Text>
                      <Badge size="xs" variant="light">
                        {contact.unsur}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {contact.jabatan} · {contact.jenisKelamin}
                        {invited ? ' · sudah diundang' : ''}
                      </Text>
                    </Group>
                  }
                />
              );
            })}
            {visible.length === 0 && (
              <Text size="sm" c="dimmed">
                Tidak ada kontak yang cocok.
              </Text>
            )}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button
            disabled={selected.size === 0}
            onClick={() => {
              void props.onPick([...selected]).then(() => setSelected(new Set()));
            }}
          >
            Undang {selected.size} orang
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
