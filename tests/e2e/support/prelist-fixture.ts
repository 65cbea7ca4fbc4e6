import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { generateDemoData } from '../../../shared/demo/demo-data';
import type { Person } from '../../../shared/domain/core/entities';
import { PRELIST_HEADERS, prelistRow } from '../../../shared/domain/impor/prelist-test-data';

export { PRELIST_HEADERS };

/** The ways a row is spoiled, one after the other; each must be caught on its own. */
export const BAD_KINDS = [
  'nik_15_digit',
  'nik_serial_0000',
  'tanggal_tidak_ada',
  'nama_kosong',
  'nik_ganda',
  'kk_berhuruf',
  'jenis_kelamin_salah',
  'shdk_tidak_dikenal',
  'rt_nol',
  'tanggal_beda_dengan_nik',
] as const;
export type BadKind = (typeof BAD_KINDS)[number];

export type PrelistFixture = {
  path: string;
  rows: number;
  /** Spreadsheet row numbers (header = 1) of the spoiled rows, ascending. */
  badRows: number[];
  kinds: Map<number, BadKind>;
  validRows: number;
  families: number;
  /** A planted pair: same name and birth date, two NIKs, same family. */
  duplicateName: string;
};

const column = (name: string) => PRELIST_HEADERS.indexOf(name);

function spoil(row: unknown[], kind: BadKind, donorNik: string): void {
  const set = (name: string, value: unknown) => {
    row[column(name)] = value;
  };
  const nik = String(row[column('nomor_nik')]);
  switch (kind) {
    case 'nik_15_digit':
      return set('nomor_nik', nik.slice(0, 15));
    case 'nik_serial_0000':
      return set('nomor_nik', `${nik.slice(0, 12)}0000`);
    case 'tanggal_tidak_ada':
      return set('tanggal_lahir', '31-02-1990');
    case 'nama_kosong':
      return set('nama', '');
    case 'nik_ganda':
      return set('nomor_nik', donorNik);
    case 'kk_berhuruf':
      return set('nomor_kk', `${String(row[column('nomor_kk')]).slice(0, 15)}X`);
    case 'jenis_kelamin_salah':
      return set('jenis_kelamin', 'X');
    case 'shdk_tidak_dikenal':
      return set('hubungan_keluarga', 'TETANGGA');
    case 'rt_nol':
      return set('rt', '0');
    case 'tanggal_beda_dengan_nik': {
      // Same day and month, another year: the NIK's two-digit year no longer agrees.
      const cell = row[column('tanggal_lahir')];
      const text = typeof cell === 'number' ? null : String(cell);
      if (text === null) return set('tanggal_lahir', (cell as number) - 365);
      const year = Number(text.slice(-4));
      return set('tanggal_lahir', `${text.slice(0, -4)}${year - 1}`);
    }
  }
}

/**
 * A prelist in the by-name-by-address layout (domain.md §7) built from the demo
 * population, with exactly `bad` rows spoiled in varied ways (never a family head, so no
 * other row is dragged down with it) and one planted duplicate pair.
 */
export function writePrelistFixture(options: {
  people: number;
  bad: number;
  kodeWilayah: string;
  seed?: number;
  name?: string;
}): PrelistFixture {
  const data = generateDemoData({
    seed: options.seed ?? 20_26,
    people: options.people,
    kodeWilayah: options.kodeWilayah,
  });
  const familyById = new Map(data.families.map((family) => [family.id, family]));
  const rows = data.people.map((person, index) => {
    const family = familyById.get(person.familyId);
    if (!family) throw new Error(`Keluarga ${person.familyId} tidak ada`);
    return prelistRow(person, family, index);
  });

  const members = data.people.map((person, index) => ({ person, index }));
  const nonHeads = members.filter(({ person }) => person.shdk !== 1).map(({ index }) => index);
  const chosen = Array.from(
    { length: options.bad },
    (_, k) => nonHeads[Math.floor(((k + 0.5) * nonHeads.length) / options.bad)] ?? 0,
  );
  const spoiled = new Set(chosen);

  // The planted duplicate: a valid non-head row becomes a second record of the member
  // just above it in the same family (same name and birth date, another NIK serial).
  const twinIndex = nonHeads.find(
    (index) => !spoiled.has(index) && !spoiled.has(index - 1) && data.people[index - 1]?.shdk !== 1,
  );
  const original = twinIndex === undefined ? undefined : data.people[twinIndex - 1];
  if (twinIndex === undefined || !original) throw new Error('Tidak ada baris untuk duplikat');
  const family = familyById.get(original.familyId);
  if (!family) throw new Error('Keluarga duplikat tidak ada');
  const twin: Person = {
    ...original,
    nik: `${original.nik.slice(0, 12)}9${original.nik.slice(13)}`,
  };
  rows[twinIndex] = prelistRow(twin, family, twinIndex - 1);

  const kinds = new Map<number, BadKind>();
  chosen.forEach((index, k) => {
    const kind = BAD_KINDS[k % BAD_KINDS.length] ?? 'nama_kosong';
    // The donor of a duplicated NIK comes earlier in the file and stays untouched.
    let donor = index - 1;
    while (donor > 0 && (spoiled.has(donor) || donor === twinIndex)) donor -= 1;
    const row = rows[index];
    if (row) spoil(row, kind, data.people[donor]?.nik ?? '');
    kinds.set(index + 2, kind);
  });

  const sheet = XLSX.utils.aoa_to_sheet([PRELIST_HEADERS, ...rows]);
  const dateColumn = column('tanggal_lahir');
  for (let r = 1; r <= rows.length; r++) {
    const cell = sheet[XLSX.utils.encode_cell({ r, c: dateColumn })] as XLSX.CellObject | undefined;
    if (cell && cell.t === 'n') cell.z = 'dd/mm/yyyy';
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Prelist');
  const dir = join(tmpdir(), 'dtks-e2e-fixtures');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, options.name ?? `prelist-${options.people}.xlsx`);
  // The ESM build of xlsx has no file system access: write the bytes ourselves.
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

  const badRows = [...kinds.keys()].sort((a, b) => a - b);
  return {
    path,
    rows: rows.length,
    badRows,
    kinds,
    validRows: rows.length - badRows.length,
    families: data.families.length,
    duplicateName: original.nama.toUpperCase(),
  };
}
