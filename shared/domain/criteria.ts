/**
 * Poverty criteria as versioned data (domain.md §4). An assessment stores the set id
 * and the item ids it answered, so item ids are part of the stored data: never
 * rename or reuse one; add a new set instead when a decree changes the wording.
 */

export type CriteriaItem = { id: string; text: string };

export type CriteriaSet = {
  id: string;
  title: string;
  /** Full name of the decree, for printed minutes and verification forms. */
  legalBasis: string;
  /**
   * `YYYY-MM-DD`. Only the year is certain for both decrees; replace the day with
   * the signing date from the official (JDIH Kemensos) copy when it is at hand.
   */
  effectiveDate: string;
  items: readonly CriteriaItem[];
  /** An item that, when met, makes the person poor regardless of the others. */
  outrightPoorItemId?: string;
};

export const CRITERIA_SETS = [
  {
    id: 'kepmensos-262-2022',
    title: 'Kepmensos 262/HUK/2022',
    legalBasis:
      'Keputusan Menteri Sosial Nomor 262/HUK/2022 tentang Kriteria Fakir Miskin dan Orang Tidak Mampu',
    effectiveDate: '2022-01-01',
    outrightPoorItemId: 'tidak-punya-tempat-tinggal',
    items: [
      { id: 'tidak-punya-tempat-tinggal', text: 'Tidak mempunyai tempat tinggal' },
      { id: 'kepala-keluarga-tidak-bekerja', text: 'Kepala keluarga tidak bekerja' },
      {
        id: 'khawatir-atau-tidak-makan',
        text: 'Dalam setahun terakhir pernah khawatir tidak dapat makan atau pernah tidak makan',
      },
      {
        id: 'pengeluaran-pangan-lebih-separuh',
        text: 'Pengeluaran untuk makanan lebih dari separuh seluruh pengeluaran',
      },
      {
        id: 'tidak-ada-pengeluaran-pakaian',
        text: 'Tidak ada pengeluaran untuk pakaian dalam setahun terakhir',
      },
      {
        id: 'lantai-tanah-atau-plesteran',
        text: 'Lantai tempat tinggal sebagian besar berupa tanah atau plesteran',
      },
      {
        id: 'dinding-tidak-layak',
        text: 'Dinding tempat tinggal berupa bambu, kawat, papan, terpal, kardus, tembok tanpa plester, rumbia, atau seng',
      },
      { id: 'tidak-punya-jamban-sendiri', text: 'Tidak memiliki jamban sendiri' },
      {
        id: 'listrik-450va-atau-tanpa-listrik',
        text: 'Daya listrik 450 VA atau tidak ada listrik',
      },
    ],
  },
  {
    id: 'kepmensos-146-2013',
    title: 'Kepmensos 146/HUK/2013',
    legalBasis:
      'Keputusan Menteri Sosial Nomor 146/HUK/2013 tentang Penetapan Kriteria dan Pendataan Fakir Miskin dan Orang Tidak Mampu',
    effectiveDate: '2013-01-01',
    items: [
      {
        id: 'tanpa-mata-pencaharian',
        text: 'Tidak mempunyai sumber mata pencaharian, atau mempunyai mata pencaharian tetapi tidak mampu memenuhi kebutuhan dasar',
      },
      {
        id: 'pengeluaran-makanan-pokok-sederhana',
        text: 'Sebagian besar pengeluaran digunakan untuk makanan pokok yang sangat sederhana',
      },
      {
        id: 'tidak-mampu-berobat',
        text: 'Tidak mampu berobat ke tenaga medis, kecuali ke Puskesmas atau yang disubsidi pemerintah',
      },
      {
        id: 'tidak-mampu-beli-pakaian',
        text: 'Tidak mampu membeli pakaian satu kali dalam setahun untuk setiap anggota keluarga',
      },
      {
        id: 'sekolah-anak-hanya-sampai-sltp',
        text: 'Hanya mampu menyekolahkan anak sampai jenjang SLTP',
      },
      {
        id: 'dinding-bambu-kayu-tembok-buruk',
        text: 'Dinding rumah dari bambu, kayu, atau tembok dengan kondisi tidak baik atau kualitas rendah',
      },
      {
        id: 'lantai-tanah-kayu-buruk',
        text: 'Lantai rumah dari tanah, atau kayu dengan kondisi tidak baik atau kualitas rendah',
      },
      {
        id: 'atap-ijuk-rumbia-buruk',
        text: 'Atap rumah dari ijuk atau rumbia dengan kondisi tidak baik atau kualitas rendah',
      },
      {
        id: 'penerangan-bukan-listrik-atau-tanpa-meteran',
        text: 'Penerangan rumah bukan dari listrik, atau listrik tanpa meteran',
      },
      {
        id: 'luas-lantai-kurang-8m2-per-orang',
        text: 'Luas lantai rumah kurang dari 8 m² per orang',
      },
      {
        id: 'air-minum-tidak-terlindung',
        text: 'Sumber air minum dari sumur atau mata air tidak terlindung, sungai, air hujan, atau lainnya',
      },
    ],
  },
] as const satisfies readonly CriteriaSet[];

export type CriteriaSetId = (typeof CRITERIA_SETS)[number]['id'];

/** The set in force: new assessments use it unless the officer picks the older one. */
export const DEFAULT_CRITERIA_SET_ID: CriteriaSetId = 'kepmensos-262-2022';

export function getCriteriaSet(id: string): CriteriaSet | undefined {
  return CRITERIA_SETS.find((set) => set.id === id);
}

/** Answers keyed by item id; `undefined` (or a missing key) means not yet asked. */
export type CriteriaAnswers = Readonly<Record<string, boolean | undefined>>;

export type AssessmentSummary = {
  /** Criteria met, not counting the outright-poor item. */
  met: number;
  /** Number of criteria, not counting the outright-poor item. */
  total: number;
  /** Criteria answered yes or no, not counting the outright-poor item. */
  answered: number;
  /** The outright-poor item was answered yes. */
  outrightPoor: boolean;
  label: string;
};

/**
 * Counts what the field check found. It deliberately gives no verdict: neither
 * decree sets a threshold, and eligibility is decided by the musyawarah, not the app.
 */
export function summarizeAssessment(set: CriteriaSet, answers: CriteriaAnswers): AssessmentSummary {
  const scored = set.items.filter((item) => item.id !== set.outrightPoorItemId);
  const answer = (id: string): boolean | undefined =>
    Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
  const outrightPoor =
    set.outrightPoorItemId !== undefined && answer(set.outrightPoorItemId) === true;
  const total = scored.length;
  const answered = scored.filter((item) => typeof answer(item.id) === 'boolean').length;
  const met = scored.filter((item) => answer(item.id) === true).length;

  let label: string;
  if (outrightPoor) {
    const item = set.items.find((candidate) => candidate.id === set.outrightPoorItemId);
    label = `Miskin (${(item?.text ?? '').toLowerCase()})`;
  } else if (answered === total) {
    label = `${met} dari ${total} kriteria terpenuhi`;
  } else {
    label = `${met} dari ${total} kriteria terpenuhi (${answered} dari ${total} dijawab)`;
  }
  return { met, total, answered, outrightPoor, label };
}
