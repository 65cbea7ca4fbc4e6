import { afterEach, describe, expect, it } from 'vitest';
import { verifyPayload } from './signing';
import { DtksDatabase } from '../core/database';
import { checkLetterAgainstLog } from './log-check';
import {
  cancelLetter,
  issueLetter,
  listLetters,
  recordFirstOutput,
  recordReprint,
  UnconfirmedFieldsError,
  getSktm,
} from './repository';
import type { IssueLetterInput } from '@shared/domain/surat/schema';
import { getLetterSettings, previewNextNumber, saveLetterSettings } from './settings-repository';
import { setSessionAccount } from '../core/session';
import { saveOfficial } from '../pengaturan/repository';
import { freshDatabase } from '../testing/helpers';
import { input, NOV, seed, SEKLUR_ID } from '../testing/sktm-seed';

let db: DtksDatabase;
const extra: DtksDatabase[] = [];
afterEach(() => {
  db?.close();
  for (const other of extra.splice(0)) other.close();
});

describe('issueLetter', () => {
  it('numbers the first letter of the year 1, freezes what it printed and signs the number', async () => {
    db = freshDatabase();
    await seed(db);
    const letter = await issueLetter(db, input(), NOV);
    expect(letter.seq).toBe(1);
    expect(letter.number).toBe('400.9.2/001/KEL-PHD/XI/2026');
    expect(letter.date).toBe('2026-11-27');
    expect(letter.validUntil).toBe('2026-12-27');
    expect(letter.subject.alamat).toBe('Jl. Rajawali No. 5, RT 003 RW 002, Kelurahan Pahandut');
    expect(letter.dependants).toEqual([
      expect.objectContaining({ nama: 'Budi Santoso', shdk: 'Anak', jenisKelamin: 'L' }),
    ]);
    expect(letter.signer).toMatchObject({ nama: 'Drs. Ahmad Yani', jabatan: 'Lurah' });
    expect(letter.signer.onBehalfOf).toBeUndefined();

    const verified = await verifyPayload(db, letter.qrPayload);
    expect(verified.status).toBe('valid');
    expect(verified.status === 'valid' && verified.claims.number).toBe(letter.number);

    const audit = await db.audit.where('entityId').equals(letter.id).toArray();
    expect(audit.map((entry) => entry.action)).toEqual(['create']);
    expect(await db.letterCounters.get('sktm:2026')).toEqual({ key: 'sktm:2026', next: 2 });
  });

  it('refuses a person whose religion or job an import left unconfirmed, before taking a number', async () => {
    db = freshDatabase();
    await seed(db);
    const row = await db.people.get('p-1');
    if (!row) throw new Error('p-1 hilang');
    const { agama: _dropped, ...unknownReligion } = row;
    await db.people.put({
      ...unknownReligion,
      pekerjaan: '',
      fieldsToComplete: ['agama', 'pendidikan', 'pekerjaan'],
    });
    const refusal = await issueLetter(db, input(), NOV).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnconfirmedFieldsError);
    const error = refusal as UnconfirmedFieldsError;
    expect(error.message).toContain('agama dan pekerjaan Siti Aminah belum diisi');
    expect(error.fields).toEqual(['agama', 'pekerjaan']);
    expect(error).toMatchObject({ personId: 'p-1', familyId: 'fam-1' });
    expect(await db.letters.count()).toBe(0);
    expect(await db.letterCounters.get('sktm:2026')).toBeUndefined();

    // Once the clerk fills them in, the same letter goes through.
    await db.people.put({ ...row, pendidikan: 'SD/Sederajat', fieldsToComplete: [] });
    const letter = await issueLetter(db, input(), NOV);
    expect(letter.subject).toMatchObject({ agama: 'Islam', pekerjaan: 'Mengurus Rumah Tangga' });
  });

  it('freezes a.n. and u.b. delegation lines', async () => {
    db = freshDatabase();
    await seed(db);
    const an = await issueLetter(db, input({ signerId: SEKLUR_ID, delegation: 'a.n.' }), NOV);
    expect(an.signer).toMatchObject({ delegation: 'a.n.', onBehalfOf: 'Lurah Pahandut' });
    const ub = await issueLetter(db, input({ signerId: SEKLUR_ID, delegation: 'u.b.' }), NOV);
    expect(ub.signer).toMatchObject({ delegation: 'u.b.', via: 'Sekretaris Kelurahan' });
  });

  it('freezes the identity block: kewarganegaraan, status perkawinan, the KTP religion words', async () => {
    db = freshDatabase();
    await seed(db);
    await db.people.update('p-1', { agama: 'Kepercayaan' });
    const letter = await issueLetter(db, input(), NOV);
    expect(letter.subject).toMatchObject({
      kewarganegaraan: 'WNI',
      statusKawin: 'Kawin',
      agama: 'Kepercayaan terhadap Tuhan YME',
    });
    // The No. KK only when the office prints it.
    expect(letter.subject.noKk).toBeUndefined();
    expect(letter.textVersion).toBe(2);
    expect(letter.purposeKind).toBe('lainnya');
    await saveLetterSettings(db, { ...(await getLetterSettings(db)), printNoKk: true });
    expect((await issueLetter(db, input(), NOV)).subject.noKk).toBe('6271010101200001');
  });

  it('asks for the kewarganegaraan read on the KTP', async () => {
    db = freshDatabase();
    await seed(db);
    const { kewarganegaraan: _, ...without } = input();
    await expect(issueLetter(db, without as IssueLetterInput, NOV)).rejects.toThrow(
      /Pilih kewarganegaraan sesuai KTP/,
    );
  });

  it('lets a Plt. Lurah sign in his own name and refuses mismatched delegation', async () => {
    db = freshDatabase();
    await seed(db);
    const pltId = crypto.randomUUID();
    await saveOfficial(db, {
      id: pltId,
      nama: 'Yusuf Hamdani, S.STP',
      jabatan: 'plt lurah',
      pangkatGolongan: '',
      nip: '',
      aktif: true,
    });
    const letter = await issueLetter(db, input({ signerId: pltId }), NOV);
    expect(letter.signer).toMatchObject({ jabatan: 'Plt. Lurah', delegation: '' });
    await expect(
      issueLetter(db, input({ signerId: pltId, delegation: 'a.n.' }), NOV),
    ).rejects.toMatchObject({ name: 'LetterError', field: 'delegation' });
    // The Sekretaris signs only for the Lurah.
    await expect(issueLetter(db, input({ signerId: SEKLUR_ID }), NOV)).rejects.toThrow(
      /bukan Lurah, Plt\. Lurah atau Plh\. Lurah: surat ditandatangani a\.n\. Lurah/,
    );
  });

  it('never gives two concurrent calls the same number, and never skips one', async () => {
    db = freshDatabase();
    await seed(db);
    const letters = await Promise.all([
      issueLetter(db, input(), NOV),
      issueLetter(db, input(), NOV),
    ]);
    expect(letters.map((l) => l.seq).sort()).toEqual([1, 2]);
    expect(new Set(letters.map((l) => l.number)).size).toBe(2);
    for (const letter of letters) {
      expect((await verifyPayload(db, letter.qrPayload)).status).toBe('valid');
    }
  });

  it('numbers 1..n without gaps when several windows issue at once', async () => {
    db = freshDatabase();
    await seed(db);
    await db.open();
    // Separate connections to the same database, as separate windows have.
    const windows = [db, new DtksDatabase(db.name), new DtksDatabase(db.name)];
    extra.push(...windows.slice(1));
    const issued = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        issueLetter(windows[i % windows.length] as DtksDatabase, input(), NOV),
      ),
    );
    expect(issued.map((l) => l.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const stored = (await db.letters.toArray()).flatMap((row) =>
      row.type === 'sktm' ? [row] : [],
    );
    expect(stored.map((l) => l.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await db.letterCounters.get('sktm:2026'))?.next).toBe(10);
    // The signed number is the stored number for every letter, even those that retried.
    for (const letter of stored) {
      const verified = await verifyPayload(db, letter.qrPayload);
      expect(verified.status === 'valid' && verified.claims.number).toBe(letter.number);
    }
  });

  it('restarts the sequence every year', async () => {
    db = freshDatabase();
    await seed(db);
    await issueLetter(db, input(), NOV);
    await issueLetter(db, input(), NOV);
    const january = await issueLetter(
      db,
      input({ coverLetter: { nomor: '1', tanggal: '2027-01-02' } }),
      new Date(2027, 0, 4),
    );
    expect(january.seq).toBe(1);
    expect(january.number).toBe('400.9.2/001/KEL-PHD/I/2027');
  });

  it('does not take a number when the letter cannot be stored', async () => {
    db = freshDatabase();
    await seed(db);
    const first = await issueLetter(db, input(), NOV);
    // A template without the year would repeat last year's numbers; force the clash directly.
    await db.letterCounters.put({ key: 'sktm:2026', next: 1 });
    await expect(issueLetter(db, input(), NOV)).rejects.toThrow(
      `Nomor ${first.number} sudah pernah`,
    );
    expect((await db.letterCounters.get('sktm:2026'))?.next).toBe(1);
    expect(await db.letters.count()).toBe(1);
  });

  it('refuses incomplete requests before taking a number', async () => {
    db = freshDatabase();
    await seed(db);
    await expect(issueLetter(db, input({ purpose: ' ' }), NOV)).rejects.toThrow('Keperluan');
    await expect(
      issueLetter(db, input({ coverLetter: { nomor: '', tanggal: '2026-11-25' } }), NOV),
    ).rejects.toThrow('surat pengantar');
    await expect(
      issueLetter(db, input({ coverLetter: { nomor: '5', tanggal: '2026-12-01' } }), NOV),
    ).rejects.toThrow('tidak boleh sesudah hari ini');
    await expect(issueLetter(db, input({ dependantIds: ['p-1'] }), NOV)).rejects.toThrow(
      'Tanggungan',
    );
    expect(await db.letterCounters.count()).toBe(0);
  });

  it('follows the number template and validity from the settings', async () => {
    db = freshDatabase();
    await seed(db);
    await saveLetterSettings(db, {
      ...(await getLetterSettings(db)),
      template: 'SKTM/{nomor}/{bulan}/{tahun}',
      validityDays: 14,
    });
    expect(await previewNextNumber(db, await getLetterSettings(db), NOV)).toBe('SKTM/1/11/2026');
    const letter = await issueLetter(db, input(), NOV);
    expect(letter.number).toBe('SKTM/1/11/2026');
    expect(letter.validUntil).toBe('2026-12-11');
    await expect(
      saveLetterSettings(db, { ...(await getLetterSettings(db)), template: '{nomor}' }),
    ).rejects.toThrow('{tahun}');
  });
});

describe('cancel, reprint and register', () => {
  it('keeps a cancelled letter and its number; the next letter takes the next number', async () => {
    db = freshDatabase();
    await seed(db);
    const first = await issueLetter(db, input(), NOV);
    await expect(cancelLetter(db, first.id, '')).rejects.toThrow('Alasan');
    const cancelled = await cancelLetter(db, first.id, 'Salah tulis tanggal lahir', NOV);
    expect(cancelled).toMatchObject({ status: 'batal', cancelReason: 'Salah tulis tanggal lahir' });
    await expect(cancelLetter(db, first.id, 'lagi')).rejects.toThrow('sudah dibatalkan');
    const second = await issueLetter(db, input(), NOV);
    expect(second.seq).toBe(2);
    expect((await db.letters.get(first.id))?.number).toBe(first.number);
  });

  it('records a reprint on the same letter, never as a new letter', async () => {
    db = freshDatabase();
    await seed(db);
    const letter = await issueLetter(db, input(), NOV);
    await recordFirstOutput(db, letter.id, 'pdf', NOV);
    const reprinted = await recordReprint(db, letter.id, 'cetak', NOV);
    await recordReprint(db, letter.id, 'pdf', NOV);
    expect(reprinted.reprints).toHaveLength(1);
    expect((await db.letters.get(letter.id))?.reprints.map((r) => r.kind)).toEqual([
      'cetak',
      'pdf',
    ]);
    expect(await db.letters.count()).toBe(1);
    const entries = await db.audit.where('entityId').equals(letter.id).sortBy('seq');
    const actions = entries.map((e) => e.action);
    expect(actions).toEqual(['create', 'export', 'export', 'export']);
  });

  it('filters the register by month, type and status, newest first', async () => {
    db = freshDatabase();
    await seed(db);
    const oct = await issueLetter(
      db,
      input({ coverLetter: { nomor: '1', tanggal: '2026-10-01' } }),
      new Date(2026, 9, 5),
    );
    const nov1 = await issueLetter(db, input(), NOV);
    const nov2 = await issueLetter(db, input(), NOV);
    await cancelLetter(db, nov1.id, 'Dobel');
    expect((await listLetters(db)).map((l) => l.id)).toEqual([nov2.id, nov1.id, oct.id]);
    expect((await listLetters(db, { month: '2026-11' })).map((l) => l.id)).toEqual([
      nov2.id,
      nov1.id,
    ]);
    expect((await listLetters(db, { status: 'batal' })).map((l) => l.id)).toEqual([nov1.id]);
    expect(
      (await listLetters(db, { month: '2026-10', status: 'terbit' })).map((l) => l.id),
    ).toEqual([oct.id]);
  });
});

describe('permissions', () => {
  it('names the signed-in account on the letter, and refuses roles that may not issue', async () => {
    db = freshDatabase();
    await seed(db);
    setSessionAccount(db, { id: 'a1', username: 'rina', nama: 'Rina', role: 'operator' });
    const letter = await issueLetter(db, input(), NOV);
    expect(letter.createdBy).toBe('Rina (rina)');
    const reprinted = await recordReprint(db, letter.id, 'cetak', NOV);
    expect(reprinted.reprints[0]?.by).toBe('Rina (rina)');

    setSessionAccount(db, { id: 'f1', username: 'fasil', nama: 'Fasil', role: 'fasilitator' });
    await expect(issueLetter(db, input(), NOV)).rejects.toThrow();
    await expect(cancelLetter(db, letter.id, 'Coba batal')).rejects.toThrow();
    expect(await db.letters.count()).toBe(1);
    expect((await db.letters.get(letter.id))?.status).toBe('terbit');
    expect((await db.letterCounters.get('sktm:2026'))?.next).toBe(2);
  });
});

describe('letter settings', () => {
  it('keeps the valid stored fields when one of them is invalid', async () => {
    db = freshDatabase();
    await db.settings.put({
      key: 'surat.sktm',
      value: { template: 'S/{nomor}/{tahun}', validityDays: 'tiga puluh', paperSize: 'F4' },
    });
    const settings = await getLetterSettings(db);
    expect(settings).toMatchObject({
      template: 'S/{nomor}/{tahun}',
      paperSize: 'F4',
      validityDays: 30,
    });
  });
});

describe('the letter against its issue entry in the log', () => {
  it('matches as issued, and a letter row edited in the database no longer does', async () => {
    db = freshDatabase();
    await seed(db);
    const letter = await issueLetter(db, input(), NOV);
    const [entry] = await db.audit.where('entityId').equals(letter.id).toArray();
    expect(entry?.after).toMatchObject({ contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await checkLetterAgainstLog(db, letter)).toEqual({ status: 'cocok', seq: entry!.seq });

    // Reprints and a cancellation are logged changes, not changes of what the letter says.
    await recordReprint(db, letter.id, 'pdf', NOV);
    const cancelled = await cancelLetter(db, letter.id, 'Salah ketik keperluan', NOV);
    expect((await checkLetterAgainstLog(db, cancelled as typeof letter)).status).toBe('cocok');

    const current = (await getSktm(db, letter.id))!;
    const renamed = { ...current, subject: { ...current.subject, nama: 'Orang Lain' } };
    await db.letters.put(renamed);
    const edited = (await getSktm(db, letter.id))!;
    expect(await checkLetterAgainstLog(db, edited)).toEqual({ status: 'berbeda', seq: entry!.seq });
  });

  it('says when the log has no issue entry for the letter', async () => {
    db = freshDatabase();
    await seed(db);
    const letter = await issueLetter(db, input(), NOV);
    await db.audit.where('entityId').equals(letter.id).delete();
    expect(await checkLetterAgainstLog(db, letter)).toEqual({ status: 'tanpa-catatan' });
  });
});
