import { describe, expect, it } from 'vitest';
import type { Letter } from '@shared/domain/core/entities';
import { listAudit, PermissionError } from '../keamanan/audit-repository';
import {
  loadMeetingCandidates,
  createMeeting,
  finaliseMeeting,
  recordDecision,
} from '../musyawarah/repository';
import { meetingInput, seedOfficial, seedProposals } from '../testing/meeting-seed';
import { seedIdentity } from '../testing/batch-seed';
import { addParticipant } from '../musyawarah/participant-repository';
import { setSessionAccount } from '../core/session';
import { deletePersonOnRequest, deletionBlocker, setSuspended } from './subject-requests';
import { freshDatabase } from '../testing/helpers';

async function setup() {
  const db = freshDatabase();
  const proposals = await seedProposals(db, [{}, {}]);
  return { db, proposals };
}

function letterFor(personId: string, nik: string): Letter {
  return {
    id: crypto.randomUUID(),
    type: 'sktm',
    year: 2026,
    seq: 1,
    number: '400.9.2/001/KEL-PHD/XI/2026',
    date: '2026-11-05',
    personId,
    subject: {
      nama: 'Warga 0001',
      nik,
      tempatLahir: 'Palangka Raya',
      tanggalLahir: '1990-03-12',
      jenisKelamin: 'L',
      agama: 'Islam',
      pekerjaan: 'Buruh',
      alamat: 'Jl. Uji',
    },
    dependants: [],
    purpose: 'Biaya sekolah',
    coverLetter: { nomor: '1', tanggal: '2026-11-04' },
    validUntil: '2026-12-05',
    signer: {
      officialId: 'o',
      nama: 'Lurah',
      jabatan: 'Lurah',
      pangkatGolongan: '',
      nip: '',
      delegation: '',
    },
    status: 'terbit',
    reprints: [],
    qrPayload: 'x',
    createdAt: '2026-11-05T00:00:00.000Z',
    createdBy: 'uji',
  };
}

describe('suspension', () => {
  it('suspends with a reason, leaves the person out of the meeting, and resumes', async () => {
    const { db, proposals } = await setup();
    const chair = await seedOfficial(db);
    const meeting = await createMeeting(db, meetingInput(chair));
    const personId = proposals[0]!.personId;

    await setSuspended(db, personId, true, 'Permintaan tertulis tanggal 3 November');
    expect((await db.people.get(personId))?.suspended).toBe(true);
    const candidates = await loadMeetingCandidates(db, meeting.id);
    expect(JSON.stringify(candidates)).not.toContain(personId);
    const [entry] = await listAudit(db, 1);
    expect(entry).toMatchObject({
      action: 'update',
      entity: 'warga',
      entityId: proposals[0]!.familyId,
    });
    expect(entry?.summary).toContain('ditangguhkan atas permintaan');

    await setSuspended(db, personId, false, 'Penangguhan dicabut oleh pemohon');
    expect((await db.people.get(personId))?.suspended).toBeUndefined();
  });

  it('needs a reason', async () => {
    const { db, proposals } = await setup();
    await expect(setSuspended(db, proposals[0]!.personId, true, ' ')).rejects.toThrow('alasan');
    expect(await db.audit.count()).toBe(0);
  });
});

describe('deletion on request', () => {
  it('removes the person and what hangs on them, keeps the letter, logs a masked NIK', async () => {
    const { db, proposals } = await setup();
    const target = proposals[0]!;
    const person = (await db.people.get(target.personId))!;
    await db.letters.add(letterFor(person.id, person.nik));
    await db.photos.add({
      id: 'foto-1',
      proposalId: target.id,
      blob: {} as Blob,
      width: 1,
      height: 1,
      takenAt: 'x',
      caption: '',
    });

    const result = await deletePersonOnRequest(db, person.id, 'Permintaan penghapusan tertulis');
    expect(result).toEqual({ proposals: 1, familyDeleted: false, lettersKept: 1 });
    expect(await db.people.get(person.id)).toBeUndefined();
    expect(await db.proposals.get(target.id)).toBeUndefined();
    expect(await db.assessments.where('proposalId').equals(target.id).count()).toBe(0);
    expect(await db.photos.count()).toBe(0);
    expect(await db.letters.where('personId').equals(person.id).count()).toBe(1);
    // The child stays, so the family stays.
    expect(await db.families.get(target.familyId)).toBeDefined();
    const [entry] = await listAudit(db, 1);
    expect(entry?.summary).toContain('dihapus atas permintaan');
    expect(JSON.stringify(entry)).not.toContain(person.nik);
  });

  it('removes the family with its last member', async () => {
    const { db, proposals } = await setup();
    const familyId = proposals[1]!.familyId;
    const members = await db.people.where('familyId').equals(familyId).toArray();
    const child = members.find((m) => m.shdk !== 1)!;
    const head = members.find((m) => m.shdk === 1)!;
    await deletePersonOnRequest(db, child.id, 'Permintaan anak sendiri');
    const result = await deletePersonOnRequest(db, head.id, 'Permintaan kepala keluarga');
    expect(result.familyDeleted).toBe(true);
    expect(await db.families.get(familyId)).toBeUndefined();
  });

  it('refuses while a locked Berita Acara holds the person; nothing is deleted', async () => {
    const { db, proposals } = await setup();
    // The lock takes the Berita Acara number from the register, which names the office.
    await seedIdentity(db);
    const chair = await seedOfficial(db);
    const meeting = await createMeeting(db, meetingInput(chair));
    await addParticipant(db, meeting.id, {
      nama: 'Bambang',
      unsur: 'RW',
      jabatan: 'Ketua RW',
      jenisKelamin: 'L',
      invited: true,
      present: true,
    });
    for (const proposal of proposals) {
      await recordDecision(db, {
        meetingId: meeting.id,
        proposalId: proposal.id,
        decision: 'layak',
        reason: '',
      });
    }
    await finaliseMeeting(db, meeting.id);
    const personId = proposals[0]!.personId;
    expect(await deletionBlocker(db, personId)).toMatch(/Berita Acara/);
    await expect(deletePersonOnRequest(db, personId, 'Permintaan penghapusan')).rejects.toThrow(
      /penangguhan/,
    );
    expect(await db.people.get(personId)).toBeDefined();
    expect(await db.proposals.get(proposals[0]!.id)).toBeDefined();
  });

  it('is refused to a facilitator, and nothing is deleted', async () => {
    const { db, proposals } = await setup();
    setSessionAccount(db, { id: 'f', username: 'fasil', nama: 'Fasil', role: 'fasilitator' });
    await expect(
      deletePersonOnRequest(db, proposals[0]!.personId, 'Permintaan penghapusan'),
    ).rejects.toBeInstanceOf(PermissionError);
    expect(await db.people.get(proposals[0]!.personId)).toBeDefined();
    expect(await db.proposals.count()).toBe(2);
  });
});
