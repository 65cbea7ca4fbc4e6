import type { Messages } from '../i18n/id';

export type NavKey = keyof Messages['nav'];

export type SubNavItem = { label: string; path: string };

export type NavItem = { key: NavKey; path: string; children?: SubNavItem[] };

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
  },
  { key: 'usulan', path: '/usulan' },
  { key: 'musyawarah', path: '/musyawarah' },
  { key: 'surat', path: '/surat' },
  { key: 'ekspor', path: '/ekspor' },
  { key: 'pengaturan', path: '/pengaturan' },
];
