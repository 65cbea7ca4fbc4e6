import { describe, expect, it } from 'vitest';
import { CRITERIA_SETS } from '../usulan/criteria';
import type { Assessment, Family, Proposal } from '../core/entities';
import {
  attendanceByUnsur,
  buildCandidate,
  buildProjectorView,
  PROJECTOR_NEARBY,
  groupByRwRt,
  lastFourOnly,
  snapshotOf,
  tallyDecisions,
  toProjectorCandidate,
} from './candidates';
import type { MeetingCandidate } from './candidates';

const NOW = '2026-11-01T00:00:00.000Z';
const set262 = CRITERIA_SETS[0];

function proposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: 'p-1',
    familyId: 'f-1',
    personId: 'h-1',
    kind: 'baru',
    source: 'rt_rw',
    programme: 'PKH',
    documents: { ktp: true, kk: true, suratPengantar: false, fotoRumah: true },
    status: 'siap_musyawarah',
    history: [],
    period: 'November 2026',
    note: 'Diusulkan Ketua RT',
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

const family: Family = {
  id: 'f-1',
  noKk: '6271010101100007',
  alamat: 'Jl. Rajawali Gg. Mawar No. 5',
  rt: '003',
  rw: '002',
  kodeWilayah: '6271011001',
  createdAt: NOW,
  updatedAt: NOW,
};

const assessment: Assessment = {
  id: 'a-1',
  proposalId: 'p-1',
  criteriaSetId: set262.id,
  answers: Object.fromEntries(
    set262.items.map((item, i) => [item.id, { value: i > 0 && i <= 5, evidence: 'dilihat' }]),
  ),
  officer: 'Rudi (PSM)',
  date: '2026-10-20',
  note: 'Rumah papan, atap bocor',
  createdAt: NOW,
};

function candidate(overrides: Partial<MeetingCandidate> = {}): MeetingCandidate {
  return {
    ...buildCandidate({
      proposal: proposal(),
      family,
      person: { nama: 'Siti Aminah', nik: '6271014507800003' },
      familySize: 4,
      aid: [],
      assessment,
    }),
    ...overrides,
  };
}

describe('buildCandidate', () => {
  it('takes what the room needs from proposal, family, head, aid and the field check', () => {
    const built = buildCandidate({
      proposal: proposal(),
      family,
      person: { nama: 'Siti Aminah', nik: '6271014507800003' },
      familySize: 4,
      aid: [
        {
          id: 'x',
          familyId: 'f-1',
          programme: 'PKH',
          level: 'pusat',
          since: '2020-01-01',
          createdAt: NOW,
        },
        {
          id: 'y',
          familyId: 'f-1',
          programme: 'PBI-JK',
          level: 'pusat',
          since: '2020-01-01',
          createdAt: NOW,
        },
        {
          id: 'z',
          familyId: 'f-1',
          programme: 'PKH',
          level: 'pusat',
          since: '2021-01-01',
          createdAt: NOW,
        },
      ],
      assessment,
    });
    expect(built).toMatchObject({
      proposalId: 'p-1',
      nama: 'Siti Aminah',
      nik: '6271014507800003',
      noKk: '6271010101100007',
      rt: '003',
      rw: '002',
      familySize: 4,
      aid: ['PBI-JK (pusat)', 'PKH (pusat)'],
      fieldNote: 'Rumah papan, atap bocor',
      officer: 'Rudi (PSM)',
      criteriaSetId: set262.id,
      proposalNote: 'Diusulkan Ketua RT',
    });
    expect(built.criteriaSummary).toBe('5 dari 8 kriteria terpenuhi (Kepmensos 262/HUK/2022)');
  });

  it('says when a new proposal has no field check yet, and that removals need none', () => {
    const base = { family, person: { nama: 'A', nik: '6271011203900001' }, familySize: 1, aid: [] };
    expect(
      buildCandidate({ ...base, proposal: proposal(), assessment: null }).criteriaSummary,
    ).toBe('Belum dinilai');
    const removal = buildCandidate({
      ...base,
      proposal: proposal({ kind: 'nonaktif', nonaktifReason: 'meninggal' }),
      assessment: null,
    });
    expect(removal.criteriaSummary).toBe('Tidak dinilai kriteria');
    expect(toProjectorCandidate(removal, null).kindLabel).toBe('Nonaktif: meninggal');
  });

  it('freezes the printed fields in a snapshot without notes or aid', () => {
    const snap = snapshotOf(candidate());
    expect(snap.nik).toBe('6271014507800003');
    expect(Object.keys(snap)).not.toContain('fieldNote');
    expect(Object.keys(snap)).not.toContain('aid');
  });
});

describe('grouping and tallies', () => {
  const list = [
    candidate({ proposalId: 'a', nama: 'Yusuf', rw: '010', rt: '001' }),
    candidate({ proposalId: 'b', nama: 'Bambang', rw: '002', rt: '011' }),
    candidate({ proposalId: 'c', nama: 'Ani', rw: '002', rt: '011' }),
    candidate({ proposalId: 'd', nama: 'Dewi', rw: '002', rt: '003' }),
  ];

  it('groups by RW then RT in numeric order, names sorted within a group', () => {
    const groups = groupByRwRt(list);
    expect(groups.map((group) => group.label)).toEqual([
      'RW 002 · RT 003',
      'RW 002 · RT 011',
      'RW 010 · RT 001',
    ]);
    expect(groups[1]?.items.map((item) => item.nama)).toEqual(['Ani', 'Bambang']);
  });

  it('counts each decision and what is still open', () => {
    expect(
      tallyDecisions(
        ['a', 'b', 'c', 'd'],
        [
          { proposalId: 'a', decision: 'layak' },
          { proposalId: 'b', decision: 'tidak_layak' },
          { proposalId: 'd', decision: 'layak' },
          { proposalId: 'zz', decision: 'ditunda' },
        ],
      ),
    ).toEqual({ layak: 2, tidak_layak: 1, ditunda: 0, belum: 1, total: 4 });
  });

  it('counts attendance per element and the sex of those present', () => {
    const { rows, total } = attendanceByUnsur([
      { unsur: 'RW', jenisKelamin: 'L', invited: true, present: true },
      { unsur: 'RT', jenisKelamin: 'P', invited: true, present: true },
      { unsur: 'RT', jenisKelamin: 'L', invited: true, present: false },
      { unsur: 'RT', jenisKelamin: 'L', invited: false, present: true },
    ]);
    expect(rows.map((row) => row.unsur)).toEqual(['RT', 'RW']);
    expect(rows[0]).toEqual({ unsur: 'RT', invited: 2, present: 2, presentBySex: { L: 1, P: 1 } });
    expect(total).toEqual({
      unsur: 'Jumlah',
      invited: 3,
      present: 3,
      presentBySex: { L: 2, P: 1 },
    });
  });
});

describe('desil on the candidate', () => {
  const ranked = { ...family, desil: { value: 2, source: 'prelist p.xlsx', date: '2026-11-05' } };
  const build = (from: Family) =>
    buildCandidate({
      proposal: proposal(),
      family: from,
      person: { nama: 'Siti Aminah', nik: '6271014507800003' },
      familySize: 4,
      aid: [],
      assessment,
    });

  it('carries the family decile onto the card and freezes it in the snapshot', () => {
    const withDesil = build(ranked);
    expect(withDesil.desil).toEqual(ranked.desil);
    expect(snapshotOf(withDesil).desil).toEqual(ranked.desil);
    expect(build(family)).not.toHaveProperty('desil');
    expect(snapshotOf(build(family))).not.toHaveProperty('desil');
  });

  it('shows the projector "Desil 2" and nothing of its source', () => {
    const view = toProjectorCandidate(build(ranked), null);
    expect(view.desilLabel).toBe('Desil 2');
    expect(JSON.stringify(view)).not.toContain('p.xlsx');
    expect(toProjectorCandidate(build(family), null).desilLabel).toBe('Belum ada desil');
  });
});

describe('projector view', () => {
  it('shows only the last four digits of NIK and No. KK', () => {
    const view = toProjectorCandidate(candidate(), 'layak');
    expect(view.nikMasked).toBe('•••• •••• •••• 0003');
    expect(view.noKkMasked).toBe('•••• •••• •••• 0007');
    const text = JSON.stringify(view);
    expect(text).not.toContain('627101');
    expect(text).not.toMatch(/\d{5,}/);
    expect(lastFourOnly('****')).toBe('****');
  });

  it('never carries notes, officer names or anything the candidate gains later', () => {
    const sensitive = {
      ...candidate({ fieldNote: 'penyakit jantung', proposalNote: 'tuna netra' }),
      disabilitas: 'Tuna netra',
      penyakitKronis: 'Jantung',
    } as MeetingCandidate;
    const text = JSON.stringify(toProjectorCandidate(sensitive, null));
    for (const word of ['jantung', 'netra', 'Rudi', 'disabilitas', 'penyakit', 'officer'])
      expect(text.toLowerCase()).not.toContain(word.toLowerCase());
  });

  it('points at the current candidate with its decision and the candidates around it', () => {
    const list = [
      candidate({ proposalId: 'a', nama: 'A' }),
      candidate({ proposalId: 'b', nama: 'B' }),
    ];
    const view = buildProjectorView({
      meetingId: 'm',
      title: 'Musyawarah',
      candidates: list,
      decisions: [{ proposalId: 'b', decision: 'ditunda' }],
      currentId: 'b',
      locked: false,
    });
    expect(view.position).toBe(2);
    expect(view.current?.nama).toBe('B');
    expect(view.current?.decision).toBe('ditunda');
    expect(view.nearby.map((item) => item.decision)).toEqual([null, 'ditunda']);
    expect(view.nearbyStart).toBe(0);
    expect(view.total).toBe(2);
    expect(view.tally.belum).toBe(1);
    expect(JSON.stringify(view.nearby)).not.toContain('6271');

    const unknown = buildProjectorView({
      ...view,
      candidates: list,
      decisions: [],
      currentId: 'zz',
      locked: false,
    });
    expect(unknown.position).toBe(1);
    const empty = buildProjectorView({
      ...view,
      candidates: [],
      decisions: [],
      currentId: null,
      locked: false,
    });
    expect(empty.current).toBeNull();
    expect(empty.position).toBe(0);
    expect(empty.nearby).toEqual([]);
  });

  it('shows no facts of a candidate still being read, and says which one it is', () => {
    const list = [
      candidate({ proposalId: 'a', nama: 'A' }),
      candidate({ proposalId: 'b', nama: 'B' }),
    ];
    const input = {
      meetingId: 'm',
      title: 'Musyawarah',
      candidates: list,
      decisions: [],
      currentId: 'b',
      locked: false,
    };
    const reading = buildProjectorView({ ...input, reading: true });
    expect(reading.current).toBeNull();
    expect(reading.reading).toBe(true);
    expect(reading.position).toBe(2);
    expect(reading.nearby.map((item) => item.nama)).toEqual(['A', 'B']);
    const read = buildProjectorView({ ...input, reading: false });
    expect(read.current?.nama).toBe('B');
    expect(read).not.toHaveProperty('reading');
  });

  it('sends the projector a window of the list around the current candidate, not all of it', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      candidate({ proposalId: `p${i}`, nama: `Calon ${i + 1}` }),
    );
    const input = {
      meetingId: 'm',
      title: 'Musyawarah',
      candidates: many,
      decisions: [{ proposalId: 'p0', decision: 'layak' as const }],
      locked: false,
    };
    const middle = buildProjectorView({ ...input, currentId: 'p249' });
    expect(middle.position).toBe(250);
    expect(middle.total).toBe(500);
    expect(middle.nearbyStart).toBe(250 - 1 - PROJECTOR_NEARBY.before);
    expect(middle.nearby).toHaveLength(PROJECTOR_NEARBY.before + 1 + PROJECTOR_NEARBY.after);
    expect(middle.nearby[PROJECTOR_NEARBY.before]?.nama).toBe('Calon 250');
    // The tally still counts the whole meeting.
    expect(middle.tally).toMatchObject({ layak: 1, belum: 499, total: 500 });

    const first = buildProjectorView({ ...input, currentId: 'p0' });
    expect(first.nearbyStart).toBe(0);
    expect(first.nearby).toHaveLength(1 + PROJECTOR_NEARBY.after);
    expect(first.nearby[0]?.decision).toBe('layak');
    const last = buildProjectorView({ ...input, currentId: 'p499' });
    expect(last.nearbyStart + last.nearby.length).toBe(500);
    expect(last.nearby.at(-1)?.nama).toBe('Calon 500');
  });
});
