import {
  Alert,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  NONAKTIF_REASONS,
  PROPOSAL_KINDS,
  PROPOSAL_SOURCES,
  PROPOSED_PROGRAMMES,
} from '@shared/domain/core/entities';
import type { ProposalDocuments } from '@shared/domain/core/entities';
import type { OverlapFlag } from '@shared/domain/warga/overlap';
import {
  KIND_LABELS,
  MIN_JUSTIFICATION_LENGTH,
  needsCoverLetter,
  NONAKTIF_REASON_LABELS,
  SOURCE_LABELS,
} from '@shared/domain/usulan/proposal';
import type { ProposalFieldsInput } from '@shared/domain/usulan/proposal';
import type { FieldErrors } from '../../kit/forms/useSchemaForm';
import { TanggalInput } from '../../kit/forms/TanggalInput';

type Props = {
  values: ProposalFieldsInput;
  errors: FieldErrors;
  setField: <K extends keyof ProposalFieldsInput>(key: K, value: ProposalFieldsInput[K]) => void;
  overlap: OverlapFlag;
  /** Errors kept outside `documents` (the cover letter fields) are cleared here. */
  clearErrors: (keys: string[]) => void;
  /** Kind is fixed once the proposal left the draft stage. */
  kindLocked?: boolean;
};

const PROGRAMME_HINTS: Record<string, string> = {
  'DTKS Non-Bansos': 'Masuk DTKS tanpa mengusulkan bantuan tertentu',
  'Bansos Daerah': 'Bantuan dari Pemerintah Kota atau Provinsi',
};

export function ProposalFieldsForm({
  values,
  errors,
  setField,
  overlap,
  clearErrors,
  kindLocked,
}: Props) {
  const documents = values.documents;
  const setDoc = <K extends keyof ProposalDocuments>(key: K, value: ProposalDocuments[K]) => {
    setField('documents', { ...documents, [key]: value });
    clearErrors([key]);
  };
  const withLetter = needsCoverLetter(values.source, documents);
  const justification = values.overlapJustification ?? '';

  return (
    <Stack>
      <Radio.Group
        label="Jenis usulan"
        required
        value={values.kind}
        error={errors.kind}
        onChange={(value) => setField('kind', value as ProposalFieldsInput['kind'])}
        description={kindLocked ? 'Jenis usulan hanya dapat diubah selama masih draf.' : undefined}
      >
        <Group mt="xs">
          {PROPOSAL_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={KIND_LABELS[kind]} disabled={kindLocked} />
          ))}
        </Group>
      </Radio.Group>
      {values.kind === 'nonaktif' && (
        <NativeSelect
          label="Alasan nonaktif"
          required
          value={values.nonaktifReason ?? ''}
          error={errors.nonaktifReason}
          onChange={(event) =>
            setField(
              'nonaktifReason',
              (event.currentTarget.value || undefined) as ProposalFieldsInput['nonaktifReason'],
            )
          }
          data={[
            { value: '', label: 'Pilih alasan…' },
            ...NONAKTIF_REASONS.map((value) => ({ value, label: NONAKTIF_REASON_LABELS[value] })),
          ]}
        />
      )}
      <Group grow align="flex-start">
        <NativeSelect
          label="Sumber usulan"
          required
          value={values.source}
          error={errors.source}
          onChange={(event) =>
            setField('source', event.currentTarget.value as ProposalFieldsInput['source'])
          }
          data={PROPOSAL_SOURCES.map((value) => ({ value, label: SOURCE_LABELS[value] }))}
        />
        <NativeSelect
          label="Program yang diusulkan"
          required
          value={values.programme}
          error={errors.programme}
          description={PROGRAMME_HINTS[values.programme]}
          onChange={(event) =>
            setField('programme', event.currentTarget.value as ProposalFieldsInput['programme'])
          }
          data={[...PROPOSED_PROGRAMMES]}
        />
      </Group>

      {overlap.overlapping && (
        <Alert color="orange" title="Tumpang tindih bantuan" data-testid="overlap-warning">
          <Stack gap="xs">
            <Text size="sm">{overlap.reason}</Text>
            <Textarea
              label="Alasan pengecualian"
              description={`Wajib diisi untuk tetap mengusulkan (minimal ${MIN_JUSTIFICATION_LENGTH} karakter, ${justification.trim().length} sekarang). Alasan ini dicatat di log aktivitas.`}
              required
              autosize
              minRows={2}
              value={justification}
              error={errors.overlapJustification}
              onChange={(event) => setField('overlapJustification', event.currentTarget.value)}
            />
          </Stack>
        </Alert>
      )}

      <Fieldset legend="Dokumen yang sudah diperiksa">
        <Stack gap="xs">
          <Checkbox
            label="KTP"
            checked={documents.ktp}
            onChange={(event) => setDoc('ktp', event.currentTarget.checked)}
          />
          <Checkbox
            label="Kartu Keluarga (KK)"
            checked={documents.kk}
            onChange={(event) => setDoc('kk', event.currentTarget.checked)}
          />
          <Checkbox
            label="Surat pengantar RT/RW"
            checked={withLetter}
            disabled={values.source === 'rt_rw'}
            description={values.source === 'rt_rw' ? 'Wajib untuk usulan dari RT/RW.' : undefined}
            onChange={(event) => setDoc('suratPengantar', event.currentTarget.checked)}
          />
          {withLetter && (
            <Group grow align="flex-start" pl="xl">
              <TextInput
                label="Nomor surat pengantar"
                required
                placeholder="contoh: 012/RT003/XI/2026"
                value={documents.suratPengantarNomor ?? ''}
                error={errors.suratPengantarNomor}
                onChange={(event) => setDoc('suratPengantarNomor', event.currentTarget.value)}
              />
              <TanggalInput
                label="Tanggal surat pengantar"
                required
                value={documents.suratPengantarTanggal ?? ''}
                error={errors.suratPengantarTanggal}
                onChange={(event) => setDoc('suratPengantarTanggal', event.currentTarget.value)}
              />
            </Group>
          )}
          <Checkbox
            label="Foto rumah"
            description="Tercentang otomatis saat foto dilampirkan pada usulan."
            checked={documents.fotoRumah}
            onChange={(event) => setDoc('fotoRumah', event.currentTarget.checked)}
          />
        </Stack>
      </Fieldset>

      <Textarea
        label="Catatan"
        autosize
        minRows={2}
        value={values.note ?? ''}
        error={errors.note}
        onChange={(event) => setField('note', event.currentTarget.value)}
      />
    </Stack>
  );
}
