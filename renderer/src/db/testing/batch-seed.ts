import type {
  Decision,
  Family,
  Meeting,
  MeetingDecision,
  Person,
  Proposal,
  ProposalKind,
  ProposalSource,
} from '@shared/domain/core/entities';
import type { ProposedProgramme } from '@shared/domain/core/entities';
import { decisionsHash } from '@shared/domain/musyawarah/meeting';
import { prelistFingerprint } from '@shared/domain/impor/prelist-change';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import type { DtksDatabase } from '../core/database';
import { newId } from '@shared/domain/core/ids';

/**
 * Test data for the batch and feedback repositories: people, proposals and a
 * locked meeting written straight to the tables, the way the musyawarah lock
 * leaves them (proposals 'diputuskan' with their decision).
 */

const NOW = '2026-11-01T00:00:00.000Z';

export const TEST_KODE_WILAYAH = '6271011001';

export async function seedIdentity(db: DtksDatabase): Promise<void> {
  await db.settings.bulkPut([
    {
      key: 'kelurahan',
      value: {
        namaKelurahan: 'Pahandut',
        kecamatan: 'Pahandut',
        kota: 'Kota Palangka Raya',
        provinsi: 'Kalimantan Tengah',
        kodeWilayah: TEST_KODE_WILAYAH,
        kodeSurat: 'KEL-PHD',
        alamatKantor: 'Jl. Kalimantan No. 1',
        telepon: '',
        email: '',
        kodePos: '',
        logoDataUrl: '',
      },
    },
    { key: 'operator', value: { nama: 'Siti Rahmawati' } },
  ]);
}

export type SeedCase = {
  decision: Decision;
  kind?: ProposalKind;
  source?: ProposalSource;
  reason?: string;
  person?: Partial<Person>;
  suspended?: boolean;
  programme?: ProposedProgramme;
  /** The family's ID DTKS/DTSEN. */
  idDtks?: string;
  /** A prelist family: listed as it is now ('same') or with another address ('different'). */
  listed?: 'same' | 'different';
};

export type SeededPerson = { personId: string; familyId: string; nik: string; proposalId: string };

let serial = 0;

/** One family and one proposal per case, all decided in a new locked meeting. */
export async function seedLockedMeeting(
  db: DtksDatabase,
  cases: readonly SeedCase[],
  options: {
    reuse?: readonly SeededPerson[];
    number?: string;
    /** The meeting's key: `newId()` as the app makes one today, or a UUID for one made before. */
    meetingId?: string;
  } = {},
): Promise<{ meeting: Meeting; people: SeededPerson[] }> {
  const meetingId = options.meetingId ?? newId();
  const families: Family[] = [];
  const people: ReturnType<typeof toPersonRow>[] = [];
  const proposals: Proposal[] = [];
  const decisions: MeetingDecision[] = [];
  const seeded: SeededPerson[] = [];

  cases.forEach((spec, i) => {
    const reuse = options.reuse?.[i];
    serial += 1;
    const n = String(serial).padStart(4, '0');
    const familyId = reuse?.familyId ?? `fam-${n}`;
    const personId = reuse?.personId ?? `per-${n}`;
    const nik = reuse?.nik ?? `627101120390${n}`;
    if (!reuse) {
      families.push({
        id: familyId,
        noKk: `627101010110${n}`,
        alamat: `Jl. Cilik Riwut Gg. ${serial}`,
        rt: '001',
        rw: String((i % 3) + 1).padStart(3, '0'),
        kodeWilayah: TEST_KODE_WILAYAH,
        createdAt: NOW,
        updatedAt: NOW,
      });
      const person: Person = {
        id: personId,
        familyId,
        nik,
        nama: `Warga ${n}`,
        tempatLahir: 'Palangka Raya',
        tanggalLahir: '1990-03-12',
        jenisKelamin: 'L',
        shdk: 1,
        statusKawin: 'kawin',
        agama: 'Islam',
        pendidikan: 'SD/Sederajat',
        pekerjaan: 'Buruh',
        namaIbuKandung: 'Siti Aminah',
        statusKeberadaan: 'ada',
        createdAt: NOW,
        updatedAt: NOW,
        ...spec.person,
      };
      people.push({ ...toPersonRow(person), ...(spec.suspended ? { suspended: true } : {}) });
      const family = families[families.length - 1]!;
      if (spec.idDtks) family.idDtks = spec.idDtks;
      if (spec.listed) {
        const asListed =
          spec.listed === 'same' ? family : { ...family, alamat: `${family.alamat} (lama)` };
        family.prelistFingerprint = prelistFingerprint(asListed, [person]);
      }
    }
    const kind = spec.kind ?? 'baru';
    const proposalId = newId();
    const reason = spec.reason ?? (spec.decision === 'layak' ? '' : 'Sudah mampu');
    proposals.push({
      id: proposalId,
      familyId,
      personId,
      kind,
      ...(kind === 'nonaktif' ? { nonaktifReason: 'pindah' as const } : {}),
      source: spec.source ?? 'rt_rw',
      programme: spec.programme ?? 'PKH',
      documents: { ktp: true, kk: true, suratPengantar: false, fotoRumah: true },
      status: 'diputuskan',
      history: [{ from: null, to: 'diputuskan', at: NOW, by: 'uji', reason: 'uji' }],
      period: 'November 2026',
      decision: { value: spec.decision, reason, meetingId, at: NOW },
      createdAt: NOW,
      updatedAt: NOW,
    });
    decisions.push({
      id: newId(),
      meetingId,
      proposalId,
      decision: spec.decision,
      reason,
      decidedAt: NOW,
      decidedBy: 'uji',
    });
    seeded.push({ personId, familyId, nik, proposalId });
  });

  const base = {
    id: meetingId,
    number: options.number ?? '005/BA-MUSKEL/KEL-PHD/XI/2026',
    date: '2026-11-20',
  };
  const meeting: Meeting = {
    ...base,
    kind: 'berita_acara',
    period: 'November 2026',
    startTime: '09:00',
    endTime: '12:00',
    place: 'Aula Kantor Kelurahan',
    chairOfficialId: '',
    noteTaker: 'Dewi',
    agenda: 'Pembahasan usulan DTKS',
    status: 'terkunci',
    contentHash: decisionsHash(base, decisions),
    lockedAt: NOW,
    lockedBy: 'uji',
    createdAt: NOW,
    updatedAt: NOW,
  };
  await db.transaction(
    'rw',
    [db.families, db.people, db.proposals, db.meetings, db.decisions],
    async () => {
      await db.families.bulkAdd(families);
      await db.people.bulkAdd(people);
      await db.proposals.bulkAdd(proposals);
      await db.decisions.bulkAdd(decisions);
      await db.meetings.add(meeting);
    },
  );
  return { meeting, people: seeded };
}
