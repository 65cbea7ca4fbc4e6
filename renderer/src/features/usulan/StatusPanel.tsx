import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Stepper,
  Text,
  Textarea,
  Timeline,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { formatWaktu } from '@shared/domain/core/tanggal';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Assessment, Proposal, ProposalStatus } from '@shared/domain/core/entities';
import { decisionWords } from '@shared/domain/musyawarah/decision-words';
import {
  isBackStep,
  MANUAL_TRANSITIONS,
  MIN_REASON_LENGTH,
  readinessProblems,
  STATUS_LABELS,
  STATUS_ORDER,
} from '@shared/domain/usulan/proposal';
import { useConfirm } from '../../kit/confirm/useConfirm';
import { useDatabase } from '../../kit/database-context';
import { changeStatus, deleteDraftProposal, isUsulanError } from '../../db/usulan/repository';
import { describeStorageError } from '../../db/core/storage-errors';

const ACTION_LABELS: Partial<Record<`${ProposalStatus}>${ProposalStatus}`, string>> = {
  'draf>verifikasi_lapangan': 'Mulai verifikasi lapangan',
  'verifikasi_lapangan>siap_musyawarah': 'Tandai siap musyawarah',
  'verifikasi_lapangan>draf': 'Kembalikan ke draf',
  'siap_musyawarah>verifikasi_lapangan': 'Kembalikan ke verifikasi lapangan',
};

/** A starting sentence for forward steps; back-steps must be explained in the clerk's words. */
const SUGGESTED_REASONS: Partial<Record<ProposalStatus, string>> = {
  verifikasi_lapangan: 'Dokumen diperiksa, dijadwalkan kunjungan lapangan',
  siap_musyawarah: 'Verifikasi lapangan selesai',
};

export function formatInstant(iso: string): string {
  return formatWaktu(iso);
}

type Props = { proposal: Proposal; latestAssessment: Assessment | null };

export function StatusPanel({ proposal, latestAssessment }: Props) {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const [target, setTarget] = useState<ProposalStatus | null>(null);
  const { confirm, dialog } = useConfirm();
  const active = STATUS_ORDER.indexOf(proposal.status);
  const problems = readinessProblems({
    kind: proposal.kind,
    documents: proposal.documents,
    latestAssessment,
  });

  const removeDraft = async () => {
    const ok = await confirm({
      title: 'Hapus draf usulan ini?',
      message: 'Draf dihapus dari daftar usulan; warganya tetap terdaftar.',
      lost: [
        'Isian draf usulan ini',
        'Semua penilaian verivali usulan ini',
        'Semua foto rumah usulan ini',
      ],
      confirmLabel: 'Hapus draf',
    });
    if (!ok) return;
    try {
      await deleteDraftProposal(db, proposal.id);
      notifications.show({ color: 'teal', message: 'Draf usulan dihapus.' });
      navigate('/usulan');
    } catch (error) {
      showFailure({ message: describeStorageError(error, 'Menghapus draf') });
    }
  };

  return (
    <Paper withBorder p="md">
      {dialog}
      <Stack>
        <Stepper
          active={active === STATUS_ORDER.length - 1 ? STATUS_ORDER.length : active}
          size="sm"
        >
          {STATUS_ORDER.map((status) => (
            <Stepper.Step key={status} label={STATUS_LABELS[status]} allowStepSelect={false} />
          ))}
        </Stepper>
        {proposal.status === 'verifikasi_lapangan' && problems.length > 0 && (
          <Alert color="yellow" title="Sebelum siap musyawarah, lengkapi:">
            <List size="sm">
              {problems.map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group>
          {MANUAL_TRANSITIONS[proposal.status].map((to) => (
            <Button
              key={to}
              variant={isBackStep(proposal.status, to) ? 'default' : 'filled'}
              onClick={() => setTarget(to)}
            >
              {ACTION_LABELS[`${proposal.status}>${to}`] ?? STATUS_LABELS[to]}
            </Button>
          ))}
          {proposal.status === 'draf' && (
            <Button variant="subtle" color="red" onClick={() => void removeDraft()}>
              Hapus draf
            </Button>
          )}
        </Group>
        {proposal.status === 'siap_musyawarah' && (
          <Text size="sm" c="dimmed">
            Status “Diputuskan” ditetapkan otomatis saat musyawarah kelurahan dikunci.
          </Text>
        )}
        {proposal.decision && (
          <Text size="sm">
            Keputusan musyawarah: <b>{decisionWords(proposal, proposal.decision.value)}</b> —{' '}
            {proposal.decision.reason}
          </Text>
        )}
        <Text fw={600} size="sm">
          Riwayat status
        </Text>
        <Timeline active={proposal.history.length - 1} bulletSize={14} lineWidth={2}>
          {proposal.history.map((step) => (
            <Timeline.Item
              key={`${step.at}-${step.to}`}
              title={`${step.from ? `${STATUS_LABELS[step.from]} → ` : ''}${STATUS_LABELS[step.to]}`}
            >
              <Text size="sm">{step.reason}</Text>
              <Text size="xs" c="dimmed">
                {step.by}, {formatInstant(step.at)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
      <Modal
        opened={target !== null}
        onClose={() => setTarget(null)}
        title={target ? `Ubah status ke “${STATUS_LABELS[target]}”` : ''}
      >
        {target && (
          <StatusChangeForm
            key={target}
            proposal={proposal}
            to={target}
            problems={target === 'siap_musyawarah' ? problems : []}
            onDone={() => setTarget(null)}
          />
        )}
      </Modal>
    </Paper>
  );
}

function StatusChangeForm({
  proposal,
  to,
  problems,
  onDone,
}: {
  proposal: Proposal;
  to: ProposalStatus;
  problems: string[];
  onDone: () => void;
}) {
  const { db } = useDatabase();
  const back = isBackStep(proposal.status, to);
  const [reason, setReason] = useState(back ? '' : (SUGGESTED_REASONS[to] ?? ''));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (reason.trim().length < MIN_REASON_LENGTH) {
      setError(`Tulis alasannya (minimal ${MIN_REASON_LENGTH} karakter)`);
      return;
    }
    setBusy(true);
    try {
      await changeStatus(db, proposal.id, to, reason);
      notifications.show({ color: 'teal', message: `Status usulan: ${STATUS_LABELS[to]}.` });
      onDone();
    } catch (failure) {
      setError(
        isUsulanError(failure) ? failure.message : describeStorageError(failure, 'Mengubah status'),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack>
        {problems.length > 0 && (
          <Alert color="red" title="Belum dapat ditandai siap musyawarah">
            <List size="sm">
              {problems.map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Textarea
          label="Alasan perubahan status"
          description={
            back ? 'Jelaskan mengapa usulan dikembalikan, misalnya “perlu cek ulang”.' : undefined
          }
          required
          autosize
          minRows={2}
          data-autofocus
          value={reason}
          error={error}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setError(null);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Batal
          </Button>
          <Button type="submit" loading={busy} disabled={problems.length > 0}>
            Simpan perubahan status
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
