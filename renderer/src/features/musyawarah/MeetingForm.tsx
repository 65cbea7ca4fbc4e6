import {
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { meetingInputSchema } from '@shared/domain/musyawarah/meeting';
import type { MeetingFields, MeetingInput } from '@shared/domain/musyawarah/meeting';
import { formatJam, parseJam } from '@shared/domain/core/jam';
import { lurahStanding } from '@shared/domain/core/signer';
import type { Official } from '@shared/domain/core/settings';
import { useSchemaForm } from '../../kit/forms/useSchemaForm';
import { TanggalInput } from '../../kit/forms/TanggalInput';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';

/**
 * Typed, not the browser's time field: that one shows "09:00 AM" and asks for AM/PM on an
 * English-language PC. The clerk types "9", "930" or "13.30"; on leaving the field a time it
 * can read is shown as letters print it ("09.30"); the form's check refuses anything else.
 */
const timeProps = {
  inputMode: 'numeric',
  autoComplete: 'off',
  placeholder: 'JJ.MM',
  maxLength: 5,
} as const;

function tidyJam(typed: string): string {
  const time = parseJam(typed);
  return time === null ? typed : formatJam(time);
}

type Props = {
  initial: MeetingInput;
  officials: readonly Official[];
  submitLabel: string;
  /** Set when the role may not save: the button is disabled and this says why. */
  notAllowed?: string | null;
  onSubmit: (fields: MeetingFields) => Promise<void>;
  onCancel?: () => void;
};

export function MeetingForm({
  initial,
  officials,
  submitLabel,
  notAllowed = null,
  onSubmit,
  onCancel,
}: Props) {
  const { values, errors, setField, validate, dirty } = useSchemaForm(meetingInputSchema, {
    ...initial,
    startTime: formatJam(initial.startTime),
    endTime: formatJam(initial.endTime),
  });
  const { attach, whileSaving } = useUnsavedGuard<HTMLFormElement>({ dirty });
  const isMinutes = values.kind === 'berita_acara';
  // An SPTJM is the Lurah's own statement: only the Lurah or a Plt./Plh. Lurah is offered.
  const choices = officials
    .filter((official) => official.aktif || official.id === values.chairOfficialId)
    .filter((official) => isMinutes || lurahStanding(official.jabatan) !== undefined)
    .map((official) => ({ value: official.id, label: `${official.nama} — ${official.jabatan}` }));

  return (
    <form
      noValidate
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        const fields = validate();
        if (fields) void whileSaving(() => onSubmit(fields));
      }}
    >
      <Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="meeting-kind-label">
            Dokumen pengesahan
          </Text>
          <SegmentedControl
            aria-labelledby="meeting-kind-label"
            w="fit-content"
            value={values.kind}
            onChange={(value) => setField('kind', value as MeetingInput['kind'])}
            data={[
              { value: 'berita_acara', label: 'Berita Acara musyawarah' },
              { value: 'sptjm', label: 'SPTJM Lurah' },
            ]}
          />
          <Text size="xs" c="dimmed">
            {isMinutes
              ? 'Musyawarah dengan peserta dan daftar hadir, disahkan dengan Berita Acara.'
              : 'Sejak DTSEN, SPTJM yang ditandatangani Lurah dapat menggantikan musyawarah.'}
          </Text>
          <Text size="xs" c="dimmed" data-testid="number-from-register">
            Nomor {isMinutes ? 'Berita Acara' : 'SPTJM'} diambil otomatis dari buku agenda surat
            keluar saat musyawarah dikunci; formatnya diatur di Surat → Pengaturan surat.
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Periode pemutakhiran"
            required
            value={values.period}
            error={errors.period}
            onChange={(e) => setField('period', e.currentTarget.value)}
          />
          <TanggalInput
            label="Tanggal"
            required
            value={values.date}
            error={errors.date}
            onChange={(e) => setField('date', e.currentTarget.value)}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Jam mulai"
              description="24 jam, contoh 09.00"
              required
              {...timeProps}
              value={values.startTime}
              error={errors.startTime}
              onChange={(e) => setField('startTime', e.currentTarget.value)}
              onBlur={() => setField('startTime', tidyJam(values.startTime))}
            />
            <TextInput
              label="Jam selesai"
              description="Diisi saat selesai, contoh 12.30"
              {...timeProps}
              value={values.endTime}
              error={errors.endTime}
              onChange={(e) => setField('endTime', e.currentTarget.value)}
              onBlur={() => setField('endTime', tidyJam(values.endTime))}
            />
          </Group>
          <TextInput
            label="Tempat"
            required
            value={values.place}
            error={errors.place}
            onChange={(e) => setField('place', e.currentTarget.value)}
          />
          <Select
            label={isMinutes ? 'Pimpinan musyawarah (Lurah)' : 'Penanda tangan SPTJM (Lurah)'}
            description={
              isMinutes
                ? undefined
                : 'Lurah, Plt. Lurah atau Plh. Lurah atas namanya sendiri; SPTJM tidak dapat ditandatangani a.n. atau u.b.'
            }
            required
            placeholder={choices.length === 0 ? 'Tambahkan pejabat di Pengaturan' : 'Pilih pejabat'}
            data={choices}
            value={values.chairOfficialId || null}
            error={errors.chairOfficialId}
            onChange={(value) => setField('chairOfficialId', value ?? '')}
          />
          {isMinutes && (
            <TextInput
              label="Notulis"
              value={values.noteTaker}
              error={errors.noteTaker}
              onChange={(e) => setField('noteTaker', e.currentTarget.value)}
            />
          )}
        </SimpleGrid>
        <Textarea
          label="Agenda"
          required
          autosize
          minRows={4}
          value={values.agenda}
          error={errors.agenda}
          onChange={(e) => setField('agenda', e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" disabled={notAllowed !== null}>
            {submitLabel}
          </Button>
          {notAllowed && (
            <Text size="sm" c="dimmed" data-testid="not-allowed">
              {notAllowed}
            </Text>
          )}
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Batal
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
