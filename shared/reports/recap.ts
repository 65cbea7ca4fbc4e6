import {
  BATCH_STATE_LABELS,
  DECISION_LABELS,
  KIND_LABELS,
  STATUS_LABELS,
} from '../domain/core/labels';
import type { Recap } from '../domain/beranda/recap';
import { getCriteriaSet } from '../domain/usulan/criteria';
import { desilRows } from '../domain/usulan/desil';
import { regimeForPeriod } from '../domain/pengaturan/regime';
import type { RegimeChoices } from '../domain/pengaturan/regime';
import type { KelurahanIdentity } from '../domain/core/settings';
import { formatOfficeStamp, officeTimeZone } from '../domain/core/time-zone';
import { letterhead } from './letterhead';
import type { PdfDocument } from './pdf-document';

type Cell = string | number;

/** Counts as the Beranda shows them: "2.000", not "2000". */
const count = new Intl.NumberFormat('id-ID');
export type Sheet = { name: string; rows: Cell[][] };

/** The recap workbook: the same tables the Beranda shows. */
export function buildRecapSheets(
  recap: Recap,
  identity: KelurahanIdentity,
  regimeChoices: RegimeChoices = {},
): Sheet[] {
  const regime = regimeForPeriod(recap.period, regimeChoices);
  const title = [
    `Rekap ${regime.dataName} Kelurahan ${identity.namaKelurahan}, periode ${recap.period}`,
  ];
  return [
    {
      name: 'Ringkasan',
      rows: [
        title,
        [`Dibuat ${formatOfficeStamp(recap.generatedAt, officeTimeZone(identity))}`],
        [],
        ['Uraian', 'Jumlah'],
        ['Keluarga terdaftar', recap.registry.families],
        ['Warga terdaftar', recap.registry.people],
        ['Warga berstatus ada', recap.registry.present],
        ['Surat terbit bulan ini', recap.lettersThisMonth],
        ['Musyawarah (terkunci/semua)', `${recap.meetings.locked}/${recap.meetings.total}`],
        ['Keluarga dengan bantuan tumpang tindih', recap.flags.aidOverlapFamilies],
        ['Pasangan kemungkinan data ganda (belum diperiksa)', recap.flags.possibleDuplicatePairs],
        [],
        ['Usulan per status', 'Jumlah'],
        ...Object.entries(recap.proposalsByStatus).map(([key, value]) => [
          STATUS_LABELS[key as keyof typeof STATUS_LABELS],
          value,
        ]),
        [],
        ['Usulan per jenis', 'Jumlah'],
        ...Object.entries(recap.proposalsByKind).map(([key, value]) => [
          KIND_LABELS[key as keyof typeof KIND_LABELS],
          value,
        ]),
        [],
        ['Batch ke SIKS-NG per status', 'Jumlah'],
        ...Object.entries(recap.batchesByState).map(([key, value]) => [
          BATCH_STATE_LABELS[key as keyof typeof BATCH_STATE_LABELS],
          value,
        ]),
        [],
        ['Keputusan musyawarah', 'Jumlah'],
        ...(recap.decisionsInWords?.map((entry) => [entry.label, entry.count]) ??
          Object.entries(recap.decisions).map(([key, value]) => [
            DECISION_LABELS[key as keyof typeof DECISION_LABELS],
            value,
          ])),
      ],
    },
    {
      name: 'Per RT-RW',
      rows: [
        ['RW', 'RT', 'Keluarga', 'Warga', 'Usulan periode ini', 'Diputuskan layak'],
        ...recap.perRtRw.map((row) => [
          row.rw,
          row.rt,
          row.families,
          row.people,
          row.proposals,
          row.layak,
        ]),
      ],
    },
    {
      name: 'Per desil',
      rows: [
        ['Desil (peringkat nasional)', 'Keluarga terdaftar'],
        ...desilRows(recap.desil).map((row) => [row.label, row.value]),
      ],
    },
    {
      name: 'Kriteria',
      rows: [
        [`Kriteria (${getCriteriaSet(regime.criteriaSetId)?.title ?? ''})`, 'Terpenuhi'],
        ...recap.criteria.map((item) => [item.text, item.met]),
      ],
    },
  ];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A horizontal bar chart as SVG text, for pdfmake's svg node. */
export function barChartSvg(
  bars: readonly { label: string; value: number }[],
  width = 500,
): string {
  const row = 16;
  const labelWidth = 190;
  const top = Math.max(1, ...bars.map((bar) => bar.value));
  const space = width - labelWidth - 50;
  const body = bars
    .map((bar, index) => {
      const y = index * row;
      const w = Math.max(bar.value > 0 ? 1 : 0, (bar.value / top) * space);
      const label = bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label;
      return (
        `<text x="${labelWidth - 6}" y="${y + 11}" font-size="8" text-anchor="end">${escapeXml(label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${row - 6}" fill="#0ca678"/>` +
        `<text x="${(labelWidth + w + 4).toFixed(1)}" y="${y + 11}" font-size="8">${count.format(bar.value)}</text>`
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.max(row, bars.length * row)}">${body}</svg>`;
}

/** A one-page summary with the charts, for the Lurah and the Dinas Sosial. */
export function buildRecapPdf(
  recap: Recap,
  identity: KelurahanIdentity,
  regimeChoices: RegimeChoices = {},
): PdfDocument {
  const regime = regimeForPeriod(recap.period, regimeChoices);
  const statusBars = Object.entries(recap.proposalsByStatus).map(([key, value]) => ({
    label: STATUS_LABELS[key as keyof typeof STATUS_LABELS],
    value,
  }));
  const rtBars = recap.perRtRw
    .filter((row) => row.proposals > 0)
    .sort((a, b) => b.proposals - a.proposals)
    .slice(0, 12)
    .map((row) => ({ label: `RT ${row.rt} / RW ${row.rw}`, value: row.proposals }));
  const criteriaBars = recap.criteria
    .slice(0, 8)
    .map((item) => ({ label: item.text, value: item.met }));
  const figure = (label: string, value: number | string) => ({
    stack: [
      { text: typeof value === 'number' ? count.format(value) : value, fontSize: 16, bold: true },
      { text: label, fontSize: 8, color: '#555555' },
    ],
  });
  const margins: [number, number, number, number] = [40, 34, 40, 50];
  return {
    definition: {
      pageSize: 'A4',
      pageMargins: margins,
      info: { title: `Rekap ${regime.dataName} ${recap.period}` },
      defaultStyle: { fontSize: 9 },
      content: [
        ...letterhead(identity, { paper: 'A4', margins }),
        {
          text: `REKAPITULASI ${regime.dataName} KELURAHAN ${identity.namaKelurahan.toUpperCase()}`,
          bold: true,
          fontSize: 13,
          alignment: 'center',
        },
        {
          text: `Kecamatan ${identity.kecamatan}, ${identity.kota} — Periode ${recap.period}`,
          alignment: 'center',
          margin: [0, 2, 0, 12],
        },
        {
          columns: [
            figure('Keluarga terdaftar', recap.registry.families),
            figure('Warga terdaftar', recap.registry.people),
            figure(
              'Usulan periode ini',
              Object.values(recap.proposalsByKind).reduce((a, b) => a + b, 0),
            ),
            figure(
              'Diputuskan layak',
              recap.decisionsInWords
                ? (recap.decisionsInWords.find((entry) => entry.label === 'Layak')?.count ?? 0)
                : recap.decisions.layak,
            ),
            figure('Surat bulan ini', recap.lettersThisMonth),
          ],
          margin: [0, 0, 0, 12],
        },
        { text: 'Usulan per status', bold: true, margin: [0, 4, 0, 4] },
        { svg: barChartSvg(statusBars) },
        { text: 'Usulan per RT/RW (terbanyak)', bold: true, margin: [0, 10, 0, 4] },
        rtBars.length > 0
          ? { svg: barChartSvg(rtBars) }
          : { text: 'Belum ada usulan periode ini.', italics: true },
        {
          text: 'Kriteria kemiskinan yang paling sering terpenuhi',
          bold: true,
          margin: [0, 10, 0, 4],
        },
        criteriaBars.some((bar) => bar.value > 0)
          ? { svg: barChartSvg(criteriaBars) }
          : { text: 'Belum ada hasil verifikasi lapangan.', italics: true },
        {
          text: [
            { text: 'Keluarga per desil: ', bold: true },
            desilRows(recap.desil)
              .map((row) => `${row.label} ${count.format(row.value)}`)
              .join(' · '),
          ],
          margin: [0, 10, 0, 0],
        },
        {
          text: `Perlu perhatian: ${recap.flags.aidOverlapFamilies} keluarga menerima bantuan pusat dan daerah sekaligus; ${recap.flags.possibleDuplicatePairs} pasangan kemungkinan data ganda belum diperiksa.`,
          margin: [0, 12, 0, 0],
        },
      ],
    },
    footer: {
      left: `Dibuat ${formatOfficeStamp(recap.generatedAt, officeTimeZone(identity))} dengan DTKS Kelurahan`,
      pageNumbers: true,
    },
  };
}
