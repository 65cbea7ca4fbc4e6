import { CRITERIA_SETS } from '@shared/domain/usulan/criteria';
import type {
  Assessment,
  Family,
  Person,
  Proposal,
  ProposalSource,
  ProposalStatus,
} from '@shared/domain/core/entities';
import type { MeetingInput } from '@shared/domain/musyawarah/meeting';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import { newId } from '@shared/domain/core/ids';
import type { DtksDatabase } from '../core/database';

/**
 * Test data for the musyawarah repositories, written straight to the tables. Every id comes
 * from the app's own factory (`newId`, nanoid), as the app's rows do.
 */

const NOW = '2026-11-01T00:00:00.000Z';

export type SeedProposal = {
  status?: ProposalStatus;
  source?: ProposalSource;
  rw?: string;
  rt?: string;
  nama?: string;
  suspended?: boolean;
};

export async function seedProposals(
  db: DtksDatabase,
  specs: readonly SeedProposal[],
): Promise<Proposal[]> {
  const families: Family[] = [];
  const people: ReturnType<typeof toPersonRow>[] = [];
  const proposals: Proposal[] = [];
  const assessments: Assessment[] = [];
  const set = CRITERIA_SETS[0];
  specs.forEach((spec, i) => {
    const n = String(i + 1).padStart(4, '0');
    const family: Family = {
      id: newId(),
      noKk: `627101010110${n}`,
      alamat: `Jl. Cilik Riwut Gg. ${i + 1}`,
      rt: spec.rt ?? '001',
      rw: spec.rw ?? '001',
      kodeWilayah: '6271011001',
      createdAt: NOW,
      updatedAt: NOW,
    };
    const head: Person = {
      id: newId(),
      familyId: family.id,
      nik: `627101120390${n}`,
      nama: spec.nama ?? `Warga ${n}`,
      tempatLahir: 'Palangka Raya',
      tanggalLahir: '1990-03-12',
      jenisKelamin: 'L',
      shdk: 1,
      statusKawin: 'kawin',
      agama: 'Islam',
      pendidikan: 'SD/Sederajat',
      pekerjaan: 'Buruh',
      namaIbuKandung: 'Ibu',
      disabilitas: 'Tuna daksa',
      penyakitKronis: 'Diabetes',
      statusKeberadaan: 'ada',
      createdAt: NOW,
      updatedAt: NOW,
    };
    const child: Person = {
      ...head,
      id: newId(),
      nik: `627101550515${n}`,
      nama: `Anak ${n}`,
      shdk: 4,
      disabilitas: undefined,
      penyakitKronis: undefined,
    };
    families.push(family);
    people.push({ ...toPersonRow(head), ...(spec.suspended ? { suspended: true } : {}) });
    people.push(toPersonRow(child));
    const proposal: Proposal = {
      id: newId(),
      familyId: family.id,
      personId: head.id,
      kind: 'baru',
      source: spec.source ?? 'rt_rw',
      programme: 'PKH',
      documents: { ktp: true, kk: true, suratPengantar: false, fotoRumah: true },
      status: spec.status ?? 'siap_musyawarah',
      history: [
        { from: null, to: spec.status ?? 'siap_musyawarah', at: NOW, by: 'uji', reason: 'uji' },
      ],
      period: 'November 2026',
      createdAt: NOW,
      updatedAt: NOW,
    };
    proposals.push(proposal);
    assessments.push({
      id: newId(),
      proposalId: proposal.id,
      criteriaSetId: set.id,
      answers: Object.fromEntries(
        set.items.map((item) => [item.id, { value: false, evidence: '' }]),
      ),
      officer: 'Rudi (PSM)',
      date: '2026-10-20',
      note: `Catatan lapangan ${n}`,
      createdAt: NOW,
    });
  });
  await db.transaction(
    'rw',
    [db.families, db.people, db.proposals, db.assessments, db.aid],
    async () => {
      await db.families.bulkAdd(families);
      await db.people.bulkAdd(people);
      await db.proposals.bulkAdd(proposals);
      await db.assessments.bulkAdd(assessments);
      await db.aid.add({
        id: newId(),
        familyId: families[0]?.id ?? '',
        programme: 'PKH',
        level: 'pusat',
        since: '2021-01-01',
        createdAt: NOW,
      });
    },
  );
  return proposals;
}

export async function seedOfficial(db: DtksDatabase): Promise<string> {
  const id = newId();
  await db.officials.put({
    id,
    nama: 'Drs. H. Ahmad Yani',
    jabatan: 'Lurah',
    pangkatGolongan: 'Penata Tk. I (III/d)',
    nip: '197203151998031004',
    aktif: true,
  });
  return id;
}

export function meetingInput(chairOfficialId: string, overrides: Partial<MeetingInput> = {}) {
  return {
    kind: 'berita_acara',
    period: 'November 2026',
    date: '2026-11-20',
    startTime: '09:00',
    endTime: '12:00',
    place: 'Aula Kantor Kelurahan Pahandut',
    chairOfficialId,
    noteTaker: 'Dewi Lestari',
    agenda: 'Pembahasan usulan DTKS',
    ...overrides,
  } satisfies MeetingInput;
}
