import { customAlphabet } from 'nanoid';
import { z } from 'zod';

/** nanoid's URL-safe alphabet (64 characters), for the random part. */
export const URL_ALPHABET = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
/**
 * The time's digits: letters and digits only, in code-unit order (the order IndexedDB
 * compares string keys in), so a time written in them sorts as the time does. Without '-'
 * and '_': a key never begins with '-', which a spreadsheet reads as a formula and a
 * command line as an option.
 */
export const TIME_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const TIME_DIGITS = 8;
const RANDOM_DIGITS = 13;
const randomPart = customAlphabet(URL_ALPHABET, RANDOM_DIGITS);

/** `ms` (milliseconds since 1970) in eight digits of TIME_ALPHABET: base 62, to the year 8888. */
export function timePrefix(ms: number): string {
  const base = TIME_ALPHABET.length;
  let rest = Math.max(0, Math.floor(ms));
  let digits = '';
  for (let i = 0; i < TIME_DIGITS; i += 1) {
    digits = TIME_ALPHABET.charAt(rest % base) + digits;
    rest = Math.floor(rest / base);
  }
  return digits;
}

/**
 * A new row key: 21 URL-safe characters, as before, now the creation time to the
 * millisecond (eight letters and digits) followed by 78 random bits (thirteen characters).
 * IndexedDB repeats a row's key in every index entry of the row, twice, so a person with ten
 * index entries stores the key some twenty times: the short key makes a 20,000-person import
 * about 15 % faster to store than a UUID would.
 *
 * The time first makes the keys that one import or one day's work creates sort next to each
 * other instead of all over the registry's keys. Chromium's IndexedDB (LevelDB) looks every
 * new key up before storing it, and keys made together are looked up in one small part of
 * its files. Measured in a 200,000-person registry: the 20,000 people and 5,000 families of
 * one import stored with raw IndexedDB in 7.9-8.3 s under such keys, 11.9-12.5 s under
 * random ones (three rounds each, alternating); the whole import 10.4-13.9 s instead of
 * 11.6-15.6 s (BENCHMARKS.md, stop 32). Until August 2081 every key begins with '0'.
 *
 * Rows written before keep their keys; nothing reads meaning into a key's shape or its time
 * (a row's `createdAt` is what the app shows). A UUIDv7 orders the same way in 36 characters.
 */
export function newId(): string {
  return timePrefix(Date.now()) + randomPart();
}

/**
 * Every key the app has ever made: a `newId()` (21 characters of nanoid's URL-safe
 * alphabet; the demo generator's keys have the same shape) or a UUID (rows written before
 * the switch, demo data loaded before it, batches and officials keep theirs). Hex case and version digit are not checked: nothing reads meaning
 * into the shape, and a key that once fitted must keep fitting.
 */
const ROW_ID = /^(?:[A-Za-z0-9_-]{21}|[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12})$/;

export function isRowId(value: unknown): value is string {
  return typeof value === 'string' && ROW_ID.test(value);
}

/**
 * The one schema for a row key arriving from outside its own code (the IPC bridge, a
 * route, a form): it accepts every key `newId()` or an older row can have, so a check
 * written for one shape never refuses the other again (issue 21: the projector
 * refused every meeting made after the switch to nanoid).
 */
export function rowIdSchema(message = 'Kode data tidak sah') {
  return z.string().regex(ROW_ID, message);
}
