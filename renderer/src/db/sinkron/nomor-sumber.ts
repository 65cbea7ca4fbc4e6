import type { LetterType, RegisterLetter } from '@shared/domain/core/entities';
import type { DtksDatabase } from '../core/database';
import { counterKey } from '../surat/settings-repository';

/**
 * Where a letter's sequence number comes from (issue 18.3). One PC alone: the local
 * counter table, as always ({@link localNumberSource}). Several PCs with office sync
 * on: the office server's counter, through this PC's reserve ({@link
 * officeNumberSource} in nomor-kantor.ts). The issuing code calls the same five steps
 * either way:
 *
 * 1. `prepare` before its transaction (may talk to the server; refuses in Indonesian
 *    when no number can be had),
 * 2. `peek` when it must know the number before the transaction (the SKTM signs it),
 * 3. `take` inside the transaction that stores the letter (tables
 *    {@link numberTables}), with the peeked number as `expected`,
 * 4. `recordIssued` / `recordCancelled` in that same transaction,
 * 5. `settle` after it committed (reports to the server; never throws).
 */
export type NumberSource = {
  readonly mode: 'lokal' | 'kantor';
  prepare(type: LetterType, year: number): Promise<void>;
  peek(type: LetterType, year: number): Promise<number>;
  take(type: LetterType, year: number, expected?: number): Promise<number>;
  recordIssued(letter: IssuedNumber): Promise<void>;
  recordCancelled(letter: RegisterLetter, reason: string, at: Date): Promise<void>;
  /** `now` picks the year whose earlier, local numbers are reported (default today). */
  settle(now?: Date): Promise<void>;
};

export type IssuedNumber = {
  type: LetterType;
  year: number;
  seq: number;
  number: string;
  letterId: string;
  at: Date;
};

/** Thrown by `take` when another window took the expected number meanwhile: sign again with the next. */
export class NumberTaken extends Error {
  constructor() {
    super('Nomor surat sudah diambil jendela lain');
    this.name = 'NumberTaken';
  }
}

/** Tables the transaction that takes a number must hold. */
export function numberTables(db: DtksDatabase) {
  return [db.letterCounters, db.settings];
}

/** Today's behaviour, the default: one counter row per type and year in this PC's database. */
export function localNumberSource(db: DtksDatabase): NumberSource {
  const current = async (type: LetterType, year: number) =>
    (await db.letterCounters.get(counterKey(type, year)))?.next ?? 1;
  return {
    mode: 'lokal',
    prepare: async () => {},
    peek: current,
    async take(type, year, expected) {
      const seq = await current(type, year);
      if (expected !== undefined && seq !== expected) throw new NumberTaken();
      await db.letterCounters.put({ key: counterKey(type, year), next: seq + 1 });
      return seq;
    },
    recordIssued: async () => {},
    recordCancelled: async () => {},
    settle: async () => {},
  };
}
