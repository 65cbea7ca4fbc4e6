import { describe, expect, it } from 'vitest';
import { renderPdfInNode } from '../../tests/support/render-pdf-node';
import {
  keepHeadingWithNext,
  pageLabel,
  SECTION_HEADLINE,
  toPdfmakeDefinition,
} from './pdf-document';

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

  it('moves a section heading to the next page when nothing follows it on its own', () => {
    type Args = Parameters<typeof keepHeadingWithNext>;
    const at = (top: number) => ({ startPosition: { top } });
    const queries = (...tops: number[]) =>
      ({
        getFollowingNodesOnPage: () => tops.map(at),
        getNodesOnNextPage: () => [],
        getPreviousNodesOnPage: () => [],
      }) as unknown as Args[1];
    const heading = { headlineLevel: SECTION_HEADLINE, ...at(720) } as unknown as Args[0];
    expect(keepHeadingWithNext(heading, queries())).toBe(true);
    expect(keepHeadingWithNext(heading, queries(736, 750))).toBe(false);
    // The footer is listed with the page's nodes but laid out apart, above in its own frame.
    expect(keepHeadingWithNext(heading, queries(407, 407))).toBe(true);
    const plain = at(720) as unknown as Args[0];
    expect(keepHeadingWithNext(plain, queries())).toBe(false);
    expect(toPdfmakeDefinition({ definition: { content: [] } }).pageBreakBefore).toBe(
      keepHeadingWithNext,
    );
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
