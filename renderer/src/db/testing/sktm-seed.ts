import type { Family, Person } from '@shared/domain/core/entities';
import { newId } from '@shared/domain/core/ids';
import type { IssueLetterInput } from '@shared/domain/surat/schema';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import { SAMPLE_IDENTITY } from '@shared/reports/report-test-data';
import type { DtksDatabase } from '../core/database';
import { saveIdentity, saveOfficial } from '../pengaturan/repository';

/**
 * An office ready to issue an SKTM: identity, a Lurah and a Sekretaris Kelurahan, one
 * family of a mother and her son. Shared by the letter tests and the office-numbering
 * tests; the officials' ids come from the app's own factory.
 */
export const NOV = new Date(2026, 10, 27, 10, 0);
export const LURAH_ID = newId();
export const SEKLUR_ID = newId();

export function person(id: string, over: Partial<Person>): Person {
  return {
    id,
    familyId: 'fam-1',
    nik: '6271015203900001',
    nama: 'Siti Aminah',
    tempatLahir: 'Palangka Raya',
    tanggalLahir: '1990-03-12',
    jenisKelamin: 'P',
    shdk: 1,
    statusKawin: 'kawin',
    agama: 'Islam',
    pendidikan: 'SLTA/Sederajat',
    pekerjaan: 'Mengurus Rumah Tangga',
    namaIbuKandung: 'Hasnah',
    statusKeberadaan: 'ada',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

export async function seed(db: DtksDatabase): Promise<void> {
  await saveIdentity(db, SAMPLE_IDENTITY);
  await saveOfficial(db, {
    id: LURAH_ID,
    nama: 'Drs. Ahmad Yani',
    jabatan: 'Lurah',
    pangkatGolongan: 'Penata Tk. I (III/d)',
    nip: '197805122003121004',
    aktif: true,
  });
  await saveOfficial(db, {
    id: SEKLUR_ID,
    nama: 'Rina Marlina, S.Sos.',
    jabatan: 'Sekretaris Kelurahan',
    pangkatGolongan: 'Penata (III/c)',
    nip: '',
    aktif: true,
  });
  const family: Family = {
    id: 'fam-1',
    noKk: '6271010101200001',
    alamat: 'Jl. Rajawali No. 5',
    rt: '003',
    rw: '002',
    kodeWilayah: '6271011001',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  await db.families.add(family);
  await db.people.bulkAdd([
    toPersonRow(person('p-1', {})),
    toPersonRow(
      person('p-2', {
        nik: '6271011504150002',
        nama: 'Budi Santoso',
        tanggalLahir: '2015-04-15',
        jenisKelamin: 'L',
        shdk: 4,
      }),
    ),
  ]);
}

export const input = (over: Partial<IssueLetterInput> = {}): IssueLetterInput => ({
  type: 'sktm',
  personId: 'p-1',
  dependantIds: ['p-2'],
  purpose: 'Pendidikan/beasiswa',
  purposeKind: 'lainnya',
  kewarganegaraan: 'WNI',
  coverLetter: { nomor: '12/RT.003/XI/2026', tanggal: '2026-11-25' },
  signerId: LURAH_ID,
  delegation: '',
  via: '',
  ...over,
});
