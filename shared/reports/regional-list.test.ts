import { describe, expect, it } from 'vitest';
import type { Decision, ProposalKind, ProposedProgramme } from '../domain/core/entities';
import { buildRegionalList, regionalEntries, regionalSheetRows } from './regional-list';
import type { RegionalRow } from './regional-list';
import { SAMPLE_CHAIR, SAMPLE_IDENTITY, sampleLockedMeeting } from './report-test-data';

function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    return ['text', 'stack', 'columns', 'table', 'body'].flatMap((key) =>
      key in record ? textsOf(record[key]) : [],
    );
  }
  return [];
}

function row(
  i: number,
  programme: ProposedProgramme,
  decision: Decision,
  kind: ProposalKind = 'baru',
  aid: string[] = [],
): RegionalRow {
  const n = String(i).padStart(4, '0');
  return {
    candidate: {
      proposalId: `p-${n}`,
      nama: `Warga ${n}`,
      nik: `627101120390${n}`,
      noKk: `627101010110${n}`,
      alamat: `Jl. Contoh ${i}`,
      rt: '001',
      rw: '002',
      kind,
      source: 'rt_rw',
      programme,
      familySize: 3,
      criteriaSummary: '',
    },
    decision,
    reason: decision === 'layak' ? '' : 'Sudah mampu',
    aid,
  };
}

const rows = [
  row(1, 'Bansos Daerah', 'layak', 'baru', ['PKH (pusat)', 'BLT (kota)']),
  row(2, 'Bansos Daerah', 'tidak_layak'),
  row(3, 'PKH', 'layak'),
  row(4, 'Bansos Daerah', 'ditunda'),
];

describe('daftar usulan bansos daerah (issue 14.4)', () => {
  it('lists only regional aid the room agreed, with full NIK and the central aid received', () => {
    const entries = regionalEntries(rows);
    expect(entries.map((entry) => entry.row.candidate.nama)).toEqual(['Warga 0001']);
    expect(entries[0]).toMatchObject({
      kind: 'Usulan baru',
      decision: 'Layak',
      centralAid: 'PKH (pusat)',
    });
    const sheet = regionalSheetRows(entries);
    expect(sheet[0]?.[2]).toBe('NIK');
    expect(sheet[1]).toEqual([
      1,
      'Warga 0001',
      '6271011203900001',
      '6271010101100001',
      'Jl. Contoh 1',
      '001',
      '002',
      'Usulan baru',
      'Layak',
      'PKH (pusat)',
    ]);
  });

  it('prints the list for the city, signed by the Lurah, on a landscape page', () => {
    const doc = buildRegionalList({
      identity: SAMPLE_IDENTITY,
      meeting: sampleLockedMeeting(rows),
      chair: SAMPLE_CHAIR,
      participants: [],
      rows,
      paper: 'A4',
    });
    const all = textsOf(doc.definition.content).join('\n');
    expect(doc.definition.pageOrientation).toBe('landscape');
    expect(all).toContain('DAFTAR USULAN BANSOS DAERAH');
    expect(all).toContain('Berita Acara Musyawarah Kelurahan Nomor 005/BA-MUSKEL/KEL-PHD/XI/2026');
    expect(all).toContain('Pemerintah Kota Palangka Raya');
    expect(all).toContain('6271011203900001');
    expect(all).not.toContain('Warga 0003');
    expect(all).toContain('Jumlah: 1 keluarga.');
    expect(all).toContain('Drs. H. Ahmad Yani');
    const empty = buildRegionalList({
      identity: SAMPLE_IDENTITY,
      meeting: sampleLockedMeeting(rows),
      chair: SAMPLE_CHAIR,
      participants: [],
      rows: [row(3, 'PKH', 'layak')],
      paper: 'F4',
    });
    expect(textsOf(empty.definition.content).join('\n')).toContain(
      'Tidak ada usulan bansos daerah yang disetujui',
    );
  });
});
