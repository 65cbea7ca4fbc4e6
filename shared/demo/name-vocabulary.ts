import { createRng, pick } from './demo-rng';
import type { Rng } from './demo-rng';

/**
 * A realistic name vocabulary for the demo generator: several thousand distinct
 * words, composed from real name parts of each region (a Javanese "Su-" with
 * "-yanto", a Batak "Simanjuntak" from "Si-" and "-manjuntak", an Arabic-derived
 * "Nuruddin" from "Nur" and "-uddin"), with old spellings beside the new ones
 * ("Soeharjo"/"Suharjo", "Djoko"/"Joko", "Tjahjo"/"Cahyo", "Chairul"/"Khairul").
 * Typing thousands of names would be noise; composing them from parts keeps the
 * file short and the words plausible. Every list is drawn with its own fixed seed,
 * so the vocabulary is the same on every machine and in every run.
 */

/** Parts a name is composed from: one head, one tail, joined. */
export type NameRecipe = { heads: readonly string[]; tails: readonly string[] };

const split = (text: string): readonly string[] =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word.length > 0);

const recipe = (heads: string, tails: string): NameRecipe => ({
  heads: split(heads),
  tails: split(tails),
});

/** Consonant clusters Indonesian names do have; any other run of three consonants is a misfit. */
const CLUSTERS = /ng[kgsh]|mb[r]|nd[r]|nt[r]|str|nst|rth|ngr|mpr|mpl|chr|sch|ngl/g;

/** Plausible as a name word: not too long, no tripled letters or unpronounceable seams. */
function plausible(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    lower.length >= 3 &&
    lower.length <= 13 &&
    !/(.)\1\1/.test(lower) &&
    !/(ul){2}/.test(lower) &&
    !/[^aeiouy]{3,}/.test(lower.replace(CLUSTERS, 'a'))
  );
}

/** "su" + "yanto" → "Suyanto"; a doubled vowel at the seam is written once. */
function join(head: string, tail: string): string {
  const seamless =
    head.length > 0 && tail.length > 0 && head.at(-1) === tail[0] && /[aeiou]/.test(tail[0] ?? '')
      ? head + tail.slice(1)
      : head + tail;
  const lower = seamless.toLowerCase().replace(/\s+/g, '');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The spelling before 1972 (Ejaan Van Ophuysen / Soewandi): oe for u, dj for j,
 * j for y, tj for c, nj for ny, sj for sy, ch for kh. Order matters: j becomes dj
 * before y becomes j.
 */
export function oldSpelling(word: string): string {
  return word
    .replace(/j/g, 'dj')
    .replace(/J/g, 'Dj')
    .replace(/ny/g, 'nj')
    .replace(/sy/g, 'sj')
    .replace(/Sy/g, 'Sj')
    .replace(/y/g, 'j')
    .replace(/Y/g, 'J')
    .replace(/c/g, 'tj')
    .replace(/C/g, 'Tj')
    .replace(/u/g, 'oe')
    .replace(/U/g, 'Oe')
    .replace(/kh/g, 'ch')
    .replace(/Kh/g, 'Ch');
}

/**
 * `count` distinct words from the recipes, drawn with a seeded RNG; `oldRate` of
 * them also appear in the old spelling (as people born before 1972 still write them).
 * The real names in `keep` come first and are kept as written.
 */
export function composeNames(
  seed: string,
  recipes: readonly NameRecipe[],
  count: number,
  options: { oldRate?: number; keep?: readonly string[] } = {},
): readonly string[] {
  const rng: Rng = createRng(`vocabulary:${seed}`);
  const words = new Set<string>(options.keep ?? []);
  const target = words.size + count;
  const capacity = recipes.reduce((sum, r) => sum + r.heads.length * r.tails.length, 0);
  const goal = Math.min(target, words.size + capacity);
  for (let attempt = 0; words.size < goal && attempt < count * 30; attempt += 1) {
    const chosen = pick(rng, recipes);
    const word = join(pick(rng, chosen.heads), pick(rng, chosen.tails));
    if (!plausible(word) || words.has(word)) continue;
    words.add(word);
    if (options.oldRate && rng() < options.oldRate) {
      // A word already in the old spelling ("Widjaja") has no older one.
      const old = /dj|tj|oe|sj|nj|ch/i.test(word) ? word : oldSpelling(word);
      if (old !== word && old.length <= 16) words.add(old);
    }
  }
  return [...words];
}

// Javanese: Su-/Sri-/Har-/Pur- heads and -yanto/-wati/-ningsih tails (Suharyanto, Sriwahyuni).
const JAWA_MALE = [
  recipe(
    'su, suhar, sumar, sugi, sup, sur, sut, har, pur, mul, wi, bud, sas, tri, dwi, eko, bam, sis, sla, kus, tu, mar, wah, hen, jum, kar, sar, par, pra, rus, sap, sod, sud, sul, sun, sy, tar, ten, wag, yud, ag, di, gun, jok, pai, rah, sam, sar, sol',
    'yanto, yono, wanto, wono, mono, tono, jo, yadi, yanta, harjo, pranoto, sono, rejo, diharjo, dianto, darmo, jono, karto, kirno, lan, man, min, mo, nardi, no, parno, ran, rianto, risno, san, sanro, tomo, tojo, widodo, wiyono, woto, yatno, yoto, giyo, hadi, kardi, karyo, ratno, rjo, ndoyo, priyanto, santo',
  ),
];
const JAWA_FEMALE = [
  recipe(
    'sri, su, sumi, sur, tri, dwi, endang, har, pur, mar, wah, sut, sar, kus, tu, wi, ning, ratna, dewi, siti, yun, suk, sul, sum, tar, war, juw, kas, lest, nur, yul, rah, an, ind, ast',
    'wati, ningsih, yati, yani, lestari, rahayu, hayati, mini, narti, sih, tinah, nah, wahyuni, asih, ani, arti, ati, iyah, inah, jem, kem, lah, mi, muni, nem, ningrum, pini, rini, rtini, tini, tun, ijah, umi, wulan, yem, indah, astuti, handayani, utami, wanti',
  ),
];
// Sundanese: Ce-/Aceng/Dadang heads, -mana/-nata/-diredja tails; women -sih/-nengsih.
const SUNDA_MALE = [
  recipe(
    'ace, ade, ase, cec, ded, dad, en, hen, ik, jaj, kar, man, nan, oc, ruh, uj, ujang, un, ya, yay, as, dud, ep, gi, om, oman, ug, uu, yud, den, cep, tat, wa',
    'ng, p, ep, eng, dan, dang, diana, dja, har, ja, jang, mana, nata, permana, sasmita, sudrajat, suryana, wijaya, ruhiyat, saputra, rukmana, nandar, suhendar, sukmana, kusnadi, mulyana, hidayat, kurnia, setiadi, wiharja, gunawan, kartasasmita, sumantri, atmaja, diredja, praja',
  ),
];
const SUNDA_FEMALE = [
  recipe(
    'euis, iis, eneng, neng, titin, tin, yuyun, dedeh, eti, entin, imas, oom, popon, tati, ela, nining, cucu, enok, lilis, elis, nia, rina, yeni, siti, enung, iin, neni, ai, ike, nani',
    'sih, nengsih, rohayati, kurniasih, rahmawati, suryani, nurhayati, komalasari, maryani, sukaesih, sumiati, hartini, herlina, mulyani, nurjanah, rosita, setiawati, wulansari, yulianti, sundari, fitriani, lestari, permatasari, sopiah, kartika, rukmini',
  ),
];
// Arabic-derived names, common to Banjar, Bugis, Minang and Javanese Muslims.
const ARABIC_MALE = [
  recipe(
    'abdul, abdur, nur, syams, jamal, kamal, badr, fakhr, zain, nasr, saif, shams, bahr, khair, izz, najm, sirajud, taj, alaud, hisam, burhan, muhy, imad, rukn, syihab, qamar, syarif, nizam, mu, fath, ahmad, muhammad',
    'uddin, rahman, rahim, karim, malik, aziz, hamid, majid, latif, halim, wahid, hakim, salam, ghani, rasyid, jalil, qadir, wahab, razak, hadi, ali, umar, usman, hasan, husain, ilah, ul anwar, ul huda, ul haq, ul amin, ul islam, ul fikri, ullah, irsyad, fauzi, yusuf, arifin, ihsan, ridwan, ikhsan, fadli, khoiri, mahmud, hasyim',
  ),
];
const ARABIC_FEMALE = [
  recipe(
    'nur, siti, khairun, ummi, zainab, fatim, syarif, rahm, hus, nurul, aisy, rabi, hafs, jamil, kham, mariy, nafis, rosid, sakin, sholih, yasmin, zahr, halim, latif, salm, maim, rukay, sofi, afif',
    'ah, ul hidayah, ul jannah, ul fitri, ul aini, ul azizah, ul huda, ul izzah, hasanah, jannah, aini, azizah, hayati, laila, mah, hidayah, halimah, khasanah, fadilah, nisa, aliyah, atun, iyah, awati, unnisa, ul khotimah, ul mukminah, ul qomariah',
  ),
];
// Banjar and Dayak: Banjar "-ni"/"-ansyah" forms, Dayak Ngaju words as given names.
const BANJAR_MALE = [
  recipe(
    'ja, sya, ab, bah, ham, jum, nor, rus, sa, ar, mas, anang, gusti, utuh, ahmad, akhmad, rah, fau, zai, ma, mur, sar, ber',
    'hrani, rani, ani, ansyah, riansyah, berani, hdi, badi, ran, sehan, zani, pani, jani, fani, mansyah, deli, di, hani, syah, rudin, rifani, ludin, ran, ramli',
  ),
];
const BANJAR_FEMALE = [
  recipe(
    'nor, noor, aluh, rus, jam, sal, mas, ma, rah, fa, ham, sya, jum, masr, nur, gusti, galuh, inur, diang',
    'liani, hayati, miati, ilah, amah, itah, iah, rina, liana, latifah, jannah, syiah, niah, nah, rani, diah, sidah, mini, wati, asiah, paridah, zainab, tinah',
  ),
];
const DAYAK_MALE = [
  recipe(
    'ba, da, ta, nya, ung, ka, lu, ti, ba, sa, ri, ra, me, tu, ja, ga, bu, dam, ham, sam, sak, an, am, ku, ne, pa, ra',
    'ngkai, hen, wut, ngai, nan, hari, yan, hu, kal, mbung, pun, gut, tingang, mpung, ndan, njung, rang, tang, dang, yang, sang, lang, ngan, lik, ing, ung, kan',
  ),
];
const DAYAK_FEMALE = [
  recipe(
    'i, nyai, ti, ban, lu, da, sa, ma, ri, ru, ka, ta, li, na, bu, mi, en, yu',
    'tah, lin, ngai, yun, sih, ngin, tih, dang, rung, nai, lai, ning, yang, sa, ni, kun, ma, rah, hun',
  ),
];
// Minang: given names with "-rizal", "-nal", "-ni" endings and the Minang "Datuak" style.
const MINANG_MALE = [
  recipe(
    'af, az, zul, yus, er, hen, jas, nas, rif, syaf, fir, dar, ham, gus, ris, el, ed, zai, arm, mus, ya, yul, an, ik, ri, hel',
    'rizal, rial, nal, nil, ri, di, dan, man, mansyah, wandi, win, mi, fendi, ril, nus, zal, lis, rudin, nedi, mardi, ardi, fauzi, syah, hendra, rison, izal',
  ),
];
const MINANG_FEMALE = [
  recipe(
    'yus, er, nur, zur, fit, des, yen, wel, yul, mar, rat, eli, ros, el, sur, am, af, ze, re, li',
    'nelly, nida, mawati, ni, ma, wita, riani, tati, fatmi, neli, vita, sneli, yanti, nita, wati, liza, mi, dewi, dar, zana',
  ),
];
// Bugis-Makassar: "La"/"Andi"-style heads, -uddin and -ng endings; women with "Besse", "Tenri".
const BUGIS_MALE = [
  recipe(
    'ar, sy, ha, ka, ba, da, ma, sa, ta, ja, ru, mu, ir, ab, nur, sud, jum, bur, has, bah',
    'ifuddin, amsuddin, mzah, maruddin, so, rwis, ppa, kkuru, ttang, ddin, hmuddin, ng, lle, ppe, ngki, wang, rdi, ttu, pung, nnang, ruddin, suddin, tang',
  ),
];
const BUGIS_FEMALE = [
  recipe(
    'hasn, jumr, has, mar, ros, nur, sitt, tenri, besse, dae, ham, sum, suk, rahm, hart, ann, nurh, fatm, mul',
    'ah, iah, riani, wah, mini, jannah, i, abeta, sanna, ng, sia, nipa, ati, awati, ayati, iana, ila, yati, ena',
  ),
];
// Balinese: the birth-order names come first (Wayan, Made, Nyoman, Ketut), then a given name.
const BALI_GIVEN = [
  recipe(
    'sur, sud, ar, kar, mer, war, pur, as, sut, wid, sug, budi, ray, gun, ada, mah, ari, dar, sua, ast, dwi, pas',
    'yasa, ana, tha, jaya, sana, darma, wati, ani, rini, adi, arta, astawa, ika, awan, ati, utama, ardana, sedana, wirawan, mertha, tini, yani, antara, kerta, gama, dita',
  ),
];
// Batak marga: "Si-" heads and "Hut(a)-", "Pa-" forms (Simanjuntak, Hutapea, Panjaitan).
const BATAK_MARGA = [
  recipe(
    'si, hu, huta, pa, ma, na, sa, ta, lu, tam, pur, ga, ro, tu, ga, sin',
    'manjuntak, regar, nggolan, hombing, pea, matupang, torus, rdede, nurung, tumorang, njaitan, naga, lalahi, galung, bolon, hite, tompul, hotang, reait, pakpahan, mbolon, baruni, ngkar, rumahorbo, rait, rangkat, ringo, tumeang, gultom, gurning, boru, lubis, nasution, harahap, hasibuan, daulay, tanjung, parapat, pohan, sigalingging',
  ),
];
const BATAK_MALE = [
  recipe(
    'tog, par, hot, jon, bin, pol, mar, tim, bon, dar, ram, lam, sah, mang, hal, mu, jun, tun, ring',
    'ar, ulian, man, ner, sar, tak, tua, bul, ifasius, onang, lan, bo, sahat, ihon, omoan, atua, gus, ian, ggar',
  ),
];
const BATAK_FEMALE = [
  recipe(
    'tiur, rot, lam, son, las, hot, ros, ris, nur, meli, dor, sur, tio, run, mar, lin, ruth, ro, tia',
    'ma, ua, ria, dang, maida, diana, mawati, mala, auli, hana, nauli, tiur, sinta, lina, rina, ida, ni, uli',
  ),
];
// Chinese-Indonesian family names as adopted (Tan → Tanuwijaya, Lim → Halim, Oei → Wijaya).
const TIONGHOA_SURNAMES = [
  recipe(
    'tanu, tan, gu, har, kusu, santo, wira, sudar, lim, li, wi, hali, setia, gun, tjah, lie, kwee, oey, liem, go, the, ong, sutan, jaya, hen, sal, sur',
    'wijaya, jaya, nata, tanto, sasmita, dinata, wan, hardja, kusuma, salim, lim, to, tono, jono, gara, jadi, santoso, winata, widjaja, wibowo, djaja, atmadja, wibisono, sugiarto, halim, setiadi',
  ),
];
const TIONGHOA_GIVEN = [
  recipe(
    'hen, will, fer, and, su, ed, ke, jon, ric, ste, dan, ro, al, vin, ha, wen, jim, bud',
    'dra, y, ry, ianto, win, vin, athan, ky, hard, ven, ny, bert, bin, ton, rry, dy, son, liam',
  ),
  recipe(
    'lil, mei, lan, lin, yen, ang, mel, fen, viv, sus, jes, cin, yu, stef, cla, lu, li, ju',
    'iana, liana, ny, da, ela, issa, ian, an, ica, sica, dy, ra, ni, lia, sie, vina',
  ),
];
// Minahasa (Manado), Flores/NTT, Maluku and Papua family names.
const TIMUR_SURNAMES = [
  recipe(
    'rum, lum, pa, ta, wa, ka, sum, ma, ro, te, tu, po, ra, ku, mo, we, sa, ti',
    'ondor, enta, ngemanan, ual, nas, ndouw, ntu, kawa, mbuk, ngkey, ntik, rundeng, ping, lengkong, kandou, rumambi, sanger, ngow, singkay, lontoh, mamahit, ambar, tulung',
  ),
  recipe(
    'fang, man, ndo, bi, le, ke, ma, tu, o, ko, hu, go, da, pe, la, se, ba, lu',
    'gidae, afe, lu, re, war, len, king, kan, la, ten, rint, ran, costa, rera, wuwur, doni, nggo, mau, bao, dima, toda, tefa',
  ),
  recipe(
    'ru, wo, ya, ka, ma, sa, we, mu, ta, ko, ai, ba, de, jo, in, su, wa, ra',
    'msamfar, mbrauw, rangi, rubi, bruar, nggai, nda, ram, wer, bai, sembut, rari, msiwor, aimsa, rumaropen, wanggai, kmur, isi, ngge, yawi, apaseray, wenda',
  ),
];
const CHRISTIAN_GIVEN_MALE = [
  recipe(
    'yo, fran, pet, mar, ago, pau, anto, bene, yul, kris, nik, ste, sil, eli, dan, sam, yoh, mat, lukas, tomas, flor, gab, ign, rob, ferd, mik, ben, hiron, leo, ron',
    'hanes, siskus, rus, kus, stinus, lus, nius, diktus, ius, tian, olaus, fanus, vester, as, iel, uel, anis, ias, ias, tinus, entinus, riel, atius, ertus, inand, ael, yamin, imus, nardus, aldus',
  ),
];
const CHRISTIAN_GIVEN_FEMALE = [
  recipe(
    'ma, vero, ag, kata, there, marga, flor, skol, yose, yuli, elis, nata, debo, lus, ang, rut, chris, fel, ber, eva, mag, cece, ros, kla, yoh, fili, bern, mart',
    'ria, nika, nes, rina, sia, retha, entina, astika, fina, ana, abeth, lia, rah, ia, ela, h, tina, icitas, nadet, ngeline, dalena, lia, alina, ra, anna, omena, adeta, ha',
  ),
];

/** The composed words per use, with how many of each to draw. */
export const VOCABULARY = {
  jawaMale: composeNames('jawa-l', JAWA_MALE, 700, { oldRate: 0.3 }),
  jawaFemale: composeNames('jawa-p', JAWA_FEMALE, 600, { oldRate: 0.3 }),
  sundaMale: composeNames('sunda-l', SUNDA_MALE, 350, { oldRate: 0.25 }),
  sundaFemale: composeNames('sunda-p', SUNDA_FEMALE, 300, { oldRate: 0.25 }),
  arabicMale: composeNames('arab-l', ARABIC_MALE, 600, { oldRate: 0.2 }),
  arabicFemale: composeNames('arab-p', ARABIC_FEMALE, 400, { oldRate: 0.2 }),
  banjarMale: composeNames('banjar-l', BANJAR_MALE, 250, { oldRate: 0.1 }),
  banjarFemale: composeNames('banjar-p', BANJAR_FEMALE, 250, { oldRate: 0.1 }),
  dayakMale: composeNames('dayak-l', DAYAK_MALE, 300),
  dayakFemale: composeNames('dayak-p', DAYAK_FEMALE, 200),
  minangMale: composeNames('minang-l', MINANG_MALE, 300, { oldRate: 0.1 }),
  minangFemale: composeNames('minang-p', MINANG_FEMALE, 250, { oldRate: 0.1 }),
  bugisMale: composeNames('bugis-l', BUGIS_MALE, 250),
  bugisFemale: composeNames('bugis-p', BUGIS_FEMALE, 200),
  baliGiven: composeNames('bali', BALI_GIVEN, 350),
  batakMarga: composeNames('batak-marga', BATAK_MARGA, 300),
  batakMale: composeNames('batak-l', BATAK_MALE, 200),
  batakFemale: composeNames('batak-p', BATAK_FEMALE, 200),
  tionghoaSurnames: composeNames('tionghoa-marga', TIONGHOA_SURNAMES, 300, { oldRate: 0.3 }),
  tionghoaGiven: composeNames('tionghoa', TIONGHOA_GIVEN, 300),
  timurSurnames: composeNames('timur-marga', TIMUR_SURNAMES, 600),
  christianMale: composeNames('kristen-l', CHRISTIAN_GIVEN_MALE, 300),
  christianFemale: composeNames('kristen-p', CHRISTIAN_GIVEN_FEMALE, 300),
} as const;

/** Every distinct word the vocabulary holds (the demo's real lists add a few hundred more). */
export function vocabularySize(): number {
  return new Set(Object.values(VOCABULARY).flat()).size;
}
