/** @vitest-environment node */
// Node, not jsdom: the letters' numbers come from a real server over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Letter } from '@shared/domain/core/entities';
import { RESERVE_EMPTY_MESSAGE, claimDocId } from '@shared/domain/sinkron/nomor-surat';
import type { ClaimDoc } from '@shared/domain/sinkron/nomor-surat';
import { startSyncServer, type SyncTestServer } from '../../../../tests/sync-server/server';
import { cancelLetter, issueLetter } from '../surat/repository';
import { freshDatabase } from '../testing/helpers';
import { input, NOV, seed } from '../testing/sktm-seed';
import {
  ReserveEmpty,
  giveBackReserve,
  reserveOverview,
  unusedOfficeNumbers,
  couchClient,
  numberSourceFor,
  readOfficeRegister,
  reserveStatus,
  setOfficeNumbering,
  settleOfficeNumbers,
} from './nomor-kantor';
import type { OfficeNumberingConfig } from './nomor-kantor';

let server: SyncTestServer;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

describe('SKTM issued with office numbering', () => {
  it('two PCs issue and cancel through the app: numbers unique, claims and cancellation on the server', async () => {
    const database = await server.createDatabase('kantor-sktm');
    const config: OfficeNumberingConfig = {
      endpoint: {
        url: server.url,
        database,
        username: server.username,
        password: server.password,
      },
      reserve: 3,
      timeoutMs: 2000,
    };
    const pcs = [freshDatabase(), freshDatabase()];
    for (const pc of pcs) {
      await seed(pc);
      setOfficeNumbering(pc, config);
    }
    const letters: Letter[] = [];
    for (let i = 0; i < 4; i += 1) {
      for (const pc of pcs) letters.push(await issueLetter(pc, input(), NOV));
    }
    const seqs = letters.map((letter) => letter.seq);
    expect(new Set(seqs).size).toBe(8);
    // PC 1 reserved 1–3 first, PC 2 4–6: each letter carries its PC's number in its QR.
    expect(letters[0]!.number).toBe('400.9.2/001/KEL-PHD/XI/2026');
    expect(letters[1]!.number).toBe('400.9.2/004/KEL-PHD/XI/2026');

    await cancelLetter(pcs[0]!, letters[0]!.id, 'Salah keperluan', NOV);
    // Offline: the reserve still serves; empty, the clerk is told to connect.
    await server.stop();
    try {
      const offline: Letter[] = [];
      for (;;) {
        try {
          offline.push(await issueLetter(pcs[1]!, input(), NOV));
        } catch (error) {
          // A refusal (runAction shows its sentence as it is), in the clerk's words.
          expect(error).toBeInstanceOf(ReserveEmpty);
          expect((error as Error).message).toContain(RESERVE_EMPTY_MESSAGE);
          break;
        }
      }
      letters.push(...offline);
    } finally {
      await server.start();
    }
    letters.push(await issueLetter(pcs[1]!, input(), NOV));
    await issueLetter(pcs[0]!, input(), NOV).then((letter) => letters.push(letter));
    const all = letters.map((letter) => letter.number);
    expect(new Set(all).size).toBe(all.length);

    // What the background round of the sync engine does; issueLetter does not wait for it.
    for (const pc of pcs) await settleOfficeNumbers(pc);
    const register = await readOfficeRegister(config, 'sktm', 2026, NOV);
    const claimed = register
      .filter((line) => line.status !== 'cadangan')
      .map((line) => line.number);
    expect(claimed.sort()).toEqual([...all].sort());
    expect(register.find((line) => line.letterId === letters[0]!.id)?.status).toBe('batal');
    const claim = await couchClient(config).get<ClaimDoc>(
      claimDocId('sktm', 2026, letters[0]!.seq),
    );
    expect(claim).toMatchObject({ status: 'batal', cancelReason: 'Salah keperluan' });
    for (const pc of pcs) pc.close();
  }, 120_000);

  it('PCs that numbered letters on their own join office numbering: the office continues after the highest, none twice', async () => {
    const database = await server.createDatabase('kantor-gabung');
    const config: OfficeNumberingConfig = {
      endpoint: { url: server.url, database, username: server.username, password: server.password },
      reserve: 3,
      timeoutMs: 2000,
    };
    const [a, b, c] = [freshDatabase(), freshDatabase(), freshDatabase()];
    for (const pc of [a!, b!, c!]) await seed(pc);
    // Before sync: A issued 1–5 on its own, B 1–2 (the same numbers: two offices' worth).
    const localA: Letter[] = [];
    for (let i = 0; i < 5; i += 1) localA.push(await issueLetter(a!, input(), NOV));
    const localB = [await issueLetter(b!, input(), NOV), await issueLetter(b!, input(), NOV)];
    expect(localA.map((letter) => letter.seq)).toEqual([1, 2, 3, 4, 5]);

    // C joins first and takes a reserve (1–3) before A has told the office anything.
    setOfficeNumbering(c!, config);
    await numberSourceFor(c!).prepare('sktm', 2026);
    expect((await reserveStatus(c!, config, 'sktm', 2026)).free).toEqual([1, 2, 3]);

    // A switches sync on: the background round after the first sync reports A's own
    // letters as claims and lifts the counter past its local counter (the `floor`).
    setOfficeNumbering(a!, config);
    await settleOfficeNumbers(a!, NOV);
    setOfficeNumbering(b!, config);
    await settleOfficeNumbers(b!, NOV);

    // The guarantee: C's reserve lost 1–3 (A used them), so C's letter continues after 5.
    const fromC = await issueLetter(c!, input(), NOV);
    const fromB = await issueLetter(b!, input(), NOV);
    const fromA = await issueLetter(a!, input(), NOV);
    const officeSeqs = [fromC.seq, fromB.seq, fromA.seq];
    for (const seq of officeSeqs) expect(seq).toBeGreaterThan(5);
    expect(new Set(officeSeqs).size).toBe(3);
    for (const pc of [a!, b!, c!]) await settleOfficeNumbers(pc, NOV);

    // A's local letters are on the office register as issued by A; B's two old numbers
    // clash with A's and are listed on B for the office to settle (made before joining).
    const register = await readOfficeRegister(config, 'sktm', 2026, NOV);
    for (const letter of localA) {
      expect(register.find((line) => line.seq === letter.seq)).toMatchObject({
        status: 'terbit',
        letterId: letter.id,
      });
    }
    const clashes = (await reserveStatus(b!, config, 'sktm', 2026)).conflicts;
    expect(clashes).toHaveLength(2);
    for (const letter of localB) expect(clashes.join('\n')).toContain(letter.id);
    const claimed = register.filter((line) => line.status === 'terbit').map((line) => line.seq);
    expect(new Set(claimed).size).toBe(claimed.length);
    for (const seq of officeSeqs) expect(claimed).toContain(seq);
    for (const pc of [a!, b!, c!]) pc.close();
  }, 120_000);

  it('"Kembalikan nomor cadangan": audited, the numbers go back, and after the year they are listed as not used', async () => {
    const database = await server.createDatabase('kantor-kembali');
    const config: OfficeNumberingConfig = {
      endpoint: { url: server.url, database, username: server.username, password: server.password },
      reserve: 3,
      timeoutMs: 2000,
    };
    const db = freshDatabase();
    await seed(db);
    await expect(giveBackReserve(db, 'sktm', 2026)).rejects.toThrow('belum aktif');
    setOfficeNumbering(db, config);
    const letter = await issueLetter(db, input(), NOV);
    expect(letter.seq).toBe(1);
    // The round issueLetter starts in the background reports 1 and tops the reserve up.
    await settleOfficeNumbers(db, NOV);
    const held = (await reserveOverview(db, 2026)).find((row) => row.type === 'sktm');
    expect(held?.free).toEqual([2, 3, 4]);

    await expect(giveBackReserve(db, 'sktm', 2026)).resolves.toEqual({
      returned: 3,
      waiting: false,
    });
    expect((await reserveOverview(db, 2026)).find((row) => row.type === 'sktm')?.free).toEqual([]);
    const audit = (await db.audit.toArray()).filter(
      (entry) => entry.entity === 'nomor-surat-kantor',
    );
    expect(audit.map((entry) => entry.summary)).toEqual([
      'Nomor cadangan SKTM 2026 dikembalikan ke server kantor: nomor urut 2, 3, 4',
    ]);
    await expect(giveBackReserve(db, 'sktm', 2026)).rejects.toThrow('tidak memegang');
    // While 2026 runs they wait to be handed out again; once it is over they are "tidak terpakai".
    expect(await unusedOfficeNumbers(db, 2026, NOV)).toEqual([]);
    const unused = await unusedOfficeNumbers(db, 2026, new Date(2027, 0, 2));
    expect(unused).toEqual([
      {
        type: 'sktm',
        lines: [
          { seq: 2, status: 'tidak-terpakai' },
          { seq: 3, status: 'tidak-terpakai' },
          { seq: 4, status: 'tidak-terpakai' },
        ],
      },
    ]);
    setOfficeNumbering(db, null);
    db.close();
  }, 120_000);
});
