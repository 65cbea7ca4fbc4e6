import type { Person } from '@shared/domain/core/entities';
import type { MemberInput } from '../../../../shared/domain/warga/registry-schema';

/** A walk-in family of four from Kelurahan Pahandut (NIKs decode to the dates given). */
export const KK = '6271010101150001';

export function member(overrides: Partial<MemberInput> = {}): MemberInput {
  return {
    nik: '6271011203850001',
    nama: 'Budi Santoso',
    tempatLahir: 'Palangka Raya',
    tanggalLahir: '1985-03-12',
    jenisKelamin: 'L',
    shdk: 1,
    statusKawin: 'kawin',
    agama: 'Islam',
    pendidikan: 'SLTA/Sederajat',
    pekerjaan: 'Buruh harian lepas',
    namaIbuKandung: 'Sumiati',
    statusKeberadaan: 'ada',
    ...overrides,
  };
}

/** A stored person built on {@link member}: a child of the family, present, no health fields. */
export function personRecord(
  id: string,
  familyId: string,
  nama: string,
  nik: string,
  extra: Partial<Person> = {},
): Person {
  const { nik: _nik, nama: _nama, ...base } = member();
  return {
    ...base,
    shdk: 4,
    disabilitas: undefined,
    penyakitKronis: undefined,
    statusKeberadaan: 'ada',
    id,
    familyId,
    nama,
    nik,
    createdAt: '',
    updatedAt: '',
    ...extra,
  } as Person;
}

export const FAMILY_OF_FOUR: MemberInput[] = [
  member(),
  member({
    nik: '6271014507880002',
    nama: 'Siti Rahmawati',
    tanggalLahir: '1988-07-05',
    jenisKelamin: 'P',
    shdk: 3,
    pekerjaan: 'Mengurus rumah tangga',
    namaIbuKandung: 'Aminah',
  }),
  member({
    nik: '6271012001100003',
    nama: 'Muhammad Rizki',
    tanggalLahir: '2010-01-20',
    shdk: 4,
    statusKawin: 'belum_kawin',
    pendidikan: 'SLTP/Sederajat',
    pekerjaan: 'Pelajar/Mahasiswa',
    namaIbuKandung: 'Siti Rahmawati',
  }),
  member({
    nik: '6271014909140004',
    nama: 'Nur Aisyah',
    tanggalLahir: '2014-09-09',
    jenisKelamin: 'P',
    shdk: 4,
    statusKawin: 'belum_kawin',
    pendidikan: 'SD/Sederajat',
    pekerjaan: 'Pelajar/Mahasiswa',
    namaIbuKandung: 'Siti Rahmawati',
  }),
];

export const FAMILY = { noKk: KK, alamat: 'Jl. Cilik Riwut Gg. Damai No. 7', rt: '3', rw: '2' };
export const KODE = '6271011001';
