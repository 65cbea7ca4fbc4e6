import type { ImportRecord } from '@shared/domain/impor/validate-rows';
import type { DtksDatabase } from '../core/database';
import { saveIdentity, saveOperator } from '../pengaturan/repository';
import { commitImport } from '../impor/repository';
import { freshDatabase } from './helpers';

export const KODE_WILAYAH = '6271011001';

/** The kelurahan identity and operator, as the first-run screen leaves them. */
export async function seedSettings(db: DtksDatabase): Promise<void> {
  await saveIdentity(db, {
    namaKelurahan: 'Pahandut',
    kecamatan: 'Pahandut',
    kota: 'Kota Palangka Raya',
    provinsi: 'Kalimantan Tengah',
    kodeWilayah: KODE_WILAYAH,
    kodeSurat: 'KEL-PHD',
    alamatKantor: 'Jl. Kalimantan No. 1',
    telepon: '',
    email: '',
    kodePos: '73111',
    logoDataUrl: '',
  });
  await saveOperator(db, { nama: 'Siti Operator' });
}

/**
 * `count` valid records in families of `size` (the first of each is the head), with
 * NIKs and KKs that pass the parsers and never repeat.
 */
export function importRecords(count: number, size = 4, firstKk = 1): ImportRecord[] {
  const records: ImportRecord[] = [];
  for (let i = 0; i < count; i++) {
    const family = firstKk + Math.floor(i / size);
    const head = i % size === 0;
    records.push({
      row: i + 2,
      noKk: `627101010110${String(family).padStart(4, '0')}`,
      nik: `627101120390${String(i + 1).padStart(4, '0')}`,
      nama: `Warga ${i + 1}`,
      tanggalLahir: '1990-03-12',
      jenisKelamin: 'L',
      shdk: head ? 1 : 4,
      alamat: `Jl. Contoh No. ${family}`,
      rt: '001',
      rw: '002',
      tempatLahir: 'Palangka Raya',
      namaIbuKandung: `Ibu ${i + 1}`,
      pekerjaan: '',
      idDtks: head ? `ID${family}` : '',
      existing: false,
    });
  }
  return records;
}

/** A registry of six imported families of three, for the raw index lookups' tests. */
export async function registeredDatabase(): Promise<DtksDatabase> {
  const db = freshDatabase();
  await seedSettings(db);
  await commitImport(db, { records: importRecords(6, 3), fileName: 'a.xlsx', proposals: null });
  return db;
}
