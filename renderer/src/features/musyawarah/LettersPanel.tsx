import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Meeting, MeetingLetter } from '@shared/domain/core/entities';
import { LETTER_TYPE_LABELS } from '@shared/domain/surat/types';
import { formatLongDate } from '@shared/reports/letterhead';
import { toSafeFileName } from '@shared/ipc/contract';
import { toCsv } from '@shared/reports/batch-package';
import { useDatabase } from '../../kit/database-context';
import { recordFirstOutput, recordReprint } from '../../db/surat/repository';
import { getLetterSettings } from '../../db/surat/settings-repository';
import {
  inviteesOf,
  issueCoverLetter,
  issueInvitation,
  issueNotice,
  letterDefaults,
  logInvitationList,
  meetingBatches,
  sendableBatch,
} from '../../db/musyawarah/letter-repository';
import { listMeetingLetters } from '../../db/musyawarah/register-repository';
import {
  buildMeetingLetter,
  invitationSheet,
  meetingLetterFileName,
} from '../../documents/meeting-letters';
import { useDesktopApi } from '../../platform';
import { renderPdf } from '../../workers/render-pdf';
import { renderXlsx } from '../../workers/render-xlsx';
import { runAction } from '../../kit/run-action';
import { TanggalInput } from '../../kit/forms/TanggalInput';
import { localIsoDate } from '@shared/domain/core/tanggal';
import { useParticipants } from './useMusyawarah';

/**
 * The paperwork around the meeting (issue 20): invitations before it, the public
 * notice and the cover letter to Dinas Sosial after it is locked. Each letter takes
 * its number from the buku agenda and can be printed again from here or the register.
 */
export function LettersPanel({ meeting }: { meeting: Meeting }) {
  const { db } = useDatabase();
  const desktop = useDesktopApi();
  const letters = useLiveQuery(() => listMeetingLetters(db, meeting.id), [db, meeting.id]);
  const [busy, setBusy] = useState<string | null>(null);

  const savePdf = async (letter: MeetingLetter, reprint: boolean) => {
    const bytes = await renderPdf(await buildMeetingLetter(db, letter));
    const result = await desktop.saveFile(bytes, meetingLetterFileName(letter), 'pdf');
    if (result.status === 'error') throw new Error(result.message);
    if (result.status === 'canceled') return;
    if (reprint) await recordReprint(db, letter.id, 'pdf');
    else await recordFirstOutput(db, letter.id, 'pdf');
    notifications.show({
      color: 'teal',
      message: `${LETTER_TYPE_LABELS[letter.type]} ${letter.number} tersimpan. ${result.where}`,
    });
  };

  const run = async (key: string, what: string, action: () => Promise<void>) => {
    setBusy(key);
    try {
      await runAction(action, { what });
    } finally {
      setBusy(null);
    }
  };

  const issueAndSave = (key: string, what: string, issue: () => Promise<MeetingLetter>) =>
    run(key, what, async () => {
      const letter = await issue();
      notifications.show({
        color: 'teal',
        message: `${LETTER_TYPE_LABELS[letter.type]} bernomor ${letter.number} tercatat di buku agenda.`,
      });
      await savePdf(letter, false);
    });

  return (
    <Stack maw={1000}>
      {meeting.kind === 'berita_acara' && meeting.status !== 'terkunci' && (
        <InvitationSection
          meeting={meeting}
          busy={busy}
          onIssue={() =>
            void issueAndSave('undangan', 'Menerbitkan undangan', () =>
              issueInvitation(db, meeting.id),
            )
          }
        />
      )}
      {meeting.status === 'terkunci' ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <NoticeSection
            busy={busy}
            onIssue={(input) =>
              void issueAndSave('pengumuman', 'Menerbitkan pengumuman', () =>
                issueNotice(db, meeting.id, input),
              )
            }
          />
          <CoverLetterSection
            meeting={meeting}
            busy={busy}
            onIssue={(input) =>
              void issueAndSave('pengantar', 'Menerbitkan surat pengantar', () =>
                issueCoverLetter(db, meeting.id, input),
              )
            }
          />
        </SimpleGrid>
      ) : (
        <Alert color="gray">
          Pengumuman hasil dan surat pengantar ke Dinas Sosial dibuat setelah musyawarah dikunci.
        </Alert>
      )}
      <Paper withBorder p="md">
        <Title order={4} mb="xs">
          Surat musyawarah ini di buku agenda
        </Title>
        <Table striped data-testid="meeting-letters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Jenis</Table.Th>
              <Table.Th>Nomor</Table.Th>
              <Table.Th>Tanggal</Table.Th>
              <Table.Th>Tujuan</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(letters ?? []).map((letter) => (
              <Table.Tr key={letter.id} data-type={letter.type} data-number={letter.number}>
                <Table.Td>{LETTER_TYPE_LABELS[letter.type]}</Table.Td>
                <Table.Td ff="monospace" fz="sm">
                  {letter.number}
                </Table.Td>
                <Table.Td>{formatLongDate(letter.date)}</Table.Td>
                <Table.Td>{letter.tujuan}</Table.Td>
                <Table.Td>
                  <Badge color={letter.status === 'batal' ? 'red' : 'teal'}>
                    {letter.status === 'batal' ? 'Batal' : 'Terbit'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {letter.type === 'berita_acara' || letter.type === 'sptjm' ? (
                    <Text size="xs" c="dimmed">
                      Dicetak di tab Finalisasi &amp; cetak
                    </Text>
                  ) : (
                    <Group gap="xs" justify="flex-end">
                      <Button
                        size="xs"
                        variant="default"
                        loading={busy === `ulang:${letter.id}`}
                        onClick={() =>
                          void run(`ulang:${letter.id}`, 'Mencetak ulang', () =>
                            savePdf(letter, true),
                          )
                        }
                      >
                        Simpan ulang PDF
                      </Button>
                      {letter.details.kind === 'undangan' && <InviteeListButtons letter={letter} />}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {letters?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="dimmed">
                    Belum ada surat untuk musyawarah ini.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          Pembatalan dan semua nomor ada di <Link to="/surat/agenda">Surat → Buku agenda</Link>.
        </Text>
      </Paper>
    </Stack>
  );
}

function InvitationSection({
  meeting,
  busy,
  onIssue,
}: {
  meeting: Meeting;
  busy: string | null;
  onIssue: () => void;
}) {
  const { db } = useDatabase();
  const participants = useParticipants(meeting.id);
  const settings = useLiveQuery(() => getLetterSettings(db, 'undangan'), [db]);
  const invitees = participants ? inviteesOf(participants) : [];
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>Undangan musyawarah</Title>
        <Text size="sm">
          {invitees.length} peserta dari daftar kontak akan diundang untuk{' '}
          {formatLongDate(meeting.date)}, {meeting.place}.{' '}
          {settings?.invitationMode === 'daftar'
            ? 'Satu surat dengan daftar undangan terlampir.'
            : 'Satu halaman surat untuk setiap peserta.'}{' '}
          <Link to="/surat/pengaturan">Ubah di Pengaturan surat</Link>.
        </Text>
        {meeting.invitedAt && (
          <Text size="xs" c="dimmed">
            Undangan terakhir dikirim {new Date(meeting.invitedAt).toLocaleString('id-ID')}.
          </Text>
        )}
        <Group>
          <Button
            loading={busy === 'undangan'}
            disabled={busy !== null || invitees.length === 0}
            onClick={onIssue}
          >
            Terbitkan &amp; simpan undangan (PDF)
          </Button>
          {invitees.length === 0 && (
            <Text size="sm" c="dimmed">
              Tambahkan peserta dari kontak di tab Peserta &amp; kehadiran.
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function InviteeListButtons({ letter }: { letter: MeetingLetter }) {
  const { db } = useDatabase();
  const desktop = useDesktopApi();
  const save = async (kind: 'xlsx' | 'csv') => {
    await runAction(
      async () => {
        const rows = await invitationSheet(db, letter);
        const bytes =
          kind === 'xlsx'
            ? await renderXlsx([{ name: 'Daftar undangan', rows }])
            : new TextEncoder().encode(
                toCsv(rows.map((row) => row.map((cell) => String(cell ?? '')))),
              );
        const result = await desktop.saveFile(
          bytes,
          toSafeFileName(`Daftar undangan ${letter.number}`),
          kind,
        );
        if (result.status === 'error') throw new Error(result.message);
        if (result.status === 'saved') {
          await logInvitationList(db, letter, kind);
          notifications.show({
            color: 'teal',
            message: `Daftar undangan tersimpan. ${result.where}`,
          });
        }
      },
      { what: 'Menyimpan daftar undangan' },
    );
  };
  return (
    <>
      <Button size="xs" variant="default" onClick={() => void save('xlsx')}>
        Daftar XLSX
      </Button>
      <Button size="xs" variant="default" onClick={() => void save('csv')}>
        Daftar CSV
      </Button>
    </>
  );
}

function NoticeSection({
  busy,
  onIssue,
}: {
  busy: string | null;
  onIssue: (input: { sanggahUntil: string; sanggahPlace: string }) => void;
}) {
  const { db } = useDatabase();
  const defaults = useLiveQuery(() => letterDefaults(db), [db]);
  const [until, setUntil] = useState<string | null>(null);
  const [place, setPlace] = useState<string | null>(null);
  const sanggahUntil = until ?? defaults?.sanggahUntil ?? '';
  const sanggahPlace = place ?? defaults?.sanggahPlace ?? '';
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>Pengumuman hasil musyawarah</Title>
        <Text size="sm" c="dimmed">
          Untuk papan pengumuman: nama, NIK tersamar, RT/RW dan hasil, tanpa alasan atau data
          sensitif. A4 tegak, huruf besar.
        </Text>
        <TanggalInput
          label="Batas pengajuan sanggahan"
          required
          min={localIsoDate()}
          value={sanggahUntil}
          onChange={(event) => setUntil(event.currentTarget.value)}
        />
        <TextInput
          label="Sanggahan diserahkan ke"
          required
          value={sanggahPlace}
          onChange={(event) => setPlace(event.currentTarget.value)}
        />
        <Button
          loading={busy === 'pengumuman'}
          disabled={busy !== null}
          onClick={() => onIssue({ sanggahUntil, sanggahPlace })}
        >
          Terbitkan &amp; simpan pengumuman (PDF)
        </Button>
      </Stack>
    </Paper>
  );
}

function CoverLetterSection({
  meeting,
  busy,
  onIssue,
}: {
  meeting: Meeting;
  busy: string | null;
  onIssue: (input: { batchId: string; recipient: string }) => void;
}) {
  const { db } = useDatabase();
  const defaults = useLiveQuery(() => letterDefaults(db), [db]);
  const batches = useLiveQuery(() => meetingBatches(db, meeting.id), [db, meeting.id]);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [recipient, setRecipient] = useState<string | null>(null);
  const options = (batches ?? []).map((batch) => {
    const problem = sendableBatch(batch);
    return {
      value: batch.id,
      label: `Batch ${batch.number} versi ${batch.version} · ${batch.rows.length} baris${problem ? ' (belum dapat dikirim)' : ''}`,
      problem,
    };
  });
  const chosenId = batchId ?? options.find((option) => !option.problem)?.value ?? null;
  const chosen = options.find((option) => option.value === chosenId);
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={4}>Surat pengantar ke Dinas Sosial</Title>
        <Text size="sm" c="dimmed">
          Mengantar {meeting.kind === 'sptjm' ? 'SPTJM' : 'Berita Acara'} {meeting.number} dan paket
          batch usulan, dengan jumlah baris per jenis dan kode hash paket.
        </Text>
        <Select
          label="Batch usulan"
          required
          placeholder={
            options.length === 0 ? 'Belum ada batch untuk musyawarah ini' : 'Pilih batch'
          }
          data={options.map(({ value, label }) => ({ value, label }))}
          value={chosenId}
          error={chosen?.problem}
          onChange={setBatchId}
        />
        <TextInput
          label="Kepada"
          required
          value={recipient ?? defaults?.recipient ?? ''}
          onChange={(event) => setRecipient(event.currentTarget.value)}
        />
        <Button
          loading={busy === 'pengantar'}
          disabled={busy !== null || !chosen || chosen.problem !== undefined}
          onClick={() =>
            chosenId &&
            onIssue({ batchId: chosenId, recipient: recipient ?? defaults?.recipient ?? '' })
          }
        >
          Terbitkan &amp; simpan surat pengantar (PDF)
        </Button>
        {options.length === 0 && (
          <Text size="xs" c="dimmed">
            Buat dan ekspor batch di menu <Link to="/ekspor">Ekspor</Link> terlebih dahulu.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
