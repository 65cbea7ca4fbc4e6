/** Indonesian: the app's first language. English mirrors these keys. */
export const id = {
  app: {
    name: 'DTKS Kelurahan',
    tagline: 'Pengelolaan DTKS/DTSEN di kantor kelurahan',
    trainingBanner: 'MODE LATIHAN: semua data di sini fiktif, untuk pelatihan dan demo.',
    backToReal: 'Kembali ke data asli',
    language: 'Bahasa',
    loading: 'Memuat…',
    errorTitle: 'Terjadi kesalahan',
    errorBody: 'Layar ini gagal ditampilkan. Data yang sudah tersimpan aman.',
    reload: 'Muat ulang',
    skipToContent: 'Lompat ke isi',
  },
  nav: {
    beranda: 'Beranda',
    warga: 'Warga & Keluarga',
    usulan: 'Usulan',
    musyawarah: 'Musyawarah',
    surat: 'Surat',
    ekspor: 'Ekspor',
    pengaturan: 'Pengaturan',
  },
  common: {
    save: 'Simpan',
    saved: 'Tersimpan',
    cancel: 'Batal',
    delete: 'Hapus',
    edit: 'Ubah',
    add: 'Tambah',
    close: 'Tutup',
    yes: 'Ya',
    no: 'Tidak',
    required: 'wajib diisi',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof id>;
