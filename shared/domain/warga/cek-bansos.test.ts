import { describe, expect, it } from 'vitest';
import {
  cekBansosInputSchema,
  duplicateProposalWarnings,
  filingsInFlight,
  latestCheck,
} from './cek-bansos';
import type { CekBansosEntry } from '../core/entities';

const base = { recordedAt: '2026-11-01T00:00:00.000Z', recordedBy: 'Siti' };
const entries: CekBansosEntry[] = [
  { ...base, id: 'a', kind: 'cek', date: '2026-05-01', result: 'tidak_terdaftar', programmes: [] },
  {
    ...base,
    id: 'b',
    kind: 'cek',
    date: '2026-10-02',
    result: 'terdaftar',
    desil: 3,
    programmes: ['PKH'],
  },
  { ...base, id: 'c', kind: 'usul', date: '2026-09-15', reference: 'USL-2026-0912' },
  { ...base, id: 'd', kind: 'sanggah', date: '2025-01-10', reference: 'SGH-OLD' },
];

describe('Cek Bansos records', () => {
  it('a filing stays in flight for about two update rounds', () => {
    expect(filingsInFlight(entries, '2026-11-20').map((e) => e.id)).toEqual(['c']);
    expect(filingsInFlight(entries, '2027-06-01')).toEqual([]);
    expect(latestCheck(entries)?.id).toBe('b');
  });

  it('warns of a duplicate proposal in the clerk’s words', () => {
    const baru = duplicateProposalWarnings(entries, 'baru', '2026-11-20');
    expect(baru).toHaveLength(2);
    expect(baru[0]).toContain(
      'usul sendiri lewat aplikasi Cek Bansos pada 2026-09-15 (nomor USL-2026-0912)',
    );
    expect(baru[1]).toContain('sudah terdaftar (desil 3)');
    // A correction of a listed family is what the check suggests: only the filing warns.
    expect(duplicateProposalWarnings(entries, 'perbaikan', '2026-11-20')).toHaveLength(1);
    expect(duplicateProposalWarnings(undefined, 'baru', '2026-11-20')).toEqual([]);
  });

  it('checks its input with Indonesian messages', () => {
    const bad = cekBansosInputSchema.safeParse({ kind: 'usul', date: '2026-02-30', reference: '' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      'Tanggal tidak valid',
      'Nomor/kode pendaftaran dari aplikasi wajib diisi',
    ]);
    const desil = cekBansosInputSchema.safeParse({
      kind: 'cek',
      date: '2026-11-01',
      result: 'terdaftar',
      desil: 11,
      programmes: [],
    });
    expect(desil.error?.issues[0]?.message).toBe('Desil harus angka 1 sampai 10');
  });
});
