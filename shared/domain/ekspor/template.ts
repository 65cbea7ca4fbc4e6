import type {
  BatchRecord,
  MaritalStatus,
  NonaktifReason,
  ProposalKind,
  Sex,
} from '../core/entities';

/**
 * The column layout of the package sent to SIKS-NG. The national upload templates
 * are not public (domain.md §7), so the layout is data with a version: a changed
 * layout is a new template, and every package says which one it used.
 */

/** The kinds of usulan a batch carries; sanggahan go through the portal's own menu. */
export const EXPORT_KINDS = ['baru', 'perbaikan', 'nonaktif'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export function isExportKind(kind: ProposalKind): kind is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(kind);
}

/** What every row of a batch shares: the kelurahan and the decision document. */
export type ExportBatchInfo = {
  kodeWilayah: string;
  document: { kind: 'berita_acara' | 'sptjm'; number: string; date: string };
};

export type ExportRow = { kind: ExportKind; record: BatchRecord };

export type ExportColumn = {
  key: string;
  /** The header written in the file. */
  header: string;
  /** The name the validation report uses for the field. */
  label: string;
  /** Whether the national system needs a value in this row. */
  required: (row: ExportRow) => boolean;
  value: (row: ExportRow, batch: ExportBatchInfo) => string;
};

export type ExportTemplate = {
  version: string;
  description: string;
  /** Sheet name per kind, in sheet order. */
  sheets: Readonly<Record<ExportKind, string>>;
  columns: readonly ExportColumn[];
};

export const SEX_EXPORT: Readonly<Record<Sex, string>> = { L: 'LAKI-LAKI', P: 'PEREMPUAN' };

export const MARITAL_EXPORT: Readonly<Record<MaritalStatus, string>> = {
  belum_kawin: 'BELUM KAWIN',
  kawin: 'KAWIN',
  cerai_hidup: 'CERAI HIDUP',
  cerai_mati: 'CERAI MATI',
};

export const KIND_EXPORT: Readonly<Record<ExportKind, string>> = {
  baru: 'USULAN BARU',
  perbaikan: 'PERBAIKAN DATA',
  nonaktif: 'NONAKTIF',
};

export const NONAKTIF_EXPORT: Readonly<Record<NonaktifReason, string>> = {
  meninggal: 'MENINGGAL',
  pindah: 'PINDAH',
  tidak_ditemukan: 'TIDAK DITEMUKAN',
  sudah_mampu: 'SUDAH MAMPU',
  ganda: 'GANDA',
};

export const DOCUMENT_EXPORT = { berita_acara: 'BERITA ACARA', sptjm: 'SPTJM' } as const;

/** `YYYY-MM-DD` → `dd-mm-yyyy`; anything else is returned as it is. */
export function exportDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}

/** Province, city, district and kelurahan codes as the cumulative prefixes BPS uses. */
export function regionCodes(kodeWilayah: string) {
  const code = kodeWilayah.replace(/\D/g, '');
  if (code.length !== 10) return { provinsi: '', kabupatenKota: '', kecamatan: '', kelurahan: '' };
  return {
    provinsi: code.slice(0, 2),
    kabupatenKota: code.slice(0, 4),
    kecamatan: code.slice(0, 6),
    kelurahan: code,
  };
}

const always = () => true;
/**
 * A removal names a family already in DTKS by its identity; asking a dead person's job or
 * marital status before the office may remove them would keep the dead listed (issue 22).
 * Sent when known, never required.
 */
const notRemoval = (row: ExportRow) => row.kind !== 'nonaktif';
const text = (pick: (record: BatchRecord) => string) => (row: ExportRow) => pick(row.record).trim();

export const SIKSNG_USULAN_1: ExportTemplate = {
  version: 'siksng-usulan-1',
  description:
    'Kolom wajib usulan DTKS (Permensos 3/2021): wilayah, alamat, identitas, jenis usulan dan dokumen keputusan',
  sheets: { baru: 'Usulan Baru', perbaikan: 'Perbaikan Data', nonaktif: 'Usulan Nonaktif' },
  columns: [
    {
      key: 'kodeProvinsi',
      header: 'kode_provinsi',
      label: 'Kode provinsi',
      required: always,
      value: (row) => regionCodes(row.record.kodeWilayah).provinsi,
    },
    {
      key: 'kodeKabupatenKota',
      header: 'kode_kabupaten_kota',
      label: 'Kode kabupaten/kota',
      required: always,
      value: (row) => regionCodes(row.record.kodeWilayah).kabupatenKota,
    },
    {
      key: 'kodeKecamatan',
      header: 'kode_kecamatan',
      label: 'Kode kecamatan',
      required: always,
      value: (row) => regionCodes(row.record.kodeWilayah).kecamatan,
    },
    {
      key: 'kodeKelurahan',
      header: 'kode_desa_kelurahan',
      label: 'Kode kelurahan',
      required: always,
      value: (row) => regionCodes(row.record.kodeWilayah).kelurahan,
    },
    {
      key: 'alamat',
      header: 'alamat',
      label: 'Alamat',
      required: always,
      value: text((r) => r.alamat),
    },
    { key: 'rt', header: 'rt', label: 'RT', required: always, value: text((r) => r.rt) },
    { key: 'rw', header: 'rw', label: 'RW', required: always, value: text((r) => r.rw) },
    {
      key: 'noKk',
      header: 'nomor_kk',
      label: 'No. KK',
      required: always,
      value: text((r) => r.noKk),
    },
    { key: 'nik', header: 'nomor_nik', label: 'NIK', required: always, value: text((r) => r.nik) },
    { key: 'nama', header: 'nama', label: 'Nama', required: always, value: text((r) => r.nama) },
    {
      key: 'tempatLahir',
      header: 'tempat_lahir',
      label: 'Tempat lahir',
      required: always,
      value: text((r) => r.tempatLahir),
    },
    {
      key: 'tanggalLahir',
      header: 'tanggal_lahir',
      label: 'Tanggal lahir',
      required: always,
      value: (row) => exportDate(row.record.tanggalLahir.trim()),
    },
    {
      key: 'jenisKelamin',
      header: 'jenis_kelamin',
      label: 'Jenis kelamin',
      required: always,
      value: (row) => (row.record.jenisKelamin ? SEX_EXPORT[row.record.jenisKelamin] : ''),
    },
    {
      key: 'namaIbuKandung',
      header: 'nama_ibu_kandung',
      label: 'Nama ibu kandung',
      required: always,
      value: text((r) => r.namaIbuKandung),
    },
    {
      key: 'shdk',
      header: 'hubungan_keluarga',
      label: 'Hubungan keluarga (SHDK)',
      required: always,
      value: (row) => (row.record.shdk === null ? '' : String(row.record.shdk)),
    },
    {
      key: 'statusKawin',
      header: 'status_kawin',
      label: 'Status kawin',
      required: notRemoval,
      value: (row) => (row.record.statusKawin ? MARITAL_EXPORT[row.record.statusKawin] : ''),
    },
    {
      key: 'pekerjaan',
      header: 'pekerjaan',
      label: 'Pekerjaan',
      required: notRemoval,
      value: text((r) => r.pekerjaan),
    },
    {
      key: 'jenisUsulan',
      header: 'jenis_usulan',
      label: 'Jenis usulan',
      required: always,
      value: (row) => KIND_EXPORT[row.kind],
    },
    {
      key: 'alasanNonaktif',
      header: 'alasan_nonaktif',
      label: 'Alasan nonaktif',
      required: (row) => row.kind === 'nonaktif',
      value: (row) =>
        row.kind === 'nonaktif' && row.record.nonaktifReason
          ? NONAKTIF_EXPORT[row.record.nonaktifReason]
          : '',
    },
    {
      key: 'program',
      header: 'program_diusulkan',
      label: 'Program yang diusulkan',
      required: always,
      value: text((r) => r.programme),
    },
    {
      key: 'jenisDokumen',
      header: 'jenis_dokumen_keputusan',
      label: 'Jenis dokumen keputusan',
      required: always,
      value: (_row, batch) => DOCUMENT_EXPORT[batch.document.kind],
    },
    {
      key: 'nomorDokumen',
      header: 'nomor_ba_sptjm',
      label: 'Nomor Berita Acara/SPTJM',
      required: always,
      value: (_row, batch) => batch.document.number.trim(),
    },
    {
      key: 'tanggalDokumen',
      header: 'tanggal_ba_sptjm',
      label: 'Tanggal Berita Acara/SPTJM',
      required: always,
      value: (_row, batch) => exportDate(batch.document.date),
    },
  ],
};

/**
 * Issue 14.3: a perbaikan or nonaktif row names the family by its ID DTKS/DTSEN, kept from
 * the prelist (domain.md §7). Empty on a new entry; never required, since a removal the
 * office proposes itself may come from a family no prelist named (the gate warns).
 */
export const SIKSNG_USULAN_2: ExportTemplate = {
  ...SIKSNG_USULAN_1,
  version: 'siksng-usulan-2',
  description: `${SIKSNG_USULAN_1.description}; ID DTKS/DTSEN keluarga pada perbaikan dan nonaktif`,
  columns: [
    {
      key: 'idDtks',
      header: 'iddtks',
      label: 'ID DTKS/DTSEN',
      required: () => false,
      value: (row) => (row.kind === 'baru' ? '' : (row.record.idDtks ?? '').trim()),
    },
    ...SIKSNG_USULAN_1.columns,
  ],
};

export const EXPORT_TEMPLATES: readonly ExportTemplate[] = [SIKSNG_USULAN_1, SIKSNG_USULAN_2];
export const CURRENT_EXPORT_TEMPLATE = SIKSNG_USULAN_2;

export function getExportTemplate(version: string): ExportTemplate | undefined {
  return EXPORT_TEMPLATES.find((template) => template.version === version);
}

export function templateHeaders(template: ExportTemplate): string[] {
  return template.columns.map((column) => column.header);
}

/** One row as the file holds it: text cells in column order. */
export function templateCells(
  template: ExportTemplate,
  row: ExportRow,
  batch: ExportBatchInfo,
): string[] {
  return template.columns.map((column) => column.value(row, batch));
}
