import { describe, expect, it } from 'vitest';
import { renderPdfInNode } from '../../tests/support/render-pdf-node';
import type { Recap } from '../domain/beranda/recap';
import { barChartSvg, buildRecapPdf, buildRecapSheets } from './recap';
import { SAMPLE_IDENTITY } from './report-test-data';

const identity = SAMPLE_IDENTITY;

const recap: Recap = {
  period: 'November 2026',
  generatedAt: '2026-11-27T10:00:00.000Z',
  registry: { families: 250, people: 1000, present: 980 },
  proposalsByStatus: {
    draf: 2,
    verifikasi_lapangan: 3,
    siap_musyawarah: 10,
    diputuskan: 4,
    dikirim: 0,
  },
  proposalsByKind: { baru: 12, perbaikan: 4, nonaktif: 2, sanggah: 1 },
  decisions: { layak: 3, tidak_layak: 1, ditunda: 0 },
  lettersThisMonth: 7,
  batchesByState: { disiapkan: 0, tervalidasi: 1, diekspor: 0, diunggah: 2, hasil_diterima: 0 },
  meetings: { total: 1, locked: 1 },
  perRtRw: [
    { rw: '001', rt: '001', families: 20, people: 80, proposals: 3, layak: 1 },
    { rw: '001', rt: '002', families: 30, people: 110, proposals: 0, layak: 0 },
  ],
  desil: {
    byValue: { 1: 40, 2: 35, 3: 20, 4: 10, 5: 5, 6: 0, 7: 0, 8: 0, 9: 0, 10: 0 },
    none: 140,
  },
  criteria: [{ id: 'a', text: 'Tidak memiliki jamban sendiri', met: 5 }],
  flags: { aidOverlapFamilies: 2, possibleDuplicatePairs: 1 },
};

describe('recap reports', () => {
  it('builds sheets with the Beranda tables', () => {
    const sheets = buildRecapSheets(recap, identity);
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Ringkasan',
      'Per RT-RW',
      'Per desil',
      'Kriteria',
    ]);
    const summary = sheets[0]?.rows ?? [];
    expect(summary).toContainEqual(['Siap musyawarah', 10]);
    expect(summary).toContainEqual(['Surat terbit bulan ini', 7]);
    expect(summary).toContainEqual(['Diunggah', 2]);
    expect(sheets[1]?.rows[1]).toEqual(['001', '001', 20, 80, 3, 1]);
  });

  it('counts families per desil in the workbook and the PDF', () => {
    const perDesil = buildRecapSheets(recap, identity)[2]?.rows ?? [];
    expect(perDesil[0]).toEqual(['Desil (peringkat nasional)', 'Keluarga terdaftar']);
    expect(perDesil).toContainEqual(['Desil 1', 40]);
    expect(perDesil).toContainEqual(['Desil 10', 0]);
    expect(perDesil).toContainEqual(['Desil 1–4 (sasaran bansos)', 105]);
    expect(perDesil).toContainEqual(['Tanpa desil', 140]);
    const text = JSON.stringify(buildRecapPdf(recap, identity).definition);
    expect(text).toContain('Keluarga per desil: ');
    expect(text).toContain('Desil 2 35 · Desil 3 20');
    expect(text).toContain('Tanpa desil 140');
  });

  it('draws bars proportional to the values and escapes labels', () => {
    const svg = barChartSvg([
      { label: 'A & B', value: 10 },
      { label: 'C', value: 5 },
    ]);
    expect(svg).toContain('A &amp; B');
    const widths = [...svg.matchAll(/<rect x="\d+" y="[\d.]+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths[0]).toBeCloseTo((widths[1] ?? 0) * 2, 0);
  });

  it('writes counts with the Indonesian thousands separator, as the Beranda does', () => {
    const big = { ...recap, registry: { families: 12_345, people: 50_000, present: 49_100 } };
    const text = JSON.stringify(buildRecapPdf(big, identity).definition);
    expect(text).toContain('"50.000"');
    expect(text).toContain('"12.345"');
    expect(text).not.toContain('"50000"');
    expect(barChartSvg([{ label: 'RT 001 / RW 001', value: 1_250 }])).toContain('>1.250</text>');
  });

  it("titles the recap with its own period's regime", () => {
    expect(buildRecapSheets(recap, identity)[0]?.rows[0]).toEqual([
      'Rekap DTSEN Kelurahan Pahandut, periode November 2026',
    ]);
    const older = { ...recap, period: 'Semester II 2024' };
    expect(JSON.stringify(buildRecapPdf(older, identity).definition)).toContain(
      'REKAPITULASI DTKS KELURAHAN PAHANDUT',
    );
    const chosen = buildRecapSheets(recap, identity, { 'November 2026': 'dtks-permensos-3-2021' });
    expect(chosen[0]?.rows[0]?.[0]).toMatch(/^Rekap DTKS /);
  });

  it("prints when it was made in the office's zone, with the zone's label", () => {
    const sheets = buildRecapSheets(recap, identity);
    expect(sheets[0]?.rows[1]).toEqual(['Dibuat 27-11-2026 17.00 WIB']);
    expect(buildRecapPdf(recap, identity).footer?.left).toBe(
      'Dibuat 27-11-2026 17.00 WIB dengan DTKS Kelurahan',
    );
    const papua = { ...identity, kodeWilayah: '9471011001' };
    expect(buildRecapPdf(recap, papua).footer?.left).toMatch(/19\.00 WIT /);
    const chosen = { ...identity, zonaWaktu: 'WITA' as const };
    expect(buildRecapSheets(recap, chosen)[0]?.rows[1]).toEqual(['Dibuat 27-11-2026 18.00 WITA']);
  });

  it('renders a one-page PDF summary', async () => {
    const doc = buildRecapPdf(recap, identity);
    const bytes = await renderPdfInNode(doc);
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});
