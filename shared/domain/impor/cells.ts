import type { EducationLevel, MaritalStatus, Religion, Sex, ShdkCode } from '../core/entities';
import { parseDesilText } from '../usulan/desil';
import { isoDate, isRealDate, localCalendarDate } from '../core/id-common';

/** A cell as a spreadsheet reader hands it over: dates arrive as Excel serial numbers. */
export type Cell = string | number | boolean | Date | null | undefined;

export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(reason: string): CellResult<T> => ({ ok: false, reason });

/** The text a clerk sees in the cell; numbers without exponent or grouping. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return Number.isInteger(cell) && Math.abs(cell) < 1e21 ? cell.toFixed(0) : String(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

/** A date cell as the clerk sees it in Excel (dd/mm/yyyy), not as its serial number. */
export function dateCellText(cell: Cell): string {
  if (typeof cell !== 'number') return cellText(cell);
  const parts = fromExcelSerial(cell);
  if (!parts) return cellText(cell);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(parts.day)}/${two(parts.month)}/${parts.year}`;
}

export function isBlank(cell: Cell): boolean {
  return cellText(cell) === '';
}

/** What to do about an identity number that a spreadsheet stored as a number. */
const RETYPE_AS_TEXT = 'ubah format kolom menjadi Teks lalu ketik ulang nomornya';

/** "6.27101E+15", "6,27101e15": how Excel shows, and saves to CSV, a long number cell. */
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d*)?e[+-]?\d+$/i;

/**
 * A NIK or No. KK cell. Excel keeps 15 significant digits, so a 16-digit number typed
 * into a number-formatted cell has lost its last digit to a 0, and nothing in the value
 * says so (6271011506800013 is stored as 6271011506800010, a safe integer). No number
 * cell can therefore be trusted as a NIK or No. KK: only text cells are read.
 */
export function identityDigits(cell: Cell, label: string): CellResult<string> {
  if (typeof cell === 'number') {
    return fail(
      `Kolom ${label} berformat angka; Excel hanya menyimpan 15 digit angka, ` +
        `sehingga digit ke-16 berubah menjadi 0; ${RETYPE_AS_TEXT}`,
    );
  }
  // A leading apostrophe is how Excel users force text.
  const raw = cellText(cell).replace(/^'/, '');
  if (SCIENTIFIC.test(raw.replace(/\s/g, ''))) {
    return fail(
      `${label} tertulis sebagai angka ilmiah (${raw}): kolom ${label} berformat angka ` +
        `dan Excel sudah mengubah digitnya; ${RETYPE_AS_TEXT}`,
    );
  }
  // Separators are typing habits.
  const text = raw.replace(/[\s.\-\u2010-\u2015]/g, '');
  if (text === '') return fail(`${label} wajib diisi`);
  return ok(text);
}

/**
 * An identifier of 16 digits or more that is not a NIK (ID DTKS): a number cell up to
 * 15 digits is exact, a longer one has been rounded by the spreadsheet.
 */
export function longIdText(cell: Cell, label: string): CellResult<string> {
  if (typeof cell === 'number' && Math.abs(cell) >= 1e15) {
    return fail(
      `Kolom ${label} berformat angka; Excel hanya menyimpan 15 digit angka, ` +
        `sehingga digit setelahnya berubah menjadi 0; ${RETYPE_AS_TEXT}`,
    );
  }
  const text = cellText(cell).replace(/^'/, '');
  if (SCIENTIFIC.test(text.replace(/\s/g, ''))) {
    return fail(
      `${label} tertulis sebagai angka ilmiah (${text}): kolom ${label} berformat angka ` +
        `dan Excel sudah mengubah digitnya; ${RETYPE_AS_TEXT}`,
    );
  }
  return ok(text);
}

const MONTH_NAMES: Readonly<Record<string, number>> = {
  jan: 1,
  januari: 1,
  feb: 2,
  peb: 2,
  februari: 2,
  pebruari: 2,
  mar: 3,
  maret: 3,
  apr: 4,
  april: 4,
  mei: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  agustus: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  nop: 11,
  november: 11,
  nopember: 11,
  des: 12,
  desember: 12,
};

/** Days from 1899-12-30 (Excel's day 0 once its fictitious 29 Feb 1900 is skipped). */
export function fromExcelSerial(
  serial: number,
): { year: number; month: number; day: number } | null {
  const whole = Math.floor(serial);
  if (whole < 61 || whole > 2_958_465) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + whole * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function textDate(text: string): { year: number; month: number; day: number } | null {
  // "1990-03-12 00:00:00" and "1990-03-12T00:00" come from database exports.
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T].*)?$/.exec(text);
  if (dmy) return { year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]) };
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) {
    return { year: Number(compact[1]), month: Number(compact[2]), day: Number(compact[3]) };
  }
  const named = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/.exec(text.toLowerCase());
  const month = named ? MONTH_NAMES[named[2] ?? ''] : undefined;
  if (named && month !== undefined) {
    return { year: Number(named[3]), month, day: Number(named[1]) };
  }
  return null;
}

/**
 * Birth dates as lists carry them: dd/mm/yyyy, dd-mm-yyyy, yyyy-mm-dd, "12 Maret 1990"
 * or an Excel date (a serial number). Day first: Indonesian lists never write m/d/y.
 */
export function parseBirthDate(cell: Cell, today: Date): CellResult<string> {
  if (isBlank(cell)) return fail('Tanggal lahir wajib diisi');
  let parts: { year: number; month: number; day: number } | null;
  if (typeof cell === 'number') parts = fromExcelSerial(cell);
  else if (cell instanceof Date) {
    parts = Number.isNaN(cell.getTime())
      ? null
      : { year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1, day: cell.getUTCDate() };
  } else parts = textDate(cellText(cell));
  if (!parts || !isRealDate(parts.year, parts.month, parts.day)) {
    return fail('Tanggal lahir tidak valid (gunakan dd/mm/yyyy)');
  }
  const value = isoDate(parts.year, parts.month, parts.day);
  const now = localCalendarDate(today);
  if (value > isoDate(now.year, now.month, now.day)) return fail('Tanggal lahir di masa depan');
  if (parts.year < 1900) return fail('Tanggal lahir sebelum tahun 1900');
  return ok(value);
}

/** Lower case, letters and digits only, single spaces: "Laki-Laki" → "laki laki". */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SEX_WORDS: Readonly<Record<string, Sex>> = {
  l: 'L',
  lk: 'L',
  laki: 'L',
  'laki laki': 'L',
  lakilaki: 'L',
  pria: 'L',
  '1': 'L',
  p: 'P',
  pr: 'P',
  perempuan: 'P',
  wanita: 'P',
  '2': 'P',
};

export function parseSex(cell: Cell): CellResult<Sex> {
  const word = normalizeWord(cellText(cell));
  if (word === '') return fail('Jenis kelamin wajib diisi');
  const sex = SEX_WORDS[word];
  return sex ? ok(sex) : fail('Jenis kelamin harus L/P, LAKI-LAKI/PEREMPUAN atau 1/2');
}

const SHDK_WORDS: Readonly<Record<string, ShdkCode>> = {
  'kepala keluarga': 1,
  'kepala rumah tangga': 1,
  kepala: 1,
  kk: 1,
  krt: 1,
  suami: 2,
  istri: 3,
  isteri: 3,
  'istri suami': 3,
  anak: 4,
  'anak kandung': 4,
  'anak angkat': 4,
  'anak tiri': 4,
  menantu: 5,
  cucu: 6,
  'orang tua': 7,
  orangtua: 7,
  ayah: 7,
  mertua: 8,
  'famili lain': 9,
  famili: 9,
  'keluarga lain': 9,
  saudara: 9,
  pembantu: 10,
  'pembantu rumah tangga': 10,
  lainnya: 11,
  'lain lain': 11,
  lain: 11,
};

/** SHDK as a code (1 to 11), "1 - Kepala Keluarga", or the words alone. */
export function parseShdk(cell: Cell): CellResult<ShdkCode> {
  const word = normalizeWord(cellText(cell));
  if (word === '') return fail('Hubungan keluarga (SHDK) wajib diisi');
  const code = /^(\d{1,2})(?:\s|$)/.exec(word);
  if (code) {
    const value = Number(code[1]);
    if (value >= 1 && value <= 11) return ok(value as ShdkCode);
    return fail('Kode SHDK harus 1 sampai 11');
  }
  const shdk = SHDK_WORDS[word];
  return shdk ? ok(shdk) : fail('Hubungan keluarga (SHDK) tidak dikenali');
}

/** RT or RW: "3", "03", "RT 003", 3 → "003". */
export function parseRtRw(cell: Cell, label: 'RT' | 'RW'): CellResult<string> {
  const text = cellText(cell)
    .toUpperCase()
    .replace(new RegExp(`^${label}\\.?`), '')
    .replace(/[\s.]/g, '');
  if (text === '') return fail(`${label} wajib diisi`);
  if (!/^\d+$/.test(text)) return fail(`${label} harus angka`);
  const value = Number(text);
  if (value === 0) return fail(`${label} tidak boleh 0`);
  if (value > 999) return fail(`${label} paling banyak 3 digit`);
  return ok(String(value).padStart(3, '0'));
}

const MARITAL_WORDS: Readonly<Record<string, MaritalStatus>> = {
  'belum kawin': 'belum_kawin',
  'belum menikah': 'belum_kawin',
  bk: 'belum_kawin',
  '1': 'belum_kawin',
  kawin: 'kawin',
  menikah: 'kawin',
  'kawin tercatat': 'kawin',
  'kawin belum tercatat': 'kawin',
  'kawin tidak tercatat': 'kawin',
  k: 'kawin',
  '2': 'kawin',
  'cerai hidup': 'cerai_hidup',
  ch: 'cerai_hidup',
  '3': 'cerai_hidup',
  'cerai mati': 'cerai_mati',
  cm: 'cerai_mati',
  '4': 'cerai_mati',
};

export function parseMarital(cell: Cell): CellResult<MaritalStatus | undefined> {
  const word = normalizeWord(cellText(cell));
  if (word === '') return ok(undefined);
  const status = MARITAL_WORDS[word];
  return status
    ? ok(status)
    : fail('Status kawin harus BELUM KAWIN, KAWIN, CERAI HIDUP atau CERAI MATI');
}

const RELIGION_WORDS: Readonly<Record<string, Religion>> = {
  islam: 'Islam',
  kristen: 'Kristen',
  protestan: 'Kristen',
  'kristen protestan': 'Kristen',
  katolik: 'Katolik',
  katholik: 'Katolik',
  'kristen katolik': 'Katolik',
  hindu: 'Hindu',
  buddha: 'Buddha',
  budha: 'Buddha',
  khonghucu: 'Khonghucu',
  konghucu: 'Khonghucu',
  'kong hu cu': 'Khonghucu',
  kepercayaan: 'Kepercayaan',
  'penghayat kepercayaan': 'Kepercayaan',
  'kepercayaan terhadap tuhan yme': 'Kepercayaan',
};

export function parseReligion(cell: Cell): CellResult<Religion | undefined> {
  const word = normalizeWord(cellText(cell));
  if (word === '') return ok(undefined);
  const religion = RELIGION_WORDS[word];
  return religion ? ok(religion) : fail('Agama tidak dikenali');
}

const EDUCATION_WORDS: Readonly<Record<string, EducationLevel>> = {
  'tidak belum sekolah': 'Tidak/Belum Sekolah',
  'tidak sekolah': 'Tidak/Belum Sekolah',
  'belum sekolah': 'Tidak/Belum Sekolah',
  'belum tamat sd sederajat': 'Belum Tamat SD',
  'belum tamat sd': 'Belum Tamat SD',
  'tidak tamat sd': 'Belum Tamat SD',
  'tamat sd sederajat': 'SD/Sederajat',
  'sd sederajat': 'SD/Sederajat',
  'tamat sd': 'SD/Sederajat',
  sd: 'SD/Sederajat',
  'sltp sederajat': 'SLTP/Sederajat',
  sltp: 'SLTP/Sederajat',
  smp: 'SLTP/Sederajat',
  'smp sederajat': 'SLTP/Sederajat',
  mts: 'SLTP/Sederajat',
  'slta sederajat': 'SLTA/Sederajat',
  slta: 'SLTA/Sederajat',
  sma: 'SLTA/Sederajat',
  smk: 'SLTA/Sederajat',
  'sma sederajat': 'SLTA/Sederajat',
  ma: 'SLTA/Sederajat',
  'diploma i ii': 'Diploma I/II',
  'diploma i': 'Diploma I/II',
  'diploma ii': 'Diploma I/II',
  d1: 'Diploma I/II',
  d2: 'Diploma I/II',
  'akademi diploma iii s muda': 'Diploma III',
  'diploma iii': 'Diploma III',
  d3: 'Diploma III',
  'diploma iv strata i': 'Diploma IV/S1',
  'diploma iv s1': 'Diploma IV/S1',
  'diploma iv': 'Diploma IV/S1',
  'strata i': 'Diploma IV/S1',
  s1: 'Diploma IV/S1',
  d4: 'Diploma IV/S1',
  'strata ii': 'S2',
  s2: 'S2',
  'strata iii': 'S3',
  s3: 'S3',
};

/** Dukcapil's wording ("TAMAT SD/SEDERAJAT", "DIPLOMA IV/STRATA I") and the short forms. */
export function parseEducation(cell: Cell): CellResult<EducationLevel | undefined> {
  const word = normalizeWord(cellText(cell));
  if (word === '') return ok(undefined);
  const level = EDUCATION_WORDS[word];
  return level ? ok(level) : fail('Pendidikan tidak dikenali');
}

/** A Desil cell: blank is "not ranked"; otherwise a whole 1..10 ("3", 3, "Desil 3"). */
export function parseDesil(cell: Cell): CellResult<number | undefined> {
  if (typeof cell === 'number') return parseDesilText(cell);
  return parseDesilText(cellText(cell));
}
