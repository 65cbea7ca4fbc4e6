import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchEntryFor } from '../domain/ekspor/batch';
import { sampleRecord, SAMPLE_DOCUMENT } from '../domain/ekspor/test-data';
import {
  DECISIONS,
  NONAKTIF_REASONS,
  PROPOSAL_KINDS,
  PROPOSAL_SOURCES,
} from '../domain/core/entities';
import type {
  Decision,
  NonaktifReason,
  ProposalKind,
  ProposalSource,
} from '../domain/core/entities';
import { CURRENT_EXPORT_TEMPLATE } from '../domain/ekspor/template';
import type { ExportKind } from '../domain/ekspor/template';
import {
  DITUNDA_REASONS,
  NONAKTIF_REFUSAL_REASONS,
  PRELIST_REMOVAL_REASONS,
  USULAN_REFUSAL_REASONS,
} from '../domain/musyawarah/decision-words';
import type { ProposedProgramme } from '../domain/core/entities';
import { packageTables } from './batch-package';
import type { PackageRow } from './batch-package';
import { buildBeritaAcara } from './berita-acara';
import type { ResultRow } from './musyawarah-common';
import { SAMPLE_CHAIR, SAMPLE_IDENTITY, sampleLockedMeeting } from './report-test-data';

/**
 * Issue 22: the Berita Acara legitimises the package, so Lampiran I and the package must
 * say the same thing about every row. Both are built here the way the app builds them
 * (the minutes from the frozen candidates, the package through batchEntryFor) from a
 * generated meeting, and read back as text: what the paper says, what the file says.
 */

/** Every string in a pdfmake node, in document order. */
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

const candidate: fc.Arbitrary<Drawn> = fc.record({
  kind: fc.constantFrom(...PROPOSAL_KINDS),
  source: fc.constantFrom(...PROPOSAL_SOURCES),
  nonaktifReason: fc.constantFrom(...NONAKTIF_REASONS),
  decision: fc.constantFrom(...DECISIONS),
  reason: fc.constantFrom(
    '',
    ...USULAN_REFUSAL_REASONS,
    ...NONAKTIF_REFUSAL_REASONS,
    ...PRELIST_REMOVAL_REASONS,
    ...DITUNDA_REASONS,
  ),
  programme: fc.constantFrom<ProposedProgramme>('DTKS Non-Bansos', 'PKH', 'Bansos Daerah'),
  prelistChanged: fc.boolean(),
});

type Drawn = {
  kind: ProposalKind;
  source: ProposalSource;
  nonaktifReason: NonaktifReason;
  decision: Decision;
  reason: string;
  programme?: ProposedProgramme;
  prelistChanged?: boolean;
};

function meetingRows(drawn: Drawn[]): ResultRow[] {
  return drawn.map((item, i) => {
    const n = String(i + 1).padStart(4, '0');
    return {
      candidate: {
        proposalId: `p-${n}`,
        nama: `Warga ${n}`,
        nik: `627101120390${n}`,
        noKk: `627101010110${n}`,
        alamat: `Jl. Contoh ${i + 1}`,
        rt: '001',
        rw: '002',
        kind: item.kind,
        ...(item.kind === 'nonaktif' ? { nonaktifReason: item.nonaktifReason } : {}),
        source: item.source,
        programme: item.programme ?? 'DTKS Non-Bansos',
        familySize: 3,
        criteriaSummary: '',
        ...(item.source === 'prelist' && item.prelistChanged !== undefined
          ? { prelistChanged: item.prelistChanged }
          : {}),
      },
      decision: item.decision,
      // The room must give a reason for anything but layak.
      reason: item.decision === 'layak' ? '' : item.reason || 'Perlu verifikasi lapangan ulang',
    };
  });
}

/** Lampiran I's body rows as printed: [no, nama, nik, kk, alamat, rt/rw, jenis, keputusan, alasan]. */
function lampiranRows(rows: ResultRow[]): string[][] {
  const doc = buildBeritaAcara({
    identity: SAMPLE_IDENTITY,
    meeting: sampleLockedMeeting(rows),
    chair: SAMPLE_CHAIR,
    participants: [],
    rows,
    paper: 'A4',
    nikMode: 'full',
  });
  const content = doc.definition.content as unknown[];
  const table = content.find((node) => {
    const body = (node as { table?: { body?: unknown[][] } }).table?.body;
    return body?.[0] && textsOf(body[0]).includes('Jenis usulan');
  }) as { table: { body: unknown[][] } };
  return table.table.body.slice(1).map((cells) => cells.map((cell) => textsOf(cell).join('')));
}

/** The package's rows as the CSV holds them, keyed by NIK. */
function packageByNik(rows: ResultRow[]): Map<string, Record<string, string>> {
  const sent: PackageRow[] = rows.flatMap((row) => {
    const entry = batchEntryFor(row.candidate, { value: row.decision, reason: row.reason });
    if (!entry.include) return [];
    const record = sampleRecord({
      nik: row.candidate.nik,
      noKk: row.candidate.noKk,
      nama: row.candidate.nama,
      nonaktifReason: entry.nonaktifReason,
    });
    return [{ kind: entry.kind, record }];
  });
  const { all } = packageTables(CURRENT_EXPORT_TEMPLATE, sent, {
    kodeWilayah: '6271011001',
    document: SAMPLE_DOCUMENT,
  });
  const [header = [], ...body] = all;
  const named = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return new Map(named.map((row) => [row.nomor_nik ?? '', row]));
}

/** Lampiran I's words for each package kind, written out independently of the code. */
const KIND_WORDS: Record<string, string> = {
  'USULAN BARU': 'Usulan baru',
  'PERBAIKAN DATA': 'Perbaikan data',
  NONAKTIF: 'Nonaktif',
};
const SENT_OUTCOMES: Record<ExportKind, readonly string[]> = {
  baru: ['Layak', 'Tetap'],
  perbaikan: ['Layak', 'Tetap'],
  nonaktif: ['Disetujui dinonaktifkan', 'Dikeluarkan'],
};
const HELD_OUTCOMES = [
  'Tidak layak',
  'Ditunda',
  'Ditolak',
  'Sanggahan diterima',
  'Sanggahan ditolak',
];
const KIND_BY_EXPORT: Record<string, ExportKind> = {
  'USULAN BARU': 'baru',
  'PERBAIKAN DATA': 'perbaikan',
  NONAKTIF: 'nonaktif',
};

/** The words domain.md §1 step 3 allows for each kind of proposal. */
function allowedWords(row: ResultRow): readonly string[] {
  if (row.candidate.kind === 'sanggah')
    return ['Sanggahan diterima', 'Sanggahan ditolak', 'Ditunda'];
  if (row.candidate.kind === 'nonaktif') return ['Disetujui dinonaktifkan', 'Ditolak', 'Ditunda'];
  if (row.candidate.source === 'prelist') return ['Tetap', 'Dikeluarkan', 'Ditunda'];
  return ['Layak', 'Tidak layak', 'Ditunda'];
}

describe('Lampiran I and the package', () => {
  it('agree on every row: sent or not, its kind, its reason and its outcome', () => {
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 25 }), (drawn) => {
        const rows = meetingRows(drawn);
        const paper = lampiranRows(rows);
        const file = packageByNik(rows);
        expect(paper).toHaveLength(rows.length);

        paper.forEach((printed, i) => {
          const row = rows[i] as ResultRow;
          const [, nama, nik = '', , , , kindCell = '', outcome = '', reason] = printed;
          expect(nama).toBe(row.candidate.nama);
          expect(allowedWords(row)).toContain(outcome);
          expect(reason).toBe(row.reason || '-');
          const sent = file.get(nik);
          if (!sent) {
            if (outcome === 'Tetap' && kindCell === 'Prelist DTSEN') {
              // Kept and unchanged: named as the prelist family it is, nothing sent (14.3).
              expect(row.candidate.prelistChanged).not.toBe(true);
              return;
            }
            if (row.candidate.programme === 'Bansos Daerah') {
              // Regional aid: the paper says so, the package never carries it (issue 14.4).
              if (!HELD_OUTCOMES.includes(outcome)) expect(kindCell).toContain('bansos daerah');
              return;
            }
            expect(HELD_OUTCOMES, `${nama}: ${kindCell} – ${outcome}`).toContain(outcome);
            return;
          }
          expect(row.candidate.programme).not.toBe('Bansos Daerah');
          const kind = sent.jenis_usulan ?? '';
          expect(kindCell, `${nama}: ${kind}`).toContain(KIND_WORDS[kind]);
          expect(SENT_OUTCOMES[KIND_BY_EXPORT[kind] as ExportKind]).toContain(outcome);
          const why = (sent.alasan_nonaktif ?? '').toLowerCase();
          if (kind === 'NONAKTIF') {
            expect(why).not.toBe('');
            expect(kindCell.toLowerCase()).toContain(why);
          } else expect(why).toBe('');
          if (row.candidate.source === 'prelist') expect(kindCell).toContain('Prelist DTSEN');
        });
        const sentOnPaper = paper.filter(
          (cells) =>
            Object.values(SENT_OUTCOMES).some((words) => words.includes(cells[7] ?? '')) &&
            cells[6] !== 'Prelist DTSEN' &&
            !(cells[6] ?? '').includes('bansos daerah'),
        );
        expect(file.size).toBe(sentOnPaper.length);
      }),
      { numRuns: 60 },
    );
  });

  it('words the issue-22 case the same on both sides: a removed prelist family who died', () => {
    const decided: Decision = 'tidak_layak';
    const [row] = meetingRows([
      {
        kind: 'perbaikan',
        source: 'prelist',
        nonaktifReason: 'meninggal',
        decision: decided,
        reason: 'Meninggal dunia',
      },
    ]);
    if (!row) throw new Error('no row');
    const [printed] = lampiranRows([row]);
    expect(printed?.slice(6)).toEqual([
      'Prelist DTSEN – Nonaktif: meninggal',
      'Dikeluarkan',
      'Meninggal dunia',
    ]);
    const sent = packageByNik([row]).get(row.candidate.nik);
    expect(sent).toMatchObject({ jenis_usulan: 'NONAKTIF', alasan_nonaktif: 'MENINGGAL' });
  });
});
