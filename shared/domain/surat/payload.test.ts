import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assemblePayload,
  encodePublicKey,
  formatFingerprint,
  fromBase64Url,
  keyIdOf,
  MAX_CLAIM_TEXT,
  parsePayload,
  parsePublicKey,
  payloadBody,
  signedBytes,
  toBase64Url,
} from './payload';
import type { ClaimsInput } from './payload';

const claims: ClaimsInput = {
  number: '400.9.2/007/KEL-PHD/XI/2026',
  date: '2026-11-27',
  name: 'Siti Aminah',
  nik: '6271015203900001',
  purpose: 'Pendidikan/beasiswa',
  signer: 'Drs. H. Ahmad Yani, M.Si.',
  keyId: '0123456789abcdef',
};
const fakeSignature = Uint8Array.from({ length: 64 }, (_, i) => i * 3);

describe('base64url', () => {
  it('round-trips any bytes and uses only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('matches the standard encoding', () => {
    expect(toBase64Url(Uint8Array.from([0xfb, 0xff, 0xfe]))).toBe('-__-');
    expect(toBase64Url(Uint8Array.from([0x66, 0x6f]))).toBe('Zm8');
  });

  it('refuses foreign characters and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
});

describe('letter payload', () => {
  it('round-trips the claims, with the NIK reduced to its last four digits', () => {
    const body = payloadBody(claims);
    const parsed = parsePayload(assemblePayload(body, fakeSignature));
    expect(parsed).toMatchObject({ ok: true, body });
    if (!parsed.ok) return;
    expect(parsed.claims).toEqual({
      number: claims.number,
      date: claims.date,
      name: claims.name,
      nikLast4: '0001',
      purpose: claims.purpose,
      signer: claims.signer,
      keyId: claims.keyId,
    });
    expect(parsed.signature).toEqual(fakeSignature);
    expect(body).not.toContain(claims.nik);
  });

  it('stays short enough for a small QR code even with long texts', () => {
    const long = { ...claims, name: 'A'.repeat(200), purpose: 'B'.repeat(200) };
    const payload = assemblePayload(payloadBody(long), fakeSignature);
    expect(payload.length).toBeLessThan(400);
    const parsed = parsePayload(payload);
    expect(parsed.ok && [...parsed.claims.name].length).toBe(MAX_CLAIM_TEXT);
  });

  it('signs the exact text, so any change to the body changes the signed bytes', () => {
    const body = payloadBody(claims);
    const other = payloadBody({ ...claims, name: 'Siti Aminah ' + 'x' });
    expect(signedBytes(body)).not.toEqual(signedBytes(other));
    expect(new TextDecoder().decode(signedBytes(body))).toBe(body);
  });

  it('keeps non-ASCII names intact', () => {
    const parsed = parsePayload(
      assemblePayload(payloadBody({ ...claims, name: 'Ñoman Sétiawan' }), fakeSignature),
    );
    expect(parsed.ok && parsed.claims.name).toBe('Ñoman Sétiawan');
  });

  it('ignores whitespace and line breaks a scanner or a paste may add', () => {
    const payload = assemblePayload(payloadBody(claims), fakeSignature);
    const spaced = ` ${payload.slice(0, 20)}\n${payload.slice(20)}\r\n`;
    expect(parsePayload(spaced).ok).toBe(true);
  });

  it('tells foreign codes apart from damaged ones', () => {
    expect(parsePayload('https://example.com')).toMatchObject({ ok: false, kind: 'not_payload' });
    expect(parsePayload('SKTM9.abc.def')).toMatchObject({
      ok: false,
      kind: 'not_payload',
      reason: 'Versi kode surat tidak dikenal',
    });
    const payload = assemblePayload(payloadBody(claims), fakeSignature);
    expect(parsePayload(payload.slice(0, -10))).toMatchObject({ ok: false, kind: 'damaged' });
    expect(parsePayload(payload.split('.').slice(0, 2).join('.'))).toMatchObject({
      ok: false,
      reason: 'Kode tidak lengkap atau terpotong',
    });
  });

  it('never crashes on altered payloads: either damaged or a different signed body', () => {
    const payload = assemblePayload(payloadBody(claims), fakeSignature);
    const original = parsePayload(payload);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: payload.length - 1 }),
        fc.constantFrom(...'ABCxyz019-_.+/ '),
        (at, char) => {
          const altered = payload.slice(0, at) + char + payload.slice(at + 1);
          fc.pre(altered.replace(/\s/g, '') !== payload);
          const parsed = parsePayload(altered);
          if (parsed.ok && original.ok) {
            const same =
              parsed.body === original.body &&
              toBase64Url(parsed.signature) === toBase64Url(original.signature);
            expect(same).toBe(false);
          }
        },
      ),
    );
  });

  it('never crashes on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parsePayload(`SKTM1.${text}`);
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
  });
});

describe('keys', () => {
  it('derives a 16-hex key id and prints it in groups of four', () => {
    const raw = Uint8Array.from({ length: 32 }, (_, i) => i);
    const id = keyIdOf(raw);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(Uint8Array.from({ length: 32 }, (_, i) => i + 1))).not.toBe(id);
    expect(formatFingerprint('0123456789abcdef')).toBe('0123 4567 89AB CDEF');
  });

  it('exports and imports a public key with its owner', () => {
    const raw = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
    const parsed = parsePublicKey(encodePublicKey(raw, 'Kelurahan Pahandut'));
    expect(parsed).toEqual({ publicKeyRaw: raw, keyId: keyIdOf(raw), label: 'Kelurahan Pahandut' });
    expect(parsePublicKey('DTKSKEY1.abc.def')).toMatchObject({ ok: false, kind: 'damaged' });
    expect(parsePublicKey('hello')).toMatchObject({ ok: false, kind: 'not_payload' });
  });
});
