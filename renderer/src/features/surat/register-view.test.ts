import { describe, expect, it } from 'vitest';
import type { Letter, MeetingLetter } from '@shared/domain/core/entities';
import { newId } from '@shared/domain/core/ids';
import { viewRegister } from './register-view';

function letter(seq: number, nama: string, nik: string, purpose: string): Letter {
  return {
    id: newId(),
    type: 'sktm',
    year: 2026,
    seq,
    number: `400.9.2/${String(seq).padStart(3, '0')}/KEL-PHD/XI/2026`,
    date: '2026-11-05',
    subject: { nama, nik, noKk: `6271010101${String(seq).padStart(6, '0')}` },
    purpose,
  } as unknown as Letter;
}

const letters = [
  letter(1, 'Siti Aminah', '6271014507900001', 'Pendaftaran sekolah'),
  letter(2, 'Budi Santoso', '6271011203850002', 'Berobat ke rumah sakit'),
  letter(3, 'Ahmad Yani', '6271011203800003', 'Pendaftaran DTKS'),
];
const names = (list: Letter[]) => list.map((row) => row.subject.nama);

describe('viewRegister', () => {
  it('finds letters by a name, a NIK prefix, the number or the purpose', () => {
    expect(names(viewRegister(letters, { search: 'budi' }))).toEqual(['Budi Santoso']);
    expect(names(viewRegister(letters, { search: 'sit amin' }))).toEqual(['Siti Aminah']);
    expect(names(viewRegister(letters, { search: '6271 0112 03' }))).toEqual([
      'Ahmad Yani',
      'Budi Santoso',
    ]);
    expect(names(viewRegister(letters, { search: '/002/' }))).toEqual(['Budi Santoso']);
    expect(names(viewRegister(letters, { search: 'pendaftaran' }))).toEqual([
      'Ahmad Yani',
      'Siti Aminah',
    ]);
    expect(viewRegister(letters, { search: 'Rahmat' })).toEqual([]);
  });

  it('sorts newest number first by default, oldest first, or by name', () => {
    expect(names(viewRegister(letters, {}))).toEqual(['Ahmad Yani', 'Budi Santoso', 'Siti Aminah']);
    expect(viewRegister(letters, { sort: 'terlama' }).map((row) => row.seq)).toEqual([1, 2, 3]);
    expect(names(viewRegister(letters, { sort: 'nama' }))).toEqual([
      'Ahmad Yani',
      'Budi Santoso',
      'Siti Aminah',
    ]);
  });

  it('finds and orders musyawarah letters by addressee, perihal and number, beside the SKTMs', () => {
    const notice = {
      id: newId(),
      type: 'pengumuman',
      year: 2026,
      seq: 1,
      number: '400.9.2/001/PENG/KEL-PHD/XI/2026',
      date: '2026-11-20',
      meetingId: newId(),
      perihal: 'Pengumuman hasil musyawarah kelurahan',
      tujuan: 'Warga Kelurahan Pahandut',
    } as unknown as MeetingLetter;
    const mixed = [...letters, notice];
    expect(viewRegister(mixed, { search: 'pengumuman' })).toEqual([notice]);
    expect(viewRegister(mixed, { search: 'warga pahandut' })).toEqual([notice]);
    // A NIK search never matches a letter without a resident.
    expect(viewRegister(mixed, { search: '6271' })).toHaveLength(3);
    // Seq 1 of another type is not older than SKTM 3: the later date comes first.
    expect(viewRegister(mixed, {})[0]).toBe(notice);
  });
});
