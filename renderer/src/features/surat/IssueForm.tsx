import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Letter } from '@shared/domain/core/entities';
import { letterBlocker } from '@shared/domain/warga/person-fields';
import type { Official } from '@shared/domain/core/settings';
import { useDatabase } from '../../kit/database-context';
import { useUnsavedGuard } from '../../kit/forms/useUnsavedGuard';
import { issueLetter, LetterError, localIsoDate } from '../../db/surat/repository';
import { issueLetterSchema } from '@shared/domain/surat/schema';
import type { IssueLetterInput } from '@shared/domain/surat/schema';
import type { LetterSettings } from '../../db/surat/settings-repository';
import type { FamilyDetail } from '../../db/warga/repository';
import { RevealNumber } from '../../kit/session/RevealNumber';
import { useRevealNik } from '../../kit/session/useRevealNik';
import { DependantsPicker, PurposePicker, SignerPicker } from './IssueFormParts';
import type { SignerChoice } from './IssueFormParts';
import { LetterPreview } from './LetterPreview';
import { lurahStanding } from '@shared/domain/core/signer';
import { failureMessage, showFailure } from '../../kit/run-action';
import { composePurpose } from './purposes';
import type { PurposeChoice } from './purposes';
import { TanggalInput } from '../../kit/forms/TanggalInput';

type Props = {
  detail: FamilyDetail;
  personId: string;
  officials: Official[];
  settings: LetterSettings;
  onIssued: (letter: Letter) => void;
  onBack: () => void;
};

function defaultSigner(officials: Official[], settings: LetterSettings): SignerChoice {
  const chosen =
    officials.find((o) => o.id === settings.defaultSignerId) ??
    officials.find((o) => lurahStanding(o.jabatan) !== undefined) ??
    officials[0];
  const isLurah = lurahStanding(chosen?.jabatan ?? '') !== undefined;
  return {
    signerId: chosen?.id ?? '',
    delegation: isLurah ? '' : settings.defaultDelegation || 'a.n.',
    via: settings.viaJabatan,
  };
}

export function IssueForm({ detail, personId, officials, settings, onIssued, onBack }: Props) {
  const { db } = useDatabase();
  const reveal = useRevealNik();
  const subject = detail.members.find((m) => m.id === personId);
  const others = detail.members.filter((m) => m.id !== personId);
  const [dependants, setDependants] = useState<Set<string>>(
    () => new Set(others.filter((m) => m.statusKeberadaan === 'ada').map((m) => m.id)),
  );
  const [purpose, setPurpose] = useState<{ choice: PurposeChoice; detail: string }>({
    choice: 'pendidikan',
    detail: '',
  });
  // Read on the KTP: most residents are WNI, and the choice stays in view before issuing.
  const [kewarganegaraan, setKewarganegaraan] = useState<'WNI' | 'WNA'>('WNI');
  const [cover, setCover] = useState({ nomor: '', tanggal: '' });
  const [signer, setSigner] = useState<SignerChoice>(() => defaultSigner(officials, settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const { allowLeave, attach } = useUnsavedGuard({
    dirty:
      purpose.choice !== 'pendidikan' ||
      purpose.detail !== '' ||
      cover.nomor !== '' ||
      cover.tanggal !== '' ||
      kewarganegaraan !== 'WNI',
    // Ctrl+S presses "Terbitkan surat" (data-save), which stays disabled while data is missing.
  });

  if (!subject) return <Alert color="red">Warga tidak ditemukan di keluarga ini.</Alert>;
  const official = officials.find((o) => o.id === signer.signerId);
  const blocker = letterBlocker(subject);
  const today = localIsoDate(new Date());

  const input: IssueLetterInput = {
    type: 'sktm',
    personId,
    dependantIds: others.filter((m) => dependants.has(m.id)).map((m) => m.id),
    purpose: composePurpose(purpose.choice, purpose.detail),
    purposeKind: purpose.choice,
    kewarganegaraan,
    coverLetter: cover,
    ...signer,
  };

  const submit = async () => {
    const parsed = issueLetterSchema.safeParse(input);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[issue.path.join('.')] ??= issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const letter = await issueLetter(db, parsed.data);
      allowLeave();
      onIssued(letter);
    } catch (error) {
      if (error instanceof LetterError && error.field) {
        setErrors({ [error.field]: error.message });
        return;
      }
      showFailure({ message: failureMessage(error, 'Menerbitkan SKTM') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack ref={attach}>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={3} size="h5">
            1. Pemohon
          </Title>
          <Button variant="subtle" size="xs" onClick={onBack}>
            Ganti warga
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4}>
          <Text size="sm">
            <b>{subject.nama}</b>, NIK{' '}
            <RevealNumber
              target={{
                kind: 'nik',
                nik: subject.nik,
                nama: subject.nama,
                familyId: subject.familyId,
              }}
              label={`NIK ${subject.nama}`}
              reveal={reveal}
            />
          </Text>
          <Text size="sm">
            {detail.family.alamat}, RT {detail.family.rt}/RW {detail.family.rw}
          </Text>
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={4}>
          Data diambil dari daftar warga. Jika ada yang salah, perbaiki dulu di Warga & Keluarga.
        </Text>
        {blocker && (
          <Alert
            color="red"
            mt="sm"
            title="Data pemohon belum lengkap"
            data-testid="letter-blocked"
          >
            {blocker.message}{' '}
            <Anchor
              component={Link}
              to={`/warga/${subject.familyId}?ubah=${encodeURIComponent(subject.id)}`}
            >
              Buka formulir {subject.nama}
            </Anchor>
          </Alert>
        )}
        <Radio.Group
          mt="xs"
          label="Kewarganegaraan (lihat KTP)"
          required
          value={kewarganegaraan}
          error={errors.kewarganegaraan}
          onChange={(value) => setKewarganegaraan(value === 'WNA' ? 'WNA' : 'WNI')}
        >
          <Group mt={4}>
            <Radio value="WNI" label="WNI" />
            <Radio value="WNA" label="WNA" />
          </Group>
        </Radio.Group>
      </Paper>

      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          2. Anggota keluarga yang ditanggung
        </Title>
        <DependantsPicker
          members={others}
          selected={dependants}
          onToggle={(id, checked) =>
            setDependants((current) => {
              const next = new Set(current);
              if (checked) next.add(id);
              else next.delete(id);
              return next;
            })
          }
        />
      </Paper>

      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          3. Keperluan, surat pengantar dan penanda tangan
        </Title>
        <Stack>
          <PurposePicker
            choice={purpose.choice}
            detail={purpose.detail}
            error={errors.purpose}
            onChange={(choice, text) => setPurpose({ choice, detail: text })}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Nomor surat pengantar RT/RW"
              required
              placeholder="contoh: 12/RT.003/XI/2026"
              value={cover.nomor}
              error={errors['coverLetter.nomor']}
              onChange={(event) => setCover({ ...cover, nomor: event.currentTarget.value })}
            />
            <TanggalInput
              label="Tanggal surat pengantar"
              required
              max={today}
              value={cover.tanggal}
              error={errors['coverLetter.tanggal']}
              onChange={(event) => setCover({ ...cover, tanggal: event.currentTarget.value })}
            />
          </Group>
          <SignerPicker
            officials={officials}
            value={signer}
            error={errors.signerId}
            delegationError={errors.delegation}
            onChange={setSigner}
          />
        </Stack>
      </Paper>

      <LetterPreview
        settings={settings}
        subject={subject}
        family={detail.family}
        dependants={others.filter((m) => dependants.has(m.id))}
        purpose={input.purpose}
        kewarganegaraan={kewarganegaraan}
        cover={cover}
        signer={official ? { official, ...signer } : undefined}
        nikShown={reveal.isRevealed(`nik:${subject.nik}`)}
      />

      <Group justify="flex-end">
        <Button variant="default" onClick={onBack}>
          Batal
        </Button>
        <Button loading={busy} disabled={blocker !== null} data-save onClick={() => void submit()}>
          Terbitkan surat
        </Button>
      </Group>
    </Stack>
  );
}
