import { describe, expect, it } from 'vitest';
import { renderPdfInNode } from '../../tests/support/render-pdf-node';
import type { Decision, MeetingParticipant } from '../domain/core/entities';
import {
  BERITA_ACARA_TITLE,
  buildBeritaAcara,
  decisionCounts,
  prelistOutcomes,
  representatives,
} from './berita-acara';
import { FULL_NIK_NOTICE, spelledDate, terbilang } from './musyawarah-common';
import type { MeetingReportInput, ResultRow } from './musyawarah-common';
import { keepHeadingWithNext, SECTION_HEADLINE, toPdfmakeDefinition } from './pdf-document';
import { SAMPLE_CHAIR, SAMPLE_IDENTITY, sampleLockedMeeting } from './report-test-data';
import { buildSptjm, SPTJM_TITLE } from './sptjm';

/** Every string in a pdfmake definition, in document order. */
export function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    return ['text', 'stack', 'columns', 'ol', 'ul', 'table', 'body'].flatMap((key) =>
      key in record ? textsOf(record[key]) : [],
    );
  }
  return [];
}

const identity = SAMPLE_IDENTITY;

function row(i: number, decision: Decision, reason = '', prelist = false): ResultRow {
  const n = String(i).padStart(4, '0');
  return {
    candidate: {
      proposalId: `p-${n}`,
      nama: `Warga Nomor ${n}`,
      nik: `627101120390${n}`,
      noKk: `627101010110${n}`,
      alamat: `Jl. Cilik Riwut Gg. ${i}`,
      rt: String((i % 12) + 1).padStart(3, '0'),
      rw: String((i % 4) + 1).padStart(3, '0'),
      // A prelist family is re-checked as listed (a perbaikan), never a removal of its own.
      kind: prelist ? 'perbaikan' : i % 5 === 0 ? 'nonaktif' : 'baru',
      ...(i % 5 === 0 && !prelist ? { nonaktifReason: 'pindah' as const } : {}),
      source: prelist ? 'prelist' : 'rt_rw',
      programme: 'PKH',
      familySize: 4,
      criteriaSummary: '5 dari 8 kriteria terpenuhi',
      ...(i % 5 === 0 ? {} : { criteriaSetId: 'kepmensos-262-2022' }),
    },
    decision,
    reason,
  };
}

const participants: MeetingParticipant[] = [
  ['Bambang', 'RW', 'L', true],
  ['Sari', 'RT', 'P', true],
  ['Agus', 'RT', 'L', false],
  ['Yusuf', 'LPMK', 'L', true],
  ['Maria', 'Pendamping PKH', 'P', true],
].map(([nama, unsur, sex, present], i) => ({
  id: `pt-${i}`,
  meetingId: 'm-1',
  nama: nama as string,
  unsur: unsur as MeetingParticipant['unsur'],
  jabatan: `Ketua ${unsur as string}`,
  jenisKelamin: sex as 'L' | 'P',
  invited: true,
  present: present as boolean,
}));

function input(rows: ResultRow[], overrides: Partial<MeetingReportInput> = {}): MeetingReportInput {
  const meeting = sampleLockedMeeting(rows);
  return {
    identity,
    meeting,
    chair: SAMPLE_CHAIR,
    participants,
    rows,
    paper: 'A4',
    nikMode: 'masked',
    ...overrides,
  };
}

const rows = [
  row(1, 'layak'),
  row(2, 'tidak_layak', 'Sudah mampu'),
  row(3, 'ditunda', 'Perlu verifikasi lapangan ulang'),
  row(4, 'layak', '', true),
  row(5, 'tidak_layak', 'Meninggal dunia', true),
  row(6, 'tidak_layak', 'Anggota keluarga ASN/TNI/Polri', true),
];

describe('words and dates', () => {
  it('spells numbers and dates as minutes do', () => {
    expect(terbilang(2026)).toBe('dua ribu dua puluh enam');
    expect(terbilang(11)).toBe('sebelas');
    expect(terbilang(115)).toBe('seratus lima belas');
    expect(terbilang(1300)).toBe('seribu tiga ratus');
    expect(terbilang(0)).toBe('nol');
    expect(spelledDate('2026-11-20')).toBe(
      'Jumat tanggal dua puluh bulan November tahun dua ribu dua puluh enam (20-11-2026)',
    );
  });
});

describe('counts', () => {
  it('counts a prelist family that is itself a removal as the removal it is', () => {
    const removal = row(7, 'layak', '', true);
    removal.candidate = { ...removal.candidate, kind: 'nonaktif', nonaktifReason: 'meninggal' };
    const counts = decisionCounts([removal]);
    expect(counts[0]).toMatchObject({ label: 'Usulan nonaktif', layak: 1 });
    expect(counts[0]?.words?.layak).toBe('Disetujui dinonaktifkan');
  });

  it('counts decisions per kind, prelist apart, with a total', () => {
    const counts = decisionCounts(rows);
    expect(counts.map((c) => c.label)).toEqual([
      'Usulan baru',
      'Prelist DTKS (periksa ulang)',
      'Jumlah',
    ]);
    expect(counts[0]).toMatchObject({ layak: 1, tidak_layak: 1, ditunda: 1, total: 3 });
    expect(counts.at(-1)).toMatchObject({ layak: 2, tidak_layak: 3, ditunda: 1, total: 6 });
  });

  it('names the prelist outcomes from the common reasons', () => {
    expect(prelistOutcomes(rows)).toMatchObject({ tetap: 1, meninggal: 1, 'tidak layak': 1 });
  });

  it('picks up to three present representatives of different elements', () => {
    expect(representatives(participants).map((p) => p.nama)).toEqual(['Yusuf', 'Bambang', 'Sari']);
  });
});

describe('Berita Acara', () => {
  const doc = buildBeritaAcara(input(rows));
  const texts = textsOf(doc.definition.content);
  const all = texts.join('\n');

  it("prints its own period's regime: DTSEN from 2025, DTKS before or where the office chose it", () => {
    expect(all).toContain(
      'PEMUTAKHIRAN DATA TUNGGAL SOSIAL DAN EKONOMI NASIONAL (DTSEN) PERIODE NOVEMBER 2026',
    );
    expect(all).not.toContain('(DTKS)');
    const older = { ...sampleLockedMeeting(rows, 'Semester II 2024') };
    const dtks = textsOf(buildBeritaAcara(input(rows, { meeting: older })).definition.content).join(
      '\n',
    );
    expect(dtks).toContain(
      'PEMUTAKHIRAN DATA TERPADU KESEJAHTERAAN SOSIAL (DTKS) PERIODE SEMESTER II 2024',
    );
    expect(dtks).toContain('Peraturan Menteri Sosial Nomor 3 Tahun 2021');
    expect(dtks).not.toContain('245/HUK/2025');
    const chosen = buildBeritaAcara(
      input(rows, { regimeChoices: { 'November 2026': 'dtks-permensos-3-2021' } }),
    );
    expect(textsOf(chosen.definition.content).join('\n')).toContain('(DTKS) PERIODE NOVEMBER 2026');
  });

  it("prints the meeting's times in the zone the office chose", () => {
    const wita = buildBeritaAcara(input(rows, { identity: { ...identity, zonaWaktu: 'WITA' } }));
    expect(textsOf(wita.definition.content).join('\n')).toContain('pukul 12.30 WITA');
  });

  it('keeps each section heading with what opens it, heading E with its whole table', () => {
    const content = doc.definition.content as unknown as Record<string, unknown>[];
    const sectionE = content.find((node) => textsOf(node)[0] === 'E. Hasil Musyawarah');
    expect(sectionE).toMatchObject({ unbreakable: true });
    expect(textsOf(sectionE)).toEqual(
      expect.arrayContaining(['Kategori', 'Jumlah', 'Usulan baru']),
    );
    // The other headings are marked so the page-break hook never leaves them last on a page.
    for (const letter of ['A', 'B', 'C', 'D']) {
      const section = content.find((node) => textsOf(node)[0]?.startsWith(`${letter}. `));
      expect(section, letter).toMatchObject({ headlineLevel: SECTION_HEADLINE });
    }
    expect(toPdfmakeDefinition(doc).pageBreakBefore).toBe(keepHeadingWithNext);
  });

  it('shares the one letterhead with the SKTM, SPTJM and recap', () => {
    expect(all).toContain('Pos-el kel.pahandut@palangkaraya.go.id, Kode Pos 73111');
    expect(all).not.toContain('Email');
  });

  it('has the title, number, day and date, place, time and chair', () => {
    expect(texts).toContain(BERITA_ACARA_TITLE);
    expect(texts).toContain('Nomor: 005/BA-MUSKEL/KEL-PHD/XI/2026');
    expect(all).toContain('Pada hari ini Jumat tanggal dua puluh bulan November');
    expect(all).toContain(
      'bertempat di Aula Kantor Kelurahan Pahandut, mulai pukul 09.00 sampai dengan pukul 12.30 WIB',
    );
    expect(all).toContain('dipimpin oleh Drs. H. Ahmad Yani selaku Lurah Pahandut');
    expect(texts).toContain('PEMERINTAH KOTA PALANGKA RAYA');
  });

  it('cites the legal basis and the criteria used, states the purpose', () => {
    // November 2026 is a DTSEN period: its regulations, never the DTKS one.
    expect(all).toContain('Peraturan Menteri Sosial Nomor 3 Tahun 2025');
    expect(all).toContain('Keputusan Menteri Sosial Nomor 245/HUK/2025');
    expect(all).not.toContain('Peraturan Menteri Sosial Nomor 3 Tahun 2021');
    expect(all).toContain('Keputusan Menteri Sosial Nomor 262/HUK/2022');
    expect(all).toContain('kriteria Kepmensos 262/HUK/2022 (5 keluarga)');
    expect(all).toContain('Maksud dan Tujuan');
  });

  it('reports attendance per element and sex, and decisions per category', () => {
    expect(all).toMatch(/RT\n2\n1\n0\n1/);
    expect(all).toMatch(/Jumlah\n5\n4\n2\n2/);
    // Section E in the words of each kind (issue 14.2): a prelist row is never "layak".
    expect(all).toMatch(/Usulan baru\nLayak: 1\nTidak layak: 1\n1\n3/);
    expect(all).toMatch(/Prelist DTSEN \(periksa ulang\)\nTetap: 1\nDikeluarkan: 2\n0\n3/);
    expect(all).toMatch(/Jumlah\nDiputuskan: 5\n\n?1\n6/);
    expect(all).toContain(
      'Pemeriksaan ulang prelist DTSEN sebanyak 3 keluarga dengan hasil: tetap 1, meninggal 1, tidak layak 1.',
    );
  });

  it('has signature blocks for the Lurah with NIP, the note-taker and representatives', () => {
    expect(all).toContain('NIP 19720315 199803 1 004');
    expect(all).toContain('Notulis,');
    expect(all).toContain('Dewi Lestari');
    expect(all).toContain('Perwakilan peserta musyawarah:');
    expect(all).toContain('Palangka Raya, 20 November 2026');
  });

  it('lists every family in Lampiran I with masked NIK and No. KK by default', () => {
    expect(all).toContain('LAMPIRAN I');
    expect(all).toContain('************0002');
    expect(all).not.toContain('6271011203900002');
    expect(all).toContain('Prelist DTSEN – Nonaktif: meninggal');
    expect(all).toContain('Anggota keluarga ASN/TNI/Polri');
    const full = textsOf(buildBeritaAcara(input(rows, { nikMode: 'full' })).definition.content);
    expect(full).toContain('6271011203900002');
    expect(full).toContain('6271010101100002');
  });

  it('has an attendance list of those present with an empty signature column', () => {
    expect(all).toContain('LAMPIRAN II');
    expect(all).toContain('DAFTAR HADIR MUSYAWARAH KELURAHAN');
    expect(all).toContain('1. ..........................');
    expect(all).not.toContain('Agus');
  });

  it('prints the content hash in the text and the footer with page numbers', () => {
    const hash = input(rows).meeting.contentHash ?? '';
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(all).toContain(hash);
    expect(doc.footer).toEqual({ left: hash, pageNumbers: true });
  });

  it('says on every page of the full-NIK copy that it is an archival copy, not for posting', () => {
    const masked = (toPdfmakeDefinition(doc).footer as (p: number, n: number) => unknown)(1, 4);
    expect(textsOf(masked).join('\n')).not.toContain('SALINAN ARSIP');
    for (const build of [buildBeritaAcara, buildSptjm]) {
      const full = build(input(rows, { nikMode: 'full' }));
      expect(full.footer?.notice).toBe(FULL_NIK_NOTICE);
      const footer = toPdfmakeDefinition(full).footer as (p: number, n: number) => unknown;
      for (const page of [1, 3]) {
        const text = textsOf(footer(page, 3));
        expect(text).toContain(
          'SALINAN ARSIP — memuat NIK dan No. KK lengkap; jangan ditempel di papan pengumuman.',
        );
        expect(text).toContain(`Halaman ${page} dari 3`);
      }
      expect(build(input(rows)).footer?.notice).toBeUndefined();
    }
  });

  it('uses F4 paper when asked', () => {
    const f4 = buildBeritaAcara(input(rows, { paper: 'F4' }));
    expect(f4.definition.pageSize).toEqual({ width: 609.45, height: 935.43 });
  });

  it('renders a real PDF', async () => {
    const bytes = await renderPdfInNode(doc);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('renders a Lampiran of 2,000 families', async () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      row(i + 1, i % 3 === 0 ? 'tidak_layak' : 'layak', i % 3 === 0 ? 'Sudah mampu' : ''),
    );
    const started = performance.now();
    const bytes = await renderPdfInNode(buildBeritaAcara(input(many)));
    const ms = performance.now() - started;
    console.info(`Berita Acara dengan 2.000 baris: ${Math.round(ms)} ms, ${bytes.byteLength} byte`);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(bytes.byteLength).toBeGreaterThan(100_000);
  }, 120_000);
});

describe('SPTJM', () => {
  const doc = buildSptjm(input(rows));
  const all = textsOf(doc.definition.content).join('\n');

  it('states the Lurah takes absolute responsibility for the listed decisions', () => {
    expect(all).toContain(SPTJM_TITLE);
    expect(all).toContain('Drs. H. Ahmad Yani');
    expect(all).toContain('19720315 199803 1 004');
    expect(all).toContain('sebanyak 6 (enam) keluarga');
    // Each kind in its own words: a prelist family kept is "tetap", never "layak".
    expect(all).toContain(
      'Hasil verifikasi dan validasi tersebut: usulan baru: layak 1 (satu) keluarga, tidak layak 1 (satu) keluarga; prelist DTSEN (periksa ulang): tetap 1 (satu) keluarga, dikeluarkan 2 (dua) keluarga; dan ditunda untuk diverifikasi ulang 1 (satu) keluarga.',
    );
    expect(all).not.toContain('layak 2 (dua)');
    expect(all).toContain('bertanggung jawab sepenuhnya');
    expect(all).toContain('Meterai');
    expect(all).toContain('************0006');
    expect(all).not.toContain('DAFTAR HADIR');
  });

  it("cites its own period's regulations: Permensos 3/2025 and Kepmensos 245/HUK/2025 for DTSEN", () => {
    expect(all).toContain(
      'telah diverifikasi dan divalidasi sesuai dengan Peraturan Menteri Sosial Nomor 3 Tahun 2025',
    );
    expect(all).toContain('Keputusan Menteri Sosial Nomor 245/HUK/2025');
    expect(all).toContain('DAFTAR HASIL VERIFIKASI DAN VALIDASI DTSEN');
    const older = buildSptjm(input(rows, { meeting: sampleLockedMeeting(rows, 'Juni 2024') }));
    const text = textsOf(older.definition.content).join('\n');
    expect(text).toContain('sesuai dengan Peraturan Menteri Sosial Nomor 3 Tahun 2021');
    expect(text).not.toContain('2025');
  });

  it('signs as a Plt. Lurah in his own name', () => {
    const plt = buildSptjm(input(rows, { chair: { ...SAMPLE_CHAIR, jabatan: 'Plt. Lurah' } }));
    expect(textsOf(plt.definition.content).join('\n')).toContain('Plt. Lurah Pahandut,');
  });

  it('renders a real PDF with the hash in the footer', async () => {
    expect(doc.footer?.left).toContain(input(rows).meeting.contentHash);
    const bytes = await renderPdfInNode(doc);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });
});
