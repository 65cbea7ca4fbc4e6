import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { renderPdfInNode } from '../../tests/support/render-pdf-node';
import { formatLongDate, governmentLine, placeName } from './letterhead';
import { SAMPLE_IDENTITY, SAMPLE_SKTM_LETTER } from './report-test-data';
import {
  buildSktmDocument,
  identityRows,
  qrCaption,
  signerHeading,
  sktmOpening,
  SKTM_TITLE,
} from './sktm';
import type { SktmDocumentInput } from './sktm';

const identity = SAMPLE_IDENTITY;
const letter = SAMPLE_SKTM_LETTER;

/** Every string in a pdfmake content tree, in reading order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) =>
      ['text', 'stack', 'columns', 'table', 'body', 'content'].includes(key) ? texts(value) : [],
    );
  }
  return [];
}

function joined(input: SktmDocumentInput): string {
  return texts(buildSktmDocument(input).definition.content).join('\n');
}

describe('SKTM document', () => {
  it('has the letterhead, title, number, identity, dependants, purpose and validity', () => {
    const text = joined({ letter, identity, paperSize: 'A4' });
    for (const expected of [
      'PEMERINTAH KOTA PALANGKA RAYA',
      'KECAMATAN PAHANDUT',
      'KELURAHAN PAHANDUT',
      'Telepon (0536) 3221234',
      'Kode Pos 73111',
      SKTM_TITLE,
      'Nomor: 400.9.2/007/KEL-PHD/XI/2026',
      'Yang bertanda tangan di bawah ini, Lurah Pahandut, Kecamatan Pahandut, Kota Palangka Raya',
      '6271015203900001',
      'Palangka Raya, 12 Maret 1990',
      'Perempuan',
      'Nomor 12/RT.003/XI/2026 tanggal 25 November 2026',
      'Budi Santoso',
      'Palangka Raya, 15-04-2015',
      'pendidikan di SMP Negeri 2 Palangka Raya',
      'berlaku sampai dengan tanggal 27 Desember 2026',
      'Palangka Raya, 27 November 2026',
      'LURAH PAHANDUT,',
      'Drs. Ahmad Yani',
      'NIP 19780512 200312 1 004',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('underlines the title and the signer name, and draws a double rule under the letterhead', () => {
    const doc = buildSktmDocument({ letter, identity, paperSize: 'A4' });
    const content = doc.definition.content as unknown as Record<string, unknown>[];
    const title = content.find((node) => node.text === SKTM_TITLE);
    expect(title).toMatchObject({ decoration: 'underline', bold: true, alignment: 'center' });
    const rule = content.find((node) => 'canvas' in node) as { canvas: { lineWidth: number }[] };
    expect(rule.canvas.map((line) => line.lineWidth)).toEqual([2.5, 0.75]);
    expect(JSON.stringify(content)).toContain(
      '"text":"Drs. Ahmad Yani","bold":true,"decoration":"underline"',
    );
  });

  it('prints the identity block of domain.md §5.4, in its order', () => {
    expect(identityRows(letter.subject).map(([label]) => label)).toEqual([
      'Nama',
      'NIK',
      'Tempat/Tanggal Lahir',
      'Jenis Kelamin',
      'Kewarganegaraan',
      'Agama',
      'Status Perkawinan',
      'Pekerjaan',
      'Alamat',
    ]);
    const text = joined({ letter, identity, paperSize: 'A4' });
    expect(text).toContain('Kewarganegaraan\n:\nWNI');
    expect(text).toContain('Status Perkawinan\n:\nKawin');
    expect(text).not.toContain('No. KK');
  });

  it('prints the No. KK only when it was frozen into the letter (the office setting)', () => {
    const withKk = { ...letter, subject: { ...letter.subject, noKk: '6271010101090001' } };
    expect(identityRows(withKk.subject).at(-1)).toEqual(['No. KK', '6271010101090001']);
    expect(joined({ letter: withKk, identity, paperSize: 'A4' })).toContain('No. KK');
  });

  it('states that the person and the family are tidak mampu', () => {
    const text = joined({ letter, identity, paperSize: 'A4' });
    expect(text).toContain('yang bersangkutan beserta keluarganya tergolong keluarga tidak mampu.');
  });

  it('names the actual signer in the opening', () => {
    const lurah = letter.signer;
    expect(sktmOpening(lurah, identity)).toBe(
      'Yang bertanda tangan di bawah ini, Lurah Pahandut, Kecamatan Pahandut, Kota Palangka Raya, menerangkan bahwa:',
    );
    const plt = { ...lurah, jabatan: 'Plt. Lurah' };
    expect(sktmOpening(plt, identity)).toMatch(/ini, Plt\. Lurah Pahandut, Kecamatan Pahandut/);
    const an = {
      ...lurah,
      jabatan: 'Sekretaris Kelurahan',
      delegation: 'a.n.' as const,
      onBehalfOf: 'Lurah Pahandut',
    };
    expect(sktmOpening(an, identity)).toBe(
      'Yang bertanda tangan di bawah ini, a.n. Lurah Pahandut, Sekretaris Kelurahan Pahandut, Kecamatan Pahandut, Kota Palangka Raya, menerangkan bahwa:',
    );
    const ub = {
      ...an,
      jabatan: 'Kasi Kesejahteraan Sosial',
      delegation: 'u.b.' as const,
      via: 'Sekretaris Kelurahan',
    };
    expect(sktmOpening(ub, identity)).toMatch(
      /ini, a\.n\. Lurah Pahandut, Kasi Kesejahteraan Sosial Kelurahan Pahandut, Kecamatan/,
    );
    expect(joined({ letter: { ...letter, signer: an }, identity, paperSize: 'A4' })).toContain(
      'a.n. Lurah Pahandut, Sekretaris Kelurahan Pahandut',
    );
  });

  it('heads the signature of a Plt. or Plh. Lurah with that title, in his own name', () => {
    const plt = { ...letter.signer, jabatan: 'Plt. Lurah' };
    expect(signerHeading(plt, identity)).toEqual(['Plt. LURAH PAHANDUT,']);
    expect(signerHeading({ ...plt, jabatan: 'Plh. Lurah' }, identity)).toEqual([
      'Plh. LURAH PAHANDUT,',
    ]);
    expect(signerHeading(letter.signer, identity)).toEqual(['LURAH PAHANDUT,']);
  });

  it('prints a letter issued before the wording changed as it was issued', () => {
    const old = { ...letter, textVersion: undefined };
    const text = joined({ letter: old, identity, paperSize: 'A4' });
    expect(text).toContain('menurut sepengetahuan kami beserta keluarganya tergolong');
    expect(text).not.toContain('yang bersangkutan');
    const oldPlt = { ...old, signer: { ...letter.signer, jabatan: 'Plt. Lurah' } };
    expect(joined({ letter: oldPlt, identity, paperSize: 'A4' })).toContain('Plt. Lurah,');
  });

  it("gives the office's phone under the QR, for a school without the app", () => {
    expect(qrCaption(identity)).toContain(
      'Tanpa aplikasi: tanyakan ke Kantor Kelurahan Pahandut, telepon (0536) 3221234',
    );
    expect(qrCaption({ ...identity, telepon: '' })).not.toContain('telepon');
    const text = joined({
      letter,
      identity,
      paperSize: 'A4',
      qrDataUrl: 'data:image/png;base64,AAAA',
    });
    expect(text).toContain('telepon (0536) 3221234');
  });

  it('leaves out the dependants table when nobody else is covered', () => {
    const text = joined({ letter: { ...letter, dependants: [] }, identity, paperSize: 'A4' });
    expect(text).not.toContain('anggota keluarga yang menjadi tanggungannya');
  });

  it('prints a.n. and u.b. lines', () => {
    const seklur = { ...letter.signer, jabatan: 'Sekretaris Kelurahan' };
    expect(
      signerHeading({ ...seklur, delegation: 'a.n.', onBehalfOf: 'Lurah Pahandut' }, identity),
    ).toEqual(['a.n. LURAH PAHANDUT', 'Sekretaris Kelurahan,']);
    expect(
      signerHeading(
        {
          ...seklur,
          jabatan: 'Kasi Kesejahteraan Sosial',
          delegation: 'u.b.',
          onBehalfOf: 'Lurah Pahandut',
          via: 'Sekretaris Kelurahan',
        },
        identity,
      ),
    ).toEqual([
      'a.n. LURAH PAHANDUT',
      'Sekretaris Kelurahan',
      'u.b.',
      'Kasi Kesejahteraan Sosial,',
    ]);
  });

  it('marks cancelled letters and previews with a watermark, and sets the paper size', () => {
    const cancelled = buildSktmDocument({
      letter: { ...letter, status: 'batal' },
      identity,
      paperSize: 'F4',
    });
    expect(cancelled.definition.watermark).toMatchObject({ text: 'BATAL' });
    expect(cancelled.definition.pageSize).toEqual({ width: 609.45, height: 935.43 });
    expect(
      buildSktmDocument({ letter, identity, paperSize: 'A4', draft: true }).definition.watermark,
    ).toMatchObject({
      text: 'CONTOH',
    });
    expect(
      buildSktmDocument({ letter, identity, paperSize: 'A4' }).definition.watermark,
    ).toBeUndefined();
  });

  it('is plain data that can be posted to the PDF worker', () => {
    const doc = buildSktmDocument({
      letter,
      identity,
      paperSize: 'A4',
      qrDataUrl: 'data:image/png;base64,AAAA',
    });
    expect(() => structuredClone(doc)).not.toThrow();
  });

  it('renders one page with logo and QR code', async () => {
    const qrDataUrl = await QRCode.toDataURL('SKTM1.' + 'x'.repeat(260), { margin: 1, scale: 4 });
    const logo = await QRCode.toDataURL('logo', { margin: 0 });
    const family = (size: number) =>
      Array.from({ length: size }, (_, i) => ({ ...letter.dependants[0]!, nama: `Anak ${i + 1}` }));
    // A family of seven on A4, ten on F4, still fits one page.
    for (const [paperSize, size] of [
      ['A4', 6],
      ['F4', 9],
    ] as const) {
      const many = family(size);
      const bytes = await renderPdfInNode(
        buildSktmDocument({
          letter: { ...letter, dependants: many },
          identity: { ...identity, logoDataUrl: logo },
          paperSize,
          qrDataUrl,
        }),
      );
      const raw = Buffer.from(bytes).toString('latin1');
      if (process.env.SKTM_PDF_OUT)
        writeFileSync(`${process.env.SKTM_PDF_OUT}-${paperSize}.pdf`, bytes);
      expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(1);
    }
  }, 30_000);
});

describe('letterhead helpers', () => {
  it('formats long dates and place names', () => {
    expect(formatLongDate('2026-11-27')).toBe('27 November 2026');
    expect(formatLongDate('2026-01-05')).toBe('5 Januari 2026');
    expect(formatLongDate('nonsense')).toBe('nonsense');
    expect(placeName(identity)).toBe('Palangka Raya');
    expect(placeName({ ...identity, kota: 'Kabupaten Kapuas' })).toBe('Kapuas');
    expect(governmentLine('Kabupaten Kapuas')).toBe('PEMERINTAH KABUPATEN KAPUAS');
  });
});
