import { describe, expect, it } from 'vitest';
import { renderPdfInNode } from '../../tests/support/render-pdf-node';
import { pageLabel, toPdfmakeDefinition } from './pdf-document';

describe('pdf documents', () => {
  it('adds a page footer with "Halaman x dari y" and the left text', () => {
    const definition = toPdfmakeDefinition({
      definition: { content: ['a'] },
      footer: { left: 'hash abc', pageNumbers: true },
    });
    const footer = definition.footer as (
      page: number,
      pages: number,
    ) => { columns: { text: string }[] };
    expect(footer(2, 5).columns.map((column) => column.text)).toEqual([
      'hash abc',
      'Halaman 2 dari 5',
    ]);
    expect(pageLabel(1, 1)).toBe('Halaman 1 dari 1');
  });

  it('renders a real PDF with Indonesian text', async () => {
    const bytes = await renderPdfInNode({
      definition: { content: [{ text: 'Surat Keterangan Tidak Mampu — Kelurahan Pahandut' }] },
      footer: { pageNumbers: true },
    });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(bytes.byteLength).toBeGreaterThan(1000);
  });
});
