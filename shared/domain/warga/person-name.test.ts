import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameProblem, normalizeName, personNameField } from './person-name';

describe('person names', () => {
  it.each([
    'Siti Aminah',
    'MUHAMMAD RIZKY',
    "Ma'ruf Amin",
    'Ma\u2019ruf',
    'Muh. Yusuf, S.Pd.',
    'Siti-Aminah',
    'José Ramos-Horta',
    'Se\u0301',
    'Nguyễn Văn An',
    "'Aisyah",
  ])('keeps %s', (name) => {
    expect(nameProblem(name)).toBeNull();
  });

  it.each([
    ['=HYPERLINK("http://x","klik")', '"="'],
    ['+62 812 3456', '"+"'],
    ['@SUM(A1)', '"@"'],
    ['-2+3', '"2"'],
    ['Budi 2', '"2"'],
    ['Budi\u0000', 'karakter kendali U+0000'],
  ])('refuses %s, naming the character', (name, shown) => {
    const problem = nameProblem(normalizeName(name));
    expect(problem).toContain(`Nama berisi ${shown}`);
    expect(problem).toContain(
      "tulis hanya huruf, spasi, titik, koma, tanda petik (') dan tanda hubung (-)",
    );
  });

  it('needs a letter, first', () => {
    expect(nameProblem('.,-')).toBe('Nama harus berisi huruf');
    expect(nameProblem('-Budi')).toBe('Nama harus diawali huruf');
    expect(nameProblem('', 'Nama ibu kandung')).toBe('Nama ibu kandung wajib diisi');
    expect(nameProblem('A'.repeat(121))).toContain('terlalu panjang');
  });

  it('normalises spaces, tabs and line breaks into single spaces', () => {
    expect(personNameField().parse('  Siti\t\tAminah\n')).toBe('Siti Aminah');
  });

  it('never lets a name start like a formula', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const value = normalizeName(text);
        if (nameProblem(value) === null) {
          expect(/^[=+\-@\t\r]/.test(value)).toBe(false);
          expect(/\p{L}/u.test(value)).toBe(true);
        }
      }),
    );
  });
});
