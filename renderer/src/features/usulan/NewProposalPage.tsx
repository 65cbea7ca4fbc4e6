import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { localIsoDate } from '@shared/domain/core/tanggal';
import { duplicateProposalWarnings } from '@shared/domain/warga/cek-bansos';
import { checkAidOverlap } from '@shared/domain/warga/overlap';
import {
  isOpenStatus,
  justificationProblem,
  KIND_LABELS,
  newProposalSchema,
  STATUS_LABELS,
} from '@shared/domain/usulan/proposal';
import type { NewProposalInput, ProposalFieldsInput } from '@shared/domain/usulan/proposal';
import { useDatabase } from '../../kit/database-context';
import { useSchemaForm } from '../../kit/forms/useSchemaForm';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { createProposal, isUsulanError } from '../../db/usulan/repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { ResidentSearch } from '../../kit/lists/ResidentSearch';
import { FamilyCard } from './FamilyCard';
import { ProposalFieldsForm } from './ProposalFieldsForm';
import { useFamilyDetail, useFamilyProposals } from './useUsulan';

const INITIAL: NewProposalInput = {
  familyId: '',
  personId: '',
  kind: 'baru',
  source: 'mandiri',
  programme: 'DTKS Non-Bansos',
  documents: { ktp: false, kk: false, suratPengantar: false, fotoRumah: false },
  note: '',
};

export function NewProposalPage() {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const familyId = params.get('familyId');
  const form = useSchemaForm(newProposalSchema, {
    ...INITIAL,
    familyId: familyId ?? '',
    personId: params.get('personId') ?? '',
  });
  const { values, errors, setField, setErrors, validate } = form;
  const detail = useFamilyDetail(familyId);
  const existing = useFamilyProposals(familyId);
  const [busy, setBusy] = useState(false);
  // Picking the family alone loses nothing; anything typed about the proposal does.
  const typed = (input: NewProposalInput) =>
    JSON.stringify({ ...input, familyId: '', personId: '' });
  const { allowLeave, attach } = useUnsavedGuard({
    dirty: typed(values) !== typed(INITIAL),
    save: () => void submit(),
  });

  // Follow the URL: picking a family writes ?familyId=, and so can another screen.
  useEffect(() => {
    if ((familyId ?? '') !== values.familyId) setField('familyId', familyId ?? '');
  }, [familyId, values.familyId, setField]);
  // Default the person to the family head once the family is known.
  useEffect(() => {
    if (!detail || values.personId) return;
    const head = detail.members.find((member) => member.shdk === 1) ?? detail.members[0];
    if (head) setField('personId', head.id);
  }, [detail, values.personId, setField]);

  const pick = (nextFamily: string, person: string) => {
    setField('personId', person);
    setParams({ familyId: nextFamily, personId: person }, { replace: true });
  };

  // The shared fields form knows nothing of family and person; same types, narrower keys.
  const setProposalField = <K extends keyof ProposalFieldsInput>(
    key: K,
    value: ProposalFieldsInput[K],
  ) => setField(key, value as NewProposalInput[K]);

  const overlap = checkAidOverlap(detail?.aid ?? [], values.programme);
  const open = (existing ?? []).filter((proposal) => isOpenStatus(proposal.status));
  // Issue 20.4: what the resident already filed in the Cek Bansos app, or a check there.
  const cekBansosWarnings = duplicateProposalWarnings(
    detail?.family.cekBansos,
    values.kind,
    localIsoDate(),
  );

  const clearErrors = (keys: string[]) =>
    setErrors((current) => {
      const next = { ...current };
      for (const key of keys) delete next[key];
      return next;
    });

  const submit = async () => {
    const input = validate();
    const overlapProblem = justificationProblem(overlap, values.overlapJustification);
    if (overlapProblem)
      setErrors((current) => ({ ...current, overlapJustification: overlapProblem }));
    if (!input || overlapProblem) return;
    setBusy(true);
    try {
      const proposal = await createProposal(db, input);
      notifications.show({ color: 'teal', message: 'Usulan tersimpan sebagai draf.' });
      allowLeave();
      navigate(`/usulan/${proposal.id}`);
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
    <Stack maw={1000} ref={attach}>
      <Group justify="space-between">
        <Title order={2}>Usulan baru</Title>
        <Anchor component={Link} to="/usulan">
          Kembali ke daftar usulan
        </Anchor>
      </Group>

      {!familyId && (
        <Paper withBorder p="md">
          <ResidentSearch
            label="Cari warga"
            description="Ketik nama, NIK, atau No. KK (minimal 2 karakter)."
            placeholder="contoh: Rahmawati atau 6271…"
            testId="search-results"
            onPick={({ familyId: nextFamily, personId }) => pick(nextFamily, personId)}
          />
        </Paper>
      )}
      {familyId && detail === null && (
        <Alert color="red" title="Keluarga tidak ditemukan">
          Keluarga pada tautan ini tidak ada di data.{' '}
          <Anchor onClick={() => setParams({}, { replace: true })}>Cari keluarga lain</Anchor>
        </Alert>
      )}
      {detail && (
        <>
          <Group justify="space-between">
            <Text fw={600}>Keluarga yang diusulkan</Text>
            <Button
              variant="subtle"
              size="xs"
              onClick={() => {
                setField('personId', '');
                setParams({}, { replace: true });
              }}
            >
              Ganti keluarga
            </Button>
          </Group>
          <FamilyCard
            family={detail.family}
            members={detail.members}
            aid={detail.aid}
            selectedPersonId={values.personId}
            onSelectPerson={(personId) => setField('personId', personId)}
          />
          {errors.personId && (
            <Text c="red" size="sm">
              {errors.personId}
            </Text>
          )}
          {cekBansosWarnings.length > 0 && (
            <Alert color="orange" title="Mungkin usulan ganda" data-testid="cek-bansos-warning">
              <List size="sm">
                {cekBansosWarnings.map((warning) => (
                  <List.Item key={warning}>{warning}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {open.length > 0 && (
            <Alert color="blue" title="Usulan keluarga ini yang masih berjalan">
              <List size="sm">
                {open.map((proposal) => (
                  <List.Item key={proposal.id}>
                    <Anchor component={Link} to={`/usulan/${proposal.id}`}>
                      {KIND_LABELS[proposal.kind]} · {proposal.programme} · {proposal.period} ·{' '}
                      {STATUS_LABELS[proposal.status]}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <Paper withBorder p="md">
              <Stack>
                <ProposalFieldsForm
                  values={values}
                  errors={errors}
                  setField={setProposalField}
                  overlap={overlap}
                  clearErrors={clearErrors}
                />
                <Group>
                  <Button type="submit" loading={busy}>
                    Simpan usulan
                  </Button>
                  <Button variant="default" component={Link} to="/usulan">
                    Batal
                  </Button>
                </Group>
              </Stack>
            </Paper>
          </form>
        </>
      )}
    </Stack>
  );
}
