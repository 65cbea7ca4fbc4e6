/**
 * The fields an import can fill, the headers they go by in the lists that reach a
 * kelurahan, and how a sheet's header row is matched to them.
 */

export const IMPORT_FIELDS = [
  'noKk',
  'nik',
  'nama',
  'tanggalLahir',
  'jenisKelamin',
  'shdk',
  'alamat',
  'rt',
  'rw',
  'tempatLahir',
  'namaIbuKandung',
  'statusKawin',
  'agama',
  'pendidikan',
  'pekerjaan',
  'dusun',
  'idDtks',
  'provinsi',
  'kabupatenKota',
  'kecamatan',
  'desaKelurahan',
  'desil',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export type FieldSpec = {
  label: string;
  /** A column must be chosen for it before rows can be checked. */
  required: boolean;
  /** Normalised headers (see {@link normalizeHeader}) that mean this field. */
  aliases: readonly string[];
};

export const FIELD_SPECS: Readonly<Record<ImportField, FieldSpec>> = {
  noKk: {
    label: 'No. KK',
    required: true,
    aliases: ['nomor_kk', 'no_kk', 'nokk', 'kk', 'no_kartu_keluarga', 'nomor_kartu_keluarga'],
  },
  nik: {
    label: 'NIK',
    required: true,
    aliases: ['nomor_nik', 'nik', 'no_nik', 'no_ktp', 'nomor_induk_kependudukan'],
  },
  nama: {
    label: 'Nama',
    required: true,
    aliases: ['nama', 'nama_lengkap', 'nama_anggota', 'nama_art', 'nama_anggota_keluarga'],
  },
  tanggalLahir: {
    label: 'Tanggal lahir',
    required: true,
    aliases: ['tanggal_lahir', 'tgl_lahir', 'tgllahir', 'tanggallahir'],
  },
  jenisKelamin: {
    label: 'Jenis kelamin',
    required: true,
    aliases: ['jenis_kelamin', 'jk', 'kelamin', 'l_p', 'jeniskelamin'],
  },
  shdk: {
    label: 'Hubungan keluarga (SHDK)',
    required: true,
    aliases: [
      'hubungan_keluarga',
      'shdk',
      'hubungan',
      'hub_keluarga',
      'status_hubungan',
      'status_hubungan_dalam_keluarga',
      'hubungan_dengan_kepala_keluarga',
    ],
  },
  alamat: {
    label: 'Alamat',
    required: true,
    aliases: ['alamat', 'alamat_lengkap', 'alamat_rumah', 'jalan'],
  },
  rt: { label: 'RT', required: true, aliases: ['rt', 'no_rt', 'nomor_rt'] },
  rw: { label: 'RW', required: true, aliases: ['rw', 'no_rw', 'nomor_rw'] },
  tempatLahir: {
    label: 'Tempat lahir',
    required: false,
    aliases: ['tempat_lahir', 'tmp_lahir', 'tempatlahir'],
  },
  namaIbuKandung: {
    label: 'Nama ibu kandung',
    required: false,
    aliases: ['nama_ibu_kandung', 'ibu_kandung', 'nama_ibu'],
  },
  statusKawin: {
    label: 'Status kawin',
    required: false,
    aliases: ['status_kawin', 'status_perkawinan', 'sts_kawin', 'perkawinan'],
  },
  agama: { label: 'Agama', required: false, aliases: ['agama'] },
  pendidikan: {
    label: 'Pendidikan',
    required: false,
    aliases: ['pendidikan', 'pendidikan_terakhir', 'pendidikan_tertinggi'],
  },
  pekerjaan: { label: 'Pekerjaan', required: false, aliases: ['pekerjaan', 'pekerjaan_utama'] },
  dusun: { label: 'Dusun/lingkungan', required: false, aliases: ['dusun', 'lingkungan'] },
  idDtks: { label: 'ID DTKS', required: false, aliases: ['iddtks', 'id_dtks'] },
  provinsi: { label: 'Provinsi', required: false, aliases: ['provinsi', 'prov'] },
  kabupatenKota: {
    label: 'Kabupaten/kota',
    required: false,
    aliases: ['kabupaten_kota', 'kab_kota', 'kabupaten', 'kota'],
  },
  kecamatan: { label: 'Kecamatan', required: false, aliases: ['kecamatan', 'kec'] },
  desaKelurahan: {
    label: 'Desa/kelurahan',
    required: false,
    aliases: ['desa_kelurahan', 'kelurahan', 'desa', 'kel_desa', 'desa_kel'],
  },
  // The national ranking's decile (domain.md §3): read-only, stored on the family.
  desil: {
    label: 'Desil',
    required: false,
    aliases: [
      'desil',
      'desil_nasional',
      'peringkat_desil',
      'desil_kesejahteraan',
      'kelompok_desil',
    ],
  },
};

/**
 * Optional columns a known layout does not name but may carry: a prelist with a Desil
 * column is still the prelist, and its decile is read.
 */
const EXTRA_FIELDS: readonly ImportField[] = ['desil'];

/**
 * Region names of the prelist: recognised so the layout is detected, but the family's
 * region is the kelurahan's own kode wilayah, so nothing is read from them.
 */
export const INFORMATIONAL_FIELDS: readonly ImportField[] = [
  'provinsi',
  'kabupatenKota',
  'kecamatan',
  'desaKelurahan',
];

export const REQUIRED_FIELDS: readonly ImportField[] = IMPORT_FIELDS.filter(
  (field) => FIELD_SPECS[field].required,
);

/** Which field reads which column, by the column's normalised header. */
export type FieldMapping = Partial<Record<ImportField, string>>;

export type KnownLayoutId = 'prelist' | 'rt_rw';

/** The lists the app recognises without asking, with their exact column names. */
export const KNOWN_LAYOUTS: Readonly<
  Record<KnownLayoutId, { label: string; columns: Partial<Record<ImportField, string>> }>
> = {
  // domain.md §7: the by-name-by-address layout of DTKS extracts.
  prelist: {
    label: 'Prelist DTKS (by name by address)',
    columns: {
      idDtks: 'iddtks',
      provinsi: 'provinsi',
      kabupatenKota: 'kabupaten_kota',
      kecamatan: 'kecamatan',
      desaKelurahan: 'desa_kelurahan',
      alamat: 'alamat',
      dusun: 'dusun',
      rt: 'rt',
      rw: 'rw',
      noKk: 'nomor_kk',
      nik: 'nomor_nik',
      nama: 'nama',
      tanggalLahir: 'tanggal_lahir',
      tempatLahir: 'tempat_lahir',
      jenisKelamin: 'jenis_kelamin',
      namaIbuKandung: 'nama_ibu_kandung',
      shdk: 'hubungan_keluarga',
    },
  },
  // The app's own template for RT/RW proposal lists: the national form's member fields.
  rt_rw: {
    label: 'Daftar usulan RT/RW',
    columns: {
      noKk: 'no_kk',
      nik: 'nik',
      nama: 'nama',
      tempatLahir: 'tempat_lahir',
      tanggalLahir: 'tanggal_lahir',
      jenisKelamin: 'jenis_kelamin',
      alamat: 'alamat',
      rt: 'rt',
      rw: 'rw',
      namaIbuKandung: 'nama_ibu_kandung',
      shdk: 'shdk',
      statusKawin: 'status_kawin',
      agama: 'agama',
      pendidikan: 'pendidikan',
      pekerjaan: 'pekerjaan',
    },
  },
};

/** The RT/RW template's header row, in order, for the downloadable blank template. */
export const RT_RW_TEMPLATE_HEADERS: readonly string[] = Object.values(KNOWN_LAYOUTS.rt_rw.columns);

/**
 * "No. KK", " NOMOR_KK ", "Tgl. Lahir (dd/mm/yyyy)" → "no_kk", "nomor_kk", "tgl_lahir":
 * case, spacing, punctuation and parenthesised hints stop mattering.
 */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * Identifies a layout by its set of columns, whatever their order: a list filled from
 * the same template next month gets the mapping remembered this month.
 */
export function layoutSignature(headers: readonly string[]): string {
  const names = headers.map(normalizeHeader).filter((name) => name !== '');
  return [...new Set(names)].sort().join('|');
}

/** A best guess per field, by alias order; a column is never given to two fields. */
export function guessMapping(headers: readonly string[]): FieldMapping {
  const available = new Set(headers.map(normalizeHeader).filter((name) => name !== ''));
  const mapping: FieldMapping = {};
  const taken = new Set<string>();
  for (const field of IMPORT_FIELDS) {
    const hit = FIELD_SPECS[field].aliases.find(
      (alias) => available.has(alias) && !taken.has(alias),
    );
    if (hit !== undefined) {
      mapping[field] = hit;
      taken.add(hit);
    }
  }
  return mapping;
}

export function missingRequired(mapping: FieldMapping, headers: readonly string[]): ImportField[] {
  const available = new Set(headers.map(normalizeHeader));
  return REQUIRED_FIELDS.filter((field) => {
    const column = mapping[field];
    return column === undefined || !available.has(column);
  });
}

export type LayoutDetection = {
  /** A known layout when every one of its columns is present, else null. */
  known: KnownLayoutId | null;
  mapping: FieldMapping;
  /** True when every required field found a column without asking. */
  complete: boolean;
};

export function detectLayout(headers: readonly string[]): LayoutDetection {
  const available = new Set(headers.map(normalizeHeader));
  for (const id of ['prelist', 'rt_rw'] as const) {
    const columns = KNOWN_LAYOUTS[id].columns;
    if (Object.values(columns).every((column) => available.has(column))) {
      const mapping: FieldMapping = { ...columns };
      for (const field of EXTRA_FIELDS) {
        const hit = FIELD_SPECS[field].aliases.find((alias) => available.has(alias));
        if (hit !== undefined && mapping[field] === undefined) mapping[field] = hit;
      }
      return { known: id, mapping, complete: true };
    }
  }
  const mapping = guessMapping(headers);
  return { known: null, mapping, complete: missingRequired(mapping, headers).length === 0 };
}

/** Drops mapped columns that the sheet does not have and fields the app does not know. */
export function sanitizeMapping(input: Record<string, string>, headers: readonly string[]) {
  const available = new Set(headers.map(normalizeHeader));
  const known = new Set<string>(IMPORT_FIELDS);
  const mapping: FieldMapping = {};
  for (const [field, column] of Object.entries(input)) {
    if (known.has(field) && available.has(column)) mapping[field as ImportField] = column;
  }
  return mapping;
}
