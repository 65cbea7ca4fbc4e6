import type { BatchRecord } from '../core/entities';

/** A complete, valid national record of a man in Kelurahan Pahandut, for tests. */
export function sampleRecord(overrides: Partial<BatchRecord> = {}): BatchRecord {
  return {
    kodeWilayah: '6271011001',
    alamat: 'Jl. Cilik Riwut Gg. 1',
    rt: '003',
    rw: '002',
    noKk: '6271010101100001',
    nik: '6271011203900001',
    nama: 'Ahmad Fauzi',
    tempatLahir: 'Palangka Raya',
    tanggalLahir: '1990-03-12',
    jenisKelamin: 'L',
    namaIbuKandung: 'Siti Aminah',
    shdk: 1,
    statusKawin: 'kawin',
    pekerjaan: 'Buruh harian lepas',
    nonaktifReason: '',
    programme: 'PKH',
    ...overrides,
  };
}

export const SAMPLE_DOCUMENT = {
  kind: 'berita_acara' as const,
  number: '005/BA-MUSKEL/KEL-PHD/XI/2026',
  date: '2026-11-20',
  hash: 'a'.repeat(64),
};
