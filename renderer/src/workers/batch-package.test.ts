import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { BATCH_FILE_PATTERN, batchContentHash, sha256Hex } from '@shared/domain/ekspor/batch';
import { sampleRecord, SAMPLE_DOCUMENT } from '@shared/domain/ekspor/test-data';
import type { Batch, BatchRow } from '@shared/domain/core/entities';
import { CURRENT_EXPORT_TEMPLATE, templateHeaders } from '@shared/domain/ekspor/template';
import type { BatchManifest } from '@shared/reports/batch-package';
import { buildBatchPackage } from './batch-package';

const KINDS = ['baru', 'perbaikan', 'nonaktif'] as const;

function makeBatch(count: number, tweak?: (row: BatchRow, i: number) => BatchRow): Batch {
  const rows: BatchRow[] = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(5, '0');
    const kind = KINDS[i % 3] ?? 'baru';
    const row: BatchRow = {
      proposalId: `p-${n}`,
      personId: `u-${n}`,
      familyId: `f-${n}`,
      kind,
      record: sampleRecord({
        nik: `62710112039${n}`,
        noKk: `62710101011${n}`,
        nama: `Warga ${n}`,
        nonaktifReason: kind === 'nonaktif' ? 'pindah' : '',
      }),
    };
    return tweak ? tweak(row, i) : row;
  });
  const batch: Batch = {
    id: '7b0c1c52-3b0f-4a4e-9d44-3d5f3a1f2e10',
    number: 4,
    version: 1,
    meetingId: 'm-1',
    period: 'November 2026',
    kodeWilayah: '6271011001',
    decisionDocument: SAMPLE_DOCUMENT,
    rows,
    state: 'tervalidasi',
    contentHash: '',
    templateVersion: CURRENT_EXPORT_TEMPLATE.version,
    createdAt: new Date(2026, 10, 21, 9).toISOString(),
    createdBy: 'Siti',
    history: [],
  };
  return { ...batch, contentHash: batchContentHash(batch, rows) };
}

const PDF = new TextEncoder().encode('%PDF-1.4 contoh');
const input = (batch: Batch) => ({
  batch,
  kelurahan: {
    nama: 'Pahandut',
    kecamatan: 'Pahandut',
    kota: 'Kota Palangka Raya',
    provinsi: 'Kalimantan Tengah',
  },
  exportedAt: '2026-11-25T02:00:00.000Z',
  exportedBy: 'Siti',
  pdf: PDF,
});

describe('batch package', () => {
  it('zips XLSX, CSV, PDF and a manifest whose hashes match the files', () => {
    const batch = makeBatch(6, (row, i) =>
      i === 0 && row.record
        ? { ...row, record: { ...row.record, pekerjaan: '=1+1', alamat: '-' } }
        : row,
    );
    const phases: string[] = [];
    const output = buildBatchPackage(XLSX, input(batch), (phase) => phases.push(phase));

    expect(output.fileName).toBe('DTKS_6271011001_20261121_004.zip');
    expect(BATCH_FILE_PATTERN.test(output.fileName)).toBe(true);
    expect(output.sha256).toBe(sha256Hex(output.zip));
    expect(phases).toEqual(['tabel', 'xlsx', 'csv', 'hash', 'zip', 'zip']);

    const files = unzipSync(output.zip);
    expect(Object.keys(files).sort()).toEqual([
      'BERITA_ACARA_DTKS_6271011001_20261121_004.pdf',
      'DTKS_6271011001_20261121_004.csv',
      'DTKS_6271011001_20261121_004.xlsx',
      'manifest.json',
    ]);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as BatchManifest;
    expect(manifest).toMatchObject({
      batchId: batch.id,
      counts: { baru: 2, perbaikan: 2, nonaktif: 2, total: 6 },
      templateVersion: 'siksng-usulan-2',
      contentSha256: batch.contentHash,
    });
    for (const file of manifest.files) {
      const bytes = files[file.name];
      expect(bytes).toBeDefined();
      expect(sha256Hex(bytes!)).toBe(file.sha256);
      expect(bytes!.byteLength).toBe(file.bytes);
    }

    const csvBytes = files['DTKS_6271011001_20261121_004.csv']!;
    expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(csvBytes);
    expect(csv.split('\r\n')[0]).toBe(templateHeaders(CURRENT_EXPORT_TEMPLATE).join(','));
    expect(csv).toContain(",'=1+1,");

    const book = XLSX.read(files['DTKS_6271011001_20261121_004.xlsx'], { type: 'array' });
    expect(book.SheetNames).toEqual(['Usulan Baru', 'Perbaikan Data', 'Usulan Nonaktif']);
    const baru = XLSX.utils.sheet_to_json<string[]>(book.Sheets['Usulan Baru']!, { header: 1 });
    expect(baru).toHaveLength(3);
    // XLSX text cells are never formulas: the values arrive unchanged, without an apostrophe.
    expect(baru[1]).toContain('=1+1');
    expect(baru[1]).toContain('-');
    expect(baru[1]).not.toContain("'=1+1");
    expect(baru[1]).not.toContain("'-");
    const sheet = book.Sheets['Usulan Baru']!;
    // Column J: template siksng-usulan-2 opens with the ID DTKS/DTSEN.
    const nikCell = sheet.J2;
    expect(nikCell).toMatchObject({ t: 's', v: '6271011203900001' });
    const formulaCell = Object.values(sheet).find(
      (cell: unknown) => (cell as { v?: unknown } | null)?.v === '=1+1',
    ) as XLSX.CellObject | undefined;
    expect(formulaCell).toMatchObject({ t: 's', v: '=1+1' });
    expect(formulaCell?.f).toBeUndefined();
    const sheetXml = new TextDecoder().decode(
      unzipSync(files['DTKS_6271011001_20261121_004.xlsx']!)['xl/worksheets/sheet1.xml'],
    );
    expect(sheetXml).not.toContain('<f>');
  });

  it('carries the signed scan, listed with its SHA-256 in the manifest', () => {
    const batch = makeBatch(3);
    const scan = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]);
    const output = buildBatchPackage(XLSX, {
      ...input(batch),
      signedScan: { kind: 'jpeg', bytes: scan },
    });
    const files = unzipSync(output.zip);
    const name = 'BERITA_ACARA_TERTANDA_DTKS_6271011001_20261121_004.jpg';
    expect([...(files[name] ?? [])]).toEqual([...scan]);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as BatchManifest;
    const entry = { name, bytes: scan.byteLength, sha256: sha256Hex(scan) };
    expect(manifest.signedScan).toEqual(entry);
    expect(manifest.files).toContainEqual(entry);
    expect(manifest.decisionDocument.nik).toBe('lengkap');
    expect(output.manifest.signedScan).toEqual(entry);
  });

  it('says so in the manifest when no signed scan was attached', () => {
    const output = buildBatchPackage(XLSX, input(makeBatch(3)));
    expect(output.manifest.signedScan).toBeNull();
    expect(output.manifest.files.map((file) => file.name)).not.toContainEqual(
      expect.stringContaining('TERTANDA'),
    );
  });

  it('refuses rows that carry no frozen record', () => {
    const batch = makeBatch(2, (row, i) => (i === 1 ? { ...row, record: undefined } : row));
    expect(() => buildBatchPackage(XLSX, input(batch))).toThrow(/versi baru/);
  });

  it('builds 20,000 rows in at most 3 times an XLSX write of the same rows', () => {
    const batch = makeBatch(20_000);
    const rows = [
      templateHeaders(CURRENT_EXPORT_TEMPLATE),
      ...batch.rows.map((row) =>
        CURRENT_EXPORT_TEMPLATE.columns.map((column) =>
          column.value(
            { kind: row.kind as 'baru', record: row.record! },
            {
              kodeWilayah: batch.kodeWilayah,
              document: batch.decisionDocument,
            },
          ),
        ),
      ),
    ];
    const xlsxOnly = () => {
      const book = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Data');
      return XLSX.write(book, {
        type: 'array',
        bookType: 'xlsx',
        compression: true,
      }) as ArrayBuffer;
    };
    xlsxOnly();
    let start = performance.now();
    xlsxOnly();
    const xlsxMs = performance.now() - start;
    start = performance.now();
    const output = buildBatchPackage(XLSX, input(batch));
    const packageMs = performance.now() - start;
    console.info(
      `Paket 20.000 baris: ${packageMs.toFixed(0)} ms, XLSX saja ${xlsxMs.toFixed(0)} ms, rasio ${(packageMs / xlsxMs).toFixed(2)}, ZIP ${(output.zip.byteLength / 1024).toFixed(0)} KiB`,
    );
    expect(packageMs / xlsxMs).toBeLessThanOrEqual(3);
  }, 120_000);
});
