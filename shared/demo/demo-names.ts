import type { Religion } from '../domain/core/entities';

/**
 * Word lists for demo data, shaped like a kelurahan in Palangka Raya: Dayak, Banjar and
 * Javanese families make most of it, with Batak, Bugis, Chinese-Indonesian and eastern
 * Christian families beside them. Names follow each group's habits (one or two words,
 * Batak marga with "Br." for women, shared Chinese-Indonesian family names) so screens
 * and printouts look like the real thing. Lists are comma-separated strings to keep
 * this file short; `list` splits them.
 */

const list = (text: string): readonly string[] =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word.length > 0);

export type NameGroup = {
  id: string;
  /** Share of families, relative to the other groups. */
  weight: number;
  religions: readonly (readonly [Religion, number])[];
  male: readonly string[];
  female: readonly string[];
  /** Second words of a given name, by sex. */
  maleSecond: readonly string[];
  femaleSecond: readonly string[];
  /** Share of people whose given name has a second word. */
  secondNameRate: number;
  /** Family names passed from father to children (Batak marga, Chinese-Indonesian). */
  surnames?: readonly string[];
  /** Batak women write their marga after "Br." (boru). */
  femaleSurnamePrefix?: string;
  /** Where adults of the group were often born, besides the local city. */
  birthPlaces: readonly string[];
};

const DAYAK_SECOND = list(
  'Tingang, Riwut, Bungai, Dinan, Sahari, Anyan, Nyahu, Ungkal, Lambung, Bahen, Kuhu, Ampun, Dagut',
);

export const NAME_GROUPS: readonly NameGroup[] = [
  {
    id: 'dayak',
    weight: 30,
    // Kaharingan is recorded as Hindu on most KTPs; a few now use "Kepercayaan".
    religions: [
      ['Kristen', 47],
      ['Islam', 33],
      ['Katolik', 8],
      ['Hindu', 10],
      ['Kepercayaan', 2],
    ],
    male: list(
      'Yusuf, Yohanes, Embang, Rusdi, Sabran, Kristian, Hendra, Elias, Silas, Yanto, Asang, Ruslan, Dedy, Nikolaus',
    ),
    female: list(
      'Elisabeth, Itah, Dahlia, Marlina, Yuliani, Rosita, Natalia, Debora, Lusia, Rina, Suriani, Lenny, Herlina',
    ),
    maleSecond: DAYAK_SECOND,
    femaleSecond: DAYAK_SECOND,
    secondNameRate: 0.55,
    birthPlaces: list(
      'Kuala Kapuas, Sampit, Pangkalan Bun, Buntok, Muara Teweh, Kasongan, Tewah, Kuala Kurun, Pulang Pisau, Tamiang Layang, Puruk Cahu',
    ),
  },
  {
    id: 'banjar',
    weight: 24,
    religions: [
      ['Islam', 99],
      ['Kristen', 1],
    ],
    male: list(
      'Muhammad, Ahmad, Abdul, Rahmat, Ramli, Jumberi, Fauzan, Syahrani, Hasanudin, Norhadi, Akhmad, Saberi, Anang',
    ),
    female: list(
      'Siti, Noor, Norhayati, Rusmini, Aluh, Jamilah, Fatimah, Rahmah, Salamah, Nurul, Aisyah, Masitah',
    ),
    maleSecond: list(
      'Rizani, Fahmi, Ramadhan, Syarifudin, Arsyad, Effendi, Rahman, Hakim, Noor, Ridha',
    ),
    femaleSecond: list(
      'Aina, Hasanah, Jannah, Aulia, Fitriani, Rahmawati, Khadijah, Zahra, Mahmudah, Kamaliah',
    ),
    secondNameRate: 0.65,
    birthPlaces: list('Banjarmasin, Martapura, Amuntai, Kandangan, Barabai, Rantau, Banjarbaru'),
  },
  {
    id: 'jawa',
    weight: 24,
    religions: [
      ['Islam', 95],
      ['Kristen', 3],
      ['Katolik', 2],
    ],
    male: list(
      'Slamet, Sutrisno, Budi, Agus, Joko, Bambang, Heru, Eko, Wahyu, Teguh, Sugeng, Supriyadi, Dimas, Bayu',
    ),
    female: list(
      'Sri, Siti, Endang, Suparmi, Sumarni, Wulan, Tri, Ratna, Dewi, Indah, Ayu, Nur, Yuni',
    ),
    maleSecond: list(
      'Santoso, Wibowo, Prasetyo, Susanto, Hidayat, Setiawan, Nugroho, Saputra, Kurniawan, Pratama',
    ),
    femaleSecond: list(
      'Wahyuni, Rahayu, Lestari, Ningsih, Wulandari, Handayani, Purwanti, Astuti, Susanti, Safitri',
    ),
    secondNameRate: 0.6,
    birthPlaces: list(
      'Surabaya, Semarang, Yogyakarta, Malang, Kediri, Madiun, Surakarta, Blitar, Banyuwangi, Jember',
    ),
  },
  {
    id: 'batak',
    weight: 6,
    religions: [
      ['Kristen', 75],
      ['Katolik', 10],
      ['Islam', 15],
    ],
    male: list(
      'Togar, Parulian, Hotman, Jonner, Binsar, Poltak, Martua, Rudolf, Daniel, Samuel, Jefri, Timbul',
    ),
    female: list(
      'Tiurma, Rosmawati, Lamria, Sondang, Rotua, Maria, Ruth, Yanti, Lasma, Hotmaida, Rosdiana, Nurmala',
    ),
    maleSecond: list('Parulian, Martua, Halomoan, Tua'),
    femaleSecond: list('Rotua, Uli, Sari, Mauli'),
    secondNameRate: 0.15,
    surnames: list(
      'Simanjuntak, Siregar, Nainggolan, Sihombing, Hutapea, Simatupang, Sitorus, Pardede, Manurung, Situmorang, Panjaitan, Sinaga, Silalahi, Hutagalung',
    ),
    femaleSurnamePrefix: 'Br.',
    birthPlaces: list('Medan, Pematangsiantar, Tarutung, Balige, Sibolga'),
  },
  {
    id: 'bugis',
    weight: 5,
    religions: [['Islam', 100]],
    male: list(
      'Andi, Baso, Arifuddin, Syamsul, Hamzah, Irwan, Ridwan, Jumadi, Sudirman, Kamaruddin',
    ),
    female: list(
      'Besse, Andi, Fatmawati, Hasnah, Sitti, Nurhayati, Jumriah, Hasriani, Marwah, Rosmini',
    ),
    maleSecond: list('Arif, Rahman, Amir, Said, Sultan, Ilham, Mappa, Darwis'),
    femaleSecond: list('Tenri, Nurjannah, Ayu, Hartati, Wahida, Sakinah'),
    secondNameRate: 0.5,
    birthPlaces: list('Makassar, Parepare, Watampone, Sengkang, Sinjai'),
  },
  {
    id: 'tionghoa',
    weight: 4,
    religions: [
      ['Buddha', 35],
      ['Kristen', 30],
      ['Katolik', 20],
      ['Khonghucu', 10],
      ['Islam', 5],
    ],
    male: list(
      'Hendra, Rudy, Willy, Sugianto, Hengky, Kevin, Jonathan, Ferry, Andy, Sutanto, Edwin',
    ),
    female: list(
      'Liliana, Meiliana, Lanny, Linda, Yenny, Angela, Melissa, Fenny, Lily, Vivian, Susan',
    ),
    maleSecond: list('Hartanto, Wijaya, Setiawan'),
    femaleSecond: list('Natalia, Wijaya, Kurniawati'),
    secondNameRate: 0.1,
    surnames: list(
      'Wijaya, Gunawan, Halim, Tanoto, Santoso, Kusuma, Salim, Hartono, Tanjaya, Wirawan, Setiadi, Lim',
    ),
    birthPlaces: list('Banjarmasin, Pontianak, Singkawang, Jakarta, Surabaya'),
  },
  {
    id: 'timur',
    weight: 4,
    religions: [
      ['Katolik', 45],
      ['Kristen', 55],
    ],
    male: list(
      'Stefanus, Fransiskus, Petrus, Markus, Yosef, Agustinus, Paulus, Antonius, Benediktus, Yohanis',
    ),
    female: list(
      'Maria, Veronika, Agnes, Katarina, Theresia, Margaretha, Florentina, Skolastika, Yosefina, Yuliana',
    ),
    maleSecond: list('Yohanes, Paulus, Kristoforus'),
    femaleSecond: list('Goreti, Imakulata, Fransiska'),
    secondNameRate: 0.2,
    surnames: list(
      'Manafe, Fanggidae, Ndolu, Bire, Wenas, Lumenta, Pangemanan, Rumondor, Sumual, Tahapary, Sopacua, Pattiasina',
    ),
    birthPlaces: list('Kupang, Ende, Maumere, Manado, Ambon'),
  },
];

/** Birthplace for people born locally, by the first four digits of the kode wilayah. */
export const LOCAL_CITY_BY_CODE: Readonly<Record<string, string>> = {
  '6271': 'Palangka Raya',
  '6371': 'Banjarmasin',
  '6372': 'Banjarbaru',
  '6202': 'Sampit',
  '6203': 'Kuala Kapuas',
  '6171': 'Pontianak',
  '6471': 'Balikpapan',
  '3578': 'Surabaya',
};

export const DEFAULT_LOCAL_CITY = 'Palangka Raya';

/** Districts that NIKs of people who moved in were issued in. */
export const OTHER_REGION_PREFIXES = list(
  '627102, 627103, 627104, 627105, 620201, 620301, 621101, 637101, 637102, 630301, 617101, 357801, 337401, 127101, 737101, 530101',
);

export const STREETS = list(
  'Jl. Rajawali, Jl. G. Obos, Jl. Tjilik Riwut, Jl. RTA Milono, Jl. Yos Sudarso, Jl. Diponegoro, Jl. Ahmad Yani, Jl. Imam Bonjol, Jl. Kinibalu, Jl. Seth Adji, Jl. Mahir Mahar, Jl. Temanggung Tilung, Jl. Beliang, Jl. Sisingamangaraja, Jl. Antang, Jl. Mendawai, Jl. Piranha, Jl. Bukit Keminting, Jl. Galaksi, Jl. Hiu Putih, Jl. Krakatau, Jl. Murjani, Jl. Halmahera, Jl. Bangka, Jl. Garuda, Jl. Cempaka, Jl. Jati, Jl. Meranti, Jl. Kapuas, Jl. Katingan, Jl. Barito, Jl. Pierre Tendean',
);

/** Roman suffixes for the numbered side streets ("Jl. G. Obos XII"). */
export const STREET_SUFFIXES = list('I, II, III, IV, V, VI, VII, VIII, IX, X, XI, XII, XIV, XXI');

export const JOBS_MALE: readonly (readonly [string, number])[] = [
  ['Buruh Harian Lepas', 20],
  ['Wiraswasta', 14],
  ['Karyawan Swasta', 12],
  ['Petani/Pekebun', 10],
  ['Pedagang', 8],
  ['Tukang Bangunan', 7],
  ['Sopir', 6],
  ['Belum/Tidak Bekerja', 6],
  ['Nelayan', 3],
  ['Karyawan Honorer', 3],
  ['Tukang Kayu', 2],
  ['Mekanik', 2],
];

export const JOBS_FEMALE: readonly (readonly [string, number])[] = [
  ['Mengurus Rumah Tangga', 45],
  ['Pedagang', 12],
  ['Wiraswasta', 8],
  ['Buruh Harian Lepas', 8],
  ['Karyawan Swasta', 7],
  ['Belum/Tidak Bekerja', 6],
  ['Petani/Pekebun', 5],
  ['Penjahit', 3],
  ['Karyawan Honorer', 2],
];

/** Jobs that need a diploma or degree; they get one. */
export const SKILLED_JOBS = list('Pegawai Negeri Sipil, Guru, Perawat');

export const DISABILITIES = list(
  'Disabilitas fisik, Disabilitas intelektual, Disabilitas mental, Disabilitas sensorik netra, Disabilitas sensorik rungu, Disabilitas sensorik wicara',
);

export const CHRONIC_ILLNESSES = list(
  'Hipertensi, Diabetes melitus, Penyakit jantung, Stroke, Tuberkulosis, Asma, Gagal ginjal kronis, PPOK',
);

/** Jobs of people aged 60 and over, by sex. */
export const JOBS_ELDER_MALE: readonly (readonly [string, number])[] = [
  ['Belum/Tidak Bekerja', 40],
  ['Petani/Pekebun', 18],
  ['Pensiunan', 14],
  ['Pedagang', 10],
  ['Wiraswasta', 8],
  ['Buruh Harian Lepas', 6],
];

export const JOBS_ELDER_FEMALE: readonly (readonly [string, number])[] = [
  ['Mengurus Rumah Tangga', 45],
  ['Belum/Tidak Bekerja', 25],
  ['Pedagang', 10],
  ['Petani/Pekebun', 10],
  ['Pensiunan', 6],
];

/**
 * Given names that mark a religion, so a Muslim family gets no "Yohanes" and a
 * Christian family no "Muhammad". Names outside both lists suit anyone.
 */
export const CHRISTIAN_NAMES: ReadonlySet<string> = new Set(
  list(
    'Yohanes, Yohanis, Kristian, Kristoforus, Elias, Silas, Nikolaus, Daniel, Samuel, Jonathan, Stefanus, Fransiskus, Petrus, Markus, Yosef, Agustinus, Paulus, Antonius, Benediktus, Elisabeth, Natalia, Debora, Lusia, Maria, Ruth, Angela, Veronika, Agnes, Katarina, Theresia, Margaretha, Florentina, Skolastika, Yosefina, Goreti, Imakulata, Fransiska',
  ),
);

export const MUSLIM_NAMES: ReadonlySet<string> = new Set(
  list(
    'Muhammad, Ahmad, Akhmad, Abdul, Rahmat, Fauzan, Hasanudin, Syahrani, Syamsul, Arifuddin, Kamaruddin, Hamzah, Ramadhan, Syarifudin, Arsyad, Rahman, Hakim, Ridha, Said, Ilham, Siti, Sitti, Fatimah, Aisyah, Nurul, Jamilah, Salamah, Khadijah, Hasanah, Jannah, Nurjannah, Zahra, Mahmudah, Aulia, Sakinah, Wahida, Nurhayati',
  ),
);
