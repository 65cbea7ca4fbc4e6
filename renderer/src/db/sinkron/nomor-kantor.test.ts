/** @vitest-environment node */
// Node, not jsdom: the test talks HTTP to a real server, and jsdom's AbortSignal is not Node's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LetterType } from '@shared/domain/core/entities';
import { newId } from '@shared/domain/core/ids';
import {
  RESERVE_EMPTY_MESSAGE,
  claimDocId,
  counterDocId,
} from '@shared/domain/sinkron/nomor-surat';
import type { ClaimDoc, CounterDoc } from '@shared/domain/sinkron/nomor-surat';
import { startSyncServer, type SyncTestServer } from '../../../../tests/sync-server/server';
import type { DtksDatabase } from '../core/database';
import { freshDatabase } from '../testing/helpers';
import {
  chooseNumberSource,
  couchClient,
  numberSourceFor,
  readOfficeRegister,
  reserveStatus,
  returnReserve,
  setOfficeNumbering,
} from './nomor-kantor';
import type { OfficeNumberingConfig } from './nomor-kantor';
import { numberTables } from './nomor-sumber';
import type { NumberSource } from './nomor-sumber';

const YEAR = 2026;
const AT = new Date(YEAR, 10, 27, 10, 0);
const TYPE: LetterType = 'sktm';

let server: SyncTestServer;

beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(async () => {
  await server.close();
});

async function office(): Promise<Omit<OfficeNumberingConfig, 'reserve'>> {
  const database = await server.createDatabase('kantor');
  return {
    endpoint: {
      url: server.url,
      database,
      username: server.username,
      password: server.password,
    },
    timeoutMs: 2000,
  };
}

type Pc = { db: DtksDatabase; source: NumberSource; config: OfficeNumberingConfig };

async function pc(base: Omit<OfficeNumberingConfig, 'reserve'>, reserve: number): Promise<Pc> {
  const db = freshDatabase();
  await db.open();
  const config = { ...base, reserve };
  return { db, source: chooseNumberSource(db, config), config };
}

/**
 * Issues one letter's number the way letter-repository does: prepare, peek, then
 * take and record in the transaction that stores the letter, then settle.
 */
async function issue({ db, source }: Pc, type: LetterType = TYPE): Promise<number> {
  await source.prepare(type, YEAR);
  const expected = await source.peek(type, YEAR);
  const seq = await db.transaction('rw', numberTables(db), async () => {
    const taken = await source.take(type, YEAR, expected);
    await source.recordIssued({
      type,
      year: YEAR,
      seq: taken,
      number: `${taken}/${YEAR}`,
      letterId: newId(),
      at: AT,
    });
    return taken;
  });
  await source.settle();
  return seq;
}

function expectEveryNumberOnce(lines: { seq: number }[]) {
  expect(lines.map((line) => line.seq)).toEqual(lines.map((_, index) => index + 1));
}

describe('letter numbers from the office server', () => {
  it('20 letters on each of two PCs, interleaved, the server down and up: no number twice, none lost', async () => {
    const base = await office();
    const a = await pc(base, 5);
    const b = await pc(base, 5);
    const issued: { pc: 'A' | 'B'; seq: number }[] = [];
    let refusedOffline = 0;
    let round = 0;
    while (
      issued.filter((x) => x.pc === 'A').length < 20 ||
      issued.filter((x) => x.pc === 'B').length < 20
    ) {
      round += 1;
      if (round === 4) await server.stop();
      if (round === 12) await server.start();
      if (round === 15) await server.stop();
      if (round === 17) await server.start();
      for (const [name, machine] of [
        ['A', a],
        ['B', b],
      ] as const) {
        if (issued.filter((x) => x.pc === name).length >= 20) continue;
        try {
          issued.push({ pc: name, seq: await issue(machine) });
        } catch (error) {
          // Offline with the reserve spent: refused in Indonesian, nothing taken.
          expect((error as Error).message).toContain(RESERVE_EMPTY_MESSAGE);
          refusedOffline += 1;
        }
      }
    }
    expect(refusedOffline).toBeGreaterThan(0);
    const numbers = issued.map((x) => x.seq);
    expect(new Set(numbers).size).toBe(40);

    // Back online: every used number is on the server once, the rest held by a PC.
    await a.source.settle();
    await b.source.settle();
    const register = await readOfficeRegister(a.config, TYPE, YEAR, AT);
    expectEveryNumberOnce(register);
    const used = register.filter((line) => line.status === 'terbit');
    expect(used.map((line) => line.seq).sort((x, y) => x - y)).toEqual(
      [...numbers].sort((x, y) => x - y),
    );
    expect(register.every((line) => ['terbit', 'cadangan'].includes(line.status))).toBe(true);

    // "Kembalikan nomor cadangan" on both: nothing is held any more, and the numbers
    // given back are the first the next letter gets: no gap while the year runs.
    const returned = (await returnReserve(a.db, a.config, TYPE, YEAR)).returned;
    await returnReserve(b.db, b.config, TYPE, YEAR);
    const after = await readOfficeRegister(a.config, TYPE, YEAR, AT);
    expect(after.filter((line) => line.status === 'cadangan')).toEqual([]);
    const givenBack = after.filter((line) => line.status === 'dikembalikan').map((l) => l.seq);
    expect(givenBack.length).toBeGreaterThanOrEqual(returned);
    const next = await issue(a);
    expect(next).toBe(givenBack[0]);

    // After the year: what was never used shows as "tidak terpakai", nothing hidden.
    const yearLater = await readOfficeRegister(a.config, TYPE, YEAR, new Date(YEAR + 1, 0, 2));
    expectEveryNumberOnce(yearLater);
    expect(yearLater.some((line) => line.status === 'tidak-terpakai')).toBe(true);
    expect(yearLater.some((line) => line.status === 'dikembalikan')).toBe(false);
  }, 120_000);

  it('claims made at the same moment by compare-and-swap: every number once', async () => {
    const base = await office();
    const machines = await Promise.all(Array.from({ length: 6 }, () => pc(base, 0)));
    const seqs = await Promise.all(
      machines.flatMap((machine) => [issue(machine), issue(machine, 'undangan')]),
    );
    const sktm = seqs.filter((_, index) => index % 2 === 0).sort((x, y) => x - y);
    expect(sktm).toEqual([1, 2, 3, 4, 5, 6]);
    const counter = await couchClient(machines[0]!.config).get<CounterDoc>(
      counterDocId(TYPE, YEAR),
    );
    expect(counter?.next).toBe(7);
    // No reserve: nothing held once the claims are reported.
    await Promise.all(machines.map((machine) => machine.source.settle()));
    const register = await readOfficeRegister(machines[0]!.config, TYPE, YEAR, AT);
    expect(register.map((line) => line.status)).toEqual(Array(6).fill('terbit'));
  }, 60_000);

  it('a cancelled number stays cancelled on the server, also when the issuing PC reports late', async () => {
    const base = await office();
    const a = await pc(base, 3);
    const b = await pc(base, 3);
    const seq = await issue(a);
    const client = couchClient(a.config);
    const claim = (await client.get<ClaimDoc>(claimDocId(TYPE, YEAR, seq)))!;
    expect(claim).toMatchObject({ status: 'terbit', seq });
    // PC B cancels the letter (it reached B by replication).
    const letter = {
      id: claim.letterId,
      type: TYPE,
      year: YEAR,
      seq,
      number: claim.number,
      createdAt: AT.toISOString(),
    } as Parameters<NumberSource['recordCancelled']>[0];
    await b.db.transaction('rw', numberTables(b.db), () =>
      b.source.recordCancelled(letter, 'Salah ketik nama', AT),
    );
    await b.source.settle();
    expect(await client.get<ClaimDoc>(claimDocId(TYPE, YEAR, seq))).toMatchObject({
      status: 'batal',
      cancelReason: 'Salah ketik nama',
      deviceId: claim.deviceId,
    });
    // A reports its claim again (a retry after a lost answer): the cancellation stays.
    await a.db.transaction('rw', numberTables(a.db), () =>
      a.source.recordIssued({
        type: TYPE,
        year: YEAR,
        seq,
        number: claim.number,
        letterId: claim.letterId,
        at: AT,
      }),
    );
    await a.source.settle();
    expect((await client.get<ClaimDoc>(claimDocId(TYPE, YEAR, seq)))?.status).toBe('batal');
    const register = await readOfficeRegister(a.config, TYPE, YEAR, AT);
    expect(register.find((line) => line.seq === seq)?.status).toBe('batal');
  }, 60_000);

  it('a reservation whose answer was lost is found again: no number lost', async () => {
    const base = await office();
    let dropNextCounterAnswer = true;
    const flaky: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (dropNextCounterAnswer && init?.method === 'PUT' && String(input).includes('penghitung')) {
        dropNextCounterAnswer = false;
        throw new TypeError('fetch failed (jawaban hilang)');
      }
      return response;
    };
    const a = await pc({ ...base, fetch: flaky }, 4);
    await expect(issue(a)).rejects.toThrow(RESERVE_EMPTY_MESSAGE);
    // The server did reserve 1–4 for this PC; the next round adopts them.
    expect(await issue(a)).toBe(1);
    const status = await reserveStatus(a.db, a.config, TYPE, YEAR);
    expect(status.free[0]).toBe(2);
  }, 60_000);

  it('the source follows the sync setting: local without it, the office with it', async () => {
    const db = freshDatabase();
    await db.open();
    expect(numberSourceFor(db).mode).toBe('lokal');
    setOfficeNumbering(db, { ...(await office()), reserve: 2 });
    expect(numberSourceFor(db).mode).toBe('kantor');
    setOfficeNumbering(db, null);
    expect(numberSourceFor(db).mode).toBe('lokal');
  });

  it('property: any interleaving of two PCs issuing, losing the server and giving back', async () => {
    type Step = { pc: 0 | 1; op: 'issue' | 'down' | 'up' | 'kembalikan' };
    const step = fc.record({
      pc: fc.constantFrom<0 | 1>(0, 1),
      op: fc.constantFrom<Step['op']>('issue', 'issue', 'issue', 'down', 'up', 'kembalikan'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 5, maxLength: 25 }),
        fc.integer({ min: 0, max: 4 }),
        async (steps, reserve) => {
          const base = await office();
          const machines = [await pc(base, reserve), await pc(base, reserve)];
          let up = true;
          const issued: number[] = [];
          try {
            for (const { pc: index, op } of steps) {
              const machine = machines[index]!;
              if (op === 'down' && up) {
                await server.stop();
                up = false;
              } else if (op === 'up' && !up) {
                await server.start();
                up = true;
              } else if (op === 'kembalikan') {
                await returnReserve(machine.db, machine.config, TYPE, YEAR);
              } else if (op === 'issue') {
                try {
                  issued.push(await issue(machine));
                } catch (error) {
                  if (!(error as Error).message.includes(RESERVE_EMPTY_MESSAGE)) throw error;
                  expect(up).toBe(false);
                }
              }
            }
          } finally {
            if (!up) await server.start();
          }
          expect(new Set(issued).size).toBe(issued.length);
          for (const machine of machines) await machine.source.settle();
          for (const machine of machines)
            await returnReserve(machine.db, machine.config, TYPE, YEAR);
          const register = await readOfficeRegister(machines[0]!.config, TYPE, YEAR, AT);
          expectEveryNumberOnce(register);
          expect(
            register
              .filter((l) => l.status === 'terbit')
              .map((l) => l.seq)
              .sort((x, y) => x - y),
          ).toEqual([...issued].sort((x, y) => x - y));
          // Everything not used went back to the office: nothing held, nothing lost.
          expect(register.every((l) => l.status === 'terbit' || l.status === 'dikembalikan')).toBe(
            true,
          );
        },
      ),
      { numRuns: 12 },
    );
  }, 300_000);
});
