import type { AuditAction } from '../../db/keamanan/audit-repository';

export const ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Tambah',
  update: 'Ubah',
  delete: 'Hapus',
  merge: 'Gabung',
  import: 'Impor',
  override: 'Pengecualian',
  export: 'Ekspor',
  settings: 'Pengaturan',
  'demo-data': 'Data latihan',
  view: 'Lihat lengkap',
  backup: 'Cadangan',
  restore: 'Pemulihan',
  login: 'Masuk',
};

export const ACTION_COLORS: Record<AuditAction, string> = {
  create: 'teal',
  update: 'blue',
  delete: 'red',
  merge: 'grape',
  import: 'cyan',
  override: 'orange',
  export: 'yellow',
  settings: 'gray',
  'demo-data': 'gray',
  view: 'violet',
  backup: 'indigo',
  restore: 'red',
  login: 'gray',
};
