import type { EducationLevel, MaritalStatus, Religion, Sex, ShdkCode } from '../core/entities';
import { maskNoKk, parseNoKk } from '../warga/kk';
import { checkNikAgainst, parseNik } from '../warga/nik';
import { nameProblem, normalizeName } from '../warga/person-name';
import {
  cellText,
  dateCellText,
  identityDigits,
  isBlank,
  longIdText,
  parseBirthDate,
  parseDesil,
  parseEducation,
  parseMarital,
  parseReligion,
  parseRtRw,
  parseSex,
  parseShdk,
} from './cells';
import type { Cell, CellResult } from './cells';
import { FIELD_SPECS, IMPORT_FIELDS, normalizeHeader } from './fields';
import type { FieldMapping, ImportField } from './fields';

/** The sheet as read: the header row and the data rows with their spreadsheet row numbers. */
export type SheetTable = {
  headers: string[];
  /** `row` is the number the spreadsheet shows (the header row is usually 1). */
  rows: { row: number; cells: Cell[] }[];
};

/** One problem in one cell. `column` is the header as written in the file. */
export type RowIssue = {
  row: number;
  field: ImportField;
  column: string;
  reason: string;
  value: string;
};

/** A row that passed every check, in the app's terms. */
export type ImportRecord = {
  row: number;
  noKk: string;
  nik: string;
  nama: string;
  tanggalLahir: string;
  jenisKelamin: Sex;
  shdk: ShdkCode;
  alamat: string;
  rt: string;
  rw: string;
  tempatLahir: string;
  namaIbuKandung: string;
  statusKawin?: MaritalStatus;
  agama?: Religion;
  pendidikan?: EducationLevel;
  pekerjaan: string;
  idDtks: string;
  /** The family's decile in the national ranking, when the list carries one. */
  desil?: number;
  /** The person is already registered in the same family: the import leaves them as they are. */
  existing: boolean;
};

/** What the registry already holds about the NIKs and KKs in the file. */
export type RegistrySnapshot = {
  /** NIK → No. KK of the family the person belongs to now. */
  familyKkByNik: ReadonlyMap<string, string>;
  /** No. KK of a registered family → whether it already has a Kepala Keluarga. */
  familyHasHead: ReadonlyMap<string, boolean>;
};

export const EMPTY_REGISTRY: RegistrySnapshot = {
  familyKkByNik: new Map(),
  familyHasHead: new Map(),
};

export type ImportCheck = {
  /** Non-blank data rows read. */
  dataRows: number;
  records: ImportRecord[];
  /** Sorted by row, then by the field order of the form. */
  issues: RowIssue[];
  /** Distinct rows with at least one issue. */
  badRows: number;
};

export type CheckOptions = {
  today: Date;
  registry?: RegistrySnapshot;
  onProgress?: (done: number, total: number) => void;
};

type Draft = Partial<Omit<ImportRecord, 'row' | 'existing'>>;
type Entry = { row: number; cells: readonly Cell[]; draft: Draft; bad: boolean };
type Resolved = { index: number; header: string };

/** Mapping by normalised header → column position and the header as the file writes it. */
function resolveColumns(headers: readonly string[], mapping: FieldMapping) {
  const positions = new Map<string, number>();
  headers.forEach((header, index) => {
    const name = normalizeHeader(header);
    if (name !== '' && !positions.has(name)) positions.set(name, index);
  });
  const columns: Partial<Record<ImportField, Resolved>> = {};
  for (const field of IMPORT_FIELDS) {
    const name = mapping[field];
    const index = name === undefined ? undefined : positions.get(name);
    if (index !== undefined) columns[field] = { index, header: headers[index] ?? name ?? field };
  }
  return columns;
}

const FIELD_ORDER = new Map(IMPORT_FIELDS.map((field, index) => [field, index]));

/** The NIKs and KKs worth looking up in the registry before {@link checkRows}. */
export function collectKeys(table: SheetTable, mapping: FieldMapping) {
  const columns = resolveColumns(table.headers, mapping);
  const niks = new Set<string>();
  const kks = new Set<string>();
  for (const { cells } of table.rows) {
    for (const [field, into] of [
      ['nik', niks],
      ['noKk', kks],
    ] as const) {
      const column = columns[field];
      if (!column) continue;
      const digits = identityDigits(cells[column.index], '');
      if (digits.ok && /^\d{16}$/.test(digits.value)) into.add(digits.value);
    }
  }
  return { niks: [...niks], kks: [...kks] };
}

/**
 * Checks every row of the sheet. Never throws on content: whatever the cells hold,
 * each non-blank row ends up either as a record or with at least one issue.
 */
export function checkRows(
  table: SheetTable,
  mapping: FieldMapping,
  options: CheckOptions,
): ImportCheck {
  const columns = resolveColumns(table.headers, mapping);
  const registry = options.registry ?? EMPTY_REGISTRY;
  const issues: RowIssue[] = [];
  const drafts: Entry[] = [];
  const total = table.rows.length;

  const flag = (entry: Entry, field: ImportField, reason: string) => {
    issues.push({
      row: entry.row,
      field,
      column: columns[field]?.header ?? FIELD_SPECS[field].label,
      reason,
      value: (field === 'tanggalLahir' ? dateCellText : cellText)(
        cellAt(entry.cells, columns[field]),
      ),
    });
    entry.bad = true;
  };

  table.rows.forEach(({ row, cells }, position) => {
    if (cells.every(isBlank)) return;
    const entry: Entry = { row, cells, draft: {}, bad: false };
    entry.draft = checkCells(cells, columns, options.today, (field, reason) =>
      flag(entry, field, reason),
    );
    drafts.push(entry);
    if (options.onProgress && (position + 1) % 1000 === 0) options.onProgress(position + 1, total);
  });

  // The second occurrence of a NIK is the bad row; the first may be fine.
  const firstRowByNik = new Map<string, number>();
  for (const entry of drafts) {
    const nik = entry.draft.nik;
    if (nik === undefined) continue;
    const first = firstRowByNik.get(nik);
    if (first === undefined) firstRowByNik.set(nik, entry.row);
    else flag(entry, 'nik', `NIK ganda dalam berkas (sama dengan baris ${first})`);
  }

  for (const entry of drafts) {
    const { nik, noKk } = entry.draft;
    if (nik === undefined || noKk === undefined) continue;
    const registeredKk = registry.familyKkByNik.get(nik);
    if (registeredKk !== undefined && registeredKk !== noKk) {
      flag(
        entry,
        'nik',
        `NIK sudah terdaftar di keluarga lain (No. KK ${maskNoKk(registeredKk)}); ` +
          'pindahkan lewat menu Warga, bukan lewat impor',
      );
    }
  }

  checkHeads(drafts, registry, flag);
  checkDesil(drafts, flag);

  options.onProgress?.(total, total);
  const records: ImportRecord[] = [];
  for (const entry of drafts) {
    if (entry.bad) continue;
    const record = complete(entry.row, entry.draft, registry);
    if (record) records.push(record);
  }
  issues.sort(
    (a, b) => a.row - b.row || (FIELD_ORDER.get(a.field) ?? 0) - (FIELD_ORDER.get(b.field) ?? 0),
  );
  return {
    dataRows: drafts.length,
    records,
    issues,
    badRows: drafts.filter((entry) => entry.bad).length,
  };
}

function cellAt(cells: readonly Cell[], column: Resolved | undefined): Cell {
  return column === undefined ? undefined : cells[column.index];
}

/**
 * One Kepala Keluarga per card. A family already registered may bring only members;
 * a new family needs its head in the file, or its rows cannot stand on their own.
 */
function checkHeads(
  drafts: Entry[],
  registry: RegistrySnapshot,
  flag: (entry: Entry, field: ImportField, reason: string) => void,
) {
  const byKk = new Map<string, Entry[]>();
  for (const entry of drafts) {
    const kk = entry.draft.noKk;
    if (kk === undefined) continue;
    const list = byKk.get(kk);
    if (list) list.push(entry);
    else byKk.set(kk, [entry]);
  }
  for (const [kk, entries] of byKk) {
    const heads = entries.filter((entry) => entry.draft.shdk === 1);
    const registeredHead = registry.familyHasHead.get(kk) === true;
    const [firstHead, ...extraHeads] = heads;
    for (const extra of extraHeads) {
      flag(
        extra,
        'shdk',
        `Kepala Keluarga ganda untuk No. KK ini (sudah ada di baris ${firstHead?.row})`,
      );
    }
    if (firstHead && registeredHead) {
      const nik = firstHead.draft.nik;
      const sameHead = nik !== undefined && registry.familyKkByNik.get(nik) === kk;
      if (!sameHead) {
        flag(firstHead, 'shdk', 'Keluarga ini sudah punya Kepala Keluarga lain di data warga');
      }
    }
    if (!firstHead && !registeredHead) {
      for (const entry of entries) {
        flag(entry, 'shdk', 'No. KK ini tidak punya Kepala Keluarga (SHDK 1) di berkas');
      }
    }
  }
}

/**
 * A decile belongs to the household: two rows of one No. KK with different deciles
 * cannot both be right, so the later row is refused (the first may be fine).
 */
function checkDesil(
  drafts: Entry[],
  flag: (entry: Entry, field: ImportField, reason: string) => void,
) {
  const first = new Map<string, { row: number; value: number }>();
  for (const entry of drafts) {
    const { noKk, desil } = entry.draft;
    if (noKk === undefined || desil === undefined) continue;
    const seen = first.get(noKk);
    if (!seen) first.set(noKk, { row: entry.row, value: desil });
    else if (seen.value !== desil) {
      flag(
        entry,
        'desil',
        `Desil berbeda dalam satu No. KK (baris ${seen.row} desil ${seen.value}); ` +
          'satu keluarga hanya punya satu desil',
      );
    }
  }
}

function complete(row: number, draft: Draft, registry: RegistrySnapshot): ImportRecord | null {
  const { noKk, nik, nama, tanggalLahir, jenisKelamin, shdk, rt, rw } = draft;
  if (
    noKk === undefined ||
    nik === undefined ||
    nama === undefined ||
    tanggalLahir === undefined ||
    jenisKelamin === undefined ||
    shdk === undefined ||
    rt === undefined ||
    rw === undefined
  ) {
    return null;
  }
  return {
    row,
    noKk,
    nik,
    nama,
    tanggalLahir,
    jenisKelamin,
    shdk,
    rt,
    rw,
    alamat: draft.alamat ?? '',
    tempatLahir: draft.tempatLahir ?? '',
    namaIbuKandung: draft.namaIbuKandung ?? '',
    statusKawin: draft.statusKawin,
    agama: draft.agama,
    pendidikan: draft.pendidikan,
    pekerjaan: draft.pekerjaan ?? '',
    idDtks: draft.idDtks ?? '',
    ...(draft.desil !== undefined && { desil: draft.desil }),
    existing: registry.familyKkByNik.get(nik) === noKk,
  };
}

const MAX_TEXT = 200;

/** "NIK harus 16 digit angka" says more with what was found: 15 digits is a dropped digit. */
function withLength(reason: string, value: string): { ok: false; reason: string } {
  return value.length !== 16 && /^\d+$/.test(value)
    ? { ok: false, reason: `${reason} (terisi ${value.length} digit)` }
    : { ok: false, reason };
}

/** Parses one row's cells; reports each problem through `report` and returns what parsed. */
function checkCells(
  cells: readonly Cell[],
  columns: Partial<Record<ImportField, Resolved>>,
  today: Date,
  report: (field: ImportField, reason: string) => void,
): Draft {
  const draft: Draft = {};
  const read = <T>(field: ImportField, parse: (cell: Cell) => CellResult<T>): T | undefined => {
    const column = columns[field];
    if (!column) return undefined;
    const result = parse(cells[column.index]);
    if (result.ok) return result.value;
    report(field, result.reason);
    return undefined;
  };
  const text = (field: ImportField): string | undefined =>
    read(field, (cell) => {
      const value = cellText(cell).replace(/\s+/g, ' ');
      return value.length > MAX_TEXT
        ? { ok: false, reason: `Isian terlalu panjang (lebih dari ${MAX_TEXT} karakter)` }
        : { ok: true, value };
    });

  draft.noKk = read('noKk', (cell) => {
    const digits = identityDigits(cell, 'No. KK');
    if (!digits.ok) return digits;
    const parsed = parseNoKk(digits.value);
    return parsed.ok ? digits : withLength(parsed.reason, digits.value);
  });
  const nik = read('nik', (cell) => {
    const digits = identityDigits(cell, 'NIK');
    if (!digits.ok) return digits;
    const parsed = parseNik(digits.value, today);
    return parsed.ok ? digits : withLength(parsed.reason, digits.value);
  });
  draft.nama = read('nama', (cell) => {
    const value = normalizeName(cellText(cell));
    const problem = nameProblem(value, 'Nama');
    return problem ? { ok: false, reason: problem } : { ok: true, value };
  });
  draft.tanggalLahir = read('tanggalLahir', (cell) => parseBirthDate(cell, today));
  draft.jenisKelamin = read('jenisKelamin', parseSex);
  draft.shdk = read('shdk', parseShdk);
  draft.alamat = text('alamat');
  draft.rt = read('rt', (cell) => parseRtRw(cell, 'RT'));
  draft.rw = read('rw', (cell) => parseRtRw(cell, 'RW'));
  draft.tempatLahir = text('tempatLahir');
  draft.namaIbuKandung = read('namaIbuKandung', (cell) => {
    // Optional in a prelist, but when present it is a name like any other.
    const value = normalizeName(cellText(cell));
    const problem = value === '' ? null : nameProblem(value, 'Nama ibu kandung');
    return problem ? { ok: false, reason: problem } : { ok: true, value };
  });
  draft.statusKawin = read('statusKawin', parseMarital);
  draft.agama = read('agama', parseReligion);
  draft.pendidikan = read('pendidikan', parseEducation);
  draft.pekerjaan = text('pekerjaan');
  draft.idDtks = read('idDtks', (cell) => {
    const id = longIdText(cell, 'ID DTKS');
    return id.ok && id.value.length > MAX_TEXT
      ? { ok: false, reason: `Isian terlalu panjang (lebih dari ${MAX_TEXT} karakter)` }
      : id;
  });
  draft.desil = read('desil', parseDesil);
  const dusun = text('dusun');
  if (!draft.alamat && dusun) draft.alamat = dusun;

  if (nik !== undefined) {
    // A NIK that contradicts its row cannot go to Dukcapil matching: one of them is
    // wrong and only the family can say which. Another region's NIK is fine (people move).
    const subject = { sex: draft.jenisKelamin, birthDate: draft.tanggalLahir };
    for (const check of checkNikAgainst(nik, subject, today)) {
      if (check.code === 'sex_mismatch') report('jenisKelamin', check.message);
      if (check.code === 'birth_date_mismatch') report('tanggalLahir', check.message);
    }
    // Kept even then: a contradicting NIK still counts when looking for duplicates.
    draft.nik = nik;
  }
  return draft;
}
