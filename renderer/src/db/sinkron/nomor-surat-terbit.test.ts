/** @vitest-environment node */
// Node, not jsdom: the letters' numbers come from a real server over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Family, Letter, Person } from '@shared/domain/core/entities';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import { SAMPLE_IDENTITY } from '@shared/reports/report-test-data';
import { RESERVE_EMPTY_MESSAGE, claimDocId } from '@shared/domain/sinkron/nomor-surat';
import type { ClaimDoc } from '@shared/domain/sinkron/nomor-surat';
import { startCouchTestServer } from '../../../../tests/support/couch-memory-server';
import type { CouchTestServer } from '../../../../tests/support/couch-memory-server';
import type { DtksDatabase } from '../core/database';
import { cancelLetter, issueLetter } from '../surat/repository';
import type { IssueLetterInput } from '@shared/domain/surat/schema';
import { saveIdentity, saveOfficial } from '../pengaturan/repository';
import { freshDatabase } from '../testing/helpers';
import {
  couchClient,
  readOfficeRegister,
  setOfficeNumbering,
  settleOfficeNumbers,
} from './nomor-kantor';
import type { OfficeNumberingConfig } from './nomor-kantor';

const NOV = new Date(2026, 10, 27, 10, 0);
const LURAH_ID = '11111111-1111-4111-8111-111111111111';
const SEKLUR_ID = '22222222-2222-4222-8222-222222222222';

function person(id: string, over: Partial<Person>): Person {
  return {
    id,
    familyId: 'fam-1',
    nik: '6271015203900001',
    nama: 'Siti Aminah',
    tempatLahir: 'Palangka Raya',
    tanggalLahir: '1990-03-12',
    jenisKelamin: 'P',
    shdk: 1,
    statusKawin: 'kawin',
    agama: 'Islam',
    pendidikan: 'SLTA/Sederajat',
    pekerjaan: 'Mengurus Rumah Tangga',
    namaIbuKandung: 'Hasnah',
    statusKeberadaan: 'ada',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

async function seed(db: DtksDatabase): Promise<void> {
  await saveIdentity(db, SAMPLE_IDENTITY);
  await saveOfficial(db, {
    id: LURAH_ID,
    nama: 'Drs. Ahmad Yani',
    jabatan: 'Lurah',
    pangkatGolongan: 'Penata Tk. I (III/d)',
    nip: '197805122003121004',
    aktif: true,
  });
  await saveOfficial(db, {
    id: SEKLUR_ID,
    nama: 'Rina Marlina, S.Sos.',
    jabatan: 'Sekretaris Kelurahan',
    pangkatGolongan: 'Penata (III/c)',
    nip: '',
    aktif: true,
  });
  const family: Family = {
    id: 'fam-1',
    noKk: '6271010101200001',
    alamat: 'Jl. Rajawali No. 5',
    rt: '003',
    rw: '002',
    kodeWilayah: '6271011001',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  await db.families.add(family);
  await db.people.bulkAdd([
    toPersonRow(person('p-1', {})),
    toPersonRow(
      person('p-2', {
        nik: '6271011504150002',
        nama: 'Budi Santoso',
        tanggalLahir: '2015-04-15',
        jenisKelamin: 'L',
        shdk: 4,
      }),
    ),
  ]);
}

const input = (over: Partial<IssueLetterInput> = {}): IssueLetterInput => ({
  type: 'sktm',
  personId: 'p-1',
  dependantIds: ['p-2'],
  purpose: 'Pendidikan/beasiswa',
  purposeKind: 'lainnya',
  kewarganegaraan: 'WNI',
  coverLetter: { nomor: '12/RT.003/XI/2026', tanggal: '2026-11-25' },
  signerId: LURAH_ID,
  delegation: '',
  via: '',
  ...over,
});

let server: CouchTestServer;
beforeAll(async () => {
  server = await startCouchTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('SKTM issued with office numbering', () => {
  it('two PCs issue and cancel through the app: numbers unique, claims and cancellation on the server', async () => {
    await server.createDatabase('kantor-sktm');
    const config: OfficeNumberingConfig = {
      endpoint: {
        url: server.url,
        database: 'kantor-sktm',
        username: server.username,
        password: server.password,
      },
      reserve: 3,
      timeoutMs: 2000,
    };
    const pcs = [freshDatabase(), freshDatabase()];
    for (const pc of pcs) {
      await seed(pc);
      setOfficeNumbering(pc, config);
    }
    const letters: Letter[] = [];
    for (let i = 0; i < 4; i += 1) {
      for (const pc of pcs) letters.push(await issueLetter(pc, input(), NOV));
    }
    const seqs = letters.map((letter) => letter.seq);
    expect(new Set(seqs).size).toBe(8);
    // PC 1 reserved 1–3 first, PC 2 4–6: each letter carries its PC's number in its QR.
    expect(letters[0]!.number).toBe('400.9.2/001/KEL-PHD/XI/2026');
    expect(letters[1]!.number).toBe('400.9.2/004/KEL-PHD/XI/2026');

    await cancelLetter(pcs[0]!, letters[0]!.id, 'Salah keperluan', NOV);
    // Offline: the reserve still serves; empty, the clerk is told to connect.
    await server.stop();
    try {
      const offline: Letter[] = [];
      for (;;) {
        try {
          offline.push(await issueLetter(pcs[1]!, input(), NOV));
        } catch (error) {
          expect((error as Error).message).toBe(RESERVE_EMPTY_MESSAGE);
          break;
        }
      }
      letters.push(...offline);
    } finally {
      await server.start();
    }
    letters.push(await issueLetter(pcs[1]!, input(), NOV));
    await issueLetter(pcs[0]!, input(), NOV).then((letter) => letters.push(letter));
    const all = letters.map((letter) => letter.number);
    expect(new Set(all).size).toBe(all.length);

    // What the background round of the sync engine does; issueLetter does not wait for it.
    for (const pc of pcs) await settleOfficeNumbers(pc);
    const register = await readOfficeRegister(config, 'sktm', 2026, NOV);
    const claimed = register
      .filter((line) => line.status !== 'cadangan')
      .map((line) => line.number);
    expect(claimed.sort()).toEqual([...all].sort());
    expect(register.find((line) => line.letterId === letters[0]!.id)?.status).toBe('batal');
    const claim = await couchClient(config).get<ClaimDoc>(
      claimDocId('sktm', 2026, letters[0]!.seq),
    );
    expect(claim).toMatchObject({ status: 'batal', cancelReason: 'Salah keperluan' });
    for (const pc of pcs) pc.close();
  }, 120_000);
});
