import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BATCH_FILE_PATTERN,
  batchContentHash,
  batchEntryFor,
  batchFileBase,
  batchLabel,
  canonicalBatchContent,
  countByKind,
  nonaktifReasonFromDecision,
  validateBatch,
} from './batch';
import type { ContentMeta, ContentRow, ValidationInput } from './batch';
import { sampleRecord, SAMPLE_DOCUMENT } from './test-data';
import type { BatchRecord } from '../core/entities';
import { CURRENT_EXPORT_TEMPLATE } from './template';

describe('which decisions a batch carries', () => {
  const base = { source: 'rt_rw' as const, nonaktifReason: undefined };
  it.each([
    ['baru', 'layak', { include: true, kind: 'baru' }],
    ['perbaikan', 'layak', { include: true, kind: 'perbaikan' }],
    ['baru', 'tidak_layak', { include: false }],
    ['baru', 'ditunda', { include: false }],
    ['nonaktif', 'tidak_layak', { include: false }],
    ['sanggah', 'layak', { include: false }],
  ] as const)('%s decided %s', (kind, value, expected) => {
    expect(batchEntryFor({ ...base, kind }, { value, reason: '' })).toMatchObject(expected);
  });

  it('sends an agreed nonaktif with its own reason', () => {
    expect(
      batchEntryFor(
        { kind: 'nonaktif', source: 'mandiri', nonaktifReason: 'pindah' },
        { value: 'layak', reason: '' },
      ),
    ).toEqual({ include: true, kind: 'nonaktif', nonaktifReason: 'pindah' });
  });

  it('turns a prelist family the room found gone into a nonaktif usulan', () => {
    expect(
      batchEntryFor(
        { kind: 'perbaikan', source: 'prelist' },
        { value: 'tidak_layak', reason: 'Meninggal dunia' },
      ),
    ).toEqual({ include: true, kind: 'nonaktif', nonaktifReason: 'meninggal' });
    // Kept ("tetap"): nothing is sent unless the office changed the family's data (14.3).
    expect(
      batchEntryFor({ kind: 'perbaikan', source: 'prelist' }, { value: 'layak', reason: '' }),
    ).toMatchObject({ include: false });
    expect(
      batchEntryFor(
        { kind: 'perbaikan', source: 'prelist', prelistChanged: false },
        { value: 'layak', reason: '' },
      ),
    ).toMatchObject({ include: false, why: expect.stringMatching(/^Tetap/) });
    expect(
      batchEntryFor(
        { kind: 'perbaikan', source: 'prelist', prelistChanged: true },
        { value: 'layak', reason: '' },
      ),
    ).toMatchObject({ include: true, kind: 'perbaikan' });
    expect(
      batchEntryFor({ kind: 'perbaikan', source: 'prelist' }, { value: 'ditunda', reason: 'x' }),
    ).toMatchObject({ include: false });
  });

  it('never sends regional aid (bansos daerah) to the national system (14.4)', () => {
    for (const kind of ['baru', 'perbaikan', 'nonaktif'] as const) {
      expect(
        batchEntryFor(
          { kind, source: 'rt_rw', nonaktifReason: 'pindah', programme: 'Bansos Daerah' },
          { value: 'layak', reason: '' },
        ),
      ).toMatchObject({ include: false, why: expect.stringMatching(/bansos daerah/i) });
    }
  });

  it.each([
    ['Meninggal dunia', 'meninggal'],
    ['Pindah domisili', 'pindah'],
    ['Tidak ditemukan di alamat', 'tidak_ditemukan'],
    ['Data ganda', 'ganda'],
    ['Sudah mampu', 'sudah_mampu'],
    ['Tidak memenuhi kriteria kemiskinan', 'sudah_mampu'],
  ] as const)('reads "%s" as %s', (reason, expected) => {
    expect(nonaktifReasonFromDecision(reason)).toBe(expected);
  });
});

const meta: ContentMeta = {
  meetingId: 'meeting-1',
  period: 'November 2026',
  kodeWilayah: '6271011001',
  templateVersion: 'siksng-usulan-1',
  decisionDocument: SAMPLE_DOCUMENT,
};

const rowArb = fc.record({
  proposalId: fc.uuid(),
  personId: fc.uuid(),
  kind: fc.constantFrom('baru', 'perbaikan', 'nonaktif'),
  nama: fc.string(),
  nik: fc.stringMatching(/^\d{16}$/),
});
type RowSpec = { proposalId: string; personId: string; kind: string; nama: string; nik: string };
const toContent = (row: RowSpec): ContentRow => ({
  proposalId: row.proposalId,
  personId: row.personId,
  kind: row.kind,
  record: sampleRecord({ nama: row.nama, nik: row.nik }),
});

describe('canonical content hash', () => {
  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => r.proposalId, maxLength: 8 }),
        (rows) => {
          const content = rows.map(toContent);
          expect(batchContentHash(meta, [...content].reverse())).toBe(
            batchContentHash(meta, content),
          );
        },
      ),
    );
  });

  it('changes when any national field of any row changes', () => {
    const fields = Object.keys(sampleRecord()) as (keyof BatchRecord)[];
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => r.proposalId, minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.constantFrom(...fields),
        (rows, pick, field) => {
          const content = rows.map(toContent);
          const i = pick % content.length;
          const target = content[i];
          if (!target?.record) return;
          const before = batchContentHash(meta, content);
          const changed = { ...target.record, [field]: `${String(target.record[field])}x` };
          const next = content.map((row, j) => (j === i ? { ...row, record: changed } : row));
          expect(batchContentHash(meta, next)).not.toBe(before);
        },
      ),
    );
  });

  it('keeps the hash of rows frozen before the ID DTKS was sent, and covers the ID after', () => {
    const base = toContent({
      proposalId: 'p',
      personId: 'q',
      kind: 'nonaktif',
      nama: 'A',
      nik: '1',
    });
    const hash = batchContentHash(meta, [base]);
    // An older row has no idDtks at all; an empty one is the same content.
    expect(batchContentHash(meta, [{ ...base, record: { ...base.record!, idDtks: '' } }])).toBe(
      hash,
    );
    const withId = { ...base, record: { ...base.record!, idDtks: 'DTKS0000001' } };
    expect(batchContentHash(meta, [withId])).not.toBe(hash);
    const otherId = { ...base, record: { ...base.record!, idDtks: 'DTKS0000002' } };
    expect(batchContentHash(meta, [otherId])).not.toBe(batchContentHash(meta, [withId]));
  });

  it('changes with the decision document and the template, not with Unicode form', () => {
    const rows = [
      toContent({ proposalId: 'p', personId: 'q', kind: 'baru', nama: 'Sé', nik: '1' }),
    ];
    const hash = batchContentHash(meta, rows);
    const otherDoc = { ...meta, decisionDocument: { ...SAMPLE_DOCUMENT, number: '006' } };
    expect(batchContentHash(otherDoc, rows)).not.toBe(hash);
    expect(batchContentHash({ ...meta, templateVersion: 'siksng-usulan-2' }, rows)).not.toBe(hash);
    const decomposed = rows.map((r) => ({
      ...r,
      record: r.record && { ...r.record, nama: 'Se\u0301' },
    }));
    expect(batchContentHash(meta, decomposed)).toBe(hash);
    expect(JSON.parse(canonicalBatchContent(meta, rows)).format).toBe('dtks-batch-isi-v1');
  });
});

describe('file names', () => {
  const batch = {
    kodeWilayah: '6271011001',
    createdAt: new Date(2026, 10, 21, 9, 30).toISOString(),
    number: 3,
    version: 1,
  };

  it('names the package DTKS_<kode>_<yyyymmdd>_<nomor>', () => {
    expect(batchFileBase(batch)).toBe('DTKS_6271011001_20261121_003');
    expect(BATCH_FILE_PATTERN.test(`${batchFileBase(batch)}.zip`)).toBe(true);
  });

  it('adds the version from the second one on, so two contents never share a name', () => {
    expect(batchLabel({ number: 12, version: 2 })).toBe('012-v2');
    expect(BATCH_FILE_PATTERN.test(`${batchFileBase({ ...batch, version: 2 })}.zip`)).toBe(true);
  });
});

function input(overrides: Partial<ValidationInput> = {}): ValidationInput {
  return {
    template: CURRENT_EXPORT_TEMPLATE,
    kodeWilayah: '6271011001',
    decisionDocument: SAMPLE_DOCUMENT,
    rows: [{ proposalId: 'p1', personId: 'u1', kind: 'baru', record: sampleRecord() }],
    earlier: new Map(),
    today: new Date(2026, 10, 25),
    ...overrides,
  };
}

const row = (n: number, record: Partial<BatchRecord> = {}, kind = 'baru') => ({
  proposalId: `p${n}`,
  personId: `u${n}`,
  kind,
  record: sampleRecord({
    nik: `62710112039${String(n).padStart(5, '0')}`,
    noKk: `62710101011${String(n).padStart(5, '0')}`,
    ...record,
  }),
});

describe('validation gate', () => {
  it('passes a complete batch', () => {
    const report = validateBatch(input());
    expect(report).toMatchObject({ ok: true, errors: 0, rows: [], batchProblems: [] });
  });

  it('lists the empty national fields of a row in one message', () => {
    const report = validateBatch(
      input({ rows: [row(1, { namaIbuKandung: '', pekerjaan: ' ', statusKawin: '' })] }),
    );
    expect(report.ok).toBe(false);
    expect(report.rows[0]?.problems).toEqual([
      { severity: 'error', message: 'Belum diisi: nama ibu kandung, status kawin, pekerjaan' },
    ]);
  });

  it('refuses invalid NIK and No. KK, and a nonaktif without its reason', () => {
    const report = validateBatch(
      input({
        rows: [
          row(1, { nik: '6271019903900001' }),
          row(2, { noKk: '123' }),
          row(3, { nonaktifReason: '' }, 'nonaktif'),
        ],
      }),
    );
    const messages = report.rows.map((r) => r.problems.map((p) => p.message).join(' | '));
    expect(messages[0]).toMatch(/^NIK tidak valid: Tanggal lahir dalam NIK tidak valid/);
    expect(messages[1]).toBe('No. KK tidak valid: No. KK harus 16 digit angka');
    expect(messages[2]).toMatch(
      /^Belum diisi: alasan nonaktif \| ID DTKS\/DTSEN keluarga belum tercatat/,
    );
    expect(report.errors).toBe(3);
    // The missing ID DTKS warns; it does not block a removal the office proposed itself.
    expect(report.warnings).toBe(1);
  });

  it('warns, without blocking, when the NIK disagrees with sex or birth date', () => {
    const report = validateBatch(input({ rows: [row(1, { jenisKelamin: 'P' })] }));
    expect(report.ok).toBe(true);
    expect(report.warnings).toBe(1);
    expect(report.rows[0]?.problems[0]?.message).toMatch(/^Jenis kelamin tidak sesuai dengan NIK/);
  });

  it('finds the same person twice in the batch, by NIK or by person', () => {
    const twin = { ...row(2), record: row(1).record };
    const samePerson = { ...row(3), personId: 'u1' };
    const report = validateBatch(input({ rows: [row(1), twin, samePerson] }));
    expect(report.rows.map((r) => [r.index, r.problems[0]?.message])).toEqual([
      [2, 'Orang yang sama sudah ada di baris 1 batch ini'],
      [3, 'Orang yang sama sudah ada di baris 1 batch ini'],
    ]);
  });

  it('refuses a person already in an earlier batch that was not rejected', () => {
    const first = row(1);
    const earlier = new Map([[first.record.nik, 'Sudah dikirim di batch 001 (diunggah)']]);
    const report = validateBatch(input({ rows: [first, row(2)], earlier }));
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]?.problems[0]?.message).toBe('Sudah dikirim di batch 001 (diunggah)');
  });

  it('refuses a family of another kelurahan and a bad RT', () => {
    const report = validateBatch(
      input({ rows: [row(1, { kodeWilayah: '6271021002' }), row(2, { rt: '12a' })] }),
    );
    expect(report.rows[0]?.problems[0]?.message).toMatch(/wilayah lain \(6271021002\)/);
    expect(report.rows[1]?.problems[0]?.message).toBe('RT harus angka, paling banyak 3 digit');
  });

  it('checks the decision document and the batch as a whole', () => {
    const report = validateBatch(
      input({
        rows: [],
        kodeWilayah: '123',
        decisionDocument: { kind: 'sptjm', number: ' ', date: '2026-02-30', hash: '' },
      }),
    );
    expect(report.batchProblems).toEqual([
      'Kode wilayah kelurahan di Pengaturan tidak valid.',
      'Nomor SPTJM belum ada.',
      'Tanggal SPTJM tidak valid.',
      'Kode hash SPTJM tidak ada: musyawarah belum dikunci.',
      'Batch kosong: musyawarah ini tidak menghasilkan usulan baru, perbaikan data atau penonaktifan untuk dikirim.',
    ]);
    expect(report.ok).toBe(false);
  });

  it('counts every problem and never throws on odd records', () => {
    const text = fc.string({ maxLength: 20 });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            nik: fc.oneof(text, fc.stringMatching(/^\d{16}$/)),
            noKk: fc.oneof(text, fc.stringMatching(/^\d{16}$/)),
            nama: text,
            tanggalLahir: fc.oneof(text, fc.constant('1990-03-12')),
            rt: text,
          }),
          { maxLength: 6 },
        ),
        (records) => {
          const rows = records.map((r, i) => ({ ...row(i + 1), record: sampleRecord(r) }));
          const report = validateBatch(input({ rows }));
          const counted = report.rows.flatMap((r) => r.problems);
          expect(report.errors).toBe(
            counted.filter((p) => p.severity === 'error').length + report.batchProblems.length,
          );
          expect(report.ok).toBe(report.errors === 0);
          for (const r of report.rows) expect(r.problems.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('counts rows per kind', () => {
    expect(countByKind([{ kind: 'baru' }, { kind: 'nonaktif' }, { kind: 'baru' }])).toEqual({
      baru: 2,
      perbaikan: 0,
      nonaktif: 1,
      total: 3,
    });
  });
});
