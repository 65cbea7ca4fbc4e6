/** @vitest-environment node */
// Node, not jsdom: the test talks HTTP to a real server, and jsdom's AbortSignal is not Node's.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { KEMUDI_STALE_MS, kemudiDocId } from '@shared/domain/sinkron/kemudi';
import type { KemudiDoc } from '@shared/domain/sinkron/kemudi';
import { startSyncServer, type SyncTestServer } from '../../../../tests/sync-server/server';
import type { DtksDatabase } from '../core/database';
import { resetSession, setSessionAccount } from '../core/session';
import { listAudit } from '../keamanan/audit-repository';
import { createMeeting, finaliseMeeting, recordDecision } from '../musyawarah/repository';
import {
  addParticipant,
  confirmParticipantUnsur,
  removeParticipant,
  setAllPresent,
  setAttendance,
} from '../musyawarah/participant-repository';
import { seedIdentity } from '../testing/batch-seed';
import { freshDatabase } from '../testing/helpers';
import { meetingInput, seedOfficial, seedProposals } from '../testing/meeting-seed';
import {
  KemudiRefusal,
  claimKemudi,
  readKemudi,
  releaseKemudi,
  setKemudiServer,
  takeOverKemudi,
} from './kemudi';
import type { KemudiServer } from './kemudi';
import { couchClient } from './nomor-kantor';
import { ensureOwnDeviceIdStored } from './perangkat';

let server: SyncTestServer;
const opened: DtksDatabase[] = [];

beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  for (const db of opened.splice(0)) {
    resetSession(db);
    await db.delete();
  }
});

async function office(): Promise<KemudiServer> {
  return {
    endpoint: {
      url: server.url,
      database: await server.createDatabase('kemudi'),
      username: server.username,
      password: server.password,
    },
    timeoutMs: 2000,
  };
}

/**
 * One PC with office sync set up and the same meeting (same ids) as the other PCs: the
 * rows are seeded on each, as replication would have brought them.
 */
async function pc(link: KemudiServer, meetingId: string) {
  const db = freshDatabase();
  opened.push(db);
  await db.open();
  await seedIdentity(db);
  const proposals = await seedProposals(db, [{}, {}]);
  const chair = await seedOfficial(db);
  const created = await createMeeting(db, meetingInput(chair));
  await db.meetings.put({ ...created, id: meetingId });
  await db.meetings.delete(created.id);
  await db.sinkronState.put({
    key: 'settings',
    value: {
      url: link.endpoint.url,
      database: link.endpoint.database,
      username: '',
      enabled: true,
    },
  });
  db.sinkronSwitch.tracking = true;
  setKemudiServer(db, link);
  await ensureOwnDeviceIdStored(db);
  const decide = (i: number) =>
    recordDecision(db, {
      meetingId,
      proposalId: proposals[i]?.id ?? '',
      decision: 'layak',
      reason: '',
    });
  return { db, decide, proposals };
}

describe('kemudi: one PC drives a meeting at a time', () => {
  it('the first PC claims; the second sees who drives and its decision is refused', async () => {
    const link = await office();
    const meetingId = newId();
    const a = await pc(link, meetingId);
    const b = await pc(link, meetingId);

    const mine = await claimKemudi(a.db, meetingId);
    expect(mine.state.kind).toBe('milik-sendiri');
    await a.decide(0);
    // The decision goes out to the office like any other change (the lease check is no sync write).
    expect(await a.db.sinkronOutbox.where('table').equals('decisions').count()).toBe(1);

    const theirs = await claimKemudi(b.db, meetingId);
    expect(theirs).toMatchObject({ state: { kind: 'dipegang' }, online: true });
    await expect(b.decide(1)).rejects.toThrow(/sedang dipimpin dari PC \w+ sejak/);
    await expect(b.decide(1)).rejects.toBeInstanceOf(KemudiRefusal);
    expect(await b.db.decisions.count()).toBe(0);

    // A PC that never asked (no console opened) is refused too, with what to do.
    const c = await pc(link, meetingId);
    await expect(c.decide(1)).rejects.toThrow(/belum memegang kemudi/);
  });

  it('participants and attendance change only on the PC that drives, or on any while none does', async () => {
    const link = await office();
    const meetingId = newId();
    const a = await pc(link, meetingId);
    const b = await pc(link, meetingId);
    const guest = {
      nama: 'Bambang',
      unsur: 'RW',
      jabatan: 'Ketua RW 001',
      jenisKelamin: 'L',
      invited: true,
      present: false,
    } as const;
    // Invitations prepared before the meeting, no console open: any PC.
    const invited = await addParticipant(b.db, meetingId, guest);
    await a.db.participants.put(invited); // as replication brings it

    await claimKemudi(a.db, meetingId);
    expect((await claimKemudi(b.db, meetingId)).state.kind).toBe('dipegang');
    const refused = [
      addParticipant(b.db, meetingId, { ...guest, nama: 'Sri' }),
      setAttendance(b.db, invited.id, { present: true }),
      setAllPresent(b.db, meetingId, true),
      confirmParticipantUnsur(b.db, invited.id, 'RT'),
      removeParticipant(b.db, invited.id),
    ];
    for (const result of await Promise.allSettled(refused)) {
      expect(result.status).toBe('rejected');
      const reason = (result as PromiseRejectedResult).reason as Error;
      expect(reason).toBeInstanceOf(KemudiRefusal);
      expect(reason.message).toMatch(
        /sedang dipimpin dari PC \w+ sejak .*Peserta dan kehadiran hanya dapat diubah di PC itu/,
      );
    }
    expect(await b.db.participants.toArray()).toEqual([invited]);

    // The PC that drives marks who came.
    await setAttendance(a.db, invited.id, { present: true });
    expect((await a.db.participants.get(invited.id))?.present).toBe(true);
  });

  it('renews while in use; a renewed lease is not taken over by another operator', async () => {
    const link = await office();
    const meetingId = newId();
    const a = await pc(link, meetingId);
    const b = await pc(link, meetingId);
    const start = new Date();
    const first = await claimKemudi(a.db, meetingId, start);
    const later = new Date(start.getTime() + KEMUDI_STALE_MS - 1000);
    const renewed = await claimKemudi(a.db, meetingId, later);
    expect(renewed.state.kind).toBe('milik-sendiri');
    if (renewed.state.kind !== 'milik-sendiri' || first.state.kind !== 'milik-sendiri') return;
    expect(renewed.state.doc.renewedAt).toBe(later.toISOString());
    expect(renewed.state.doc.since).toBe(first.state.doc.since);

    // Two minutes after the renewal A is still there: an operator on B may not take over.
    setSessionAccount(b.db, { id: newId(), username: 'budi', nama: 'Budi', role: 'operator' });
    const soon = new Date(later.getTime() + 2 * 60_000);
    await expect(takeOverKemudi(b.db, meetingId, soon)).rejects.toThrow(/masih aktif/);
    expect((await readKemudi(b.db, meetingId, soon)).state.kind).toBe('dipegang');
  });

  it('a lease not renewed for minutes is taken over, with an audit entry; the old PC is refused', async () => {
    const link = await office();
    const meetingId = newId();
    const a = await pc(link, meetingId);
    const b = await pc(link, meetingId);
    const start = new Date();
    await claimKemudi(a.db, meetingId, start);
    const gone = new Date(start.getTime() + KEMUDI_STALE_MS + 1000);

    // Opening the console does not take it silently: it says the lease is stale.
    expect((await claimKemudi(b.db, meetingId, gone)).state.kind).toBe('basi');
    setSessionAccount(b.db, { id: newId(), username: 'budi', nama: 'Budi', role: 'operator' });
    const taken = await takeOverKemudi(b.db, meetingId, gone);
    expect(taken.state.kind).toBe('milik-sendiri');
    await b.decide(1);
    const audit = await listAudit(b.db);
    expect(audit.map((entry) => entry.summary).join('\n')).toMatch(
      /Kemudi musyawarah diambil alih dari PC \w+ .* oleh PC \w+/,
    );

    // A comes back: its renewal finds B at the wheel, and its decisions stop.
    const back = await claimKemudi(a.db, meetingId, gone);
    expect(back.state.kind).toBe('dipegang');
    await expect(a.decide(0)).rejects.toBeInstanceOf(KemudiRefusal);
  });

  it('the Lurah takes over at once, even from a PC still renewing', async () => {
    const link = await office();
    const meetingId = newId();
    const a = await pc(link, meetingId);
    const b = await pc(link, meetingId);
    await claimKemudi(a.db, meetingId);
    setSessionAccount(b.db, { id: newId(), username: 'lurah', nama: 'Pak Lurah', role: 'lurah' });
    expect((await takeOverKemudi(b.db, meetingId)).state.kind).toBe('milik-sendiri');
    expect((await claimKemudi(a.db, meetingId)).state.kind).toBe('dipegang');
  });

  it('released when the console closes and when the meeting is locked', async () => {
    const link = await office();
    const meetingId = newId();
    const a = await pc(link, meetingId);
    const b = await pc(link, meetingId);
    await claimKemudi(a.db, meetingId);
    await releaseKemudi(a.db, meetingId);
    await expect(a.decide(0)).rejects.toBeInstanceOf(KemudiRefusal);
    expect((await claimKemudi(b.db, meetingId)).state.kind).toBe('milik-sendiri');

    await b.decide(0);
    await b.decide(1);
    await addParticipant(b.db, meetingId, {
      nama: 'Bambang',
      unsur: 'RW',
      jabatan: 'Ketua RW 001',
      jenisKelamin: 'L',
      invited: true,
      present: true,
    });
    await finaliseMeeting(b.db, meetingId);
    const client = couchClient(link);
    const doc = await client.get<KemudiDoc>(kemudiDocId(meetingId));
    expect(doc).toMatchObject({ released: true, locked: true });
    // Nobody drives a locked meeting: A's stale copy (the lock not synced yet) cannot take the
    // lease again, and its decisions are refused with the reason.
    expect((await claimKemudi(a.db, meetingId)).state.kind).toBe('terkunci');
    await expect(a.decide(1)).rejects.toThrow(/sudah dikunci di PC lain/);
    await expect(takeOverKemudi(a.db, meetingId)).rejects.toThrow(/sudah dikunci di PC lain/);
  });

  it('offline: the PC holding the lease keeps deciding; the other cannot take it', async () => {
    const link = await office();
    const meetingId = newId();
    const a = await pc(link, meetingId);
    const b = await pc(link, meetingId);
    const start = new Date();
    await claimKemudi(a.db, meetingId, start);
    const away: KemudiServer = {
      ...link,
      endpoint: { ...link.endpoint, url: 'http://127.0.0.1:9' },
    };
    setKemudiServer(a.db, away);
    setKemudiServer(b.db, away);
    const renewal = await claimKemudi(a.db, meetingId);
    expect(renewal).toMatchObject({ state: { kind: 'milik-sendiri' }, online: false });
    await a.decide(0);

    const later = new Date(start.getTime() + KEMUDI_STALE_MS + 1000);
    expect(await claimKemudi(b.db, meetingId, later)).toMatchObject({
      state: { kind: 'bebas' },
      online: false,
    });
    await expect(takeOverKemudi(b.db, meetingId, later)).rejects.toThrow(
      /tidak dapat mengambilnya tanpa server/,
    );
    await expect(b.decide(1)).rejects.toBeInstanceOf(KemudiRefusal);
  });

  it('without office sync a single PC decides as before', async () => {
    const db = freshDatabase();
    opened.push(db);
    await seedIdentity(db);
    const [proposal] = await seedProposals(db, [{}]);
    const meeting = await createMeeting(db, meetingInput(await seedOfficial(db)));
    await recordDecision(db, {
      meetingId: meeting.id,
      proposalId: proposal?.id ?? '',
      decision: 'layak',
      reason: '',
    });
    expect(await db.decisions.count()).toBe(1);
  });
});
