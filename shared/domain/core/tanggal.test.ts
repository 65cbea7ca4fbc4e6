import { describe, expect, it } from 'vitest';
import {
  formatTanggal,
  formatTanggalKetik,
  formatWaktu,
  localIsoDate,
  parseTanggal,
} from './tanggal';

const iso = (text: string) => {
  const result = parseTanggal(text);
  return result.ok ? result.iso : result.reason;
};

describe('parseTanggal: dates typed day first', () => {
  it('reads DD-MM-YYYY with the separators people type', () => {
    expect(iso('12-03-1980')).toBe('1980-03-12');
    expect(iso('12/03/1980')).toBe('1980-03-12');
    expect(iso('12.3.1980')).toBe('1980-03-12');
    expect(iso(' 1-1-2000 ')).toBe('2000-01-01');
    expect(iso('12 03 1980')).toBe('1980-03-12');
  });

  it('never reads month first: 03-12-1980 is 3 December', () => {
    expect(iso('03-12-1980')).toBe('1980-12-03');
  });

  it('reads an ISO date pasted from a file', () => {
    expect(iso('1980-03-12')).toBe('1980-03-12');
  });

  it('refuses a day the month does not have, saying why in Indonesian', () => {
    const result = parseTanggal('31-02-2024');
    expect(result).toEqual({
      ok: false,
      reason: 'Tanggal 31 Februari 2024 tidak ada: bulan itu hanya sampai tanggal 29.',
    });
    expect(iso('29-02-2023')).toMatch(/hanya sampai tanggal 28/);
    expect(iso('29-02-2024')).toBe('2024-02-29');
    expect(iso('31-04-2026')).toMatch(/April 2026 tidak ada/);
    expect(iso('00-01-2026')).toMatch(/tidak ada/);
    expect(iso('2024-02-30')).toMatch(/tidak ada/);
  });

  it('refuses a month outside 1 to 12', () => {
    expect(iso('12-13-1980')).toBe('Bulan 13 tidak ada: bulan ditulis 1 sampai 12.');
  });

  it('refuses two-digit years clearly instead of guessing the century', () => {
    expect(iso('12-03-80')).toBe('Tulis tahun dengan empat angka (misalnya 1980, bukan 80).');
    expect(iso('12-03-198')).toMatch(/empat angka/);
  });

  it('refuses text that is not a date, and an empty field', () => {
    expect(iso('kemarin')).toBe(
      '“kemarin” bukan tanggal. Tulis hari-bulan-tahun, misalnya 12-03-1980.',
    );
    expect(iso('12-03')).toMatch(/bukan tanggal/);
    expect(iso('')).toBe('Tanggal wajib diisi, misalnya 12-03-1980.');
  });

  it('round-trips with the typed form', () => {
    for (const value of ['1980-03-12', '2024-02-29', '1999-12-31', '2026-01-01']) {
      expect(iso(formatTanggalKetik(value))).toBe(value);
    }
  });
});

describe('formatTanggal: one way to show a date', () => {
  it('writes Indonesian month names, no leading zero', () => {
    expect(formatTanggal('1980-03-12')).toBe('12 Maret 1980');
    expect(formatTanggal('2026-12-03')).toBe('3 Desember 2026');
  });

  it('shows the local calendar date of an instant', () => {
    const instant = new Date(2026, 11, 3, 23, 30).toISOString();
    expect(formatTanggal(instant)).toBe('3 Desember 2026');
  });

  it('returns anything else as given, so nothing is hidden', () => {
    expect(formatTanggal('')).toBe('');
    expect(formatTanggal('tidak diketahui')).toBe('tidak diketahui');
    expect(formatTanggal('2024-02-30')).toBe('2024-02-30');
  });

  it('types a date as DD-MM-YYYY', () => {
    expect(formatTanggalKetik('1980-03-12')).toBe('12-03-1980');
    expect(formatTanggalKetik('salah')).toBe('salah');
  });
});

describe('formatWaktu: instants', () => {
  it('reads an instant on the office clock with its zone', () => {
    expect(formatWaktu('2026-12-03T10:05:00.000Z', 'WIB')).toBe('3 Desember 2026 17.05 WIB');
    expect(formatWaktu('2026-12-31T16:30:00.000Z', 'WIT')).toBe('1 Januari 2027 01.30 WIT');
  });

  it('reads an instant on this computer without a zone', () => {
    const local = new Date(2026, 2, 9, 8, 7);
    expect(formatWaktu(local)).toBe('9 Maret 2026 08.07');
    expect(formatWaktu(local.toISOString())).toBe('9 Maret 2026 08.07');
  });

  it('returns what is not an instant as given', () => {
    expect(formatWaktu('kosong')).toBe('kosong');
  });
});

describe('localIsoDate', () => {
  it('writes the local calendar day, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});
