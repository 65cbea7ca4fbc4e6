import { afterEach, describe, expect, it } from 'vitest';
import { seedEverything } from '../testing/backup-fixtures';
import type { DtksDatabase } from '../core/database';
import { freshDatabase } from '../testing/helpers';
import { registeredLetterFor } from './register-match';
import { signLetterPayload, verifyPayload } from './signing';

let db: DtksDatabase;
let other: DtksDatabase;
afterEach(() => {
  db?.close();
  other?.close();
});

/** The seeded register's letter, re-signed with this database's key as issueLetter would. */
async function issued() {
  db = freshDatabase();
  await seedEverything(db, 60);
  const letter = (await db.letters.toArray()).find((row) => row.type === 'sktm')!;
  const claims = {
    number: letter.number,
    date: letter.date,
    name: letter.subject.nama,
    nik: letter.subject.nik,
    purpose: letter.purpose,
    signer: letter.signer.nama,
  };
  const qrPayload = await signLetterPayload(db, claims);
  const signed = { ...letter, qrPayload };
  await db.letters.put(signed);
  return { letter: { ...letter, qrPayload }, claims };
}

describe('registeredLetterFor', () => {
  it('finds the register entry of a letter whose key is unknown when code and content match', async () => {
    const { letter } = await issued();
    // The key is lost (a PC restored from a backup that did not carry it).
    await db.keys.clear();
    const verify = await verifyPayload(db, letter.qrPayload);
    expect(verify.status).toBe('unknown_key');
    const found = await registeredLetterFor(db, `  ${letter.qrPayload}\n`, verify);
    expect(found?.id).toBe(letter.id);
  });

  it('gives nothing for a foreign letter that borrows a registered number', async () => {
    const { letter, claims } = await issued();
    await db.keys.clear();
    other = freshDatabase();
    const forged = await signLetterPayload(other, { ...claims, name: 'Orang Lain' });
    const verify = await verifyPayload(db, forged);
    expect(verify.status).toBe('unknown_key');
    expect(await registeredLetterFor(db, forged, verify)).toBeUndefined();
    // Same content, but signed by another key: the printed code is not this one.
    const copied = await signLetterPayload(other, claims);
    expect(await registeredLetterFor(db, copied, await verifyPayload(db, copied))).toBeUndefined();
    expect(letter.qrPayload).not.toBe(copied);
  });

  it('a valid letter is looked up by its number; a damaged one never', async () => {
    const { letter } = await issued();
    const verify = await verifyPayload(db, letter.qrPayload);
    expect(verify.status).toBe('valid');
    expect((await registeredLetterFor(db, letter.qrPayload, verify))?.id).toBe(letter.id);
    const broken = letter.qrPayload.slice(0, -4);
    expect(await registeredLetterFor(db, broken, await verifyPayload(db, broken))).toBeUndefined();
  });
});
