import type { Meeting } from '../domain/core/entities';
import { decisionsHash } from '../domain/musyawarah/meeting';
import type { KelurahanIdentity, Official } from '../domain/core/settings';
import type { ResultRow } from './musyawarah-common';
import type { SktmDocumentInput } from './sktm';

/**
 * The letter and minutes the report tests check and the benchmarks time: one set, so
 * the benchmark renders the documents the tests have looked at.
 */
export const SAMPLE_IDENTITY: KelurahanIdentity = {
  namaKelurahan: 'Pahandut',
  kecamatan: 'Pahandut',
  kota: 'Kota Palangka Raya',
  provinsi: 'Kalimantan Tengah',
  kodeWilayah: '6271011001',
  kodeSurat: 'KEL-PHD',
  alamatKantor: 'Jl. Kalimantan No. 1, Palangka Raya',
  telepon: '(0536) 3221234',
  email: 'kel.pahandut@palangkaraya.go.id',
  kodePos: '73111',
  logoDataUrl: '',
};

export const SAMPLE_SKTM_LETTER: SktmDocumentInput['letter'] = {
  number: '400.9.2/007/KEL-PHD/XI/2026',
  date: '2026-11-27',
  subject: {
    nama: 'Siti Aminah',
    nik: '6271015203900001',
    tempatLahir: 'Palangka Raya',
    tanggalLahir: '1990-03-12',
    jenisKelamin: 'P',
    kewarganegaraan: 'WNI',
    agama: 'Islam',
    statusKawin: 'Kawin',
    pekerjaan: 'Mengurus Rumah Tangga',
    alamat: 'Jl. Rajawali No. 5, RT 003 RW 002, Kelurahan Pahandut',
  },
  dependants: [
    {
      nik: '6271011504150002',
      nama: 'Budi Santoso',
      jenisKelamin: 'L',
      tempatLahir: 'Palangka Raya',
      tanggalLahir: '2015-04-15',
      shdk: 'Anak',
    },
  ],
  purpose: 'pendidikan di SMP Negeri 2 Palangka Raya',
  textVersion: 2,
  coverLetter: { nomor: '12/RT.003/XI/2026', tanggal: '2026-11-25' },
  validUntil: '2026-12-27',
  signer: {
    officialId: 'o1',
    nama: 'Drs. Ahmad Yani',
    jabatan: 'Lurah',
    pangkatGolongan: 'Penata Tk. I (III/d)',
    nip: '197805122003121004',
    delegation: '',
  },
  status: 'terbit',
};

/** The Lurah who chairs the sample meeting. */
export const SAMPLE_CHAIR: Official = {
  id: 'o-1',
  nama: 'Drs. H. Ahmad Yani',
  jabatan: 'Lurah',
  pangkatGolongan: 'Penata Tk. I (III/d)',
  nip: '197203151998031004',
  aktif: true,
};

/** A locked musyawarah whose content hash seals these decisions. */
export function sampleLockedMeeting(rows: readonly ResultRow[], period = 'November 2026'): Meeting {
  const meeting: Meeting = {
    id: 'm-1',
    kind: 'berita_acara',
    number: '005/BA-MUSKEL/KEL-PHD/XI/2026',
    period,
    date: '2026-11-20',
    startTime: '09:00',
    endTime: '12:30',
    place: 'Aula Kantor Kelurahan Pahandut',
    chairOfficialId: SAMPLE_CHAIR.id,
    noteTaker: 'Dewi Lestari',
    agenda: '1. Pembukaan\n2. Pembahasan usulan',
    status: 'terkunci',
    createdAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-20T05:00:00.000Z',
  };
  meeting.contentHash = decisionsHash(
    meeting,
    rows.map((r) => ({
      proposalId: r.candidate.proposalId,
      decision: r.decision,
      reason: r.reason,
    })),
  );
  return meeting;
}
