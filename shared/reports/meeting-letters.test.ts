import { describe, expect, it } from 'vitest';
import { renderPdfInNode } from '../../tests/support/render-pdf-node';
import type { Decision, LetterSigner } from '../domain/core/entities';
import { textsOf } from './berita-acara.test';
import type { ResultRow } from './musyawarah-common';
import {
  buildPengantarDinsos,
  countsText,
  defaultRecipient,
  pengantarPerihal,
} from './pengantar-dinsos';
import type { PengantarDetails } from './pengantar-dinsos';
import { buildPengumuman, noticeGroups, sanggahText } from './pengumuman';
import { SAMPLE_CHAIR, SAMPLE_IDENTITY, sampleLockedMeeting } from './report-test-data';
import {
  agendaLines,
  buildUndangan,
  invitationSheetRows,
  invitationTime,
  inviteeLine,
} from './undangan';
import type { Invitee } from './undangan';

const identity = SAMPLE_IDENTITY;

const lurah: LetterSigner = {
  officialId: SAMPLE_CHAIR.id,
  nama: SAMPLE_CHAIR.nama,
  jabatan: 'Lurah',
  pangkatGolongan: SAMPLE_CHAIR.pangkatGolongan,
  nip: SAMPLE_CHAIR.nip,
  delegation: '',
};

const sekretaris: LetterSigner = {
  officialId: 'o-2',
  nama: 'Rina Marlina, S.Sos.',
  jabatan: 'Sekretaris Kelurahan',
  pangkatGolongan: 'Penata (III/c)',
  nip: '198005122005012003',
  delegation: 'a.n.',
  onBehalfOf: 'Lurah Pahandut',
};

function row(i: number, decision: Decision, rt: string, rw: string, reason = ''): ResultRow {
  const n = String(i).padStart(4, '0');
  return {
    candidate: {
      proposalId: `p-${n}`,
      nama: `Warga ${String.fromCharCode(90 - i)} ${n}`,
      nik: `627101120390${n}`,
      noKk: `627101010110${n}`,
      alamat: `Jl. Rahasia Gg. ${i}`,
      rt,
      rw,
      kind: 'baru',
      source: 'rt_rw',
      programme: 'PKH',
      familySize: 4,
      criteriaSummary: 'penyakit kronis: diabetes',
      criteriaSetId: 'kepmensos-262-2022',
    },
    decision,
    reason,
  };
}

const rows: ResultRow[] = [
  row(1, 'layak', '002', '001'),
  row(2, 'tidak_layak', '001', '002', 'Anggota keluarga ASN/TNI/Polri'),
  row(3, 'layak', '001', '001'),
  row(4, 'ditunda', '001', '001', 'Perlu verifikasi lapangan ulang'),
  row(5, 'layak', '001', '001'),
];
const meeting = sampleLockedMeeting(rows);

const facts = (number: string, signer: LetterSigner = lurah) => ({
  number,
  date: '2026-11-23',
  signer,
  status: 'terbit' as const,
});

describe('undangan', () => {
  const invitees: Invitee[] = [
    { nama: 'Bambang Sutrisno', jabatan: 'Ketua RW 001', unsur: 'RW' },
    { nama: 'Sari Dewi', jabatan: '', unsur: 'PSM' },
  ];
  const input = {
    identity,
    letter: facts('400.9.2/004/UND/KEL-PHD/XI/2026'),
    meeting,
    invitees,
    mode: 'per_peserta' as const,
    paper: 'A4' as const,
  };

  it('addresses one page to each invitee with the meeting facts and the Lurah signing', () => {
    const doc = buildUndangan(input);
    const pages = doc.definition.content as { stack: unknown; pageBreak?: string }[];
    expect(pages).toHaveLength(2);
    expect(pages[1]?.pageBreak).toBe('before');
    const first = textsOf(pages[0]).join('\n');
    expect(first).toContain('Yth. Bambang Sutrisno (Ketua RW 001)');
    expect(first).not.toContain('Sari Dewi');
    expect(textsOf(pages[1]).join('\n')).toContain('Yth. Sari Dewi (PSM)');
    expect(first).toContain('400.9.2/004/UND/KEL-PHD/XI/2026');
    expect(first).toContain('Jumat, 20 November 2026');
    expect(first).toContain('09.00 WIB s.d. selesai');
    expect(first).toContain('Aula Kantor Kelurahan Pahandut');
    expect(first).toContain('2. Pembahasan usulan');
    expect(first).toContain('Undangan Musyawarah Kelurahan');
    expect(first).toContain('LURAH PAHANDUT,');
    expect(first).toContain('NIP 19720315 199803 1 004');
  });

  it('with a distribution list: one letter and the list of names attached', () => {
    const doc = buildUndangan({ ...input, mode: 'daftar', letter: facts('X/1/2026', sekretaris) });
    const text = textsOf(doc.definition.content).join('\n');
    expect(text).toContain('Yth. Bapak/Ibu/Saudara');
    expect(text).toContain('(daftar terlampir)');
    expect(text).toContain('DAFTAR UNDANGAN MUSYAWARAH KELURAHAN');
    expect(text).toContain('Sari Dewi');
    // Someone signing for the Lurah signs a.n.
    expect(text).toContain('a.n. LURAH PAHANDUT');
    expect(text).toContain('Sekretaris Kelurahan,');
  });

  it('refuses an invitation nobody receives', () => {
    expect(() => buildUndangan({ ...input, invitees: [] })).toThrow(/Belum ada peserta/);
  });

  it('lists the invitees for the group chat without personal numbers', () => {
    const sheet = invitationSheetRows({ ...input, letter: { number: 'U/1/2026' } });
    expect(sheet[0]).toEqual([
      'No',
      'Nama',
      'Unsur',
      'Jabatan',
      'Nomor undangan',
      'Hari/tanggal',
      'Waktu',
      'Tempat',
    ]);
    expect(sheet[2]).toEqual([
      2,
      'Sari Dewi',
      'PSM',
      '',
      'U/1/2026',
      'Jumat, 20 November 2026',
      '09.00 WIB s.d. selesai',
      'Aula Kantor Kelurahan Pahandut',
    ]);
  });

  it('helpers', () => {
    expect(inviteeLine({ nama: 'A', jabatan: ' ', unsur: 'LPMK' })).toBe('A (LPMK)');
    expect(invitationTime('13:30', { ...identity, zonaWaktu: 'WITA' })).toBe(
      '13.30 WITA s.d. selesai',
    );
    expect(agendaLines('1. Buka\n\n 2. Tutup ')).toEqual(['1. Buka', '2. Tutup']);
  });

  it('renders as a PDF', async () => {
    const bytes = await renderPdfInNode(buildUndangan(input));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });
});

describe('pengumuman hasil musyawarah', () => {
  const input = {
    identity,
    letter: facts('400.9.2/002/PENG/KEL-PHD/XI/2026'),
    meeting,
    rows,
    sanggahUntil: '2026-11-30',
    sanggahPlace: 'Kantor Kelurahan Pahandut',
  };

  it('groups by RW and RT, then by outcome, names sorted', () => {
    const groups = noticeGroups(rows);
    expect(groups.map((g) => `${g.rw}/${g.rt}`)).toEqual(['001/001', '001/002', '002/001']);
    const first = groups[0];
    expect(first?.outcomes.map((o) => o.outcome)).toEqual(['Ditunda', 'Layak']);
    expect(first?.outcomes[1]?.lines.map((l) => l.nama)).toEqual(['Warga U 0005', 'Warga W 0003']);
  });

  it('prints masked NIKs only, and no reasons, addresses, No. KK or criteria', () => {
    const text = textsOf(buildPengumuman(input).definition.content).join('\n');
    expect(text).not.toMatch(/\d{16}/);
    expect(text).toContain('************0001');
    expect(text).not.toContain('Jl. Rahasia');
    expect(text).not.toContain('ASN/TNI/Polri');
    expect(text).not.toContain('Perlu verifikasi');
    expect(text).not.toContain('diabetes');
    expect(text).not.toContain('6271010101100001');
    expect(text).toContain('RW 001 / RT 001');
    expect(text).toContain('Layak (2 keluarga)');
    expect(text).toContain('PENGUMUMAN');
    expect(text).toContain('Nomor: 400.9.2/002/PENG/KEL-PHD/XI/2026');
    expect(text).toContain('Berita Acara Nomor 005/BA-MUSKEL/KEL-PHD/XI/2026');
  });

  it('says how to object and until when', () => {
    expect(sanggahText(input)).toContain(
      'melalui Kantor Kelurahan Pahandut paling lambat hari Senin, 30 November 2026',
    );
    const text = textsOf(buildPengumuman(input).definition.content).join('\n');
    expect(text).toContain('Sanggahan');
    expect(text).toContain('Cek Bansos');
  });

  it('is A4 portrait in large type', () => {
    const { definition } = buildPengumuman(input);
    expect(definition.pageSize).toBe('A4');
    expect(definition.pageOrientation).toBe('portrait');
    expect(definition.defaultStyle?.fontSize).toBeGreaterThanOrEqual(13);
  });

  it('an SPTJM is named as such', () => {
    const text = textsOf(
      buildPengumuman({ ...input, meeting: { ...meeting, kind: 'sptjm' } }).definition.content,
    ).join('\n');
    expect(text).toContain('Surat Pernyataan Tanggung Jawab Mutlak Lurah Pahandut Nomor');
  });

  it('a cancelled notice says so', () => {
    const doc = buildPengumuman({
      ...input,
      letter: { ...input.letter, status: 'batal' as const, cancelReason: 'salah tanggal' },
    });
    expect(doc.definition.watermark).toMatchObject({ text: 'BATAL' });
    expect(textsOf(doc.definition.content).join('\n')).toContain(
      'SURAT INI TELAH DIBATALKAN: salah tanggal',
    );
  });

  it('renders as a PDF', async () => {
    const bytes = await renderPdfInNode(buildPengumuman(input));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });
});

describe('surat pengantar ke Dinas Sosial', () => {
  const details: PengantarDetails = {
    kind: 'pengantar_dinsos',
    batchId: 'b-1',
    batchNumber: 3,
    batchVersion: 2,
    counts: [
      { kind: 'baru', count: 5 },
      { kind: 'nonaktif', count: 2 },
    ],
    packageSha256: 'ab'.repeat(32),
    recipient: defaultRecipient(identity),
  };
  const input = {
    identity,
    letter: facts('400.9.2/001/PGT/KEL-PHD/XI/2026'),
    meeting,
    details,
    paper: 'A4' as const,
  };

  it('names the decision document, the batch, its rows per kind and the package hash', () => {
    const text = textsOf(buildPengantarDinsos(input).definition.content).join('\n');
    expect(text).toContain('Yth. Kepala Dinas Sosial Kota Palangka Raya');
    expect(text).toContain('Nomor 005/BA-MUSKEL/KEL-PHD/XI/2026 tanggal 20 November 2026');
    expect(text).toContain('batch nomor 3 versi 2');
    expect(text).toContain('Usulan baru 5, Nonaktif 2; jumlah 7 (tujuh) baris');
    expect(text).toContain('ab'.repeat(32));
    expect(text).toContain(pengantarPerihal(meeting));
    expect(text).toContain('Camat Pahandut');
    expect(text).toContain('LURAH PAHANDUT,');
  });

  it('counts only the kinds present', () => {
    expect(
      countsText([
        { kind: 'perbaikan', count: 1 },
        { kind: 'baru', count: 0 },
      ]),
    ).toMatch(/^Perbaikan data 1; jumlah 1 \(satu\) baris$/);
  });

  it('renders as a PDF', async () => {
    const bytes = await renderPdfInNode(buildPengantarDinsos(input));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  });
});
