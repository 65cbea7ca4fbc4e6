/**
 * Poverty criteria as versioned data (domain.md §4). An assessment stores the set id
 * and the item ids it answered, so item ids are part of the stored data: never
 * rename or reuse one; add a new set instead when a decree changes the wording.
 */

import { MONTHS_ID } from '../core/settings';

export type CriteriaItem = { id: string; text: string };

export type CriteriaSet = {
  id: string;
  title: string;
  /** Full name of the decree, for printed minutes and verification forms. */
  legalBasis: string;
  /**
   * The decree's own date: `YYYY-MM-DD` when the signing date is known from its text,
   * otherwise only the year `YYYY`. Never a made-up day: the year alone is printed then.
   */
  decreeDate: string;
  items: readonly CriteriaItem[];
  /** An item that, when met, makes the person poor regardless of the others. */
  outrightPoorItemId?: string;
};

/*
 * Item texts are the decrees' own words, item by item, without the list letter and the
 * closing ";"/"dan/atau". Kepmensos 262/HUK/2022 (signed 31 December 2022) diktum: the
 * outright item, then (a) to (h); (a) and (g) as domain.md quotes them. Kepmensos
 * 146/HUK/2013: its eleven criteria; the day it was signed is not known here, so only
 * its year is kept.
 */
export const CRITERIA_SETS = [
  {
    id: 'kepmensos-262-2022',
    title: 'Kepmensos 262/HUK/2022',
    legalBasis: 'Keputusan Menteri Sosial Nomor 262/HUK/2022 tentang Kriteria Fakir Miskin',
    decreeDate: '2022-12-31',
    outrightPoorItemId: 'tidak-punya-tempat-tinggal',
    items: [
      {
        id: 'tidak-punya-tempat-tinggal',
        text: 'tidak memiliki tempat berteduh/tinggal sehari-hari',
      },
      {
        id: 'kepala-keluarga-tidak-bekerja',
        text: 'kepala keluarga atau pengurus keluarga tidak bekerja',
      },
      {
        id: 'khawatir-atau-tidak-makan',
        text: 'pernah khawatir tidak makan atau pernah tidak makan dalam setahun terakhir',
      },
      {
        id: 'pengeluaran-pangan-lebih-separuh',
        text: 'pengeluaran kebutuhan makan lebih besar dari setengah total pengeluaran',
      },
      {
        id: 'tidak-ada-pengeluaran-pakaian',
        text: 'tidak ada pengeluaran untuk pakaian selama 1 (satu) tahun terakhir',
      },
      {
        id: 'lantai-tanah-atau-plesteran',
        text: 'tempat tinggal sebagian besar berlantai tanah dan/atau plesteran',
      },
      {
        id: 'dinding-tidak-layak',
        text: 'tempat tinggal sebagian besar berdinding bambu, kawat, papan kayu, terpal, kardus, tembok tanpa diplester, rumbia, atau seng',
      },
      {
        id: 'tidak-punya-jamban-sendiri',
        text: 'tidak memiliki jamban sendiri atau menggunakan jamban bersama',
      },
      {
        id: 'listrik-450va-atau-tanpa-listrik',
        text: 'sumber penerangan berasal dari listrik dengan daya 450 VA atau bukan listrik',
      },
    ],
  },
  {
    id: 'kepmensos-146-2013',
    title: 'Kepmensos 146/HUK/2013',
    legalBasis:
      'Keputusan Menteri Sosial Nomor 146/HUK/2013 tentang Penetapan Kriteria dan Pendataan Fakir Miskin dan Orang Tidak Mampu',
    decreeDate: '2013',
    items: [
      {
        id: 'tanpa-mata-pencaharian',
        text: 'tidak mempunyai sumber mata pencaharian dan/atau mempunyai sumber mata pencaharian tetapi tidak mempunyai kemampuan memenuhi kebutuhan dasar',
      },
      {
        id: 'pengeluaran-makanan-pokok-sederhana',
        text: 'mempunyai pengeluaran sebagian besar digunakan untuk memenuhi konsumsi makanan pokok dengan sangat sederhana',
      },
      {
        id: 'tidak-mampu-berobat',
        text: 'tidak mampu atau mengalami kesulitan untuk berobat ke tenaga medis, kecuali Puskesmas atau yang disubsidi pemerintah',
      },
      {
        id: 'tidak-mampu-beli-pakaian',
        text: 'tidak mampu membeli pakaian satu kali dalam satu tahun untuk setiap anggota rumah tangga',
      },
      {
        id: 'sekolah-anak-hanya-sampai-sltp',
        text: 'mempunyai kemampuan hanya menyekolahkan anaknya sampai jenjang pendidikan Sekolah Lanjutan Tingkat Pertama',
      },
      {
        id: 'dinding-bambu-kayu-tembok-buruk',
        text: 'mempunyai dinding rumah terbuat dari bambu/kayu/tembok dengan kondisi tidak baik/kualitas rendah, termasuk tembok yang sudah usang/berlumut atau tembok tidak diplester',
      },
      {
        id: 'lantai-tanah-kayu-buruk',
        text: 'kondisi lantai terbuat dari tanah atau kayu/semen/keramik dengan kondisi tidak baik/kualitas rendah',
      },
      {
        id: 'atap-ijuk-rumbia-buruk',
        text: 'atap terbuat dari ijuk/rumbia atau genteng/seng/asbes dengan kondisi tidak baik/kualitas rendah',
      },
      {
        id: 'penerangan-bukan-listrik-atau-tanpa-meteran',
        text: 'mempunyai penerangan bangunan tempat tinggal bukan dari listrik atau listrik tanpa meteran',
      },
      {
        id: 'luas-lantai-kurang-8m2-per-orang',
        text: 'luas lantai rumah kecil kurang dari 8 m²/orang',
      },
      {
        id: 'air-minum-tidak-terlindung',
        text: 'mempunyai sumber air minum berasal dari sumur atau mata air tak terlindung/air sungai/air hujan/lainnya',
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

/** "31 Desember 2022", or "tahun 2013" when only the decree's year is known. */
export function decreeDateLabel(set: Pick<CriteriaSet, 'decreeDate'>): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(set.decreeDate);
  if (!match) return `tahun ${set.decreeDate}`;
  return `${Number(match[3])} ${MONTHS_ID[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

/** "Keputusan … tentang …, tanggal 31 Desember 2022": the decree as a form or minutes cite it. */
export function decreeCitation(set: Pick<CriteriaSet, 'legalBasis' | 'decreeDate'>): string {
  const date = decreeDateLabel(set);
  return `${set.legalBasis}${date.startsWith('tahun') ? '' : `, tanggal ${date}`}`;
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
