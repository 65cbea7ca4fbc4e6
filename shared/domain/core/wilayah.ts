import { isDigits, stripSeparators } from './id-common';
import type { ParseFailure } from './id-common';

/**
 * Kemendagri province codes. The list is closed and changes only when a province is
 * created, so checking against it catches typos a plain range would let through.
 * Papua keeps both numberings: the 2022 split renumbered Papua (94 → 91) and
 * Papua Barat (91 → 92), but NIKs and KKs issued before that still carry the old codes.
 */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': 'Aceh',
  '12': 'Sumatera Utara',
  '13': 'Sumatera Barat',
  '14': 'Riau',
  '15': 'Jambi',
  '16': 'Sumatera Selatan',
  '17': 'Bengkulu',
  '18': 'Lampung',
  '19': 'Kepulauan Bangka Belitung',
  '21': 'Kepulauan Riau',
  '31': 'DKI Jakarta',
  '32': 'Jawa Barat',
  '33': 'Jawa Tengah',
  '34': 'DI Yogyakarta',
  '35': 'Jawa Timur',
  '36': 'Banten',
  '51': 'Bali',
  '52': 'Nusa Tenggara Barat',
  '53': 'Nusa Tenggara Timur',
  '61': 'Kalimantan Barat',
  '62': 'Kalimantan Tengah',
  '63': 'Kalimantan Selatan',
  '64': 'Kalimantan Timur',
  '65': 'Kalimantan Utara',
  '71': 'Sulawesi Utara',
  '72': 'Sulawesi Tengah',
  '73': 'Sulawesi Selatan',
  '74': 'Sulawesi Tenggara',
  '75': 'Gorontalo',
  '76': 'Sulawesi Barat',
  '81': 'Maluku',
  '82': 'Maluku Utara',
  '91': 'Papua (sebelumnya Papua Barat)',
  '92': 'Papua Barat',
  '93': 'Papua Selatan',
  '94': 'Papua Tengah (sebelumnya Papua)',
  '95': 'Papua Pegunungan',
  '96': 'Papua Barat Daya',
};

export function isKnownProvinceCode(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(PROVINCE_CODES, code);
}

/**
 * Whether six digits can be a province + regency/city + district code. Only the
 * province is checked against a list: regency and district lists change every few
 * years, and refusing a real NIK because our copy is stale would be worse.
 */
export function isPlausibleRegionPrefix(prefix: string): boolean {
  return (
    isDigits(prefix, 6) &&
    isKnownProvinceCode(prefix.slice(0, 2)) &&
    prefix.slice(2, 4) !== '00' &&
    prefix.slice(4, 6) !== '00'
  );
}

/**
 * Dots a region code the way Kemendagri writes it: '627101' → '62.71.01',
 * '6271011001' → '62.71.01.1001'. Anything that is not 2 to 10 digits is returned
 * unchanged so callers can use it on display without checking first.
 */
export function formatRegionCode(code: string): string {
  if (!/^[0-9]{2,10}$/.test(code)) return code;
  const parts = [code.slice(0, 2), code.slice(2, 4), code.slice(4, 6), code.slice(6)];
  return parts.filter((part) => part.length > 0).join('.');
}

export type KodeWilayahKind = 'kelurahan' | 'desa';

export type KodeWilayah = {
  ok: true;
  /** The 10 digits without separators, as stored. */
  code: string;
  province: string;
  city: string;
  district: string;
  village: string;
  kind: KodeWilayahKind;
  /** The first six digits, which a NIK issued in the same district starts with. */
  nikPrefix: string;
};

export type KodeWilayahResult = KodeWilayah | ParseFailure;

const fail = (reason: string): ParseFailure => ({ ok: false, reason });

/**
 * Parses a 10-digit kelurahan/desa code (province 2, regency/city 2, district 2,
 * village 4), with or without dots. A village part starting with 1 is a kelurahan,
 * with 2 a desa; a desa is accepted because some offices serve both.
 */
export function parseKodeWilayah(input: string): KodeWilayahResult {
  const code = stripSeparators(input);
  if (!isDigits(code, 10)) {
    return fail('Kode wilayah harus 10 digit angka (contoh 62.71.01.1001)');
  }
  const province = code.slice(0, 2);
  const city = code.slice(2, 4);
  const district = code.slice(4, 6);
  const village = code.slice(6);
  if (!isKnownProvinceCode(province)) return fail(`Kode provinsi tidak dikenal (${province})`);
  if (city === '00') return fail('Kode kabupaten/kota tidak boleh 00');
  if (district === '00') return fail('Kode kecamatan tidak boleh 00');
  const kindDigit = village[0];
  if (kindDigit !== '1' && kindDigit !== '2') {
    return fail('Kode kelurahan/desa harus diawali 1 (kelurahan) atau 2 (desa)');
  }
  if (village.slice(1) === '000') return fail('Nomor kelurahan/desa tidak boleh 000');
  return {
    ok: true,
    code,
    province,
    city,
    district,
    village,
    kind: kindDigit === '1' ? 'kelurahan' : 'desa',
    nikPrefix: code.slice(0, 6),
  };
}

/** '6271011001' → '62.71.01.1001'; input that does not parse is returned unchanged. */
export function formatKodeWilayah(input: string): string {
  const parsed = parseKodeWilayah(input);
  return parsed.ok ? formatRegionCode(parsed.code) : input;
}
