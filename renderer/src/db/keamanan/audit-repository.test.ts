import { describe, expect, it } from 'vitest';
import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import { appendAudit, listAudit, PermissionError } from './audit-repository';
import { verifyAuditChain } from './audit-chain-check';
import { seedIdentity } from '../testing/batch-seed';
import type { DtksDatabase } from '../core/database';
import { createMeeting, finaliseMeeting, recordDecision } from '../musyawarah/repository';
import { meetingInput, seedOfficial, seedProposals } from '../testing/meeting-seed';
import { addParticipant } from '../musyawarah/participant-repository';
import { createFamily } from '../warga/repository';
import { FAMILY, FAMILY_OF_FOUR, KODE } from '../testing/registry-fixtures';
import { requireSession, setSessionAccount } from '../core/session';
import { saveIdentity, saveOfficial, savePeriod } from '../pengaturan/repository';
import { freshDatabase } from '../testing/helpers';

const account = (role: SessionAccount['role']): SessionAccount => ({
  id: `${role}-1`,
  username: `${role}1`,
  nama: `Petugas ${role}`,
  role,
});

const PERIOD = { mode: 'semester', inputStartDay: 1, inputEndDay: 17 } as const;

async function write(db: DtksDatabase, summary: string) {
  return db.transaction('rw', db.audit, () =>
    appendAudit(db, {
      actor: 'Siti',
      action: 'update',
      entity: 'keluarga',
      entityId: 'f',
      summary,
    }),
  );
}

describe('appendAudit: who', () => {
  it('keeps the passed actor when nobody is signed in (first run, tests)', async () => {
    const db = freshDatabase();
    const entry = await write(db, 'tanpa akun');
    expect(entry.actor).toBe('Siti');
    expect(entry.accountId).toBeUndefined();
  });

  it('names the signed-in account instead of the passed actor', async () => {
    const db = freshDatabase();
    setSessionAccount(db, account('operator'));
    const entry = await write(db, 'dengan akun');
    expect(entry).toMatchObject({
      actor: 'Petugas operator (operator1)',
      accountId: 'operator-1',
      username: 'operator1',
      role: 'operator',
    });
  });

  it('refuses every write while the app is locked, once sessions are required', async () => {
    const db = freshDatabase();
    requireSession(db);
    await expect(savePeriod(db, PERIOD)).rejects.toThrow(/terkunci/);
    expect(await db.settings.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});

describe('appendAudit: permissions abort the whole transaction', () => {
  it('settings: an operator cannot change the period; nothing is written', async () => {
    const db = freshDatabase();
    setSessionAccount(db, account('operator'));
    const error = await savePeriod(db, PERIOD).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as Error).message).toContain('Operator');
    expect(await db.settings.get('periode')).toBeUndefined();
    expect(await db.audit.count()).toBe(0);

    setSessionAccount(db, account('admin'));
    await savePeriod(db, PERIOD);
    expect((await db.settings.get('periode'))?.value).toEqual(PERIOD);
  });

  it('officials: a lurah cannot add a signing official', async () => {
    const db = freshDatabase();
    setSessionAccount(db, account('lurah'));
    await expect(
      saveOfficial(db, {
        id: crypto.randomUUID(),
        nama: 'Drs. Ahmad',
        jabatan: 'Lurah',
        pangkatGolongan: '',
        nip: '',
        aktif: true,
      }),
    ).rejects.toBeInstanceOf(PermissionError);
    expect(await db.officials.count()).toBe(0);
  });

  it('registry: a facilitator cannot register a family; an operator can', async () => {
    const db = freshDatabase();
    await saveIdentity(db, {
      namaKelurahan: 'Pahandut',
      kecamatan: 'Pahandut',
      kota: 'Kota Palangka Raya',
      provinsi: 'Kalimantan Tengah',
      kodeWilayah: KODE,
      kodeSurat: 'KEL-PHD',
      alamatKantor: 'Jl. Kalimantan No. 1',
      telepon: '',
      email: '',
      kodePos: '',
      logoDataUrl: '',
    });
    setSessionAccount(db, account('fasilitator'));
    await expect(
      createFamily(db, { family: FAMILY, members: FAMILY_OF_FOUR }),
    ).rejects.toBeInstanceOf(PermissionError);
    expect(await db.families.count()).toBe(0);
    expect(await db.people.count()).toBe(0);

    setSessionAccount(db, account('operator'));
    await createFamily(db, { family: FAMILY, members: FAMILY_OF_FOUR });
    expect(await db.people.count()).toBe(4);
    expect((await listAudit(db, 1))[0]?.username).toBe('operator1');
  });

  it('musyawarah: the facilitator records decisions, only the lurah locks', async () => {
    const db = freshDatabase();
    // The lock takes the Berita Acara number from the register, which names the office.
    await seedIdentity(db);
    const proposals = await seedProposals(db, [{}, {}]);
    const chair = await seedOfficial(db);
    setSessionAccount(db, account('operator'));
    const meeting = await createMeeting(db, meetingInput(chair));
    await addParticipant(db, meeting.id, {
      nama: 'Bambang',
      unsur: 'RW',
      jabatan: 'Ketua RW 001',
      jenisKelamin: 'L',
      invited: true,
      present: true,
    });

    setSessionAccount(db, account('fasilitator'));
    for (const proposal of proposals) {
      await recordDecision(db, {
        meetingId: meeting.id,
        proposalId: proposal.id,
        decision: 'layak',
        reason: '',
      });
    }
    expect(await db.decisions.count()).toBe(2);
    await expect(finaliseMeeting(db, meeting.id)).rejects.toBeInstanceOf(PermissionError);

    setSessionAccount(db, account('operator'));
    await expect(finaliseMeeting(db, meeting.id)).rejects.toBeInstanceOf(PermissionError);
    expect((await db.meetings.get(meeting.id))?.status).not.toBe('terkunci');
    expect((await db.proposals.get(proposals[0]!.id))?.status).toBe('siap_musyawarah');

    setSessionAccount(db, account('lurah'));
    await finaliseMeeting(db, meeting.id);
    expect((await db.meetings.get(meeting.id))?.status).toBe('terkunci');
  });
});

describe('appendAudit: hash chain', () => {
  it('links every entry to the one before and the verifier accepts it', async () => {
    const db = freshDatabase();
    const first = await write(db, 'satu');
    const second = await write(db, 'dua');
    expect(first.prevHash).toBe('0'.repeat(64));
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).toMatch(/^[0-9a-f]{64}$/);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({
      checked: 2,
      problem: null,
      head: { seq: 2, hash: second.hash },
    });
  });

  it('the verifier finds an entry edited directly in the database', async () => {
    const db = freshDatabase();
    for (let i = 0; i < 6; i += 1) await write(db, `catatan ${i}`);
    const target = await db.audit.where('seq').equals(4).first();
    await db.audit.update(target!.id, { summary: 'dipalsukan' });
    const report = await verifyAuditChain(db);
    expect(report.problem).toMatchObject({ seq: 4, kind: 'isi-berubah' });
    expect(report.head).toBeNull();
  });

  it('the verifier finds a deleted entry', async () => {
    const db = freshDatabase();
    for (let i = 0; i < 5; i += 1) await write(db, `catatan ${i}`);
    const target = await db.audit.where('seq').equals(2).first();
    await db.audit.delete(target!.id);
    expect((await verifyAuditChain(db)).problem).toMatchObject({ seq: 3, kind: 'nomor-urut' });
  });

  it('reports progress over pages', async () => {
    const db = freshDatabase();
    for (let i = 0; i < 3; i += 1) await write(db, `catatan ${i}`);
    const calls: number[] = [];
    await verifyAuditChain(db, (done) => calls.push(done));
    expect(calls.at(-1)).toBe(3);
  });
});
