import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { addDays } from 'date-fns';
import type { Family, PersonRow } from '@shared/domain/core/entities';
import { SHDK } from '@shared/domain/core/entities';
import { maskNik } from '@shared/domain/warga/nik';
import { formatNip } from '@shared/domain/core/nip';
import type { Official } from '@shared/domain/core/settings';
import { formatLongDate, placeName } from '@shared/reports/letterhead';
import { SKTM_TITLE, signerHeading, sktmOpening } from '@shared/reports/sktm';
import { localIsoDate } from '../../db/surat/repository';
import type { LetterSettings } from '../../db/surat/settings-repository';
import type { SignerChoice } from './IssueFormParts';
import { useIdentity, useNextNumber } from './useSurat';

type Props = {
  settings: LetterSettings;
  subject: PersonRow;
  family: Family;
  dependants: PersonRow[];
  purpose: string;
  kewarganegaraan: string;
  cover: { nomor: string; tanggal: string };
  signer?: SignerChoice & { official: Official };
  /** The NIK was revealed (and logged) above; otherwise the screen shows it masked. */
  nikShown?: boolean;
};

const missing = (text: string, label: string) =>
  text.trim() ? (
    text
  ) : (
    <Text span c="red" fs="italic">
      [{label} belum diisi]
    </Text>
  );

/**
 * What the letter will say, on screen, before anything is issued: the clerk
 * reads it with the resident at the counter. The PDF uses the same texts.
 */
export function LetterPreview({
  settings,
  subject,
  family,
  dependants,
  purpose,
  kewarganegaraan,
  cover,
  signer,
  nikShown = false,
}: Props) {
  const identity = useIdentity();
  const nextNumber = useNextNumber(settings);
  if (!identity) return null;
  const today = new Date();
  const letterSigner = signer && {
    ...signer.official,
    officialId: signer.official.id,
    delegation: signer.delegation,
    onBehalfOf: signer.delegation ? `Lurah ${identity.namaKelurahan}` : undefined,
    via: signer.delegation === 'u.b.' ? signer.via || settings.viaJabatan : undefined,
  };
  const heading = letterSigner ? signerHeading(letterSigner, identity) : [];
  const opening = letterSigner
    ? sktmOpening(letterSigner, identity)
    : `Yang bertanda tangan di bawah ini, [penanda tangan belum dipilih], menerangkan bahwa:`;

  return (
    <Paper withBorder p="lg" bg="gray.0" aria-label="Pratinjau surat" data-testid="sktm-preview">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          Pratinjau
        </Title>
        <Badge variant="light" color="gray">
          Nomor pasti diberikan saat diterbitkan
        </Badge>
      </Group>
      {!nikShown && (
        <Text size="xs" c="dimmed" mb="xs">
          NIK disamarkan di layar; surat yang dicetak memuat NIK lengkap. Untuk mencocokkan dengan
          KTP, tekan Tampilkan di bagian Pemohon (tercatat di log).
        </Text>
      )}
      <Stack gap={6} maw={720} mx="auto" fz="sm">
        <Text ta="center" fw={700} td="underline">
          {SKTM_TITLE}
        </Text>
        <Text ta="center">Nomor: {nextNumber}</Text>
        <Text>{opening}</Text>
        <Text>
          <b>{subject.nama}</b> (NIK {nikShown ? subject.nik : maskNik(subject.nik)}), lahir di{' '}
          {subject.tempatLahir}, {formatLongDate(subject.tanggalLahir)}, kewarganegaraan{' '}
          {kewarganegaraan}, beralamat di {family.alamat}, RT {family.rt} RW {family.rw}
          {settings.printNoKk ? `, No. KK ${family.noKk}` : ''}.
        </Text>
        <Text>
          Berdasarkan Surat Pengantar RT/RW Nomor {missing(cover.nomor, 'nomor')} tanggal{' '}
          {cover.tanggal ? formatLongDate(cover.tanggal) : missing('', 'tanggal')}, yang
          bersangkutan beserta keluarganya tergolong keluarga tidak mampu.
        </Text>
        {dependants.length > 0 && (
          <Table withTableBorder fz="xs" verticalSpacing={2}>
            <Table.Tbody>
              {dependants.map((d, index) => (
                <Table.Tr key={d.id}>
                  <Table.Td w={30}>{index + 1}</Table.Td>
                  <Table.Td>{d.nama}</Table.Td>
                  <Table.Td>{d.jenisKelamin}</Table.Td>
                  <Table.Td>{SHDK[d.shdk]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text>
          Untuk keperluan <b>{missing(purpose, 'keperluan')}</b>, berlaku sampai dengan{' '}
          {formatLongDate(localIsoDate(addDays(today, settings.validityDays)))}.
        </Text>
        <Stack gap={0} ml="auto" w={280} mt="xs">
          <Text size="sm">
            {placeName(identity)}, {formatLongDate(localIsoDate(today))}
          </Text>
          {heading.map((line) => (
            <Text size="sm" key={line}>
              {line}
            </Text>
          ))}
          <Text size="sm" fw={700} td="underline" mt="lg">
            {signer?.official.nama ?? missing('', 'penanda tangan')}
          </Text>
          {signer?.official.pangkatGolongan && (
            <Text size="sm">{signer.official.pangkatGolongan}</Text>
          )}
          {signer?.official.nip && <Text size="sm">NIP {formatNip(signer.official.nip)}</Text>}
        </Stack>
      </Stack>
    </Paper>
  );
}
