/**
 * NIK and No. KK are found through the unique keys `nikKey` and `noKkKey` (schema v10): the
 * number itself, or `<number>#<id>` for a record that arrived by office sync while another
 * record here had the number (a twin, renderer/src/db/sinkron/unique-key-middleware.ts). The plain `nik`
 * and `noKk` indexes went in schema v12. Every key of one number lies between these bounds
 * (a NIK or No. KK is digits, all above '#'; an id is nanoid characters, all below \uffff);
 * the plain key sorts first, so the record entered here comes before its twins.
 */
export function numberKeyBounds(value: string): [lower: string, upper: string] {
  return [value, `${value}#\uffff`];
}

/** The number a unique key stands for: the key itself, or the part before a twin's `#`. */
export function numberOfKey(key: string): string {
  const hash = key.indexOf('#');
  return hash < 0 ? key : key.slice(0, hash);
}
