import { describe, expect, it } from 'vitest';
import type { Letter, MeetingLetter } from '../domain/core/entities';
import { letterRegisterRows, REGISTER_HEADER, signerTitle } from './letter-register';
import { buildPublicKeySheet } from './public-key-sheet';

const letter: Letter = {
  id: 'l1',
  type: 'sktm',
  year: 2026,
  seq: 7,
  number: '400.9.2/007/KEL-PHD/XI/2026',
  date: '2026-11-27',
  personId: 'p1',
  subject: {
    nama: 'Siti Aminah',
    nik: '6271015203900001',
    tempatLahir: 'Palangka Raya',
    tanggalLahir: '1990-03-12',
    jenisKelamin: 'P',
    agama: 'Islam',
    pekerjaan: 'Wiraswasta',
    alamat: 'Jl. Rajawali 5',
  },
  dependants: [],
  purpose: '=HYPERLINK("x")',
  coverLetter: { nomor: '1', tanggal: '2026-11-25' },
  validUntil: '2026-12-27',
  signer: {
    officialId: 'o',
    nama: 'Rina Marlina',
    jabatan: 'Kasi Kesejahteraan Sosial',
    pangkatGolongan: '',
    nip: '',
    delegation: 'u.b.',
    onBehalfOf: 'Lurah Pahandut',
    via: 'Sekretaris Kelurahan',
  },
  status: 'batal',
  cancelReason: 'Salah nama',
  reprints: [
    { at: '2026-11-28T02:00:00.000Z', by: 'Siti', kind: 'cetak' },
    { at: '2026-11-29T02:00:00.000Z', by: 'Siti', kind: 'pdf' },
  ],
  qrPayload: 'SKTM1.x.y',
  createdAt: '2026-11-27T02:00:00.000Z',
  createdBy: 'Siti',
};

describe('letter register rows', () => {
  it('has one row per letter with frozen signer, status, reason and reprints; NIK masked', () => {
    const rows = letterRegisterRows([letter], 'WIB');
    expect(rows[0]).toEqual(REGISTER_HEADER);
    const row = rows[1] ?? [];
    const cell = (name: string) => row[REGISTER_HEADER.indexOf(name)];
    expect(cell('Nomor surat')).toBe(letter.number);
    expect(cell('Tanggal')).toBe('27 November 2026');
    expect(cell('NIK')).toBe('************0001');
    expect(cell('Status')).toBe('Batal');
    expect(cell('Alasan batal')).toBe('Salah nama');
    expect(cell('Jumlah cetak ulang')).toBe(2);
    // In the office's zone with its label, whatever zone the computer is set to.
    expect(cell('Riwayat cetak ulang')).toBe(
      '28-11-2026 09.00 WIB cetak oleh Siti; 29-11-2026 09.00 WIB PDF oleh Siti',
    );
    expect(String(letterRegisterRows([letter], 'WIT')[1]?.at(-1))).toMatch(
      /^28-11-2026 11\.00 WIT cetak/,
    );
    expect(cell('Jabatan penanda tangan')).toBe(
      'a.n. Lurah Pahandut Sekretaris Kelurahan u.b. Kasi Kesejahteraan Sosial',
    );
  });

  it('prints the title plainly when the Lurah signs', () => {
    expect(
      signerTitle({ ...letter, signer: { ...letter.signer, delegation: '', jabatan: 'Lurah' } }),
    ).toBe('Lurah');
  });
});

describe('public key sheet', () => {
  it('shows the fingerprint and the importable key', () => {
    const doc = buildPublicKeySheet({
      identity: {
        namaKelurahan: 'Pahandut',
        kecamatan: 'Pahandut',
        kota: 'Kota Palangka Raya',
        provinsi: 'Kalimantan Tengah',
        kodeWilayah: '6271011001',
        kodeSurat: 'KEL-PHD',
        alamatKantor: 'Jl. Kalimantan 1',
        telepon: '',
        email: '',
        kodePos: '',
        logoDataUrl: '',
      },
      paperSize: 'A4',
      fingerprint: '0123 4567 89AB CDEF',
      publicKeyText: 'DTKSKEY1.abc.def',
      qrDataUrl: 'data:image/png;base64,AAAA',
      createdOn: '2026-11-01',
      printedOn: '2026-11-27',
    });
    const json = JSON.stringify(doc.definition.content);
    expect(json).toContain('0123 4567 89AB CDEF');
    expect(json).toContain('DTKSKEY1.abc.def');
    expect(json).toContain('1 November 2026');
    expect(() => structuredClone(doc)).not.toThrow();
  });
});

describe('letters of the musyawarah in the register (issue 20.5)', () => {
  it('show their type, addressee and perihal, with no NIK', () => {
    const notice: MeetingLetter = {
      id: 'm1',
      type: 'pengumuman',
      year: 2026,
      seq: 2,
      number: '400.9.2/002/PENG/KEL-PHD/XI/2026',
      date: '2026-11-28',
      meetingId: 'meet',
      perihal: 'Hasil Musyawarah Kelurahan Pemutakhiran DTSEN Periode November 2026',
      tujuan: 'Papan pengumuman kelurahan',
      details: { kind: 'pengumuman', sanggahUntil: '2026-12-05', sanggahPlace: 'Kantor' },
      signer: letter.signer,
      status: 'batal',
      cancelReason: 'Tanggal salah',
      reprints: [{ at: '2026-11-28T03:00:00.000Z', by: 'Siti', kind: 'pdf' }],
      createdAt: '2026-11-28T02:00:00.000Z',
      createdBy: 'Siti',
    };
    const [, row] = letterRegisterRows([notice], 'WIB');
    expect(row?.slice(0, 7)).toEqual([
      2,
      '400.9.2/002/PENG/KEL-PHD/XI/2026',
      '28 November 2026',
      'Pengumuman',
      'Papan pengumuman kelurahan',
      null,
      'Hasil Musyawarah Kelurahan Pemutakhiran DTSEN Periode November 2026',
    ]);
    expect(row?.slice(9, 12)).toEqual(['Batal', 'Tanggal salah', 1]);
  });
});
