import { getCriteriaSet, DEFAULT_CRITERIA_SET_ID } from '../domain/usulan/criteria';
import { chance, createRng, pick, pickWeighted, randomInt, rowIdFromRng } from './demo-rng';
import { NAME_GROUPS } from './demo-names';
import type {
  AidReceived,
  Assessment,
  Contact,
  Family,
  NonaktifReason,
  Person,
  Proposal,
  ProposalKind,
  ProposalSource,
  ProposalStatus,
  ProposedProgramme,
  Sex,
  StatusChange,
  Unsur,
} from '../domain/core/entities';
import type { Rng } from './demo-rng';

export type DemoWorkflow = {
  aid: AidReceived[];
  proposals: Proposal[];
  assessments: Assessment[];
  contacts: Contact[];
};

export type DemoWorkflowOptions = {
  seed: number | string;
  families: readonly Family[];
  people: readonly Person[];
  /** Period label of the proposals, e.g. "November 2026". */
  period: string;
  /** ISO instant used for every timestamp, so the output is deterministic. */
  timestamp: string;
};

const OFFICERS = [
  'Rudi Hartono (PSM)',
  'Yuliana (TKSK)',
  'Ahmad Fauzi (PSM)',
  'Maria Ulfa (Pendamping PKH)',
];

const EVIDENCE: Record<string, string> = {
  'kepala-keluarga-tidak-bekerja': 'Kepala keluarga buruh lepas, sering tidak ada pekerjaan',
  'khawatir-atau-tidak-makan': 'Mengaku pernah tidak makan seharian bulan lalu',
  'pengeluaran-pangan-lebih-separuh': 'Sebagian besar penghasilan untuk beras dan lauk',
  'tidak-ada-pengeluaran-pakaian': 'Pakaian dari pemberian tetangga',
  'lantai-tanah-atau-plesteran': 'Lantai semen plesteran retak',
  'dinding-tidak-layak': 'Dinding papan kayu lapuk',
  'tidak-punya-jamban-sendiri': 'Memakai jamban umum di ujung gang',
  'listrik-450va-atau-tanpa-listrik': 'Listrik 450 VA, menumpang meteran tetangga',
};

const FIELD_NOTES = [
  'Rumah kontrakan, tiga anak masih sekolah.',
  'Kepala keluarga sakit-sakitan, istri berjualan kue keliling.',
  'Tinggal menumpang di rumah orang tua.',
  'Rumah panggung kayu di tepi sungai, kondisi lapuk.',
  'Penghasilan tidak tetap dari ojek.',
  'Lansia tinggal sendiri, dibantu tetangga.',
];

function head(members: readonly Person[]): Person | undefined {
  return members.find((person) => person.shdk === 1) ?? members[0];
}

/**
 * The RT's cover letter number, dated the year of its own date (`timestamp`): "94/RT.001/2026".
 * Two draws, as before the year was taken from the date, so every later name, NIK and date the
 * generator makes is unchanged (the kept bench registries and their prelists rely on it).
 */
function pengantarNumber(rng: Rng, rt: string, timestamp: string): string {
  const sequence = randomInt(rng, 1, 99);
  randomInt(rng, 2025, 2026); // the old random year: drawn to keep the stream, not used
  return `${sequence}/RT.${rt}/${timestamp.slice(0, 4)}`;
}

function makeHistory(status: ProposalStatus, timestamp: string): StatusChange[] {
  const steps: ProposalStatus[] = ['draf', 'verifikasi_lapangan', 'siap_musyawarah'];
  const end = steps.indexOf(status);
  const reasons = [
    'Usulan dicatat',
    'Dijadwalkan verifikasi lapangan',
    'Verifikasi lapangan selesai',
  ];
  return steps.slice(0, end + 1).map((to, index) => ({
    from: index === 0 ? null : (steps[index - 1] ?? null),
    to,
    at: timestamp,
    by: 'Data latihan',
    reason: reasons[index] ?? '',
  }));
}

function demoAid(rng: Rng, family: Family, timestamp: string): AidReceived[] {
  const aid: AidReceived[] = [];
  const add = (programme: AidReceived['programme'], level: AidReceived['level']) =>
    aid.push({
      id: rowIdFromRng(rng),
      familyId: family.id,
      programme,
      level,
      since: `${randomInt(rng, 2018, 2025)}-${String(randomInt(rng, 1, 12)).padStart(2, '0')}-01`,
      createdAt: timestamp,
    });
  if (chance(rng, 0.12)) add('PKH', 'pusat');
  if (chance(rng, 0.14)) add('BPNT/Sembako', 'pusat');
  if (chance(rng, 0.2)) add('PBI-JK', 'pusat');
  if (chance(rng, 0.04)) add('Bansos Daerah', 'kota');
  return aid;
}

function demoContacts(rng: Rng, families: readonly Family[]): Contact[] {
  const rts = [...new Set(families.map((family) => `${family.rw}/${family.rt}`))].sort();
  const rws = [...new Set(families.map((family) => family.rw))].sort();
  const person = (unsur: Unsur, jabatan: string): Contact => {
    const group = pick(rng, NAME_GROUPS);
    const sex: Sex = chance(rng, 0.3) ? 'P' : 'L';
    const first = pick(rng, sex === 'L' ? group.male : group.female);
    const second = pick(rng, sex === 'L' ? group.maleSecond : group.femaleSecond);
    return {
      id: rowIdFromRng(rng),
      nama: `${first} ${second}`,
      unsur,
      unsurConfirmed: true,
      jabatan,
      jenisKelamin: sex,
      aktif: true,
    };
  };
  return [
    ...rws.map((rw) => person('RW', `Ketua RW ${rw}`)),
    ...rts.map((key) => {
      const [rw, rt] = key.split('/');
      return person('RT', `Ketua RT ${rt} / RW ${rw}`);
    }),
    person('PSM', 'Pekerja Sosial Masyarakat'),
    person('PSM', 'Pekerja Sosial Masyarakat'),
    person('TKSK', 'TKSK Kecamatan'),
    person('LPMK', 'Ketua LPMK'),
    person('Tokoh Masyarakat', 'Tokoh masyarakat'),
    person('Tokoh Agama', 'Tokoh agama'),
    person('Babinsa/Bhabinkamtibmas', 'Babinsa'),
    person('Babinsa/Bhabinkamtibmas', 'Bhabinkamtibmas'),
    person('Dinas Sosial', 'Staf Dinas Sosial'),
    person('Pendamping PKH', 'Pendamping PKH'),
  ];
}

/**
 * The work in progress of a period for the training database: aid already
 * received, proposals at every stage before the meeting (with field checks
 * for those ready for it), and the reusable list of meeting participants.
 */
export function generateDemoWorkflow(options: DemoWorkflowOptions): DemoWorkflow {
  const rng = createRng(`${options.seed}:workflow`);
  const { timestamp, period } = options;
  const criteria = getCriteriaSet(DEFAULT_CRITERIA_SET_ID);
  const membersByFamily = new Map<string, Person[]>();
  for (const person of options.people) {
    const list = membersByFamily.get(person.familyId);
    if (list) list.push(person);
    else membersByFamily.set(person.familyId, [person]);
  }

  const aid: AidReceived[] = [];
  const proposals: Proposal[] = [];
  const assessments: Assessment[] = [];
  for (const family of options.families) {
    const familyAid = demoAid(rng, family, timestamp);
    aid.push(...familyAid);
    const members = membersByFamily.get(family.id) ?? [];
    const subject = head(members);
    if (!subject || !chance(rng, 0.09)) continue;

    const kind = pickWeighted<ProposalKind>(rng, [
      ['baru', 60],
      ['perbaikan', 20],
      ['nonaktif', 15],
      ['sanggah', 5],
    ]);
    const status = pickWeighted<ProposalStatus>(rng, [
      ['draf', 20],
      ['verifikasi_lapangan', 25],
      ['siap_musyawarah', 55],
    ]);
    const source = pickWeighted<ProposalSource>(rng, [
      ['mandiri', 40],
      ['rt_rw', 35],
      ['survei_dinsos', 10],
      ['cek_bansos', 10],
      ['prelist', 5],
    ]);
    const onCentral = familyAid.some((item) => item.level === 'pusat');
    const programme: ProposedProgramme = onCentral
      ? pick(rng, ['DTKS Non-Bansos', 'PBI-JK'] as const)
      : pick(rng, ['DTKS Non-Bansos', 'PKH', 'BPNT/Sembako', 'PBI-JK', 'Bansos Daerah'] as const);
    const withCover = source === 'rt_rw' || chance(rng, 0.5);
    const proposal: Proposal = {
      id: rowIdFromRng(rng),
      familyId: family.id,
      personId: subject.id,
      kind,
      ...(kind === 'nonaktif'
        ? {
            nonaktifReason: pick<NonaktifReason>(rng, [
              'meninggal',
              'pindah',
              'tidak_ditemukan',
              'sudah_mampu',
              'ganda',
            ]),
          }
        : {}),
      source,
      programme,
      documents: {
        ktp: true,
        kk: true,
        suratPengantar: withCover,
        ...(withCover
          ? {
              suratPengantarNomor: pengantarNumber(rng, family.rt, timestamp),
              suratPengantarTanggal: timestamp.slice(0, 10),
            }
          : {}),
        fotoRumah: status === 'siap_musyawarah',
      },
      status,
      history: makeHistory(status, timestamp),
      period,
      note: pick(rng, FIELD_NOTES),
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    proposals.push(proposal);

    if (criteria && status === 'siap_musyawarah' && (kind === 'baru' || kind === 'perbaikan')) {
      const poor = chance(rng, 0.75);
      const answers: Assessment['answers'] = {};
      for (const item of criteria.items) {
        const met = item.id === criteria.outrightPoorItemId ? false : chance(rng, poor ? 0.7 : 0.2);
        answers[item.id] = {
          value: met,
          evidence: met ? (EVIDENCE[item.id] ?? 'Sesuai pengamatan') : '',
        };
      }
      assessments.push({
        id: rowIdFromRng(rng),
        proposalId: proposal.id,
        criteriaSetId: criteria.id,
        answers,
        officer: pick(rng, OFFICERS),
        date: timestamp.slice(0, 10),
        note: proposal.note ?? '',
        createdAt: timestamp,
      });
    }
  }
  return { aid, proposals, assessments, contacts: demoContacts(rng, options.families) };
}
