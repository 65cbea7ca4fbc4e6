import {
  Alert,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showFailure } from '../../kit/run-action';
import { useState } from 'react';
import {
  CRITERIA_SETS,
  decreeCitation,
  DEFAULT_CRITERIA_SET_ID,
  getCriteriaSet,
  summarizeAssessment,
} from '@shared/domain/usulan/criteria';
import type { Assessment, AssessmentAnswer } from '@shared/domain/core/entities';
import { isoDate, localCalendarDate } from '@shared/domain/core/id-common';
import { useConfirm } from '../../kit/confirm/useConfirm';
import { useDatabase } from '../../kit/database-context';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { saveAssessment } from '../../db/usulan/assessment-repository';
import { isUsulanError } from '../../db/usulan/repository';
import { describeStorageError } from '../../db/core/storage-errors';
import { TanggalInput } from '../../kit/forms/TanggalInput';

type Props = { proposalId: string; existing: Assessment | null; onSaved: () => void };

type Choice = 'ya' | 'tidak' | 'belum';
const toChoice = (value: boolean | null | undefined): Choice =>
  value === true ? 'ya' : value === false ? 'tidak' : 'belum';
const fromChoice = (choice: string): boolean | null =>
  choice === 'ya' ? true : choice === 'tidak' ? false : null;

/** "Ya" marks a poverty sign found: it must stand out when the form is reviewed. */
const CHOICE_COLORS: Record<Choice, string | undefined> = {
  ya: 'orange',
  tidak: 'gray',
  belum: undefined,
};

function today(): string {
  const date = localCalendarDate(new Date());
  return isoDate(date.year, date.month, date.day);
}

export function AssessmentForm({ proposalId, existing, onSaved }: Props) {
  const { db } = useDatabase();
  const [setId, setSetId] = useState<string>(existing?.criteriaSetId ?? DEFAULT_CRITERIA_SET_ID);
  const [answers, setAnswers] = useState<Record<string, AssessmentAnswer>>(existing?.answers ?? {});
  const [officer, setOfficer] = useState(existing?.officer ?? '');
  const [date, setDate] = useState(existing?.date ?? today());
  const [note, setNote] = useState(existing?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // What is on screen against what was loaded or last saved.
  const snapshot = JSON.stringify({ setId, answers, officer, date, note });
  const [baseline, setBaseline] = useState(snapshot);
  // Part of the proposal page: the page, not this form, has the cursor first.
  const { attach } = useUnsavedGuard<HTMLFormElement>({
    dirty: snapshot !== baseline,
    focusFirst: false,
  });
  const { confirm, dialog } = useConfirm();

  const set = getCriteriaSet(setId) ?? CRITERIA_SETS[0];
  const summary = summarizeAssessment(
    set,
    Object.fromEntries(
      Object.entries(answers)
        .filter(([, answer]) => answer.value !== null)
        .map(([id, answer]) => [id, answer.value ?? undefined]),
    ),
  );

  const setAnswer = (id: string, patch: Partial<AssessmentAnswer>) => {
    setAnswers((current) => ({
      ...current,
      [id]: { value: current[id]?.value ?? null, evidence: current[id]?.evidence ?? '', ...patch },
    }));
    setErrors(({ [`answers.${id}`]: _removed, ...rest }) => rest);
  };

  const changeSet = async (next: string) => {
    const filled = Object.values(answers).filter(
      (answer) => answer.value !== null || answer.evidence,
    ).length;
    const answered = filled > 0;
    if (
      answered &&
      !(await confirm({
        title: 'Ganti set kriteria?',
        message:
          'Set kriteria lain punya butir sendiri, jadi jawaban yang sudah diisi dikosongkan.',
        lost: [`Jawaban dan bukti untuk ${filled} butir kriteria`],
        confirmLabel: 'Ganti set kriteria',
      }))
    ) {
      return;
    }
    setSetId(next);
    setAnswers({});
    setErrors({});
  };

  const save = async () => {
    setBusy(true);
    try {
      // Only answers of the chosen set travel: the set owns the item ids.
      const own = Object.fromEntries(
        set.items.flatMap((item) => {
          const answer = answers[item.id];
          return answer && (answer.value !== null || answer.evidence.trim())
            ? [[item.id, answer]]
            : [];
        }),
      );
      await saveAssessment(
        db,
        { proposalId, criteriaSetId: set.id, answers: own, officer, date, note },
        existing ? { id: existing.id } : {},
      );
      notifications.show({ color: 'teal', message: 'Penilaian verifikasi lapangan tersimpan.' });
      setBaseline(snapshot);
      setErrors({});
      onSaved();
    } catch (error) {
      if (isUsulanError(error)) {
        setErrors({ [error.field || '_']: error.message });
        showFailure({ message: error.message });
      } else {
        showFailure({ message: describeStorageError(error, 'Menyimpan penilaian') });
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
      {dialog}
      <Stack>
        <NativeSelect
          label="Set kriteria"
          description={decreeCitation(set)}
          value={set.id}
          onChange={(event) => void changeSet(event.currentTarget.value)}
          data={CRITERIA_SETS.map((item) => ({
            value: item.id,
            label: item.id === DEFAULT_CRITERIA_SET_ID ? `${item.title} (berlaku)` : item.title,
          }))}
        />
        {set.items.map((item, index) => {
          const answer = answers[item.id];
          const error = errors[`answers.${item.id}`];
          return (
            <div key={item.id} role="group" aria-label={item.text} data-testid="criterion">
              <Stack gap={4}>
                <Text size="sm">
                  {index + 1}. {item.text}
                  {item.id === set.outrightPoorItemId && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      (bila “Ya”, langsung tergolong miskin)
                    </Text>
                  )}
                </Text>
                <Group align="flex-start" wrap="nowrap">
                  <SegmentedControl
                    size="xs"
                    color={CHOICE_COLORS[toChoice(answer?.value)]}
                    value={toChoice(answer?.value)}
                    onChange={(value) => setAnswer(item.id, { value: fromChoice(value) })}
                    data={[
                      { value: 'ya', label: 'Ya' },
                      { value: 'tidak', label: 'Tidak' },
                      { value: 'belum', label: 'Belum dijawab' },
                    ]}
                  />
                  <TextInput
                    flex={1}
                    size="xs"
                    aria-label={`Catatan bukti: ${item.text}`}
                    placeholder={
                      answer?.value === true ? 'Catatan bukti (wajib untuk “Ya”)' : 'Catatan bukti'
                    }
                    value={answer?.evidence ?? ''}
                    error={error}
                    onChange={(event) =>
                      setAnswer(item.id, { evidence: event.currentTarget.value })
                    }
                  />
                </Group>
              </Stack>
            </div>
          );
        })}
        <Group grow align="flex-start">
          <TextInput
            label="Petugas verifikasi"
            description="Nama dan unsur, misalnya “Rudi Hartono (PSM)”."
            required
            value={officer}
            error={errors.officer}
            onChange={(event) => setOfficer(event.currentTarget.value)}
          />
          <TanggalInput
            label="Tanggal kunjungan"
            required
            max={today()}
            value={date}
            error={errors.date}
            onChange={(event) => setDate(event.currentTarget.value)}
          />
        </Group>
        <Textarea
          label="Catatan penilaian"
          autosize
          minRows={2}
          value={note}
          error={errors.note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {errors._ && <Alert color="red">{errors._}</Alert>}
        <Group justify="space-between">
          <Text size="sm" data-testid="assessment-live-summary">
            Ringkasan: {summary.label}
          </Text>
          <Button type="submit" loading={busy}>
            {existing ? 'Simpan perubahan penilaian' : 'Simpan penilaian'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
