import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contactInputSchema,
  participantInputSchema,
  canonicalDecisions,
  decisionInputSchema,
  decisionsHash,
  defaultAgenda,
  meetingPurpose,
  finaliseProblems,
  unsurUnconfirmed,
  legalBasis,
  meetingInputSchema,
} from './meeting';
import type { FinaliseCheckInput } from './meeting';
import { newId } from '../core/ids';
import { getRegime } from '../pengaturan/regime';

const meeting = { id: 'm-1', number: '005/BA-MUSKEL/KEL-PHD/XI/2026', date: '2026-11-20' };
const decisions = [
  { proposalId: 'p-b', decision: 'tidak_layak' as const, reason: 'Meninggal dunia' },
  { proposalId: 'p-a', decision: 'layak' as const, reason: '' },
  { proposalId: 'p-c', decision: 'ditunda' as const, reason: 'Perlu verifikasi lapangan ulang' },
];

describe('canonical decisions and content hash', () => {
  it('is a stable JSON text ordered by proposal id with meeting id, number and date', () => {
    const text = canonicalDecisions(meeting, decisions);
    const parsed = JSON.parse(text) as { decisions: string[][]; meetingId: string };
    expect(parsed.meetingId).toBe('m-1');
    expect(parsed.decisions.map((row) => row[0])).toEqual(['p-a', 'p-b', 'p-c']);
    expect(text).toContain('"number":"005/BA-MUSKEL/KEL-PHD/XI/2026"');
    expect(text).toContain('"date":"2026-11-20"');
    expect(parsed.decisions[1]).toEqual(['p-b', 'tidak_layak', 'Meninggal dunia']);
  });

  it('is the SHA-256 of the canonical text, independent of input order', () => {
    const hash = decisionsHash(meeting, decisions);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(bytesToHex(sha256(utf8ToBytes(canonicalDecisions(meeting, decisions)))));
    expect(decisionsHash(meeting, [...decisions].reverse())).toBe(hash);
  });

  it('changes when any decision, reason, number, date or meeting changes', () => {
    const hash = decisionsHash(meeting, decisions);
    const changed = [
      decisionsHash(meeting, [{ ...decisions[0]!, decision: 'ditunda' }, ...decisions.slice(1)]),
      decisionsHash(meeting, [
        { ...decisions[0]!, reason: 'Pindah domisili' },
        ...decisions.slice(1),
      ]),
      decisionsHash({ ...meeting, number: '006' }, decisions),
      decisionsHash({ ...meeting, date: '2026-11-21' }, decisions),
      decisionsHash({ ...meeting, id: 'm-2' }, decisions),
      decisionsHash(meeting, decisions.slice(1)),
    ];
    for (const other of changed) expect(other).not.toBe(hash);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('ignores surrounding spaces and Unicode composition of reasons', () => {
    const composed = [{ proposalId: 'p', decision: 'ditunda' as const, reason: 'Menunggu café' }];
    const decomposed = [
      { proposalId: 'p', decision: 'ditunda' as const, reason: '  Menunggu cafe\u0301 ' },
    ];
    expect(decisionsHash(meeting, decomposed)).toBe(decisionsHash(meeting, composed));
  });

  it('no reason text can collide with another split of the rows', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a.trim() !== b.trim());
        const one = canonicalDecisions(meeting, [
          { proposalId: 'x', decision: 'ditunda', reason: a },
        ]);
        const two = canonicalDecisions(meeting, [
          { proposalId: 'x', decision: 'ditunda', reason: b },
        ]);
        return one !== two;
      }),
    );
  });
});

const ready: FinaliseCheckInput = {
  meeting: {
    kind: 'berita_acara',
    status: 'berlangsung',
    number: '005/BA/2026',
    chairOfficialId: 'o-1',
    noteTaker: 'Dewi',
    endTime: '12:00',
  },
  chairExists: true,
  participants: [{ present: true }, { present: false }],
  candidates: [
    { proposalId: 'p-a', nama: 'Ani' },
    { proposalId: 'p-b', nama: 'Budi' },
    { proposalId: 'p-c', nama: 'Citra' },
  ],
  decisions,
  decidedElsewhere: [],
};

describe('finaliseProblems', () => {
  it('is empty when everything is decided and attendance is filled in', () => {
    expect(finaliseProblems(ready)).toEqual([]);
  });

  it('lists every missing piece in Indonesian', () => {
    const problems = finaliseProblems({
      ...ready,
      meeting: { ...ready.meeting, number: ' ', noteTaker: '', endTime: '' },
      chairExists: false,
      participants: [{ present: false }],
      decisions: [{ proposalId: 'p-b', decision: 'tidak_layak', reason: ' ' }],
      decidedElsewhere: ['Dodi'],
    });
    // The number is no longer missing: the register gives it at the lock (issue 14.9).
    expect(problems).toEqual([
      'Pimpinan musyawarah (Lurah) belum dipilih dari daftar pejabat.',
      'Jam selesai belum diisi.',
      'Notulis belum diisi.',
      'Daftar hadir belum diisi: belum ada peserta yang ditandai hadir.',
      '2 calon belum diputuskan: Ani, Citra.',
      'Alasan belum diisi untuk keputusan yang menolak, mengeluarkan atau menunda: Budi.',
      'Sudah diputuskan di musyawarah lain, hapus keputusannya di sesi ini: Dodi.',
    ]);
  });

  it('shortens long lists of names', () => {
    const candidates = Array.from({ length: 9 }, (_, i) => ({
      proposalId: `x${i}`,
      nama: `N${i}`,
    }));
    const [problem] = finaliseProblems({ ...ready, candidates, decisions: [] });
    expect(problem).toBe('9 calon belum diputuskan: N0, N1, N2, N3, N4 dan 4 lainnya.');
  });

  it('needs no attendance nor note-taker for an SPTJM, but a signer (the number comes at the lock)', () => {
    const problems = finaliseProblems({
      ...ready,
      meeting: { ...ready.meeting, kind: 'sptjm', noteTaker: '', number: '' },
      participants: [],
      chairExists: false,
    });
    expect(problems).toEqual(['Pejabat penanda tangan SPTJM belum dipilih dari daftar pejabat.']);
  });

  it('refuses an empty meeting and a locked one', () => {
    expect(finaliseProblems({ ...ready, candidates: [], decisions: [] })).toEqual([
      'Belum ada calon yang dibahas.',
    ]);
    expect(
      finaliseProblems({ ...ready, meeting: { ...ready.meeting, status: 'terkunci' } }),
    ).toEqual(['Musyawarah sudah dikunci.']);
  });
});

describe('inputs', () => {
  const valid = {
    kind: 'berita_acara' as const,
    number: '',
    period: 'November 2026',
    date: '2026-11-20',
    startTime: '09.00',
    endTime: '',
    place: 'Aula Kantor Kelurahan',
    chairOfficialId: 'o-1',
    noteTaker: '',
    agenda: defaultAgenda('November 2026'),
  };

  it('accepts a session before its number and end time are known and normalises times', () => {
    const parsed = meetingInputSchema.parse(valid);
    expect(parsed.startTime).toBe('09:00');
    expect(parsed.agenda).toContain('November 2026');
  });

  it('refuses an end before the start, a bad date and a missing place', () => {
    const result = meetingInputSchema.safeParse({
      ...valid,
      endTime: '08:30',
      date: '2026-02-30',
      place: ' ',
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain('Tempat wajib diisi');
    expect(messages).toContain('Tanggal tidak valid');
  });

  it('reads times as a clerk types them, 24-hour, and refuses the rest in Indonesian', () => {
    const parsed = meetingInputSchema.parse({ ...valid, startTime: '9', endTime: '1230' });
    expect([parsed.startTime, parsed.endTime]).toEqual(['09:00', '12:30']);
    for (const typed of ['25.00', '9.5', '09:00 AM']) {
      const result = meetingInputSchema.safeParse({ ...valid, startTime: typed });
      expect(result.error?.issues[0]?.message).toBe(
        'Jam ditulis 24 jam, jam dan menit: contoh 09.00 atau 13.30',
      );
    }
  });

  it('checks the end time against the start', () => {
    const result = meetingInputSchema.safeParse({ ...valid, endTime: '08:30' });
    expect(result.error?.issues[0]?.message).toBe('Jam selesai harus sesudah jam mulai');
  });

  it('requires a reason for tidak layak and ditunda only', () => {
    expect(decisionInputSchema.safeParse({ decision: 'layak', reason: '' }).success).toBe(true);
    expect(decisionInputSchema.safeParse({ decision: 'tidak_layak', reason: ' ' }).success).toBe(
      false,
    );
    expect(decisionInputSchema.safeParse({ decision: 'ditunda', reason: 'RT' }).success).toBe(true);
    expect(decisionInputSchema.safeParse({ decision: 'batal', reason: 'x' }).success).toBe(false);
  });
});

describe('texts', () => {
  it('cites Permensos 3/2021 and the decree of each criteria set used, newest first', () => {
    const dtks = getRegime('dtks-permensos-3-2021');
    const basis = legalBasis(dtks, [
      'kepmensos-146-2013',
      'kepmensos-262-2022',
      'kepmensos-262-2022',
    ]);
    expect(basis.some((line) => line.includes('Nomor 3 Tahun 2021'))).toBe(true);
    const decrees = basis.filter((line) => line.startsWith('Keputusan Menteri Sosial'));
    expect(decrees).toHaveLength(2);
    expect(decrees[0]).toContain('262/HUK/2022');
    expect(legalBasis(dtks, []).some((line) => line.includes('HUK'))).toBe(false);
  });

  it('cites the DTSEN regulations for a DTSEN period, never Permensos 3/2021', () => {
    const basis = legalBasis(getRegime('dtsen-permensos-3-2025'), ['kepmensos-262-2022']);
    expect(basis.join('\n')).toContain('Peraturan Menteri Sosial Nomor 3 Tahun 2025');
    expect(basis.join('\n')).toContain('Keputusan Menteri Sosial Nomor 245/HUK/2025');
    expect(basis.join('\n')).not.toContain('Nomor 3 Tahun 2021');
    expect(meetingPurpose('November 2026', 'Pahandut')).toContain(
      'Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) periode November 2026',
    );
    expect(defaultAgenda('Semester II 2024')).toContain('pemutakhiran DTKS periode');
  });
});

describe('contact and participant names', () => {
  it('refuses a name made of formula text, keeps a real one', () => {
    const participant = {
      unsur: 'RT' as const,
      jabatan: 'Ketua RT 003',
      jenisKelamin: 'L' as const,
      invited: true,
      present: true,
    };
    const refused = participantInputSchema.safeParse({ ...participant, nama: '=1+1' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toContain('Nama berisi "="');
    expect(
      contactInputSchema.safeParse({ ...participant, id: newId(), aktif: true, nama: '+62 812' })
        .success,
    ).toBe(false);
    expect(participantInputSchema.parse({ ...participant, nama: ' H. Abdul  Gani ' }).nama).toBe(
      'H. Abdul Gani',
    );
  });
});

describe('unsur of a person', () => {
  it('treats only an unconfirmed RT as unknown (the old form preset nothing else)', () => {
    expect(unsurUnconfirmed({ unsur: 'RT' })).toBe(true);
    expect(unsurUnconfirmed({ unsur: 'RT', unsurConfirmed: true })).toBe(false);
    expect(unsurUnconfirmed({ unsur: 'RW' })).toBe(false);
  });

  it('has no default: a participant without an unsur is refused with "Pilih unsur"', () => {
    const result = participantInputSchema.safeParse({
      nama: 'Pak Yusuf',
      jabatan: 'Ketua RW 002',
      jenisKelamin: 'L',
      invited: false,
      present: true,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Pilih unsur');
  });

  it('blocks the lock of a Berita Acara while a present participant has an unknown unsur', () => {
    const problems = finaliseProblems({
      ...ready,
      participants: [{ present: true, nama: 'Pak Yusuf', unsur: 'RT' }],
    });
    expect(problems).toEqual([
      'Unsur 1 peserta belum dipastikan (tercatat "RT" oleh isian lama yang mengisinya otomatis): Pak Yusuf. Pilih unsurnya di tab Peserta & kehadiran.',
    ]);
  });
});
