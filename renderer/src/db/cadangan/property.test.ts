import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup, readBackup, restoreBackup } from './backup';
import { BackupError } from './file';
import { dumpTables, nodeBlobFactory, seedEverything } from '../testing/backup-fixtures';
import type { DtksDatabase } from '../core/database';
import { freshDatabase } from '../testing/helpers';

/**
 * Whatever bytes arrive as a "backup", the reader answers with a BackupError
 * (never another exception, never a crash) and the database is untouched.
 */
const PASS = 'kunci cadangan kelurahan';
const READ = { minIterations: 1_000 };

let db: DtksDatabase;
let valid: Uint8Array;
let snapshot: Record<string, unknown[]>;

beforeAll(async () => {
  db = freshDatabase();
  await seedEverything(db, 40);
  valid = (
    await createBackup(
      db,
      { passphrase: PASS, iterations: 1_000 },
      { kind: 'real', appVersion: 'uji' },
    )
  ).bytes;
  snapshot = await dumpTables(db);
}, 30_000);

/** Reads, and restores only if the read succeeded; returns the error. */
async function attempt(bytes: Uint8Array): Promise<unknown> {
  try {
    const parsed = await readBackup(bytes, PASS, { ...READ, makeBlob: await nodeBlobFactory() });
    await restoreBackup(db, parsed, { kind: 'real' });
    return null;
  } catch (error) {
    return error;
  }
}

async function expectRefusedAndUnchanged(bytes: Uint8Array): Promise<void> {
  const error = await attempt(bytes);
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).message).toMatch(/\S/);
}

describe('backup reader under arbitrary input', () => {
  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), expectRefusedAndUnchanged),
      {
        numRuns: 150,
      },
    );
    expect(await dumpTables(db)).toEqual(snapshot);
  }, 60_000);

  it('random bytes behind a valid magic and header length', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.nat(5000), async (tail, length) => {
        const bytes = new Uint8Array(12 + tail.length);
        bytes.set(new TextEncoder().encode('DTKSBAK1'));
        new DataView(bytes.buffer).setUint32(8, length);
        bytes.set(tail, 12);
        await expectRefusedAndUnchanged(bytes);
      }),
      { numRuns: 100 },
    );
    expect(await dumpTables(db)).toEqual(snapshot);
  }, 60_000);

  it('a valid backup cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(valid.length - 1), async (cut) => {
        await expectRefusedAndUnchanged(valid.slice(0, cut));
      }),
      { numRuns: 60 },
    );
    expect(await dumpTables(db)).toEqual(snapshot);
  }, 60_000);

  it('a valid backup with bits flipped anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Distinct (byte, bit) positions: flipping one bit twice is no change at all.
        fc.uniqueArray(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 7 })), {
          minLength: 1,
          maxLength: 3,
          selector: ([at, bit]) => `${at}:${bit}`,
        }),
        async (flips) => {
          const bytes = valid.slice();
          for (const [at, bit] of flips) bytes[at] = (bytes[at] ?? 0) ^ (1 << bit);
          await expectRefusedAndUnchanged(bytes);
        },
      ),
      { numRuns: 60 },
    );
    expect(await dumpTables(db)).toEqual(snapshot);
  }, 60_000);

  it('a valid backup with a wrong passphrase of any shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), async (passphrase) => {
        fc.pre(passphrase !== PASS);
        const error = await readBackup(valid, passphrase, READ).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BackupError);
        expect((error as BackupError).kind).toBe('kata-sandi');
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
