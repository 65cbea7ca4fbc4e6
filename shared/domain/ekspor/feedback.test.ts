import { describe, expect, it } from 'vitest';
import {
  feedbackMappingProblems,
  guessFeedbackMapping,
  nextPeriodStart,
  parseAccepted,
  parsePadan,
  readFeedback,
  rememberedFeedbackMapping,
} from './feedback';

describe('feedback column mapping', () => {
  it('guesses the columns of a portal results file', () => {
    expect(
      guessFeedbackMapping(['No', 'NIK', 'Nama', 'Status Padan', 'Status Usulan', 'Keterangan']),
    ).toEqual({ nik: 'nik', padan: 'status_padan', status: 'status_usulan', alasan: 'keterangan' });
  });

  it('needs the NIK and one of padan or status', () => {
    expect(feedbackMappingProblems({ alasan: 'x' })).toEqual([
      'Pilih kolom NIK.',
      'Pilih kolom status padan atau kolom diterima/ditolak.',
    ]);
    expect(feedbackMappingProblems({ nik: 'nik', status: 'status' })).toEqual([]);
  });

  it('reuses a mapping saved from a file with these columns', () => {
    const headers = ['No', 'NIK ART', 'Hasil Cek', 'Ket. Dinas'];
    const saved = { nik: 'nik_art', status: 'hasil_cek', alasan: 'ket_dinas' };
    expect(rememberedFeedbackMapping(saved, headers)).toEqual(saved);
  });

  it('drops what the file lacks and refuses a mapping without its required columns', () => {
    const headers = ['NIK', 'Status Padan', 'Catatan'];
    expect(
      rememberedFeedbackMapping({ nik: 'nik', padan: 'status_padan', alasan: 'hilang' }, headers),
    ).toEqual({ nik: 'nik', padan: 'status_padan' });
    expect(rememberedFeedbackMapping({ nik: 'nik', status: 'hilang' }, headers)).toBeNull();
    // One column for two fields, unknown fields and junk are not taken.
    expect(
      rememberedFeedbackMapping(
        { nik: 'nik', padan: 'nik', status: 'status_padan', asal: 'catatan' },
        headers,
      ),
    ).toEqual({ nik: 'nik', status: 'status_padan' });
    expect(rememberedFeedbackMapping('nik', headers)).toBeNull();
    expect(rememberedFeedbackMapping(null, headers)).toBeNull();
  });
});

describe('status words', () => {
  it.each([
    ['Padan', true],
    ['PADAN DUKCAPIL', true],
    ['Sesuai', true],
    ['Tidak Padan', false],
    ['tidak padan Dukcapil', false],
    ['Belum padan', false],
    ['???', null],
    ['', null],
  ])('padan %s → %s', (text, expected) => {
    expect(parsePadan(text)).toBe(expected);
  });

  it.each([
    ['Diterima', true],
    ['DISETUJUI', true],
    ['Ditolak', false],
    ['Tidak diterima', false],
    ['tolak - NIK tidak padan', false],
    ['menunggu', null],
  ])('status %s → %s', (text, expected) => {
    expect(parseAccepted(text)).toBe(expected);
  });
});

describe('reading the results', () => {
  const headers = ['NIK', 'Status Padan', 'Status', 'Alasan'];
  const sheet = (rows: string[][]) => ({
    headers,
    rows: rows.map((cells, i) => ({ row: i + 2, cells })),
  });
  const mapping = { nik: 'nik', padan: 'status_padan', status: 'status', alasan: 'alasan' };

  it('reads each row, reports what it cannot read and skips blank rows', () => {
    const reading = readFeedback(
      sheet([
        ['6271011203900001', 'Padan', 'Diterima', ''],
        ["'6271011203900002", 'Tidak padan', 'Ditolak', 'NIK tidak ditemukan di Dukcapil'],
        ['', '', '', ''],
        ['12345', 'Padan', 'Diterima', ''],
        ['6271011203900003', 'Padan', 'menunggu', ''],
      ]),
      mapping,
    );
    expect(reading.records).toEqual([
      { row: 2, nik: '6271011203900001', padan: true, accepted: true, reason: '' },
      {
        row: 3,
        nik: '6271011203900002',
        padan: false,
        accepted: false,
        reason: 'NIK tidak ditemukan di Dukcapil',
      },
    ]);
    expect(reading.blank).toBe(1);
    expect(reading.problems).toEqual([
      { row: 5, message: 'NIK tidak 16 digit (12345)' },
      { row: 6, message: 'Status diterima/ditolak tidak dikenali (menunggu)' },
    ]);
  });

  it('keeps the last row of a NIK listed twice', () => {
    const reading = readFeedback(
      sheet([
        ['6271011203900001', 'Tidak padan', 'Ditolak', 'a'],
        ['6271011203900001', 'Padan', 'Diterima', 'b'],
      ]),
      mapping,
    );
    expect(reading.records).toEqual([
      { row: 3, nik: '6271011203900001', padan: true, accepted: true, reason: 'b' },
    ]);
  });

  it('lets acceptance follow padan when the file has no status column', () => {
    const reading = readFeedback(sheet([['6271011203900001', 'Tidak padan', '', '']]), {
      nik: 'nik',
      padan: 'status_padan',
    });
    expect(reading.records[0]).toMatchObject({ padan: false, accepted: false });
  });
});

describe('next period', () => {
  it('moves to the next month, across the year end', () => {
    expect(nextPeriodStart('bulanan', new Date(2026, 10, 25))).toEqual(new Date(2026, 11, 1));
    expect(nextPeriodStart('bulanan', new Date(2026, 11, 31))).toEqual(new Date(2027, 0, 1));
  });

  it('moves to the next semester', () => {
    expect(nextPeriodStart('semester', new Date(2026, 1, 3))).toEqual(new Date(2026, 6, 1));
    expect(nextPeriodStart('semester', new Date(2026, 8, 3))).toEqual(new Date(2027, 0, 1));
  });
});
