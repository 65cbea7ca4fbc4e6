/**
 * Letter numbers (domain.md §5). The format follows the regional archive
 * classification, which differs per region and changes over time, so it is a
 * template the office edits, e.g. `{kode}/{nomor:3}/{kode_kelurahan}/{bulan_romawi}/{tahun}`
 * → `400.9.2/007/KEL-PHD/XI/2026`.
 */

export type LetterNumberContext = {
  /** Sequence within the letter type and year, from 1. */
  seq: number;
  date: Date;
  /** Classification code, e.g. 400.9.2. */
  code: string;
  /** Short code of the kelurahan, e.g. KEL-PHD. */
  unitCode: string;
};

export const DEFAULT_SKTM_TEMPLATE = '{kode}/{nomor:3}/{kode_kelurahan}/{bulan_romawi}/{tahun}';
/** Permendagri 83/2022 classification used in the domain example; the office may change it. */
export const DEFAULT_SKTM_CODE = '400.9.2';

/** Zero padding wider than this is a typo, not a numbering scheme; capping it keeps output bounded. */
export const MAX_NUMBER_WIDTH = 10;

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export const LETTER_NUMBER_TOKENS = [
  { token: '{kode}', meaning: 'kode klasifikasi surat' },
  { token: '{nomor}', meaning: 'nomor urut tanpa nol di depan' },
  { token: '{nomor:3}', meaning: 'nomor urut 3 digit (007)' },
  { token: '{kode_kelurahan}', meaning: 'kode surat kelurahan' },
  { token: '{bulan_romawi}', meaning: 'bulan dalam angka Romawi (XI)' },
  { token: '{bulan}', meaning: 'bulan dua digit (11)' },
  { token: '{tahun}', meaning: 'tahun empat digit' },
] as const;

const TOKEN = /\{([a-z_]+)(?::(\d+))?\}/g;

export function romanMonth(month: number): string {
  return ROMAN_MONTHS[month - 1] ?? '?';
}

function sequenceText(seq: number, width: number | undefined): string {
  const whole = Number.isFinite(seq) ? Math.trunc(seq) : 0;
  const digits = String(Math.abs(whole));
  const padded =
    width === undefined ? digits : digits.padStart(Math.min(width, MAX_NUMBER_WIDTH), '0');
  return whole < 0 ? `-${padded}` : padded;
}

/**
 * Fills a number template. Unknown tokens are kept as typed so a mistake shows
 * in the preview instead of disappearing. Dates are read in local time: the
 * month on the letter is the month on the office wall calendar.
 */
export function formatLetterNumber(template: string, ctx: LetterNumberContext): string {
  const valid = !Number.isNaN(ctx.date.getTime());
  const month = valid ? ctx.date.getMonth() + 1 : 0;
  const year = valid ? ctx.date.getFullYear() : 0;
  return template.replace(TOKEN, (whole, name: string, width: string | undefined) => {
    switch (name) {
      case 'nomor':
        return sequenceText(ctx.seq, width === undefined ? undefined : Number(width));
      case 'kode':
        return width === undefined ? ctx.code : whole;
      case 'kode_kelurahan':
        return width === undefined ? ctx.unitCode : whole;
      case 'bulan_romawi':
        return width === undefined ? romanMonth(month) : whole;
      case 'bulan':
        return width === undefined ? String(month).padStart(2, '0') : whole;
      case 'tahun':
        return width === undefined ? String(year).padStart(4, '0') : whole;
      default:
        return whole;
    }
  });
}

export type TemplateProblem = { message: string };

/**
 * What would make a template unsafe. Numbers must be unique forever (the
 * register has a unique index), and the sequence restarts every year, so the
 * template must carry both the sequence and the year.
 */
export function checkLetterTemplate(template: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const trimmed = template.trim();
  if (trimmed === '') return [{ message: 'Format nomor wajib diisi' }];
  if (trimmed.length > 120) problems.push({ message: 'Format nomor terlalu panjang (maks. 120)' });
  const names: string[] = [];
  for (const match of trimmed.matchAll(TOKEN)) {
    const name = match[1] ?? '';
    const width = match[2];
    names.push(name);
    const known = ['kode', 'nomor', 'kode_kelurahan', 'bulan_romawi', 'bulan', 'tahun'];
    if (!known.includes(name)) problems.push({ message: `Kode {${name}} tidak dikenal` });
    else if (width !== undefined && name !== 'nomor') {
      problems.push({ message: `Hanya {nomor} yang boleh diberi lebar digit` });
    } else if (width !== undefined && (Number(width) < 1 || Number(width) > MAX_NUMBER_WIDTH)) {
      problems.push({ message: `Lebar nomor harus 1 sampai ${MAX_NUMBER_WIDTH} digit` });
    }
  }
  const count = (name: string) => names.filter((n) => n === name).length;
  if (count('nomor') !== 1)
    problems.push({ message: 'Format harus memuat {nomor} tepat satu kali' });
  if (count('tahun') < 1) {
    problems.push({ message: 'Format harus memuat {tahun}: nomor dimulai lagi setiap tahun' });
  }
  const stray = trimmed.replace(TOKEN, '');
  if (/[{}]/.test(stray)) problems.push({ message: 'Ada kurung kurawal { } yang tidak lengkap' });
  return problems;
}
