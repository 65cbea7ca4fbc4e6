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
  couchClient,
  readOfficeRegister,
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
          expect((error as Error).message).toBe(RESERVE_EMPTY_MESSAGE);
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
});
