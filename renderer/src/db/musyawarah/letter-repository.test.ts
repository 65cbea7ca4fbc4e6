import { describe, expect, it } from 'vitest';
import { listAudit } from '../keamanan/audit-repository';
import { markExported } from '../ekspor/outbox-repository';
import { createBatchFromMeeting } from '../ekspor/repository';
import { seedIdentity, seedLockedMeeting } from '../testing/batch-seed';
import { cancelLetter, listLetters, recordReprint } from '../surat/repository';
import { getLetterSettings, saveLetterSettings } from '../surat/settings-repository';
import { batchCounts, issueCoverLetter, issueInvitation, issueNotice } from './letter-repository';
import { addParticipant, addParticipantsFromContacts } from './participant-repository';
import { checkFinalise, createMeeting } from './repository';
import { meetingInput, seedOfficial } from '../testing/meeting-seed';
import type { MeetingLetter } from '@shared/domain/core/entities';
import { newId } from '@shared/domain/core/ids';
import { freshDatabase } from '../testing/helpers';

const NOW = new Date('2026-11-23T02:00:00.000Z');

async function lockedSetup() {
  const db = freshDatabase();
  await seedIdentity(db);
  const chair = await seedOfficial(db);
  const { meeting } = await seedLockedMeeting(db, [
    { decision: 'layak' },
    { decision: 'tidak_layak', kind: 'nonaktif' },
    { decision: 'layak' },
  ]);
  await db.meetings.update(meeting.id, { chairOfficialId: chair });
  return { db, meeting, chair };
}

async function addContacts(db: ReturnType<typeof freshDatabase>, names: string[]) {
  const ids = names.map(() => newId());
  await db.contacts.bulkAdd(
    names.map((nama, i) => ({
      id: ids[i]!,
      nama,
      unsur: 'RW' as const,
      unsurConfirmed: true,
      jabatan: `Ketua RW 00${i + 1}`,
      jenisKelamin: 'L' as const,
      aktif: true,
    })),
  );
  return ids;
}

describe('Berita Acara number from the register (issue 14.9)', () => {
  it('is never typed: each lock takes the next number of its type', async () => {
    const db = freshDatabase();
    await seedIdentity(db);
    const chair = await seedOfficial(db);
    const typed = await createMeeting(db, { ...meetingInput(chair), number: '999/KETIK' });
    expect(typed.number).toBe('');
    expect(await db.letters.count()).toBe(0);
  });

  it('the finalise check names a missing office identity, whose code the number carries', async () => {
    const db = freshDatabase();
    const chair = await seedOfficial(db);
    const meeting = await createMeeting(db, meetingInput(chair));
    expect(await checkFinalise(db, meeting.id)).toContain(
      'Identitas kelurahan belum diisi di Pengaturan: nomor Berita Acara/SPTJM dari buku agenda memakai kode suratnya.',
    );
  });

  it('an old locked meeting keeps its typed number, readable as before', async () => {
    const { db, meeting } = await lockedSetup();
    expect((await db.meetings.get(meeting.id))?.number).toBe('005/BA-MUSKEL/KEL-PHD/XI/2026');
  });
});

describe('undangan', () => {
  it('takes one number, freezes the invitees and marks them invited', async () => {
    const db = freshDatabase();
    await seedIdentity(db);
    const chair = await seedOfficial(db);
    const meeting = await createMeeting(db, meetingInput(chair));
    const contacts = await addContacts(db, ['Bambang', 'Yusuf']);
    await addParticipantsFromContacts(db, meeting.id, contacts);
    // A guest who walked in is not invited by letter.
    await addParticipant(db, meeting.id, {
      nama: 'Tamu Warga',
      unsur: 'Lainnya',
      jabatan: '',
      jenisKelamin: 'P',
      invited: false,
      present: true,
    });
    const participants = await db.participants.toArray();
    await db.participants.bulkPut(participants.map((row) => ({ ...row, invited: false })));

    const letter = await issueInvitation(db, meeting.id, NOW);
    expect(letter).toMatchObject({
      type: 'undangan',
      seq: 1,
      number: '400.9.2/001/UND/KEL-PHD/XI/2026',
    });
    expect(letter.details).toMatchObject({ kind: 'undangan', mode: 'per_peserta' });
    if (letter.details.kind !== 'undangan') throw new Error('jenis');
    expect(letter.details.invitees.map((i) => i.nama)).toEqual(['Bambang', 'Yusuf']);
    expect(letter.signer).toMatchObject({ delegation: '', jabatan: 'Lurah' });
    const after = await db.participants.toArray();
    expect(
      after
        .filter((row) => row.invited)
        .map((row) => row.nama)
        .sort(),
    ).toEqual(['Bambang', 'Yusuf']);
    expect((await db.meetings.get(meeting.id))?.invitedAt).toBe(NOW.toISOString());

    const again = await issueInvitation(db, meeting.id, NOW);
    expect(again.seq).toBe(2);
    const audit = await listAudit(db);
    expect(audit.some((row) => row.summary.startsWith('Undangan 400.9.2/001/UND'))).toBe(true);
  });

  it('refuses a meeting without invitees, and writes nothing', async () => {
    const db = freshDatabase();
    await seedIdentity(db);
    const chair = await seedOfficial(db);
    const meeting = await createMeeting(db, meetingInput(chair));
    await expect(issueInvitation(db, meeting.id, NOW)).rejects.toThrow(/Belum ada peserta/);
    expect(await db.letters.count()).toBe(0);
    expect(await db.letterCounters.count()).toBe(0);
  });

  it('follows the distribution-list setting', async () => {
    const db = freshDatabase();
    await seedIdentity(db);
    const chair = await seedOfficial(db);
    const meeting = await createMeeting(db, meetingInput(chair));
    await addParticipantsFromContacts(db, meeting.id, await addContacts(db, ['Bambang']));
    const settings = await getLetterSettings(db, 'undangan');
    await saveLetterSettings(db, { ...settings, invitationMode: 'daftar' }, 'undangan');
    const letter = await issueInvitation(db, meeting.id, NOW);
    expect(letter.details).toMatchObject({ mode: 'daftar' });
    expect(letter.tujuan).toContain('daftar terlampir');
  });
});

describe('pengumuman and surat pengantar', () => {
  it('the notice needs a locked meeting and a deadline not in the past', async () => {
    const { db, meeting } = await lockedSetup();
    await expect(
      issueNotice(db, meeting.id, { sanggahUntil: '2026-11-01', sanggahPlace: 'Kantor' }, NOW),
    ).rejects.toThrow(/sebelum hari ini/);
    const notice = await issueNotice(
      db,
      meeting.id,
      { sanggahUntil: '2026-11-30', sanggahPlace: 'Kantor Kelurahan Pahandut' },
      NOW,
    );
    expect(notice).toMatchObject({
      type: 'pengumuman',
      number: '400.9.2/001/PENG/KEL-PHD/XI/2026',
      tujuan: 'Papan pengumuman kelurahan',
    });
    await db.meetings.update(meeting.id, { status: 'persiapan' });
    await expect(
      issueNotice(db, meeting.id, { sanggahUntil: '2026-11-30', sanggahPlace: 'Kantor' }, NOW),
    ).rejects.toThrow(/setelah musyawarah dikunci/);
  });

  it('the cover letter names an exported batch, its rows per kind and its package hash', async () => {
    const { db, meeting } = await lockedSetup();
    const { batch } = await createBatchFromMeeting(db, meeting.id, NOW);
    await expect(
      issueCoverLetter(
        db,
        meeting.id,
        { batchId: batch.id, recipient: 'Kepala Dinas Sosial' },
        NOW,
      ),
    ).rejects.toThrow(/belum diekspor/);
    expect(await db.letters.count()).toBe(0);
    await markExported(db, batch.id, { fileName: 'x.zip', packageSha256: 'c'.repeat(64) }, NOW);
    const letter = await issueCoverLetter(
      db,
      meeting.id,
      { batchId: batch.id, recipient: 'Kepala Dinas Sosial Kota Palangka Raya' },
      NOW,
    );
    expect(letter.details).toMatchObject({
      kind: 'pengantar_dinsos',
      batchNumber: batch.number,
      packageSha256: 'c'.repeat(64),
      counts: batchCounts(batch),
    });
    expect(batchCounts(batch).reduce((sum, row) => sum + row.count, 0)).toBe(batch.rows.length);
    expect(letter.number).toBe('400.9.2/001/PGT/KEL-PHD/XI/2026');
  });
});

describe('the register of the musyawarah letters (20.5)', () => {
  it('lists every type, reprints are logged, a cancelled letter keeps its number', async () => {
    const { db, meeting } = await lockedSetup();
    const input = { sanggahUntil: '2026-11-30', sanggahPlace: 'Kantor Kelurahan' };
    const first = await issueNotice(db, meeting.id, input, NOW);
    await recordReprint(db, first.id, 'pdf', NOW);
    const cancelled = await cancelLetter(db, first.id, 'tanggal sanggahan salah', NOW);
    expect(cancelled).toMatchObject({ status: 'batal', number: first.number });
    const second = await issueNotice(db, meeting.id, input, NOW);
    expect(second.seq).toBe(2);
    const rows = await listLetters(db, { type: 'pengumuman' });
    expect(rows.map((row) => [row.seq, row.status, row.reprints.length])).toEqual([
      [2, 'terbit', 0],
      [1, 'batal', 1],
    ]);
    const audit = await listAudit(db);
    expect(audit.some((row) => row.summary.includes('disimpan ulang sebagai PDF'))).toBe(true);
    expect(
      audit.some((row) => row.summary.startsWith(`Pengumuman ${first.number} dibatalkan`)),
    ).toBe(true);
  });

  it('a Berita Acara number cannot be cancelled', async () => {
    const db = freshDatabase();
    await seedIdentity(db);
    const chair = await seedOfficial(db);
    const meeting = await createMeeting(db, meetingInput(chair));
    const id = newId();
    const entry: MeetingLetter = {
      id,
      type: 'berita_acara',
      year: 2026,
      seq: 1,
      number: 'BA/1/2026',
      date: '2026-11-20',
      meetingId: meeting.id,
      perihal: 'Berita Acara',
      tujuan: 'Arsip',
      details: { kind: 'berita_acara' },
      signer: {
        officialId: chair,
        nama: 'L',
        jabatan: 'Lurah',
        pangkatGolongan: '',
        nip: '',
        delegation: '',
      },
      status: 'terbit',
      reprints: [],
      createdAt: NOW.toISOString(),
      createdBy: 'uji',
    };
    await db.letters.add(entry);
    await expect(cancelLetter(db, id, 'coba batal', NOW)).rejects.toThrow(/tidak dapat dibatalkan/);
  });

  it('refuses a format that would print the same numbers as another type', async () => {
    const db = freshDatabase();
    await seedIdentity(db);
    const sktm = await getLetterSettings(db, 'sktm');
    const undangan = await getLetterSettings(db, 'undangan');
    await expect(
      saveLetterSettings(db, { ...undangan, template: sktm.template, kode: sktm.kode }, 'undangan'),
    ).rejects.toThrow(/sama dengan SKTM/);
  });
});
