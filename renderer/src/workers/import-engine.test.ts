import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { KNOWN_LAYOUTS } from '@shared/domain/impor/fields';
import { defaultProposalChoice } from '@shared/domain/impor/families';
import { REPORT_TABLE_HEADER_INDEX } from '@shared/domain/impor/report';
import { safeFileNameSchema } from '@shared/ipc/contract';
import { seedSettings } from '../db/testing/import-fixtures';
import { rememberLayout } from '../db/impor/repository';
import { freshDatabase } from '../db/testing/helpers';
import { createImportEngine, reportFileName } from './import-engine';
import type { ImportResponse } from './import-engine';

const PRELIST_HEADERS = Object.values(KNOWN_LAYOUTS.prelist.columns);

function prelistRow(values: Record<string, unknown>): unknown[] {
  const base: Record<string, unknown> = {
    iddtks: 'A1',
    provinsi: 'KALIMANTAN TENGAH',
    kabupaten_kota: 'KOTA PALANGKA RAYA',
    kecamatan: 'PAHANDUT',
    desa_kelurahan: 'PAHANDUT',
    alamat: 'JL. KALIMANTAN',
    dusun: '',
    rt: '3',
    rw: '1',
    nomor_kk: '6271010101100001',
    nomor_nik: '6271011203900001',
    nama: 'BUDI',
    tanggal_lahir: '12-03-1990',
    tempat_lahir: 'PALANGKA RAYA',
    jenis_kelamin: 'LAKI-LAKI',
    nama_ibu_kandung: 'SUMIATI',
    hubungan_keluarga: 'KEPALA KELUARGA',
  };
  const merged = { ...base, ...values };
  return PRELIST_HEADERS.map((header) => merged[header]);
}

function book(rows: unknown[][]): ArrayBuffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), 'Prelist');
  return XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
}

async function session() {
  const db = freshDatabase();
  await seedSettings(db);
  const messages: ImportResponse[] = [];
  const engine = createImportEngine(
    (message) => messages.push(message),
    () => db,
  );
  const last = () => messages[messages.length - 1];
  return { db, engine, messages, last };
}

describe('import engine', () => {
  it('opens, checks, reports and writes a prelist', async () => {
    const { db, engine, messages, last } = await session();
    const bytes = book([
      PRELIST_HEADERS,
      prelistRow({}),
      prelistRow({
        nomor_nik: '6271015505920002',
        nama: 'SITI',
        tanggal_lahir: '15/05/1992',
        jenis_kelamin: 'PEREMPUAN',
        hubungan_keluarga: 'ISTRI',
      }),
      prelistRow({ nomor_nik: '123', nama: 'SALAH', hubungan_keluarga: 'ANAK' }),
    ]);
    await engine.handle({
      type: 'open',
      id: 1,
      dbName: db.name,
      fileName: 'prelist.xlsx',
      bytes,
      account: null,
    });
    const opened = last();
    expect(opened).toMatchObject({ type: 'opened', sheet: { known: 'prelist', complete: true } });
    if (opened?.type !== 'opened') return;
    expect(opened.sheet.dataRows).toBe(3);

    await engine.handle({
      type: 'check',
      id: 2,
      mapping: opened.sheet.mapping,
      layoutLabel: 'Prelist DTKS',
    });
    expect(last()).toMatchObject({
      type: 'checked',
      summary: { dataRows: 3, validRows: 2, badRows: 1, newPeople: 2, familiesNew: 1 },
    });
    expect(messages.some((m) => m.type === 'progress' && m.progress.phase === 'periksa')).toBe(
      true,
    );

    await engine.handle({ type: 'report', id: 3 });
    const report = last();
    expect(report?.type).toBe('report');
    if (report?.type !== 'report') return;
    expect(report.name).toBe('laporan-impor-prelist.xlsx');
    const sheet = XLSX.read(report.bytes, { type: 'array' }).Sheets.Laporan!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(rows.slice(REPORT_TABLE_HEADER_INDEX + 1)).toEqual([
      [4, 'nomor_nik', 'NIK harus 16 digit angka (terisi 3 digit)', '123'],
    ]);

    await engine.handle({ type: 'commit', id: 4, proposals: defaultProposalChoice('prelist') });
    expect(last()).toMatchObject({
      type: 'committed',
      result: { peopleCreated: 2, familiesCreated: 1, proposalsCreated: 1 },
    });
    expect(await db.people.count()).toBe(2);
  });

  it('uses the mapping remembered for the same columns', async () => {
    const { db, engine, last } = await session();
    const headers = ['KK', 'NIK', 'NAMA', 'TGL', 'JK', 'HUB', 'JALAN', 'RT', 'RW'];
    await rememberLayout(db, {
      signature: headers
        .map((h) => h.toLowerCase())
        .sort()
        .join('|'),
      name: 'Usulan RW 01',
      mapping: {
        tanggalLahir: 'tgl',
        noKk: 'kk',
        nik: 'nik',
        nama: 'nama',
        jenisKelamin: 'jk',
        shdk: 'hub',
        alamat: 'jalan',
        rt: 'rt',
        rw: 'rw',
      },
    });
    const bytes = book([
      headers,
      ['6271010101100001', '6271011203900001', 'Budi', '12/03/1990', 'L', '1', 'Jl. A', '1', '1'],
    ]);
    await engine.handle({
      type: 'open',
      id: 1,
      dbName: db.name,
      fileName: 'rw01.xlsx',
      bytes,
      account: null,
    });
    expect(last()).toMatchObject({
      type: 'opened',
      sheet: { known: null, complete: true, remembered: { name: 'Usulan RW 01' } },
    });
  });

  it('answers a bad file with a message, not an exception', async () => {
    const { db, engine, last } = await session();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]).buffer;
    await engine.handle({
      type: 'open',
      id: 1,
      dbName: db.name,
      fileName: 'foto.xlsx',
      bytes: png,
      account: null,
    });
    expect(last()).toMatchObject({
      type: 'failed',
      id: 1,
      message: expect.stringContaining('PNG'),
    });
    await engine.handle({ type: 'report', id: 2 });
    expect(last()).toMatchObject({ type: 'failed', message: 'Belum ada berkas yang dibuka.' });
  });
});

describe('import engine and accounts', () => {
  const bytes = () =>
    book([
      PRELIST_HEADERS,
      prelistRow({}),
      prelistRow({
        nomor_nik: '6271010101150003',
        tanggal_lahir: '01/01/2015',
        hubungan_keluarga: 'ANAK',
      }),
    ]);

  it('writes as the signed-in account', async () => {
    const { db, engine, last } = await session();
    const account = {
      id: 'akun-1',
      username: 'siti',
      nama: 'Siti Operator',
      role: 'operator' as const,
    };
    await engine.handle({
      type: 'open',
      id: 1,
      dbName: db.name,
      fileName: 'p.xlsx',
      bytes: bytes(),
      account,
    });
    const opened = last();
    if (opened?.type !== 'opened') throw new Error('tidak terbuka');
    await engine.handle({
      type: 'check',
      id: 2,
      mapping: opened.sheet.mapping,
      layoutLabel: 'Prelist',
    });
    await engine.handle({ type: 'commit', id: 3, proposals: null });
    expect(last()).toMatchObject({ type: 'committed' });
    const entry = await db.audit.orderBy('seq').last();
    expect(entry).toMatchObject({ action: 'import', accountId: 'akun-1', username: 'siti' });
  });

  it('refuses the write for a role that may not import, and writes nothing', async () => {
    const { db, engine, last } = await session();
    const account = { id: 'akun-2', username: 'rudi', nama: 'Rudi', role: 'fasilitator' as const };
    await engine.handle({
      type: 'open',
      id: 1,
      dbName: db.name,
      fileName: 'p.xlsx',
      bytes: bytes(),
      account,
    });
    const opened = last();
    if (opened?.type !== 'opened') throw new Error('tidak terbuka');
    await engine.handle({
      type: 'check',
      id: 2,
      mapping: opened.sheet.mapping,
      layoutLabel: 'Prelist',
    });
    await engine.handle({ type: 'commit', id: 3, proposals: null });
    expect(last()).toMatchObject({ type: 'failed', id: 3 });
    expect(await db.people.count()).toBe(0);
    expect(await db.families.count()).toBe(0);
  });
});

describe('reportFileName', () => {
  it('keeps the file name recognisable and safe', () => {
    expect(reportFileName('Prelist Nov 2026.xlsx')).toBe('laporan-impor-Prelist Nov 2026.xlsx');
    expect(reportFileName('../a:b?.csv')).toBe('laporan-impor-a-b-.xlsx');
    expect(reportFileName('.xlsx')).toBe('laporan-impor-berkas.xlsx');
  });

  it('is a name the save channel accepts for any uploaded file name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (uploaded) => {
        const name = reportFileName(uploaded);
        expect(safeFileNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
