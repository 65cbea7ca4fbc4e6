import { describe, expect, it } from 'vitest';
import { applyNik, draftFromPerson, emptyDraft, nikFeedback, validateDraft } from './member-draft';

const TODAY = new Date('2026-06-01T10:00:00');
const KODE = '6271011001';

describe('applyNik', () => {
  it('fills birth date and sex from a complete NIK', () => {
    const draft = applyNik(emptyDraft(), '6271014507880002', TODAY);
    expect(draft).toMatchObject({ tanggalLahir: '1988-07-05', jenisKelamin: 'P' });
  });

  it('does nothing while the NIK is incomplete or invalid', () => {
    expect(applyNik(emptyDraft(), '627101450788', TODAY).tanggalLahir).toBe('');
    expect(applyNik(emptyDraft(), '6271019907880002', TODAY).jenisKelamin).toBe('');
  });

  it('follows a corrected NIK but never overwrites what the clerk typed', () => {
    const first = applyNik(emptyDraft(), '6271011203850001', TODAY);
    const corrected = applyNik(first, '6271011303850001', TODAY);
    expect(corrected.tanggalLahir).toBe('1985-03-13');
    const typed = { ...first, tanggalLahir: '1985-03-20', jenisKelamin: 'P' as const };
    const kept = applyNik(typed, '6271011303850001', TODAY);
    expect(kept).toMatchObject({ tanggalLahir: '1985-03-20', jenisKelamin: 'P' });
  });
});

describe('nikFeedback', () => {
  it('warns about a sex or birth date that contradicts the NIK', () => {
    const draft = emptyDraft({
      nik: '6271014507880002',
      jenisKelamin: 'L',
      tanggalLahir: '1988-07-06',
    });
    const feedback = nikFeedback(draft, KODE, TODAY);
    expect(feedback.sexWarning).toContain('NIK menunjukkan perempuan');
    expect(feedback.birthDateWarning).toContain('05-07-88');
    expect(feedback.nikError).toBeUndefined();
  });

  it('notes a NIK from another region without calling it an error', () => {
    const feedback = nikFeedback(emptyDraft({ nik: '3171014909140004' }), KODE, TODAY);
    expect(feedback.nikNote).toContain('31.71.01');
    expect(feedback.nikError).toBeUndefined();
  });

  it('reports an impossible NIK only once 16 digits are typed', () => {
    expect(nikFeedback(emptyDraft({ nik: '62710132' }), KODE, TODAY)).toEqual({});
    expect(nikFeedback(emptyDraft({ nik: '6271013203850001' }), KODE, TODAY).nikError).toContain(
      'Tanggal lahir dalam NIK tidak valid',
    );
  });
});

describe('validateDraft', () => {
  it('turns a complete draft into member data and an incomplete one into field errors', () => {
    const draft = emptyDraft({
      nik: '6271 0112 0385 0001',
      nama: ' Budi Santoso ',
      tempatLahir: 'Palangka Raya',
      tanggalLahir: '1985-03-12',
      jenisKelamin: 'L',
      shdk: '1',
      statusKawin: 'kawin',
      agama: 'Islam',
      pendidikan: 'SD/Sederajat',
      pekerjaan: 'Pedagang',
      namaIbuKandung: 'Sumiati',
    });
    const ok = validateDraft(draft);
    expect(ok.ok && ok.data).toMatchObject({
      nik: '6271011203850001',
      nama: 'Budi Santoso',
      shdk: 1,
    });
    if (ok.ok) expect(draftFromPerson(ok.data).shdk).toBe('1');

    const missing = validateDraft(emptyDraft({ nik: '6271011203850001' }));
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.errors.nama).toBe('Nama wajib diisi');
      expect(missing.errors.shdk).toBe('Pilih hubungan dalam keluarga');
      expect(missing.errors.jenisKelamin).toBe('Pilih jenis kelamin');
      expect(missing.errors.nik).toBeUndefined();
    }
  });

  it("refuses a name or mother's name made of formula text", () => {
    const base = {
      nik: '6271011203850001',
      tempatLahir: 'Palangka Raya',
      tanggalLahir: '1985-03-12',
      jenisKelamin: 'L' as const,
      shdk: '1',
      statusKawin: 'kawin',
      agama: 'Islam',
      pendidikan: 'SD/Sederajat',
      pekerjaan: 'Pedagang',
    };
    const result = validateDraft(
      emptyDraft({ ...base, nama: '=HYPERLINK("http://x")', namaIbuKandung: '@SUM(A1)' }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.nama).toContain('Nama berisi "="');
      expect(result.errors.namaIbuKandung).toContain('Nama ibu kandung berisi "@"');
    }
    const accented = validateDraft(
      emptyDraft({ ...base, nama: "José Ma'ruf-Nur", namaIbuKandung: 'Siti  Aminah' }),
    );
    expect(accented.ok && [accented.data.nama, accented.data.namaIbuKandung]).toEqual([
      "José Ma'ruf-Nur",
      'Siti Aminah',
    ]);
  });

  it('lets only the fields an import left to complete stay "belum diisi"', () => {
    const draft = emptyDraft({
      nik: '6271014507880002',
      nama: 'Siti Rahmawati',
      tempatLahir: 'Palangka Raya',
      tanggalLahir: '1988-07-05',
      jenisKelamin: 'P',
      shdk: '3',
      statusKawin: 'kawin',
      namaIbuKandung: 'Aminah',
    });
    const flagged = validateDraft(draft, ['agama', 'pendidikan', 'pekerjaan']);
    expect(flagged.ok).toBe(true);
    if (flagged.ok) {
      expect(flagged.data.agama).toBeUndefined();
      expect(flagged.data.pekerjaan).toBe('');
      expect(draftFromPerson(flagged.data).agama).toBe('');
    }
    const confirmed = validateDraft(draft, ['pendidikan']);
    expect(!confirmed.ok && confirmed.errors).toEqual({
      agama: 'Pilih agama',
      pekerjaan: 'Pekerjaan wajib diisi',
    });
  });
});
