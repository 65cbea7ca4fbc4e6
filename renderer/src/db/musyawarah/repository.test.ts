import { describe, expect, it } from 'vitest';
import type { Proposal } from '@shared/domain/core/entities';
import { decisionsHash, LOCKED_MESSAGE } from '@shared/domain/musyawarah/meeting';
import { listAudit, PermissionError } from '../keamanan/audit-repository';
import { saveContact } from './contact-repository';
import {
  checkFinalise,
  clearDecision,
  createMeeting,
  deleteMeeting,
  finaliseMeeting,
  FinaliseError,
  listDecisions,
  loadMeetingCandidates,
  recordDecision,
  undoLastDecision,
  updateMeeting,
} from './repository';
import { seedIdentity } from '../testing/batch-seed';
import { meetingInput, seedOfficial, seedProposals } from '../testing/meeting-seed';
import {
  addParticipant,
  addParticipantsFromContacts,
  confirmParticipantUnsur,
  listParticipants,
  removeParticipant,
  setAllPresent,
  setAttendance,
} from './participant-repository';
import { setSessionAccount } from '../core/session';
import { describeStorageError } from '../core/storage-errors';
import { freshDatabase } from '../testing/helpers';
import { newId } from '@shared/domain/core/ids';

async function setup(specs: Parameters<typeof seedProposals>[1] = [{}, {}, {}]) {
  const db = freshDatabase();
  // The lock takes the Berita Acara number from the register, whose format names the office.
  await seedIdentity(db);
  const proposals = await seedProposals(db, specs);
  const chair = await seedOfficial(db);
  const meeting = await createMeeting(db, meetingInput(chair));
  return { db, proposals, meeting, chair };
}

async function decideAll(
  db: Awaited<ReturnType<typeof setup>>['db'],
  meetingId: string,
  ids: readonly string[],
) {
  for (const [i, proposalId] of ids.entries()) {
    await recordDecision(db, {
      meetingId,
      proposalId,
      decision: i === 1 ? 'tidak_layak' : 'layak',
      reason: i === 1 ? 'Sudah mampu' : '',
    });
  }
}

async function attend(db: Awaited<ReturnType<typeof setup>>['db'], meetingId: string) {
  await addParticipant(db, meetingId, {
    nama: 'Bambang',
    unsur: 'RW',
    jabatan: 'Ketua RW 001',
    jenisKelamin: 'L',
    invited: true,
    present: true,
  });
}

describe('candidates', () => {
  it('lists ready proposals and prelist entries, grouped by RW/RT, without the rest', async () => {
    const { db, meeting } = await setup([
      { rw: '002', rt: '001', nama: 'Zainal' },
      { rw: '001', rt: '004', nama: 'Yanti' },
      { status: 'draf', nama: 'Draf Saja' },
      { status: 'verifikasi_lapangan', source: 'prelist', rw: '001', rt: '001', nama: 'Prelist' },
      { status: 'diputuskan', nama: 'Lama' },
      { suspended: true, nama: 'Dibekukan' },
    ]);
    const loaded = await loadMeetingCandidates(db, meeting.id);
    expect(loaded?.candidates.map((c) => c.nama)).toEqual(['Prelist', 'Yanti', 'Zainal']);
    const first = loaded?.candidates[1];
    expect(first?.familySize).toBe(2);
    expect(first?.fieldNote).toBe('Catatan lapangan 0002');
    expect(loaded?.candidates[2]?.aid).toEqual(['PKH (pusat)']);
  });
});

describe('decisions', () => {
  it('saves each decision at once, upserts, audits and starts the meeting', async () => {
    const { db, meeting, proposals } = await setup();
    const id = proposals[0]!.id;
    await recordDecision(db, {
      meetingId: meeting.id,
      proposalId: id,
      decision: 'layak',
      reason: '',
    });
    await recordDecision(db, {
      meetingId: meeting.id,
      proposalId: id,
      decision: 'ditunda',
      reason: 'Perlu verifikasi lapangan ulang',
    });
    const rows = await listDecisions(db, meeting.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ decision: 'ditunda', previous: { decision: 'layak' } });
    expect((await db.meetings.get(meeting.id))?.status).toBe('berlangsung');
    const audit = await listAudit(db);
    expect(audit[0]?.summary).toBe(
      'Keputusan musyawarah: Warga 0001, Ditunda (Perlu verifikasi lapangan ulang)',
    );
    expect(audit[0]?.entityId).toBe(id);
  });

  it('refuses tidak layak without a reason and proposals outside the list', async () => {
    const { db, meeting, proposals } = await setup([{}, { status: 'draf' }]);
    await expect(
      recordDecision(db, {
        meetingId: meeting.id,
        proposalId: proposals[0]!.id,
        decision: 'tidak_layak',
        reason: '  ',
      }),
    ).rejects.toThrow('wajib disertai alasan');
    await expect(
      recordDecision(db, {
        meetingId: meeting.id,
        proposalId: proposals[1]!.id,
        decision: 'layak',
        reason: '',
      }),
    ).rejects.toThrow('tidak termasuk daftar calon');
    expect(await listDecisions(db, meeting.id)).toEqual([]);
  });

  it('undo restores an overwritten decision, then removes the one before it', async () => {
    const { db, meeting, proposals } = await setup();
    const [a, b] = proposals.map((p) => p.id);
    const windowId = newId();
    const decide = (proposalId: string, decision: string, reason = '') =>
      recordDecision(db, { meetingId: meeting.id, proposalId, decision, reason, windowId });
    await decide(a!, 'layak');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await decide(b!, 'layak');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await decide(b!, 'tidak_layak', 'Data ganda');

    expect(await undoLastDecision(db, meeting.id, windowId)).toBe(b);
    let rows = await listDecisions(db, meeting.id);
    expect(rows.find((row) => row.proposalId === b)?.decision).toBe('layak');

    expect(await undoLastDecision(db, meeting.id, windowId)).toBe(b);
    rows = await listDecisions(db, meeting.id);
    expect(rows.map((row) => row.proposalId)).toEqual([a]);

    expect(await undoLastDecision(db, meeting.id, windowId)).toBe(a);
    expect(await undoLastDecision(db, meeting.id, windowId)).toBeNull();
    expect((await listAudit(db))[0]?.summary).toContain('dibatalkan (urungkan)');
  });

  it("undo in one window never takes back another window's decision", async () => {
    const { db, meeting, proposals } = await setup();
    const [a, b, c] = proposals.map((p) => p.id);
    const windowA = newId();
    const windowB = newId();
    const decide = (windowId: string, proposalId: string, decision = 'layak') =>
      recordDecision(db, {
        meetingId: meeting.id,
        proposalId,
        decision,
        reason: decision === 'layak' ? '' : 'Perlu cek lapangan ulang',
        windowId,
      });
    await decide(windowB, b!);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await decide(windowA, a!);
    await new Promise((resolve) => setTimeout(resolve, 5));

    // B undoes: its own decision on b goes, A's newer one on a stays.
    expect(await undoLastDecision(db, meeting.id, windowB)).toBe(b);
    expect((await listDecisions(db, meeting.id)).map((row) => row.proposalId)).toEqual([a]);
    // Nothing of B's is left: B's undo is a no-op, not A's decision.
    expect(await undoLastDecision(db, meeting.id, windowB)).toBeNull();
    expect((await listDecisions(db, meeting.id)).map((row) => row.proposalId)).toEqual([a]);

    // B overwrites A's decision on a: A's undo skips it, B's undo restores A's.
    await decide(windowA, c!);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await decide(windowB, a!, 'ditunda');
    expect(await undoLastDecision(db, meeting.id, windowA)).toBe(c);
    expect((await db.decisions.toArray()).find((r) => r.proposalId === a)?.decision).toBe(
      'ditunda',
    );
    expect(await undoLastDecision(db, meeting.id, windowB)).toBe(a);
    const restored = (await listDecisions(db, meeting.id)).find((r) => r.proposalId === a);
    expect(restored).toMatchObject({ decision: 'layak', decidedIn: windowA });
    expect(await undoLastDecision(db, meeting.id, windowA)).toBe(a);
    expect(await listDecisions(db, meeting.id)).toEqual([]);
  });
});

describe('participants', () => {
  it('copies contacts once, counts attendance and records every change', async () => {
    const { db, meeting } = await setup();
    const rt = await saveContact(db, {
      id: 'c-1',
      nama: 'Ibu Sari',
      unsur: 'RT',
      jabatan: 'Ketua RT 001',
      jenisKelamin: 'P',
      aktif: true,
    });
    expect(await addParticipantsFromContacts(db, meeting.id, [rt.id, rt.id])).toBe(1);
    expect(await addParticipantsFromContacts(db, meeting.id, [rt.id])).toBe(0);
    const [row] = await listParticipants(db, meeting.id);
    expect(row).toMatchObject({
      nama: 'Ibu Sari',
      invited: true,
      present: false,
      contactId: 'c-1',
    });
    await setAttendance(db, row!.id, { present: true });
    expect((await listParticipants(db, meeting.id))[0]?.present).toBe(true);
    expect((await listAudit(db))[0]?.summary).toBe('Kehadiran Ibu Sari: hadir');
    await setAllPresent(db, meeting.id, false);
    expect((await listParticipants(db, meeting.id))[0]?.present).toBe(false);
    await removeParticipant(db, row!.id);
    expect(await listParticipants(db, meeting.id)).toEqual([]);
  });
});

describe('unsur of a participant', () => {
  it('is marked chosen when saved from the form, and copied from a chosen contact', async () => {
    const { db, meeting } = await setup();
    const contact = await saveContact(db, {
      id: newId(),
      nama: 'Ibu Sari',
      unsur: 'RT',
      jabatan: 'Ketua RT 001',
      jenisKelamin: 'P',
      aktif: true,
    });
    expect(contact.unsurConfirmed).toBe(true);
    await addParticipantsFromContacts(db, meeting.id, [contact.id]);
    await attend(db, meeting.id);
    const rows = await listParticipants(db, meeting.id);
    expect(rows.map((row) => [row.unsur, row.unsurConfirmed])).toEqual([
      ['RT', true],
      ['RW', true],
    ]);
  });

  it("an old row's defaulted RT is unknown: it blocks the lock until someone chooses", async () => {
    const { db, meeting, proposals } = await setup();
    await decideAll(
      db,
      meeting.id,
      proposals.map((p) => p.id),
    );
    await attend(db, meeting.id);
    // Saved by the old form, which started on RT: a Ketua RW counted as RT.
    const contactId = newId();
    await db.contacts.add({
      id: contactId,
      nama: 'Pak Yusuf',
      unsur: 'RT',
      jabatan: 'Ketua RW 002',
      jenisKelamin: 'L',
      aktif: true,
    });
    const legacyId = newId();
    await db.participants.add({
      id: legacyId,
      meetingId: meeting.id,
      contactId,
      nama: 'Pak Yusuf',
      unsur: 'RT',
      jabatan: 'Ketua RW 002',
      jenisKelamin: 'L',
      invited: true,
      present: true,
    });
    const problems = await checkFinalise(db, meeting.id);
    expect(problems).toEqual([
      'Unsur 1 peserta belum dipastikan (tercatat "RT" oleh isian lama yang mengisinya otomatis): Pak Yusuf. Pilih unsurnya di tab Peserta & kehadiran.',
    ]);
    // Nothing is guessed from the jabatan: the row stays RT until someone chooses.
    expect((await db.participants.get(legacyId))?.unsur).toBe('RT');

    await confirmParticipantUnsur(db, legacyId, 'RW');
    expect(await db.participants.get(legacyId)).toMatchObject({
      unsur: 'RW',
      unsurConfirmed: true,
    });
    // The contact is corrected too, so the next meeting does not ask again.
    expect(await db.contacts.get(contactId)).toMatchObject({ unsur: 'RW', unsurConfirmed: true });
    expect(await checkFinalise(db, meeting.id)).toEqual([]);
    const summaries = (await listAudit(db, 2)).map((entry) => entry.summary);
    expect(summaries).toContain('Unsur Pak Yusuf dipastikan: RW (sebelumnya tercatat RT)');
  });
});

describe('finalise', () => {
  it('refuses an operator at the door, naming the action: mengunci', async () => {
    const { db, meeting, proposals } = await setup();
    await decideAll(
      db,
      meeting.id,
      proposals.map((p) => p.id),
    );
    await attend(db, meeting.id);
    setSessionAccount(db, { id: newId(), username: 'budi', nama: 'Budi', role: 'operator' });
    const error = await finaliseMeeting(db, meeting.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    const message = (error as Error).message;
    expect(message).toContain('tidak boleh mengunci');
    expect(message).toContain('Hanya Lurah/Verifikator yang dapat mengunci');
    expect(message).not.toContain('mengubah');
    expect(describeStorageError(error, 'Mengunci musyawarah')).not.toMatch(/\.\./);
    expect((await db.meetings.get(meeting.id))?.status).toBe('berlangsung');
  });

  it('lists what is missing and changes nothing', async () => {
    const { db, meeting, proposals } = await setup();
    await recordDecision(db, {
      meetingId: meeting.id,
      proposalId: proposals[0]!.id,
      decision: 'layak',
      reason: '',
    });
    const problems = await checkFinalise(db, meeting.id);
    expect(problems).toEqual([
      'Daftar hadir belum diisi: belum ada peserta yang ditandai hadir.',
      '2 calon belum diputuskan: Warga 0002, Warga 0003.',
    ]);
    const error = await finaliseMeeting(db, meeting.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FinaliseError);
    expect((error as FinaliseError).problems).toEqual(problems);
    expect((await db.meetings.get(meeting.id))?.status).toBe('berlangsung');
    expect((await db.proposals.get(proposals[0]!.id))?.status).toBe('siap_musyawarah');
  });

  it('freezes whether a prelist family changed and its ID DTKS, and words the history by kind', async () => {
    const { db, meeting, proposals } = await setup([
      { source: 'prelist' },
      { source: 'prelist' },
      { source: 'rt_rw' },
    ]);
    const [kept, moved] = proposals as [Proposal, Proposal];
    await db.families.update(kept.familyId, { idDtks: 'DTKS0000007' });
    // The second prelist family was edited after the prelist was imported.
    await db.families.update(moved.familyId, {
      alamat: 'Jl. Baru',
      updatedAt: new Date(Date.parse(moved.createdAt) + 60_000).toISOString(),
    });
    await decideAll(
      db,
      meeting.id,
      proposals.map((p) => p.id),
    );
    await attend(db, meeting.id);
    await finaliseMeeting(db, meeting.id);
    // The number comes from the register at the lock (issue 14.9).
    const { number } = (await db.meetings.get(meeting.id))!;
    const byProposal = new Map(
      (await listDecisions(db, meeting.id)).map((row) => [row.proposalId, row]),
    );
    expect(byProposal.get(kept.id)?.snapshot).toMatchObject({
      idDtks: 'DTKS0000007',
      prelistChanged: false,
    });
    expect(byProposal.get(moved.id)?.snapshot?.prelistChanged).toBe(true);
    expect(byProposal.get(proposals[2]!.id)?.snapshot).not.toHaveProperty('prelistChanged');
    expect((await db.proposals.get(kept.id))?.history.at(-1)?.reason).toBe(
      `Musyawarah ${number}: Tetap`,
    );
    expect((await db.proposals.get(moved.id))?.history.at(-1)?.reason).toBe(
      `Musyawarah ${number}: Dikeluarkan, Sudah mampu`,
    );
  });

  it('locks with a content hash, freezes snapshots and moves proposals to diputuskan', async () => {
    const { db, meeting, proposals } = await setup();
    const ids = proposals.map((p) => p.id);
    await decideAll(db, meeting.id, ids);
    await attend(db, meeting.id);
    expect(await checkFinalise(db, meeting.id)).toEqual([]);

    const locked = await finaliseMeeting(db, meeting.id);
    const decisions = await listDecisions(db, meeting.id);
    expect(locked.status).toBe('terkunci');
    // Issue 14.9: the number is the register's, taken at the lock, and the hash covers it.
    expect(meeting.number).toBe('');
    const year = new Date().getFullYear();
    expect(locked.number).toMatch(new RegExp(`^400\\.9\\.2/001/BA-MUSKEL/KEL-PHD/[IVX]+/${year}$`));
    const entry = await db.letters.get(locked.numberLetterId ?? '');
    expect(entry).toMatchObject({ type: 'berita_acara', number: locked.number, seq: 1 });
    expect(locked.contentHash).toBe(decisionsHash(locked, decisions));
    expect(decisions.every((row) => row.snapshot?.nik.length === 16)).toBe(true);

    const second = await db.proposals.get(ids[1]!);
    expect(second?.status).toBe('diputuskan');
    expect(second?.decision).toMatchObject({
      value: 'tidak_layak',
      reason: 'Sudah mampu',
      meetingId: meeting.id,
    });
    expect(second?.history.at(-1)).toMatchObject({
      from: 'siap_musyawarah',
      to: 'diputuskan',
      reason: `Musyawarah ${locked.number}: Tidak layak, Sudah mampu`,
    });
    const audit = await listAudit(db);
    expect(audit[0]?.summary).toContain('dikunci: 3 keputusan');
    expect(audit.filter((entry) => entry.entity === 'usulan')).toHaveLength(3);

    // The list of a locked meeting is what was decided, even if a name changes later.
    await db.people.update(second!.personId, { nama: 'Nama Baru' });
    const after = await loadMeetingCandidates(db, meeting.id);
    expect(after?.candidates.map((c) => c.nama)).toContain('Warga 0002');
  });

  it('refuses every write once locked, in the data layer', async () => {
    const { db, meeting, proposals, chair } = await setup([{}]);
    await decideAll(db, meeting.id, [proposals[0]!.id]);
    await attend(db, meeting.id);
    const [participant] = await listParticipants(db, meeting.id);
    await finaliseMeeting(db, meeting.id);
    const before = await listDecisions(db, meeting.id);

    const attempts: Promise<unknown>[] = [
      recordDecision(db, {
        meetingId: meeting.id,
        proposalId: proposals[0]!.id,
        decision: 'ditunda',
        reason: 'Ubah',
      }),
      undoLastDecision(db, meeting.id, newId()),
      clearDecision(db, meeting.id, proposals[0]!.id),
      updateMeeting(db, meeting.id, meetingInput(chair, { place: 'Tempat lain' })),
      deleteMeeting(db, meeting.id),
      finaliseMeeting(db, meeting.id),
      setAttendance(db, participant!.id, { present: false }),
      setAllPresent(db, meeting.id, false),
      removeParticipant(db, participant!.id),
      addParticipantsFromContacts(db, meeting.id, []),
      addParticipant(db, meeting.id, {
        nama: 'X',
        unsur: 'RT',
        jabatan: '',
        jenisKelamin: 'L',
        invited: true,
        present: true,
      }),
    ];
    // Settled together: awaiting one by one left the later refusals unhandled for a moment.
    const results = await Promise.allSettled(attempts);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      if (result.status === 'rejected') expect(String(result.reason)).toContain(LOCKED_MESSAGE);
    }
    expect(await listDecisions(db, meeting.id)).toEqual(before);
    expect((await listParticipants(db, meeting.id))[0]?.present).toBe(true);
    expect((await db.meetings.get(meeting.id))?.place).toBe('Aula Kantor Kelurahan Pahandut');
  });

  it('a candidate decided by another meeting first blocks the lock until cleared', async () => {
    const { db, meeting, proposals, chair } = await setup([{}, {}]);
    const other = await createMeeting(db, meetingInput(chair));
    const ids = proposals.map((p) => p.id);
    await decideAll(db, meeting.id, [ids[0]!]);
    await decideAll(db, other.id, ids);
    await attend(db, meeting.id);
    await attend(db, other.id);
    await finaliseMeeting(db, other.id);

    const loaded = await loadMeetingCandidates(db, meeting.id);
    expect(loaded?.candidates.map((c) => c.proposalId)).toEqual([ids[0]]);
    expect(loaded?.decidedElsewhere).toEqual(['Warga 0001']);
    expect(await checkFinalise(db, meeting.id)).toEqual([
      'Sudah diputuskan di musyawarah lain, hapus keputusannya di sesi ini: Warga 0001.',
    ]);
    await clearDecision(db, meeting.id, ids[0]!);
    expect(await checkFinalise(db, meeting.id)).toEqual(['Belum ada calon yang dibahas.']);
  });
});

describe('who signs an SPTJM', () => {
  async function official(db: ReturnType<typeof freshDatabase>, jabatan: string) {
    const id = crypto.randomUUID();
    await db.officials.put({
      id,
      nama: `Pejabat ${jabatan}`,
      jabatan,
      pangkatGolongan: '',
      nip: '',
      aktif: true,
    });
    return id;
  }

  it('is the Lurah, or a Plt./Plh. Lurah in his own name', async () => {
    const db = freshDatabase();
    for (const jabatan of ['Lurah', 'Plt. Lurah', 'Plh. Lurah']) {
      const meeting = await createMeeting(
        db,
        meetingInput(await official(db, jabatan), { kind: 'sptjm' }),
      );
      expect(meeting.kind).toBe('sptjm');
    }
  });

  it('refuses anyone who would sign a.n. the Lurah, on create and on change', async () => {
    const db = freshDatabase();
    const seklur = await official(db, 'Sekretaris Kelurahan');
    await expect(createMeeting(db, meetingInput(seklur, { kind: 'sptjm' }))).rejects.toThrow(
      /SPTJM hanya dapat ditandatangani Lurah sendiri.*tidak dengan a\.n\. atau u\.b\./,
    );
    expect(await db.meetings.count()).toBe(0);
    // A Berita Acara chaired by the Sekretaris is a different matter: allowed.
    const ba = await createMeeting(db, meetingInput(seklur));
    await expect(
      updateMeeting(db, ba.id, meetingInput(seklur, { kind: 'sptjm' })),
    ).rejects.toMatchObject({ name: 'MeetingSignerError', field: 'chairOfficialId' });
    expect((await db.meetings.get(ba.id))?.kind).toBe('berita_acara');
  });

  it('keeps an SPTJM from being locked when its signer was changed to a non-Lurah title', async () => {
    const { db, meeting, chair } = await setup([{}]);
    await updateMeeting(db, meeting.id, meetingInput(chair, { kind: 'sptjm' }));
    await db.officials.update(chair, { jabatan: 'Sekretaris Kelurahan' });
    const problems = await checkFinalise(db, meeting.id);
    expect(problems.some((p) => p.startsWith('SPTJM hanya dapat ditandatangani Lurah'))).toBe(true);
  });
});
