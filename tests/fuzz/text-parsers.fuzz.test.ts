import fc from 'fast-check';
import { describe, it } from 'vitest';
import { identityDigits } from '@shared/domain/impor/cells';
import { maskNoKk, normalizeNoKk, parseNoKk } from '@shared/domain/warga/kk';
import {
  checkLetterTemplate,
  DEFAULT_SKTM_TEMPLATE,
  formatLetterNumber,
  LETTER_NUMBER_TOKENS,
} from '@shared/domain/surat/number';
import {
  assemblePayload,
  encodePublicKey,
  parsePayload,
  parsePublicKey,
  payloadBody,
  toBase64Url,
} from '@shared/domain/surat/payload';
import { checkNikAgainst, maskNik, normalizeNik, parseNik } from '@shared/domain/warga/nik';
import { formatNip, normalizeNip, parseNip } from '@shared/domain/core/nip';
import { cellishText, fuzzParser, TEST_TIMEOUT } from './harness';

/** The parsers of typed and scanned text: QR payloads, letter-number templates, NIK/KK/NIP. */

/** One character changed, dropped, doubled, or whitespace put in: how scans and pastes go wrong. */
function damaged(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      text,
      fc.nat(),
      fc.constantFrom('ganti', 'buang', 'gandakan', 'spasi', 'potong'),
      fc.string({ minLength: 1, maxLength: 1 }),
    )
    .map(([value, at, how, char]) => {
      if (value.length === 0) return value;
      const i = at % value.length;
      switch (how) {
        case 'ganti':
          return value.slice(0, i) + char + value.slice(i + 1);
        case 'buang':
          return value.slice(0, i) + value.slice(i + 1);
        case 'gandakan':
          return value.slice(0, i) + value.slice(i) + value.slice(i);
        case 'spasi':
          return `${value.slice(0, i)} \n${value.slice(i)}`;
        default:
          return value.slice(0, i);
      }
    });
}

const outcome = (result: { ok: boolean }) => {
  if (typeof result.ok !== 'boolean') throw new Error('hasil tanpa ok');
  return result.ok ? ('accepted' as const) : ('refused' as const);
};

const claims = fc.record({
  number: fc.string({ maxLength: 40 }),
  date: fc.string({ maxLength: 12 }),
  name: fc.string({ maxLength: 70 }),
  nik: fc.string({ maxLength: 20 }),
  purpose: fc.string({ maxLength: 70 }),
  signer: fc.string({ maxLength: 70 }),
  keyId: fc.stringMatching(/^[0-9a-f]{16}$/),
});

const validPayload = fc
  .tuple(claims, fc.uint8Array({ minLength: 64, maxLength: 64 }))
  .map(([c, signature]) => assemblePayload(payloadBody(c), signature));
const validKey = fc
  .tuple(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.string({ maxLength: 90 }))
  .map(([raw, label]) => encodePublicKey(raw, label));
const base64ish = fc.stringMatching(/^[A-Za-z0-9_-]{0,200}$/);

describe('fuzz: QR payload', () => {
  it(
    'reads any scanned or pasted text into claims or a refusal',
    async () => {
      await fuzzParser({
        parser: 'muatan QR',
        input: fc.oneof(
          { weight: 3, arbitrary: damaged(fc.oneof(validPayload, validKey)) },
          fc.oneof(validPayload, validKey),
          fc
            .tuple(
              fc.constantFrom('SKTM1', 'DTKSKEY1', 'SKTM2'),
              base64ish,
              base64ish,
              fc.option(base64ish),
            )
            .map((parts) => parts.filter((part) => part !== null).join('.')),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc
            .uint8Array({ maxLength: 200 })
            .map((bytes) => `SKTM1.${toBase64Url(bytes)}.${'A'.repeat(86)}`),
        ),
        run: (text) => {
          const payload = parsePayload(text);
          if (payload.ok && payload.signature.length !== 64)
            throw new Error('tanda tangan bukan 64 byte');
          const key = parsePublicKey(text);
          if (!('ok' in key) && key.publicKeyRaw.length !== 32)
            throw new Error('kunci bukan 32 byte');
          return payload.ok || !('ok' in key) ? 'accepted' : 'refused';
        },
      });
    },
    TEST_TIMEOUT,
  );
});

const templatePiece = fc.oneof(
  fc.constantFrom(...LETTER_NUMBER_TOKENS.map((token) => token.token)),
  fc.constantFrom(
    '{',
    '}',
    '/',
    '.',
    '{nomor:',
    '{nomor:0}',
    '{nomor:99999999999999999999}',
    '{tahun:4}',
    '{x}',
    '{}',
  ),
  fc.string({ maxLength: 8 }),
);

describe('fuzz: letter-number template', () => {
  it(
    'checks and fills any template with any context',
    async () => {
      await fuzzParser({
        parser: 'templat nomor surat',
        input: fc.record({
          template: fc.oneof(
            fc.array(templatePiece, { maxLength: 30 }).map((pieces) => pieces.join('')),
            damaged(fc.constant(DEFAULT_SKTM_TEMPLATE)),
            fc.string({ maxLength: 400 }),
          ),
          seq: fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.double(), fc.integer()),
          date: fc.date({ noInvalidDate: false }),
          code: fc.string({ maxLength: 20 }),
          unitCode: fc.string({ maxLength: 20 }),
        }),
        run: ({ template, ...context }) => {
          const problems = checkLetterTemplate(template);
          if (
            !problems.every(
              (problem) => typeof problem.message === 'string' && problem.message !== '',
            )
          ) {
            throw new Error('masalah templat tanpa pesan');
          }
          const number = formatLetterNumber(template, context);
          if (typeof number !== 'string') throw new Error('nomor bukan teks');
          // Filling may only grow by the values it puts in, never without bound.
          if (number.length > template.length * 30 + 100)
            throw new Error(`nomor terlalu panjang (${number.length})`);
          return problems.length > 0 ? 'refused' : 'accepted';
        },
      });
    },
    TEST_TIMEOUT,
  );
});

const two = (min: number, max: number) =>
  fc.integer({ min, max }).map((value) => String(value).padStart(2, '0'));
/** NIKs that pass: region, day (+40 for women), month, year, serial. */
const validNik = fc
  .tuple(two(1, 28), fc.boolean(), two(1, 12), two(0, 99), fc.integer({ min: 1, max: 9999 }))
  .map(([day, woman, month, year, serial]) => {
    const dd = woman ? String(Number(day) + 40) : day;
    return `627101${dd}${month}${year}${String(serial).padStart(4, '0')}`;
  });
/** NIPs that pass: birth date, appointment month, sex, serial. */
const validNip = fc
  .tuple(
    fc.integer({ min: 1960, max: 2000 }),
    two(1, 12),
    two(1, 28),
    fc.integer({ min: 0, max: 20 }),
    fc.constantFrom('1', '2'),
    fc.integer({ min: 1, max: 999 }),
  )
  .map(
    ([year, month, day, after, sex, serial]) =>
      `${year}${month}${day}${year + 20 + after}${month}${sex}${String(serial).padStart(3, '0')}`,
  );

/** Digits as people type and paste them, with separators, and junk. */
const identityText = (length: number) =>
  fc.oneof(
    fc.stringMatching(new RegExp(`^[0-9]{${length - 2},${length + 2}}$`)),
    fc.stringMatching(/^[0-9 .\-\u2010]{0,30}$/),
    damaged(fc.stringMatching(new RegExp(`^[0-9]{${length}}$`))),
    cellishText,
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );

const subject = fc.record(
  {
    sex: fc.constantFrom('L' as const, 'P' as const),
    birthDate: fc.oneof(
      fc.stringMatching(/^[12][0-9]{3}-[01][0-9]-[0-3][0-9]$/),
      fc.string({ maxLength: 12 }),
    ),
    kodeWilayah: fc.oneof(fc.constant('6271011001'), fc.string({ maxLength: 14 })),
  },
  { requiredKeys: [] },
);

describe('fuzz: identity numbers', () => {
  it(
    'NIK: parses, compares and masks anything typed or read from a cell',
    async () => {
      await fuzzParser({
        parser: 'NIK',
        input: fc.tuple(
          fc.oneof(validNik, identityText(16), fc.double().map(String)),
          subject,
          fc.date({ min: new Date(1990, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
          fc.oneof(
            cellishText,
            fc.double(),
            fc.bigInt({ min: 0n, max: 10n ** 17n }).map(Number),
            fc.boolean(),
            fc.constant(null),
          ),
        ),
        run: ([text, who, today, cell]) => {
          const nik = normalizeNik(text);
          const parsed = parseNik(nik, today);
          const checks = checkNikAgainst(nik, who, today);
          if (!Array.isArray(checks)) throw new Error('pemeriksaan bukan daftar');
          if (typeof maskNik(nik) !== 'string') throw new Error('samaran bukan teks');
          const fromCell = identityDigits(cell, 'NIK');
          if (typeof cell === 'number' && fromCell.ok)
            throw new Error('sel angka diterima sebagai NIK');
          return outcome(parsed);
        },
      });
    },
    TEST_TIMEOUT,
  );

  it(
    'No. KK: parses and masks anything',
    async () => {
      await fuzzParser({
        parser: 'No. KK',
        input: fc.oneof(validNik, identityText(16)),
        run: (text) => {
          const kk = normalizeNoKk(text);
          if (typeof maskNoKk(kk) !== 'string') throw new Error('samaran bukan teks');
          return outcome(parseNoKk(kk));
        },
      });
    },
    TEST_TIMEOUT,
  );

  it(
    'NIP: parses and formats anything',
    async () => {
      await fuzzParser({
        parser: 'NIP',
        input: fc.tuple(
          fc.oneof(validNip, identityText(18)),
          fc.date({ min: new Date(2020, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
        ),
        run: ([text, today]) => {
          if (typeof formatNip(text) !== 'string') throw new Error('format bukan teks');
          return outcome(parseNip(normalizeNip(text), today));
        },
      });
    },
    TEST_TIMEOUT,
  );
});
