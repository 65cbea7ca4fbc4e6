import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleRecord, SAMPLE_DOCUMENT } from '../domain/ekspor/test-data';
import { CURRENT_EXPORT_TEMPLATE } from '../domain/ekspor/template';
import { buildManifest, csvCell, packageNames, packageTables, toCsv } from './batch-package';

/** A strict RFC 4180 reader, to prove the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

describe('CSV writer', () => {
  it('starts with a BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = toCsv([
      ['nama', 'alamat'],
      ['Siti "Ani"', 'Jl. A, No. 1\nBelakang pasar'],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFnama,alamat\r\n"Siti ""Ani""","Jl. A, No. 1\nBelakang pasar"\r\n');
    expect(csvCell('biasa')).toBe('biasa');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(toCsv([['=1+1', '@SUM(A1)', '-2', 'Budi', '-']])).toBe(
      "\uFEFF'=1+1,'@SUM(A1),'-2,Budi,-\r\n",
    );
  });

  it('round-trips any text through an RFC 4180 reader', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows).slice(1));
          const expected = rows.map((r) =>
            r.map((c) => (c !== '-' && /^[=+\-@\t\r]/.test(c) ? `'${c}` : c)),
          );
          expect(parsed).toEqual(expected);
        },
      ),
    );
  });
});

const info = { kodeWilayah: '6271011001', document: SAMPLE_DOCUMENT };

describe('package tables', () => {
  it('makes one sheet per kind present, in template order, header first', () => {
    const tables = packageTables(
      CURRENT_EXPORT_TEMPLATE,
      [
        { kind: 'nonaktif', record: sampleRecord({ nonaktifReason: 'pindah', nama: 'C' }) },
        { kind: 'baru', record: sampleRecord({ nama: 'A' }) },
        { kind: 'baru', record: sampleRecord({ nama: 'B' }) },
      ],
      info,
    );
    expect(tables.sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['Usulan Baru', 3],
      ['Usulan Nonaktif', 2],
    ]);
    expect(tables.all).toHaveLength(4);
    expect(tables.all[0]?.[0]).toBe('iddtks');
    expect(tables.all[0]?.[1]).toBe('kode_provinsi');
  });

  it('keeps the values as recorded: the guard belongs to the CSV alone', () => {
    const tables = packageTables(
      CURRENT_EXPORT_TEMPLATE,
      [{ kind: 'baru', record: sampleRecord({ pekerjaan: '=1+1', alamat: '-' }) }],
      info,
    );
    expect(tables.all[1]).toContain('=1+1');
    expect(tables.all[1]).toContain('-');
    expect(tables.sheets[0]?.rows[1]).not.toContain("'=1+1");
    expect(tables.sheets[0]?.rows[1]).not.toContain("'-");
    expect(toCsv(tables.all)).toContain(",'=1+1,");
  });
});

describe('names and manifest', () => {
  const batch = {
    id: '7b0c1c52-3b0f-4a4e-9d44-3d5f3a1f2e10',
    number: 3,
    version: 2,
    supersedes: '11111111-2222-4333-8444-555555555555',
    period: 'November 2026',
    kodeWilayah: '6271011001',
    decisionDocument: { ...SAMPLE_DOCUMENT, kind: 'sptjm' as const },
    createdAt: new Date(2026, 10, 21, 10).toISOString(),
    createdBy: 'Siti',
    templateVersion: 'siksng-usulan-1',
    contentHash: 'b'.repeat(64),
    rows: [
      { proposalId: 'a', personId: 'a', familyId: 'a', kind: 'baru' as const },
      { proposalId: 'b', personId: 'b', familyId: 'b', kind: 'nonaktif' as const },
    ],
  };

  it('names the files after the batch', () => {
    const { signedScan, ...names } = packageNames(batch);
    expect(signedScan('pdf')).toBe('SPTJM_TERTANDA_DTKS_6271011001_20261121_003-v2.pdf');
    expect(signedScan('jpeg')).toBe('SPTJM_TERTANDA_DTKS_6271011001_20261121_003-v2.jpg');
    expect(names).toEqual({
      zip: 'DTKS_6271011001_20261121_003-v2.zip',
      xlsx: 'DTKS_6271011001_20261121_003-v2.xlsx',
      csv: 'DTKS_6271011001_20261121_003-v2.csv',
      pdf: 'SPTJM_DTKS_6271011001_20261121_003-v2.pdf',
      manifest: 'manifest.json',
    });
  });

  it('records who, when, what and the hash of every file', () => {
    const files = [{ name: 'x.csv', bytes: 10, sha256: 'c'.repeat(64) }];
    const manifest = buildManifest({
      batch,
      kelurahan: {
        nama: 'Pahandut',
        kecamatan: 'Pahandut',
        kota: 'Kota Palangka Raya',
        provinsi: 'Kalimantan Tengah',
      },
      exportedAt: '2026-11-22T01:00:00.000Z',
      exportedBy: 'Siti',
      files,
    });
    expect(manifest).toMatchObject({
      format: 'dtks-kelurahan-paket-usulan-1',
      batchId: batch.id,
      batchNumber: 3,
      version: 2,
      supersedes: batch.supersedes,
      kelurahan: { kode: '6271011001', nama: 'Pahandut' },
      period: 'November 2026',
      decisionDocument: { kind: 'sptjm', sha256: 'a'.repeat(64) },
      createdBy: 'Siti',
      templateVersion: 'siksng-usulan-1',
      counts: { baru: 1, perbaikan: 0, nonaktif: 1, total: 2 },
      files,
      signedScan: null,
    });
    expect(manifest.decisionDocument.nik).toBe('lengkap');
  });

  it('points at the signed scan among the files when the package carries one', () => {
    const scan = { name: 'SPTJM_TERTANDA_x.pdf', bytes: 3, sha256: 'd'.repeat(64) };
    const manifest = buildManifest({
      batch,
      kelurahan: { nama: 'P', kecamatan: 'P', kota: 'K', provinsi: 'K' },
      exportedAt: '2026-11-22T01:00:00.000Z',
      exportedBy: 'Siti',
      files: [{ name: 'x.csv', bytes: 10, sha256: 'c'.repeat(64) }, scan],
      signedScanName: scan.name,
    });
    expect(manifest.signedScan).toEqual(scan);
  });
});
