/** Turns the before/after of an audit entry into rows a clerk can read. */

const LABELS: Record<string, string> = {
  nik: 'NIK',
  noKk: 'No. KK',
  nama: 'Nama',
  tempatLahir: 'Tempat lahir',
  tanggalLahir: 'Tanggal lahir',
  jenisKelamin: 'Jenis kelamin',
  shdk: 'Hubungan (SHDK)',
  statusKawin: 'Status perkawinan',
  agama: 'Agama',
  pendidikan: 'Pendidikan',
  pekerjaan: 'Pekerjaan',
  namaIbuKandung: 'Nama ibu kandung',
  disabilitas: 'Disabilitas',
  penyakitKronis: 'Penyakit kronis',
  statusKeberadaan: 'Status keberadaan',
  alamat: 'Alamat',
  rt: 'RT',
  rw: 'RW',
  idDtks: 'ID DTKS/DTSEN',
  familyId: 'Keluarga',
  programme: 'Program',
  level: 'Sumber dana',
  since: 'Sejak',
  note: 'Catatan',
  members: 'Anggota',
  family: 'Keluarga',
};

/**
 * Bookkeeping fields that say nothing to a reader of the log; a family's head name and
 * member count (schema v11) are derived from its members, whose own entries say it.
 */
const HIDDEN = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'kodeWilayah',
  'personId',
  'headName',
  'memberCount',
]);

export type DiffRow = { key: string; label: string; before: string; after: string };

type Maskers = Record<string, (value: string) => string>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(key: string, value: unknown, maskers: Maskers): string {
  if (value === undefined || value === null || value === '') return '—';
  const masker = maskers[key];
  if (masker && typeof value === 'string') return masker(value);
  if (Array.isArray(value)) {
    const names = value.map((item) =>
      isRecord(item) && typeof item.nama === 'string' ? item.nama : null,
    );
    return names.every((name) => name !== null)
      ? `${value.length} orang: ${names.join(', ')}`
      : `${value.length} data`;
  }
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
}

/** One level of nesting is flattened ("family" → "Keluarga: Alamat"). */
function flatten(value: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (!isRecord(value)) {
    if (value !== undefined) out.set('nilai', value);
    return out;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (HIDDEN.has(key)) continue;
    if (isRecord(inner)) {
      for (const [innerKey, innerValue] of Object.entries(inner)) {
        if (!HIDDEN.has(innerKey)) out.set(`${key}.${innerKey}`, innerValue);
      }
    } else {
      out.set(key, inner);
    }
  }
  return out;
}

function labelOf(path: string): string {
  return path
    .split('.')
    .map((part) => LABELS[part] ?? part)
    .join(': ');
}

/**
 * Rows of an entry: for an update, only the fields that changed; for a
 * create or delete, every field recorded.
 */
export function diffRows(before: unknown, after: unknown, maskers: Maskers = {}): DiffRow[] {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const both = before !== undefined && after !== undefined;
  const rows: DiffRow[] = [];
  for (const key of keys) {
    const field = key.split('.').pop() ?? key;
    const left = show(field, a.get(key), maskers);
    const right = show(field, b.get(key), maskers);
    if (both && JSON.stringify(a.get(key)) === JSON.stringify(b.get(key))) continue;
    rows.push({ key, label: labelOf(key), before: left, after: right });
  }
  return rows;
}
