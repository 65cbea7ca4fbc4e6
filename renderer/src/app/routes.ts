import type { Messages } from '../i18n/id';

export type NavKey = keyof Messages['nav'];

export type SubNavItem = { label: string; path: string };

export type NavItem = { key: NavKey; path: string; planned?: string[]; children?: SubNavItem[] };

/** The jobs of the app, in the order a period runs. */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'beranda', path: '/' },
  {
    key: 'warga',
    path: '/warga',
    children: [
      { label: 'Daftar keluarga', path: '/warga' },
      { label: 'Impor data', path: '/impor' },
      { label: 'Kemungkinan duplikat', path: '/duplikat' },
      { label: 'Log aktivitas', path: '/log' },
    ],
    planned: [
      'Daftar keluarga dan anggota (No. KK, NIK, alamat, RT/RW) dengan pencarian tahan salah ketik',
      'Pemeriksaan NIK dan No. KK, status keberadaan, pindah anggota antarkeluarga',
      'Bantuan yang diterima dan tanda tumpang tindih bantuan pusat/daerah',
      'Impor XLSX/CSV dari RT/RW dan prelist DTKS',
    ],
  },
  {
    key: 'usulan',
    path: '/usulan',
    planned: [
      'Usulan baru, perbaikan, nonaktif dan sanggah dengan sumber dan program',
      'Daftar periksa dokumen (KTP, KK, surat pengantar RT/RW, foto rumah)',
      'Verifikasi lapangan dengan kriteria Kepmensos 262/HUK/2022 atau 146/HUK/2013',
      'Alur status: draf → verifikasi lapangan → siap musyawarah → diputuskan → dikirim',
    ],
  },
  {
    key: 'musyawarah',
    path: '/musyawarah',
    planned: [
      'Sesi musyawarah kelurahan: peserta, daftar hadir, daftar calon per RT/RW',
      'Tampilan proyektor dengan NIK tersamar, keputusan layak/tidak layak/ditunda',
      'Berita Acara dan SPTJM dalam PDF, dengan lampiran dan kode hash',
    ],
  },
  {
    key: 'surat',
    path: '/surat',
    planned: [
      'Surat Keterangan Tidak Mampu (SKTM) dengan penomoran otomatis yang aman',
      'Buku agenda surat keluar, cetak ulang tercatat, pembatalan dengan alasan',
      'Kode QR bertanda tangan digital yang dapat diverifikasi tanpa internet',
    ],
  },
  {
    key: 'ekspor',
    path: '/ekspor',
    planned: [
      'Paket usulan tervalidasi untuk SIKS-NG (XLSX, CSV, PDF Berita Acara, manifest)',
      'Kotak keluar: disiapkan, tervalidasi, diekspor, diunggah, hasil diterima',
      'Impor hasil padan Dukcapil dan daftar baris yang ditolak',
    ],
  },
  { key: 'pengaturan', path: '/pengaturan' },
];
