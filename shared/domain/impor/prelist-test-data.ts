import { SHDK } from '../core/entities';
import type { Family, Person } from '../core/entities';
import { KNOWN_LAYOUTS } from './fields';

/**
 * Prelist rows as DTKS extracts give them, made from demo people: for the import's
 * end-to-end tests and its benchmark, which must read the same kind of file.
 */
export const PRELIST_HEADERS = Object.values(KNOWN_LAYOUTS.prelist.columns);

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Days since 1899-12-30: how Excel stores a date cell. */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function dmy(iso: string, separator: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}${separator}${m}${separator}${y}`;
}

/** One row in PRELIST_HEADERS order; `index` picks the date's shape, as real extracts vary. */
export function prelistRow(person: Person, family: Family, index: number): unknown[] {
  // Dates arrive in the shapes real extracts use: text d-m-y, text d/m/y, and date cells.
  const date =
    index % 6 === 0
      ? excelSerial(person.tanggalLahir)
      : dmy(person.tanggalLahir, index % 6 === 1 ? '/' : '-');
  const values: Record<string, unknown> = {
    iddtks: `DTKS${pad(index + 1, 7)}`,
    provinsi: 'KALIMANTAN TENGAH',
    kabupaten_kota: 'KOTA PALANGKA RAYA',
    kecamatan: 'PAHANDUT',
    desa_kelurahan: 'PAHANDUT',
    alamat: family.alamat.toUpperCase(),
    dusun: '',
    rt: family.rt,
    rw: family.rw,
    nomor_kk: family.noKk,
    nomor_nik: person.nik,
    nama: person.nama.toUpperCase(),
    tanggal_lahir: date,
    tempat_lahir: person.tempatLahir.toUpperCase(),
    jenis_kelamin: person.jenisKelamin === 'L' ? 'LAKI-LAKI' : 'PEREMPUAN',
    nama_ibu_kandung: person.namaIbuKandung.toUpperCase(),
    hubungan_keluarga: SHDK[person.shdk].toUpperCase(),
  };
  return PRELIST_HEADERS.map((header) => values[header]);
}
