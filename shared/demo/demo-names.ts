import { VOCABULARY } from '../demo/name-vocabulary';
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

/**
 * The common real names, repeated so that they make `realShare` of the draws, then
 * the composed vocabulary (shared/demo/name-vocabulary.ts): a register of thousands
 * of distinct words in which "Siti" and "Muhammad" are still the most frequent.
 */
function mix(real: readonly string[], ...composed: (readonly string[])[]): readonly string[] {
  const realShare = 0.35;
  const extra = [...new Set(composed.flat())].filter((word) => !real.includes(word));
  const copies = Math.max(
    1,
    Math.round((extra.length * realShare) / ((1 - realShare) * Math.max(1, real.length))),
  );
  return [...Array.from({ length: copies }, () => real).flat(), ...extra];
}

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
    male: mix(
      list(
        'Yusuf, Yohanes, Embang, Rusdi, Sabran, Kristian, Hendra, Elias, Silas, Yanto, Asang, Ruslan, Dedy, Nikolaus',
      ),
      VOCABULARY.dayakMale,
      VOCABULARY.christianMale,
    ),
    female: mix(
      list(
        'Elisabeth, Itah, Dahlia, Marlina, Yuliani, Rosita, Natalia, Debora, Lusia, Rina, Suriani, Lenny, Herlina',
      ),
      VOCABULARY.dayakFemale,
      VOCABULARY.christianFemale,
    ),
    maleSecond: mix(DAYAK_SECOND, VOCABULARY.dayakMale),
    femaleSecond: mix(DAYAK_SECOND, VOCABULARY.dayakFemale),
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
    male: mix(
      list(
        'Muhammad, Ahmad, Abdul, Rahmat, Ramli, Jumberi, Fauzan, Syahrani, Hasanudin, Norhadi, Akhmad, Saberi, Anang',
      ),
      VOCABULARY.banjarMale,
      VOCABULARY.arabicMale,
    ),
    female: mix(
      list(
        'Siti, Noor, Norhayati, Rusmini, Aluh, Jamilah, Fatimah, Rahmah, Salamah, Nurul, Aisyah, Masitah',
      ),
      VOCABULARY.banjarFemale,
      VOCABULARY.arabicFemale,
    ),
    maleSecond: mix(
      list('Rizani, Fahmi, Ramadhan, Syarifudin, Arsyad, Effendi, Rahman, Hakim, Noor, Ridha'),
      VOCABULARY.arabicMale,
    ),
    femaleSecond: mix(
      list(
        'Aina, Hasanah, Jannah, Aulia, Fitriani, Rahmawati, Khadijah, Zahra, Mahmudah, Kamaliah',
      ),
      VOCABULARY.arabicFemale,
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
    male: mix(
      list(
        'Slamet, Sutrisno, Budi, Agus, Joko, Bambang, Heru, Eko, Wahyu, Teguh, Sugeng, Supriyadi, Dimas, Bayu',
      ),
      VOCABULARY.jawaMale,
    ),
    female: mix(
      list('Sri, Siti, Endang, Suparmi, Sumarni, Wulan, Tri, Ratna, Dewi, Indah, Ayu, Nur, Yuni'),
      VOCABULARY.jawaFemale,
    ),
    maleSecond: mix(
      list(
        'Santoso, Wibowo, Prasetyo, Susanto, Hidayat, Setiawan, Nugroho, Saputra, Kurniawan, Pratama',
      ),
      VOCABULARY.jawaMale,
      VOCABULARY.arabicMale,
    ),
    femaleSecond: mix(
      list(
        'Wahyuni, Rahayu, Lestari, Ningsih, Wulandari, Handayani, Purwanti, Astuti, Susanti, Safitri',
      ),
      VOCABULARY.jawaFemale,
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
    male: mix(
      list(
        'Togar, Parulian, Hotman, Jonner, Binsar, Poltak, Martua, Rudolf, Daniel, Samuel, Jefri, Timbul',
      ),
      VOCABULARY.batakMale,
      VOCABULARY.christianMale,
    ),
    female: mix(
      list(
        'Tiurma, Rosmawati, Lamria, Sondang, Rotua, Maria, Ruth, Yanti, Lasma, Hotmaida, Rosdiana, Nurmala',
      ),
      VOCABULARY.batakFemale,
      VOCABULARY.christianFemale,
    ),
    maleSecond: list('Parulian, Martua, Halomoan, Tua'),
    femaleSecond: list('Rotua, Uli, Sari, Mauli'),
    secondNameRate: 0.15,
    surnames: mix(
      list(
        'Simanjuntak, Siregar, Nainggolan, Sihombing, Hutapea, Simatupang, Sitorus, Pardede, Manurung, Situmorang, Panjaitan, Sinaga, Silalahi, Hutagalung',
      ),
      VOCABULARY.batakMarga,
    ),
    femaleSurnamePrefix: 'Br.',
    birthPlaces: list('Medan, Pematangsiantar, Tarutung, Balige, Sibolga'),
  },
  {
    id: 'bugis',
    weight: 5,
    religions: [['Islam', 100]],
    male: mix(
      list('Andi, Baso, Arifuddin, Syamsul, Hamzah, Irwan, Ridwan, Jumadi, Sudirman, Kamaruddin'),
      VOCABULARY.bugisMale,
      VOCABULARY.arabicMale,
    ),
    female: mix(
      list('Besse, Andi, Fatmawati, Hasnah, Sitti, Nurhayati, Jumriah, Hasriani, Marwah, Rosmini'),
      VOCABULARY.bugisFemale,
      VOCABULARY.arabicFemale,
    ),
    maleSecond: mix(
      list('Arif, Rahman, Amir, Said, Sultan, Ilham, Mappa, Darwis'),
      VOCABULARY.arabicMale,
    ),
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
    male: mix(
      list('Hendra, Rudy, Willy, Sugianto, Hengky, Kevin, Jonathan, Ferry, Andy, Sutanto, Edwin'),
      VOCABULARY.tionghoaGiven,
    ),
    female: mix(
      list('Liliana, Meiliana, Lanny, Linda, Yenny, Angela, Melissa, Fenny, Lily, Vivian, Susan'),
      VOCABULARY.tionghoaGiven,
    ),
    maleSecond: list('Hartanto, Wijaya, Setiawan'),
    femaleSecond: list('Natalia, Wijaya, Kurniawati'),
    secondNameRate: 0.1,
    surnames: mix(
      list(
        'Wijaya, Gunawan, Halim, Tanoto, Santoso, Kusuma, Salim, Hartono, Tanjaya, Wirawan, Setiadi, Lim',
      ),
      VOCABULARY.tionghoaSurnames,
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
    male: mix(
      list(
        'Stefanus, Fransiskus, Petrus, Markus, Yosef, Agustinus, Paulus, Antonius, Benediktus, Yohanis',
      ),
      VOCABULARY.christianMale,
    ),
    female: mix(
      list(
        'Maria, Veronika, Agnes, Katarina, Theresia, Margaretha, Florentina, Skolastika, Yosefina, Yuliana',
      ),
      VOCABULARY.christianFemale,
    ),
    maleSecond: list('Yohanes, Paulus, Kristoforus'),
    femaleSecond: list('Goreti, Imakulata, Fransiska'),
    secondNameRate: 0.2,
    surnames: mix(
      list(
        'Manafe, Fanggidae, Ndolu, Bire, Wenas, Lumenta, Pangemanan, Rumondor, Sumual, Tahapary, Sopacua, Pattiasina',
      ),
      VOCABULARY.timurSurnames,
    ),
    birthPlaces: list('Kupang, Ende, Maumere, Manado, Ambon'),
  },
  {
    id: 'sunda',
    weight: 4,
    religions: [
      ['Islam', 98],
      ['Kristen', 2],
    ],
    male: mix(
      list('Asep, Ujang, Dadang, Cecep, Dede, Aceng, Iwan, Yayat, Endang, Ade, Hendra, Deden'),
      VOCABULARY.sundaMale,
    ),
    female: mix(
      list('Euis, Neneng, Imas, Titin, Yuyun, Lilis, Eneng, Dedeh, Iis, Cucu, Entin, Nining'),
      VOCABULARY.sundaFemale,
    ),
    maleSecond: mix(
      list('Suryana, Permana, Hidayat, Sudrajat, Kurnia, Mulyana, Rukmana, Setiadi'),
      VOCABULARY.sundaMale,
    ),
    femaleSecond: mix(
      list('Nurhayati, Kurniasih, Komalasari, Rohayati, Sukaesih, Maryani'),
      VOCABULARY.sundaFemale,
    ),
    secondNameRate: 0.55,
    birthPlaces: list('Bandung, Garut, Tasikmalaya, Sumedang, Cianjur, Sukabumi, Bogor, Ciamis'),
  },
  {
    id: 'minang',
    weight: 3,
    religions: [['Islam', 100]],
    male: mix(
      list('Afrizal, Zulkifli, Yusrizal, Hendri, Erwin, Jasman, Nasrul, Syafril, Firdaus'),
      VOCABULARY.minangMale,
      VOCABULARY.arabicMale,
    ),
    female: mix(
      list('Yusnelly, Erni, Nurhayati, Zurni, Fitri, Desmawati, Yenni, Welly, Yulinar'),
      VOCABULARY.minangFemale,
      VOCABULARY.arabicFemale,
    ),
    maleSecond: mix(
      list('Datuak, Sutan, Putra, Syahputra, Chaniago, Tanjung'),
      VOCABULARY.minangMale,
    ),
    femaleSecond: mix(list('Putri, Yanti, Dewi, Sari'), VOCABULARY.minangFemale),
    secondNameRate: 0.4,
    birthPlaces: list('Padang, Bukittinggi, Payakumbuh, Solok, Pariaman, Batusangkar'),
  },
  {
    id: 'bali',
    weight: 2,
    religions: [
      ['Hindu', 95],
      ['Islam', 5],
    ],
    // Birth-order names come first: Wayan/Putu/Gede, Made/Kadek, Nyoman/Komang, Ketut.
    male: list('I Wayan, I Putu, I Gede, I Made, I Kadek, I Nyoman, I Komang, I Ketut'),
    female: list('Ni Wayan, Ni Putu, Ni Luh, Ni Made, Ni Kadek, Ni Nyoman, Ni Komang, Ni Ketut'),
    maleSecond: mix(
      list('Sudarma, Suarta, Widiana, Astawa, Suparta, Arsana'),
      VOCABULARY.baliGiven,
    ),
    femaleSecond: mix(
      list('Sudarmi, Suartini, Widiani, Ariani, Sukerti, Astiti'),
      VOCABULARY.baliGiven,
    ),
    secondNameRate: 1,
    birthPlaces: list('Denpasar, Gianyar, Tabanan, Singaraja, Klungkung, Karangasem'),
  },
  {
    id: 'papua',
    weight: 1,
    religions: [
      ['Kristen', 80],
      ['Katolik', 20],
    ],
    male: mix(
      list('Yohanis, Markus, Yulius, Daud, Nikson, Yakob, Frans, Obed'),
      VOCABULARY.christianMale,
    ),
    female: mix(
      list('Maria, Yuliana, Ribka, Naomi, Agustina, Ester, Selfina, Dorkas'),
      VOCABULARY.christianFemale,
    ),
    maleSecond: list('Yohanes, Paulus, Petrus'),
    femaleSecond: list('Maria, Yosina, Martha'),
    secondNameRate: 0.1,
    surnames: mix(
      list('Rumbiak, Wanggai, Kogoya, Wenda, Mandowen, Rumbewas, Yoku, Kambu, Sawaki, Wonda'),
      VOCABULARY.timurSurnames,
    ),
    birthPlaces: list('Jayapura, Biak, Manokwari, Sorong, Merauke, Nabire, Wamena'),
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
export const CHRISTIAN_NAMES: ReadonlySet<string> = new Set([
  ...VOCABULARY.christianMale,
  ...VOCABULARY.christianFemale,
  ...list(
    'Yohanes, Yohanis, Kristian, Kristoforus, Elias, Silas, Nikolaus, Daniel, Samuel, Jonathan, Stefanus, Fransiskus, Petrus, Markus, Yosef, Agustinus, Paulus, Antonius, Benediktus, Elisabeth, Natalia, Debora, Lusia, Maria, Ruth, Angela, Veronika, Agnes, Katarina, Theresia, Margaretha, Florentina, Skolastika, Yosefina, Goreti, Imakulata, Fransiska',
  ),
]);

export const MUSLIM_NAMES: ReadonlySet<string> = new Set([
  ...VOCABULARY.arabicMale,
  ...VOCABULARY.arabicFemale,
  ...list(
    'Muhammad, Ahmad, Akhmad, Abdul, Rahmat, Fauzan, Hasanudin, Syahrani, Syamsul, Arifuddin, Kamaruddin, Hamzah, Ramadhan, Syarifudin, Arsyad, Rahman, Hakim, Ridha, Said, Ilham, Siti, Sitti, Fatimah, Aisyah, Nurul, Jamilah, Salamah, Khadijah, Hasanah, Jannah, Nurjannah, Zahra, Mahmudah, Aulia, Sakinah, Wahida, Nurhayati',
  ),
]);
