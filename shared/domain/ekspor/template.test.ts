import { describe, expect, it } from 'vitest';
import { sampleRecord, SAMPLE_DOCUMENT } from './test-data';
import {
  CURRENT_EXPORT_TEMPLATE,
  EXPORT_TEMPLATES,
  exportDate,
  getExportTemplate,
  isExportKind,
  regionCodes,
  templateCells,
  templateHeaders,
} from './template';

const batch = { kodeWilayah: '6271011001', document: SAMPLE_DOCUMENT };
const template = CURRENT_EXPORT_TEMPLATE;

function cellsByHeader(row: Parameters<typeof templateCells>[1]) {
  const cells = templateCells(template, row, batch);
  return Object.fromEntries(templateHeaders(template).map((header, i) => [header, cells[i]]));
}

describe('export template siksng-usulan-2', () => {
  it('is versioned, found by its version, and has unique headers and keys', () => {
    expect(template.version).toBe('siksng-usulan-2');
    expect(getExportTemplate('siksng-usulan-2')).toBe(template);
    // Batches made with the earlier layout are still read with it.
    expect(getExportTemplate('siksng-usulan-1')?.columns.map((c) => c.key)).not.toContain('idDtks');
    expect(getExportTemplate('siksng-usulan-0')).toBeUndefined();
    for (const t of EXPORT_TEMPLATES) {
      expect(new Set(t.columns.map((c) => c.header)).size).toBe(t.columns.length);
      expect(new Set(t.columns.map((c) => c.key)).size).toBe(t.columns.length);
    }
  });

  it('carries every national field of domain.md §7', () => {
    expect(templateHeaders(template)).toEqual(
      expect.arrayContaining([
        'kode_provinsi',
        'kode_kabupaten_kota',
        'kode_kecamatan',
        'kode_desa_kelurahan',
        'alamat',
        'rt',
        'rw',
        'nomor_kk',
        'nomor_nik',
        'nama',
        'tempat_lahir',
        'tanggal_lahir',
        'jenis_kelamin',
        'nama_ibu_kandung',
        'hubungan_keluarga',
        'status_kawin',
        'pekerjaan',
        'jenis_usulan',
        'alasan_nonaktif',
        'program_diusulkan',
        'nomor_ba_sptjm',
        'tanggal_ba_sptjm',
      ]),
    );
  });

  it('writes the row as text the national forms expect', () => {
    const cells = cellsByHeader({ kind: 'baru', record: sampleRecord({ shdk: 4 }) });
    expect(cells).toMatchObject({
      kode_provinsi: '62',
      kode_kabupaten_kota: '6271',
      kode_kecamatan: '627101',
      kode_desa_kelurahan: '6271011001',
      rt: '003',
      nomor_kk: '6271010101100001',
      nomor_nik: '6271011203900001',
      tanggal_lahir: '12-03-1990',
      jenis_kelamin: 'LAKI-LAKI',
      hubungan_keluarga: '4',
      status_kawin: 'KAWIN',
      jenis_usulan: 'USULAN BARU',
      alasan_nonaktif: '',
      program_diusulkan: 'PKH',
      jenis_dokumen_keputusan: 'BERITA ACARA',
      nomor_ba_sptjm: '005/BA-MUSKEL/KEL-PHD/XI/2026',
      tanggal_ba_sptjm: '20-11-2026',
    });
  });

  it('gives the nonaktif reason only on nonaktif rows, and requires it there', () => {
    const record = sampleRecord({ nonaktifReason: 'meninggal', jenisKelamin: 'P' });
    const nonaktif = cellsByHeader({ kind: 'nonaktif', record });
    expect(nonaktif.alasan_nonaktif).toBe('MENINGGAL');
    expect(nonaktif.jenis_kelamin).toBe('PEREMPUAN');
    expect(cellsByHeader({ kind: 'perbaikan', record }).alasan_nonaktif).toBe('');
    const column = template.columns.find((c) => c.key === 'alasanNonaktif');
    expect(column?.required({ kind: 'nonaktif', record })).toBe(true);
    expect(column?.required({ kind: 'baru', record })).toBe(false);
  });

  it('names a corrected or removed family by its ID DTKS, never a new entry (issue 14.3)', () => {
    const record = sampleRecord({ nonaktifReason: 'meninggal', idDtks: 'DTKS0000123' });
    expect(cellsByHeader({ kind: 'nonaktif', record }).iddtks).toBe('DTKS0000123');
    expect(cellsByHeader({ kind: 'perbaikan', record }).iddtks).toBe('DTKS0000123');
    expect(cellsByHeader({ kind: 'baru', record }).iddtks).toBe('');
    expect(templateHeaders(template)[0]).toBe('iddtks');
  });

  it('does not hold a removal back for a marital status or job nobody confirmed', () => {
    const record = sampleRecord({ nonaktifReason: 'meninggal', statusKawin: '', pekerjaan: '' });
    for (const key of ['statusKawin', 'pekerjaan']) {
      const column = template.columns.find((c) => c.key === key);
      expect(column?.required({ kind: 'nonaktif', record })).toBe(false);
      expect(column?.required({ kind: 'perbaikan', record })).toBe(true);
    }
  });

  it('leaves unknown values empty so the gate can report them', () => {
    const cells = cellsByHeader({
      kind: 'baru',
      record: sampleRecord({ jenisKelamin: '', statusKawin: '', shdk: null, namaIbuKandung: '  ' }),
    });
    expect(cells.jenis_kelamin).toBe('');
    expect(cells.status_kawin).toBe('');
    expect(cells.hubungan_keluarga).toBe('');
    expect(cells.nama_ibu_kandung).toBe('');
  });
});

describe('template helpers', () => {
  it('splits a kelurahan code into cumulative region codes', () => {
    expect(regionCodes('62.71.01.1001')).toEqual({
      provinsi: '62',
      kabupatenKota: '6271',
      kecamatan: '627101',
      kelurahan: '6271011001',
    });
    expect(regionCodes('627101').kelurahan).toBe('');
  });

  it('formats dates as dd-mm-yyyy and leaves other text alone', () => {
    expect(exportDate('2026-01-05')).toBe('05-01-2026');
    expect(exportDate('kemarin')).toBe('kemarin');
  });

  it('knows which kinds a batch carries', () => {
    expect(isExportKind('baru')).toBe(true);
    expect(isExportKind('nonaktif')).toBe(true);
    expect(isExportKind('sanggah')).toBe(false);
  });
});
