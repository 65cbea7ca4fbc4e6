import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { AidReceived, PersonRow, Proposal } from '@shared/domain/core/entities';
import { checkAidOverlap } from '@shared/domain/warga/overlap';
import {
  isOpenStatus,
  justificationProblem,
  KIND_LABELS,
  NONAKTIF_REASON_LABELS,
  proposalFieldsSchema,
  SOURCE_LABELS,
} from '@shared/domain/usulan/proposal';
import type { ProposalFieldsInput } from '@shared/domain/usulan/proposal';
import { useDatabase } from '../../kit/database-context';
import { useSchemaForm } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { isUsulanError, updateProposal } from '../../db/usulan/repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { RevealNumber } from '../../kit/session/RevealNumber';
import { ProposalFieldsForm } from './ProposalFieldsForm';
import { formatInstant } from './StatusPanel';
import { formatTanggal } from '@shared/domain/core/tanggal';

type Props = { proposal: Proposal; person: PersonRow | undefined; aid: AidReceived[] };

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

const tick = (value: boolean) => (value ? '✓ ada' : '✗ belum');

export function ProposalInfo({ proposal, person, aid }: Props) {
  const [editing, setEditing] = useState(false);
  const docs = proposal.documents;
  const overlap = checkAidOverlap(aid, proposal.programme);
  const editable = isOpenStatus(proposal.status);

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Text fw={600}>Data usulan</Text>
          {editable && (
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              Ubah data usulan
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label="Warga yang diusulkan">
            {person ? (
              <>
                {person.nama} (NIK{' '}
                <RevealNumber
                  target={{
                    kind: 'nik',
                    nik: person.nik,
                    nama: person.nama,
                    familyId: person.familyId,
                  }}
                  label={`NIK ${person.nama}`}
                />
                )
              </>
            ) : (
              '(warga terhapus)'
            )}
          </Field>
          <Field label="Jenis usulan">
            {KIND_LABELS[proposal.kind]}
            {proposal.nonaktifReason ? `: ${NONAKTIF_REASON_LABELS[proposal.nonaktifReason]}` : ''}
          </Field>
          <Field label="Sumber">{SOURCE_LABELS[proposal.source]}</Field>
          <Field label="Program">{proposal.programme}</Field>
          <Field label="KTP / KK">
            KTP {tick(docs.ktp)} · KK {tick(docs.kk)}
          </Field>
          <Field label="Surat pengantar RT/RW">
            {docs.suratPengantar
              ? `No. ${docs.suratPengantarNomor ?? '—'}, tanggal ${docs.suratPengantarTanggal ? formatTanggal(docs.suratPengantarTanggal) : '—'}`
              : 'Tidak ada'}
          </Field>
          <Field label="Foto rumah">{tick(docs.fotoRumah)}</Field>
          <Field label="Catatan">{proposal.note ?? '—'}</Field>
        </SimpleGrid>
        {proposal.overlapOverride && (
          <Alert
            color="orange"
            title="Pengecualian tumpang tindih bantuan"
            data-testid="overlap-override"
          >
            <Text size="sm">{proposal.overlapOverride.justification}</Text>
            <Text size="xs" c="dimmed">
              Dicatat oleh {proposal.overlapOverride.by},{' '}
              {formatInstant(proposal.overlapOverride.at)}
            </Text>
          </Alert>
        )}
        {overlap.overlapping && !proposal.overlapOverride && (
          <Alert color="red" title="Tumpang tindih bantuan belum dijelaskan">
            {overlap.reason} Bantuan pusat tercatat sesudah usulan dibuat: buka “Ubah data usulan”
            dan tulis alasan pengecualian, atau ganti programnya.
          </Alert>
        )}
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title="Ubah data usulan" size="lg">
        {editing && <EditForm proposal={proposal} aid={aid} onDone={() => setEditing(false)} />}
      </Modal>
    </Paper>
  );
}

function EditForm({
  proposal,
  aid,
  onDone,
}: {
  proposal: Proposal;
  aid: AidReceived[];
  onDone: () => void;
}) {
  const { db } = useDatabase();
  const initial: ProposalFieldsInput = {
    kind: proposal.kind,
    nonaktifReason: proposal.nonaktifReason,
    source: proposal.source,
    programme: proposal.programme,
    documents: proposal.documents,
    note: proposal.note ?? '',
    overlapJustification: proposal.overlapOverride?.justification ?? '',
  };
  const { values, errors, setField, setErrors, validate, dirty } = useSchemaForm(
    proposalFieldsSchema,
    initial,
  );
  const { attach } = useUnsavedGuard<HTMLFormElement>({ dirty });
  const [busy, setBusy] = useState(false);

  const overlap = checkAidOverlap(aid, values.programme);
  const clearErrors = (keys: string[]) =>
    setErrors((current) => {
      const next = { ...current };
      for (const key of keys) delete next[key];
      return next;
    });

  const save = async () => {
    const fields = validate();
    const overlapProblem = justificationProblem(overlap, values.overlapJustification);
    if (overlapProblem)
      setErrors((current) => ({ ...current, overlapJustification: overlapProblem }));
    if (!fields || overlapProblem) return;
    setBusy(true);
    try {
      await updateProposal(db, proposal.id, fields);
      notifications.show({ color: 'teal', message: 'Data usulan tersimpan.' });
      onDone();
    } catch (error) {
      if (isUsulanError(error)) {
        if (error.field) setErrors({ [error.field]: error.message });
        showFailure({ message: error.message });
      } else {
        showFailure({ message: describeStorageError(error, 'Menyimpan usulan') });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      ref={attach}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack>
        <ProposalFieldsForm
          values={values}
          errors={errors}
          setField={setField}
          overlap={overlap}
          clearErrors={clearErrors}
          kindLocked={proposal.status !== 'draf'}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Batal
          </Button>
          <Button type="submit" loading={busy}>
            Simpan
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
